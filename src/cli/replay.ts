/**
 * An unchanged project's check answered from its last report: if nothing the last such check read has
 * changed, print its report and exit code and stop. bin/preflight.js tries it first (src/cli/launch.ts,
 * bundled alone into one CommonJS file, dist/bundle/launch.cjs), so such a project is answered before
 * Node's ES-module loader, the tool's modules, zod or the parsers load: measured on 2,000 migrations,
 * 75 → 61 ms (bench/README.md). Anything unusual (--help, a cache miss) returns undefined and the check
 * runs as usual, with its own error messages.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { replayableCheckReport } from './check-report.js';
import { asksCommandHelp, globalSettings, type ParsedGlobal } from './global-options.js';

export interface ReplayProcess {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The exit code of a replayed report (already printed on stdout), or undefined when the check must run. */
export function replayCheck(global: ParsedGlobal, commandArgs: string[], { cwd, env }: ReplayProcess): number | undefined {
  if (global.help || global.version || asksCommandHelp(commandArgs)) return undefined;
  const report = replayableCheckReport({
    // Colour decided from fd 1 the way main() decides it from process.stdout, without loading the stream classes.
    ...globalSettings(global, cwd, env, { isTTY: stdoutIsTerminal() }),
    commandArgs,
  });
  if (!report) return undefined;
  writeStdout(report.stdout);
  return report.exitCode;
}

/**
 * isatty(1) without node:tty when it cannot be true: node:tty loads node:net and the stream
 * classes (~4 ms). Only a character device can be a terminal, and /dev/null (where CI and
 * benchmarks often send output) is one but never a terminal.
 */
function stdoutIsTerminal(): boolean {
  let stdout;
  try {
    stdout = fstatSync(1);
  } catch {
    return false; // No stdout at all.
  }
  if (!stdout.isCharacterDevice()) return false;
  if (stdout.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(1);
}

/**
 * The report through fd 1 directly. A parent that handed us a non-blocking pipe can make a write
 * fail with EAGAIN; the rest then goes through process.stdout, which waits for the pipe. A reader
 * that went away (EPIPE, `preflight check | head`) ends the output, as it would for main().
 */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written, bytes.length - written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') process.stdout.write(bytes.subarray(written));
  }
}
