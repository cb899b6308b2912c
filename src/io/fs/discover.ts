/**
 * Finds the Alembic project (alembic.ini, or [tool.alembic] in pyproject.toml)
 * from the current directory upwards, and lists its version files the way
 * Alembic does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { UserError } from '../../core/errors.js';
import { projectFromIni, projectFromPyproject, type AlembicProject } from '../../core/project/model.js';

export interface DiscoverOptions {
  cwd: string;
  /** `-C DIR`: start looking here instead of cwd. */
  directory?: string;
  /** `--config PATH`: an alembic.ini or pyproject.toml to use as is. */
  configPath?: string;
}

export function discoverProject(options: DiscoverOptions): AlembicProject {
  if (options.configPath) {
    const path = resolve(options.cwd, options.configPath);
    if (!existsSync(path)) throw new UserError(`--config ${options.configPath}: no such file`);
    return basename(path).endsWith('.toml') ? fromPyproject(path, true)! : fromIni(path);
  }
  const start = resolve(options.cwd, options.directory ?? '.');
  if (!existsSync(start) || !statSync(start).isDirectory()) {
    throw new UserError(`-C ${options.directory}: no such directory`);
  }
  const looked: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    looked.push(dir);
    const ini = join(dir, 'alembic.ini');
    const pyproject = join(dir, 'pyproject.toml');
    if (existsSync(ini) && iniHasScriptLocation(ini)) return fromIni(ini);
    if (existsSync(pyproject)) {
      const project = fromPyproject(pyproject, false);
      if (project) return project;
    }
    if (dirname(dir) === dir) break;
  }
  const where = looked.length > 3 ? `${looked[0]} and its ${looked.length - 1} parent folders` : looked.join(', ');
  throw new UserError(
    `no Alembic project found: looked for alembic.ini (or [tool.alembic] in pyproject.toml) in ${where}; use -C DIR or --config PATH`,
  );
}

function iniHasScriptLocation(path: string): boolean {
  return /^\s*script_location\s*[=:]/m.test(readFileSync(path, 'utf8'));
}

function fromIni(path: string): AlembicProject {
  const text = readFileSync(path, 'utf8');
  if (!iniHasScriptLocation(path)) {
    // alembic.ini without script_location: the scripts are configured in pyproject.toml (Alembic ≥ 1.16).
    const pyproject = join(dirname(path), 'pyproject.toml');
    const project = existsSync(pyproject) ? fromPyproject(pyproject, false) : undefined;
    if (project) return project;
  }
  return projectFromIni(text, path, dirname(path));
}

function fromPyproject(path: string, required: boolean): AlembicProject | undefined {
  let document: Record<string, unknown>;
  try {
    document = parseToml(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new UserError(`${path}${line ? `:${line}` : ''}: invalid TOML: ${firstLine(error)}`);
  }
  const table = (document['tool'] as Record<string, unknown> | undefined)?.['alembic'];
  if (!table || typeof table !== 'object') {
    if (required) throw new UserError(`${path}: no [tool.alembic] table`);
    return undefined;
  }
  const root = dirname(path);
  const ini = join(root, 'alembic.ini');
  return projectFromPyproject(
    table as Record<string, unknown>,
    path,
    root,
    existsSync(ini) ? { text: readFileSync(ini, 'utf8'), path: ini } : undefined,
  );
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

/** Version files as Alembic lists them: `*.py` (not `__init__.py`, not editor lock files `.#…`). */
export function listVersionFiles(project: AlembicProject): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, recurse: boolean): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // Alembic skips version locations that do not exist.
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recurse && entry.name !== '__pycache__') visit(path, recurse);
      } else if (/\.py$/.test(entry.name) && !entry.name.startsWith('__init__') && !entry.name.startsWith('.#')) {
        if (!seen.has(path)) {
          seen.add(path);
          files.push(path);
        }
      }
    }
  };
  for (const location of project.versionLocations) visit(location, project.recursiveVersionLocations);
  return files;
}
