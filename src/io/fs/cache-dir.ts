/** Where Preflight keeps its caches (parsed facts, check reports) for a project. */
import { existsSync } from 'node:fs';
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
