/**
 * The one way Preflight runs a program: an argument array, never a shell; a timeout; the output
 * collected. By default the child leads its own process group, so a timeout, an AbortSignal or
 * Ctrl-C ends the whole tree (a migration may start processes of its own); programs that may ask
 * for a passphrase on the terminal (ssh-keygen, gpg) stay in Preflight's group instead.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { UserError } from '../model/errors.js';

const DEFAULT_KILL_GRACE_MS = 3_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface RunProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin (closed at once otherwise). */
  input?: Buffer | string;
  /**
   * false: the child stays in Preflight's process group and keeps the controlling terminal (a
   * passphrase prompt needs it); only the child itself is killed on a timeout. Default true.
   */
  ownProcessGroup?: boolean;
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

/** A program that could not be started at all (`code` ENOENT: not installed or not on PATH). */
export class ProcessStartError extends UserError {
  constructor(
    readonly command: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`cannot run ${command}: ${detail}`);
  }
}

/** Runs `command args…` (in its own process group unless told otherwise) and collects its output. */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<ProcessResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const graceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const started = performance.now();

  return new Promise<ProcessResult>((resolve, reject) => {
    const ownGroup = options.ownProcessGroup ?? true;
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: ownGroup,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (child.stdin) {
      // The program may exit before reading all its input (e.g. an unknown key): that EPIPE is not the error to report.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));

    const pid = child.pid;
    let timedOut = false;
    let aborted = false;
    let terminating = false;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;

    let finishTermination: (() => void) | undefined;
    const terminated = new Promise<void>((done) => (finishTermination = done));

    const kill = (signalName: NodeJS.Signals): void => {
      if (pid === undefined) return;
      if (ownGroup) killGroup(pid, signalName);
      else child.kill(signalName);
    };
    const terminate = (): Promise<void> => {
      if (pid !== undefined && !terminating) {
        terminating = true;
        kill('SIGTERM');
        killTimer = setTimeout(() => kill('SIGKILL'), graceMs);
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
    if (pid !== undefined && ownGroup) trackGroup(pid);

    const finish = (): void => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      removeInterrupt();
      if (pid !== undefined) {
        // The leader is gone; anything it left in its group goes too.
        if (terminating && ownGroup) killGroup(pid, 'SIGKILL');
        liveGroups.delete(pid);
      }
      finishTermination?.();
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      finish();
      reject(new ProcessStartError(command, error.code, error.code === 'ENOENT' ? 'no such file or directory' : error.message));
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
