/**
 * Finds the Alembic project (alembic.ini, or [tool.alembic] in pyproject.toml)
 * from the current directory upwards, and lists its version files the way
 * Alembic does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseToml } from './toml.js';
import { UserError } from '../../core/errors.js';
import type { InputLog } from './input-log.js';
import { projectFromIni, projectFromPyproject, type AlembicProject } from '../../core/project/model.js';

export interface DiscoverOptions {
  cwd: string;
  /** `-C DIR`: start looking here instead of cwd. */
  directory?: string;
  /** `--config PATH`: an alembic.ini or pyproject.toml to use as is. */
  configPath?: string;
  /** Records the files read and the folders listed (for check's report cache). */
  inputs?: InputLog;
}

export function discoverProject(options: DiscoverOptions): AlembicProject {
  if (options.configPath) {
    const path = resolve(options.cwd, options.configPath);
    if (!existsSync(path)) throw new UserError(`--config ${options.configPath}: no such file`);
    return basename(path).endsWith('.toml') ? fromPyproject(path, true, options.inputs)! : fromIni(path, readFileSync(path, 'utf8'), options.inputs);
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
    // Read once: the same text decides the search and becomes the project (discovery runs before every replay).
    const iniText = existsSync(ini) ? readFileSync(ini, 'utf8') : undefined;
    if (iniText !== undefined && hasScriptLocation(iniText)) return fromIni(ini, iniText, options.inputs);
    if (existsSync(pyproject)) {
      const project = fromPyproject(pyproject, false, options.inputs);
      if (project) return project;
    }
    if (dirname(dir) === dir) break;
  }
  const where = looked.length > 3 ? `${looked[0]} and its ${looked.length - 1} parent folders` : looked.join(', ');
  throw new UserError(
    `no Alembic project found: looked for alembic.ini (or [tool.alembic] in pyproject.toml) in ${where}; use -C DIR or --config PATH`,
  );
}

function hasScriptLocation(iniText: string): boolean {
  return /^\s*script_location\s*[=:]/m.test(iniText);
}

function fromIni(path: string, text: string, inputs?: InputLog): AlembicProject {
  inputs?.file(path, text);
  if (!hasScriptLocation(text)) {
    // alembic.ini without script_location: the scripts are configured in pyproject.toml (Alembic ≥ 1.16).
    const pyproject = join(dirname(path), 'pyproject.toml');
    if (existsSync(pyproject)) {
      const project = fromPyproject(pyproject, false, inputs);
      if (project) return project;
    } else {
      inputs?.absent(pyproject);
    }
  }
  return projectFromIni(text, path, dirname(path));
}

function fromPyproject(path: string, required: boolean, inputs?: InputLog): AlembicProject | undefined {
  let document: Record<string, unknown>;
  try {
    const text = readFileSync(path, 'utf8');
    inputs?.file(path, text);
    document = parseToml(text) as Record<string, unknown>;
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
  const iniText = existsSync(ini) ? readFileSync(ini, 'utf8') : undefined;
  if (iniText === undefined) inputs?.absent(ini);
  else inputs?.file(ini, iniText);
  return projectFromPyproject(table as Record<string, unknown>, path, root, iniText === undefined ? undefined : { text: iniText, path: ini });
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

/** Version files as Alembic lists them: `*.py` (not `__init__.py`, not editor lock files `.#…`). */
export function listVersionFiles(project: AlembicProject, inputs?: InputLog): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, recurse: boolean): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      inputs?.absent(dir);
      return; // Alembic skips version locations that do not exist.
    }
    inputs?.directory(dir, entries.map((entry) => entry.name));
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
