/** Finds the Python interpreter that can import Alembic for the project. */
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { runProcess } from '../process.js';

const IMPORT_CHECK_TIMEOUT_MS = 20_000;

export interface FindPythonOptions {
  /** `--python PATH`: when given, it is the only candidate. */
  python?: string;
  /** The project root (where `.venv/` or `venv/` would be). */
  root: string;
  env?: NodeJS.ProcessEnv;
}

// Per process: a candidate's answer does not change while Preflight runs.
const importsAlembic = new Map<string, Promise<boolean>>();

function venvPython(venv: string): string {
  return process.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return undefined;
}

/** The interpreters tried, in order: the project's virtualenvs, `python3` on PATH, `/usr/bin/python3`. */
export function pythonCandidates(options: FindPythonOptions): string[] {
  const env = options.env ?? process.env;
  const candidates: string[] = [];
  if (env.VIRTUAL_ENV) candidates.push(venvPython(env.VIRTUAL_ENV));
  candidates.push(venvPython(join(options.root, '.venv')), venvPython(join(options.root, 'venv')));
  const python3 = onPath('python3', env);
  if (python3) candidates.push(python3);
  if (process.platform !== 'win32') candidates.push('/usr/bin/python3');
  return [...new Set(candidates.map((candidate) => resolve(candidate)))];
}

/** Whether `python -c "import alembic"` succeeds (cached per process). */
export function canImportAlembic(python: string): Promise<boolean> {
  let answer = importsAlembic.get(python);
  if (!answer) {
    answer = runProcess(python, ['-c', 'import alembic'], { timeoutMs: IMPORT_CHECK_TIMEOUT_MS }).then(
      (result) => result.code === 0 && !result.timedOut,
      // Not installed, not executable: this candidate cannot import anything.
      () => false,
    );
    importsAlembic.set(python, answer);
  }
  return answer;
}

/** The first interpreter that can import Alembic; a UserError saying how to point at one if none can. */
export async function findAlembicPython(options: FindPythonOptions): Promise<string> {
  if (options.python !== undefined) {
    // An explicit choice is never silently replaced by another interpreter.
    if (await canImportAlembic(options.python)) return options.python;
    throw new UserError(
      `--python ${options.python} cannot import alembic; install it there (${options.python} -m pip install alembic) or pass another interpreter`,
    );
  }
  const candidates = pythonCandidates(options);
  for (const candidate of candidates) {
    if (await canImportAlembic(candidate)) return candidate;
  }
  throw new UserError(
    `no Python with Alembic found (tried ${candidates.join(', ')}); pass --python PATH to the interpreter that has it, or install alembic in the project's .venv`,
  );
}
