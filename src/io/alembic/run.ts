/** Runs Alembic and Preflight's Python helper (python/preflight_alembic.py) through src/io/process.ts. */
import { packageFile } from '../package-paths.js';
import { runProcess, type ProcessResult, type RunProcessOptions } from '../process.js';

/** `python/preflight_alembic.py`, shipped in the package (package.json "files"). */
export const HELPER_SCRIPT = packageFile('python', 'preflight_alembic.py');

/** Exit code of the helper's `alembic` command when env.py connected to another database. */
export const GUARD_EXIT_CODE = 3;
export const GUARD_MARKER = 'preflight-guard:';

export interface RunAlembicOptions extends RunProcessOptions {
  python: string;
  iniPath: string;
  /** Alembic's arguments after `-c INI`, e.g. `['upgrade', 'head']`. */
  args: readonly string[];
  /**
   * Run through the helper, which stops before any migration if env.py connects to a database
   * other than this URL (`'offline'`: to any database). Without it: plain `python -m alembic`.
   */
  guardUrl?: string;
  /** With guardUrl: after a successful run the helper writes the database's state (schema and rows) here. */
  stateFile?: string;
}

/** `python -m alembic -c INI args…` (or the guarded equivalent). */
export function runAlembic(options: RunAlembicOptions): Promise<ProcessResult> {
  const { python, iniPath, args, guardUrl, stateFile, ...processOptions } = options;
  const alembicArgs = ['-c', iniPath, ...args];
  const argv =
    guardUrl === undefined
      ? ['-m', 'alembic', ...alembicArgs]
      : [HELPER_SCRIPT, 'alembic', ...(stateFile !== undefined ? ['--state', stateFile] : []), guardUrl === 'offline' ? '--offline' : guardUrl, ...alembicArgs];
  return runProcess(python, argv, {
    ...processOptions,
    // Unbuffered, so output written before a kill is not lost.
    env: { ...(processOptions.env ?? process.env), PYTHONUNBUFFERED: '1' },
  });
}

/** Runs a command of `python/preflight_alembic.py` and parses its JSON output. */
export async function runHelper<T>(python: string, args: readonly string[], options: RunProcessOptions): Promise<T> {
  const result = await runProcess(python, [HELPER_SCRIPT, ...args], options);
  if (result.code !== 0 || result.timedOut) {
    throw new Error(`preflight_alembic.py ${args[0] ?? ''} failed: ${summarizeFailure(result)}`);
  }
  return JSON.parse(result.stdout) as T;
}

/** True when the helper refused to run because env.py connected to another database. */
export function isGuardRefusal(result: ProcessResult): boolean {
  return result.code === GUARD_EXIT_CODE && result.stderr.includes(GUARD_MARKER);
}

const NOISE = /^\(Background on this error at: .*\)$|^INFO {2}\[alembic\./;
// Alembic reports a CommandError (bad revision, an operation impossible in --sql mode, …) as
// `ERROR [alembic.util.messaging] <message>` on stderr and `FAILED: <message>` on stdout.
const COMMAND_ERROR = /^(?:ERROR \[alembic\.util\.messaging\]|FAILED:) (.+)$/;

/**
 * The part of a failed run's output worth showing: the exception after the last traceback (e.g.
 * `sqlalchemy.exc.OperationalError: … no such table: missing` and its `[SQL: …]` line), or
 * Alembic's own error message, or else the last few lines of stderr.
 */
export function summarizeFailure(
  result: Pick<ProcessResult, 'code' | 'stderr' | 'timedOut' | 'ms'> & { stdout?: string },
): string {
  if (result.timedOut) return `timed out after ${Math.round(result.ms / 1000)} s`;
  const lines = result.stderr.split(/\r?\n/).map((line) => line.trimEnd());
  const guard = lines.find((line) => line.startsWith(GUARD_MARKER));
  if (guard) return guard.slice(GUARD_MARKER.length).trim();

  const lastTraceback = lines.lastIndexOf('Traceback (most recent call last):');
  if (lastTraceback >= 0) {
    let start = lastTraceback + 1;
    // Frames are indented; the exception starts at the first line that is not.
    while (start < lines.length && /^\s/.test(lines[start] ?? '')) start++;
    const exception = lines.slice(start).filter((line) => line.trim() !== '' && !NOISE.test(line));
    if (exception.length > 0) return clip(exception.slice(0, 8).join('\n'));
  }

  const stdoutLines = (result.stdout ?? '').split(/\r?\n/);
  const commandError = [...lines, ...stdoutLines]
    .map((line) => COMMAND_ERROR.exec(line.trim())?.[1])
    .filter((message): message is string => message !== undefined)
    .pop();
  if (commandError) return clip(commandError);

  const tail = lines.filter((line) => line.trim() !== '' && !NOISE.test(line)).slice(-3);
  if (tail.length > 0) return clip(tail.join('\n'));
  return result.code === null ? 'killed by a signal' : `exit code ${result.code}`;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 2000 ? `${trimmed.slice(0, 2000)}…` : trimmed;
}
