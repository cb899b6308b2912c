/**
 * Finds the Alembic project (alembic.ini, or [tool.alembic] in pyproject.toml)
 * from the current directory upwards, and lists its version files the way
 * Alembic does. What Alembic would refuse (a script folder that is not there,
 * a versions folder it cannot list) is an error here too, never an empty project.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseToml } from './toml.js';
import { UserError } from '../../model/errors.js';
import type { InputLog } from './input-log.js';
import { describeFsError, readTextFile, statOrUndefined } from './read-text.js';
import { iniHasScriptLocation, projectFromIni, projectFromPyproject, settingMessage } from '../../analysis/project/model.js';
import { type AlembicProject, type SettingOrigin } from '../../model/project.js';

export interface DiscoverOptions {
  cwd: string;
  /** `-C DIR`: start looking here instead of cwd. */
  directory?: string;
  /** `--config PATH`: an alembic.ini or pyproject.toml to use as is. */
  configPath?: string;
  /** Records the files read and the folders listed (for check's report cache). */
  inputs?: InputLog;
  /** Problems that do not stop the run (a FIFO among the version files); default: standard error. */
  warn?: (message: string) => void;
}

export function discoverProject(options: DiscoverOptions): AlembicProject {
  if (options.configPath) {
    const path = resolve(options.cwd, options.configPath);
    if (basename(path).endsWith('.toml')) {
      if (!statOrUndefined(path)) throw new UserError(`--config ${options.configPath}: no such file`);
      return fromPyproject(path, true, options.inputs)!;
    }
    const text = readTextFile(path);
    if (text === undefined) throw new UserError(`--config ${options.configPath}: no such file`);
    return fromIni(path, text, options.inputs);
  }
  const start = resolve(options.cwd, options.directory ?? '.');
  if (!statOrUndefined(start)?.isDirectory()) {
    throw new UserError(`-C ${options.directory}: no such directory`);
  }
  const looked: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    looked.push(dir);
    // Read once: the same text decides the search and becomes the project (discovery runs before every replay).
    // An alembic.ini is the project, as for Alembic run in this folder: without script_location (and no
    // [tool.alembic] next to it) it is an error, not a reason to look further up.
    const ini = join(dir, 'alembic.ini');
    const iniText = readTextFile(ini);
    if (iniText !== undefined) return fromIni(ini, iniText, options.inputs);
    const pyproject = join(dir, 'pyproject.toml');
    if (statOrUndefined(pyproject)) {
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

function fromIni(path: string, text: string, inputs?: InputLog): AlembicProject {
  inputs?.file(path, text);
  if (!iniHasScriptLocation(text, path)) {
    // alembic.ini without script_location: the scripts are configured in pyproject.toml (Alembic ≥ 1.16).
    const pyproject = join(dirname(path), 'pyproject.toml');
    if (statOrUndefined(pyproject)) {
      const project = fromPyproject(pyproject, false, inputs);
      if (project) return project;
    } else {
      inputs?.absent(pyproject);
    }
  }
  return projectFromIni(text, path, dirname(path));
}

function fromPyproject(path: string, required: boolean, inputs?: InputLog): AlembicProject | undefined {
  const text = readTextFile(path);
  if (text === undefined) throw new UserError(`${path}: no such file`);
  inputs?.file(path, text);
  let document: Record<string, unknown>;
  try {
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
  const iniText = readTextFile(ini);
  if (iniText === undefined) inputs?.absent(ini);
  else inputs?.file(ini, iniText);
  return projectFromPyproject(table as Record<string, unknown>, path, root, iniText === undefined ? undefined : { text: iniText, path: ini });
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

function defaultWarn(message: string): void {
  process.stderr.write(`preflight: warning: ${message}\n`);
}

const VERSION_FILE = (name: string): boolean => /\.py$/.test(name) && !name.startsWith('__init__') && !name.startsWith('.#');

/**
 * Version files as Alembic lists them: `*.py` (not `__init__.py`, not editor lock files `.#…`).
 * The script folder must exist; so must the versions folder when version_locations does not
 * name others (Alembic fails without it). Of configured version_locations Alembic skips those
 * that do not exist: so does this, with a warning, but not all of them.
 */
export function listVersionFiles(project: AlembicProject, inputs?: InputLog, warn: (message: string) => void = defaultWarn): string[] {
  const scriptOrigin: SettingOrigin = project.origins?.scriptLocation ?? {
    file: project.iniPath ?? project.pyprojectPath ?? project.root,
    key: 'script_location',
  };
  const script = statFolder(project.scriptLocation, scriptOrigin);
  if (!script) throw new UserError(settingMessage(scriptOrigin, `${project.scriptLocation} does not exist`));

  const configured = project.origins?.versionLocations;
  const files: string[] = [];
  const seen = new Set<string>();
  // `top`: a folder the configuration names; the error then points at that setting.
  const visit = (dir: string, recurse: boolean, top = false): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const problem = `cannot list the versions folder ${dir}: ${describeFsError(error)}`;
      throw new UserError(top ? settingMessage(configured ?? scriptOrigin, problem) : problem);
    }
    inputs?.directory(dir, entries.map((entry) => entry.name));
    // Code-point order: the same on every machine, and no ICU collator to set up (~10 ms of a small project's check).
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recurse && entry.name !== '__pycache__') visit(path, recurse);
        continue;
      }
      if (!VERSION_FILE(entry.name)) continue; // never touched, whatever it is
      let kind: 'file' | 'folder' | 'other' = entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        let target;
        try {
          target = statOrUndefined(path);
        } catch {
          throw new UserError(`${path}: a loop of symbolic links, not a version file Preflight (or Alembic) can read`);
        }
        if (!target) throw new UserError(`${path}: a symbolic link to nothing; Alembic cannot load it either`);
        // A linked folder is not followed (nor does Alembic's os.walk follow it): no loops.
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
      }
      if (kind === 'folder') continue;
      if (kind === 'other') {
        // A FIFO would block the read forever.
        keepWarningVisible(inputs, path);
        warn(`${path}: not a regular file (a FIFO, socket or device); skipped, not read`);
        continue;
      }
      if (!seen.has(path)) {
        seen.add(path);
        files.push(path);
      }
    }
  };

  const present = project.versionLocations.filter((location) =>
    configured ? statFolder(location, configured) : statFolder(location, scriptOrigin, 'the versions folder '),
  );
  const missing = project.versionLocations.filter((location) => !present.includes(location));
  if (!configured && missing.length > 0) {
    throw new UserError(settingMessage(scriptOrigin, `the versions folder ${missing[0]} does not exist (Alembic needs it; create it, even empty)`));
  }
  if (configured && present.length === 0) {
    throw new UserError(settingMessage(configured, `none of the version folders exists (${project.versionLocations.join(', ')})`));
  }
  for (const location of missing) {
    inputs?.absent(location);
    keepWarningVisible(inputs, project.scriptLocation);
    warn(settingMessage(configured!, `${location} does not exist; skipped, as Alembic skips it`));
  }
  for (const location of present) visit(location, project.recursiveVersionLocations, true);
  return files;
}

/**
 * check's replay prints only the report: a run that warned records a path that exists as absent,
 * so the replay never answers for it and the warning is shown on every run.
 */
function keepWarningVisible(inputs: InputLog | undefined, existingPath: string): void {
  inputs?.absent(existingPath);
}

/**
 * A configured folder's stats, undefined when nothing is there; a file there, a symlink loop or
 * no permission is an error at the setting that names it. `what`: "the versions folder " or "".
 */
function statFolder(path: string, origin: SettingOrigin, what = '') {
  let stats;
  try {
    stats = statOrUndefined(path);
  } catch (error) {
    throw new UserError(settingMessage(origin, `${what}${(error as Error).message}`));
  }
  if (stats && !stats.isDirectory()) throw new UserError(settingMessage(origin, `${what}${path} is a file, not a folder`));
  return stats;
}
