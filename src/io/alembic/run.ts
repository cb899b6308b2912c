/**
 * Runs Alembic (and Preflight's Python helper) as child processes: argument arrays, never a
 * shell; each child leads its own process group so a timeout, an AbortSignal or Ctrl-C ends the
 * whole tree (a migration may start processes of its own).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { UserError } from '../../model/errors.js';
import { packageFile } from '../package-paths.js';

/** `python/preflight_alembic.py`, shipped in the package (package.json "files"). */
export const HELPER_SCRIPT = packageFile('python', 'preflight_alembic.py');

/** Exit code of the helper's `alembic` command when env.py connected to another database. */
export const GUARD_EXIT_CODE = 3;
export const GUARD_MARKER = 'preflight-guard:';

const DEFAULT_KILL_GRACE_MS = 3_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface RunProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The child tree is killed after this long; the result then has `timedOut: true`. */
  timeoutMs: number;
  /** Aborting kills the child tree and rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number;
}

export interface ProcessResult {
  /** Exit code; null when the child was ended by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

// --- Ctrl-C, SIGTERM, SIGHUP ------------------------------------------------------------------

type Cleanup = () => unknown;
const interruptCleanups: Cleanup[] = [];
let interrupted = false;

/** Ctrl-C, `kill` / a CI runner's cancel, the terminal closing: each leaves scratch databases behind unless handled. */
const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  // 128 + the signal's number, as a shell reports a process the signal ended: 130, 143, 129.
  const exitCode = 128 + constants.signals[signal];
  // A second signal while cleaning up means "stop now".
  if (interrupted) process.exit(exitCode);
  interrupted = true;
  void (async () => {
    // Newest first: kill the children before dropping the databases they use.
    for (const cleanup of [...interruptCleanups].reverse()) {
      try {
        await cleanup();
      } catch {
        // Best effort: the next cleanup must still run.
      }
    }
    process.exit(exitCode);
  })();
}

/**
 * Runs `cleanup` if Preflight gets SIGINT (Ctrl-C), SIGTERM or SIGHUP before the returned
 * function is called, then exits with 128 + the signal's number. While any cleanup is
 * registered, Preflight owns these signals (the children, in their own process groups, do not
 * receive the terminal's SIGINT themselves).
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  interruptCleanups.push(cleanup);
  if (interruptCleanups.length === 1) for (const signal of INTERRUPT_SIGNALS) process.on(signal, onSignal);
  return () => {
    const index = interruptCleanups.lastIndexOf(cleanup);
    if (index >= 0) interruptCleanups.splice(index, 1);
    if (interruptCleanups.length === 0) for (const signal of INTERRUPT_SIGNALS) process.off(signal, onSignal);
  };
}

// Process groups still running; killed outright if Preflight exits some other way.
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function trackGroup(pid: number): void {
  liveGroups.add(pid);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const group of liveGroups) killGroup(group, 'SIGKILL');
    });
  }
}

// --- processes ----------------------------------------------------------------------------------

/** Runs `command args…` in its own process group and collects its output. */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<ProcessResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const started = performance.now();

  return new Promise<ProcessResult>((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

    const pid = child.pid;
    let timedOut = false;
    let aborted = false;
    let terminating = false;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;

    let finishTermination: (() => void) | undefined;
    const terminated = new Promise<void>((done) => (finishTermination = done));

    const terminate = (): Promise<void> => {
      if (pid !== undefined && !terminating) {
        terminating = true;
        killGroup(pid, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      }
      return pid === undefined ? Promise.resolve() : terminated;
    };

    // setTimeout fires at once for delays past 2^31-1 ms; such a limit means "none" in practice.
    const timer =
      options.timeoutMs <= MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            void terminate();
          }, options.timeoutMs)
        : undefined;
    const onAbort = (): void => {
      aborted = true;
      void terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const removeInterrupt = onInterrupt(terminate);
    if (pid !== undefined) trackGroup(pid);

    const finish = (): void => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      removeInterrupt();
      if (pid !== undefined) {
        // The leader is gone; anything it left in its group goes too.
        if (terminating) killGroup(pid, 'SIGKILL');
        liveGroups.delete(pid);
      }
      finishTermination?.();
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      finish();
      reject(
        error.code === 'ENOENT'
          ? new UserError(`cannot run ${command}: no such file or directory`)
          : new Error(`cannot run ${command}: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      finish();
      if (aborted && signal) {
        reject(signal.reason);
        return;
      }
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Math.round(performance.now() - started),
        timedOut,
      });
    });
  });
}

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
}

/** `python -m alembic -c INI args…` (or the guarded equivalent). */
export function runAlembic(options: RunAlembicOptions): Promise<ProcessResult> {
  const { python, iniPath, args, guardUrl, ...processOptions } = options;
  const alembicArgs = ['-c', iniPath, ...args];
  const argv =
    guardUrl === undefined
      ? ['-m', 'alembic', ...alembicArgs]
      : [HELPER_SCRIPT, 'alembic', guardUrl === 'offline' ? '--offline' : guardUrl, ...alembicArgs];
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
