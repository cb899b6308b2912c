/** Where Preflight keeps its caches (parsed facts, check reports) for a project. */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** PREFLIGHT_CACHE_DIR; else node_modules/.cache/preflight in the project, as other tools do; else the user's cache folder. */
export function cacheDirectory(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env['PREFLIGHT_CACHE_DIR']) return env['PREFLIGHT_CACHE_DIR'];
  const nodeModules = join(projectRoot, 'node_modules');
  if (existsSync(nodeModules)) return join(nodeModules, '.cache', 'preflight');
  const base = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'preflight');
}

/** Cache files not rewritten for this long belong to projects no longer checked here (or deleted clones). */
export const STALE_CACHE_DAYS = 30;

/**
 * Removes Preflight's own cache files (facts-*.json, report-*.json) that nothing has rewritten for
 * STALE_CACHE_DAYS. The user's cache folder is shared by every project checked on the machine
 * (Python repositories rarely have node_modules), so without this it would keep one facts file per
 * project, clone and temporary checkout forever. A pruned file only costs one full run.
 */
export function removeStaleCacheFiles(dir: string, now = Date.now()): void {
  const oldest = now - STALE_CACHE_DAYS * 24 * 60 * 60 * 1000;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^(facts|report)-[0-9a-f]+\.json$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < oldest) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile by another run, or not ours to remove: leave it.
    }
  }
}
