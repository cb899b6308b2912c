/**
 * The entry point of dist/bundle/check.cjs: the command line of a `check`, with nothing else of the
 * tool in it. bin/preflight.js runs it (src/cli/launch.ts) for every check its report cache cannot
 * answer, compiled from the V8 code cache the build made of it: CommonJS because Node 20 keeps no
 * compiled code of ES modules between runs, and V8 can only take a compiled script (bench/README.md,
 * round 11). Everything else runs from the ES-module bundle (cli/main.ts).
 */
import type { Command } from './command.js';
import { runCommandLine, type MainIo } from './run-command-line.js';

export const CHECK_COMMAND = {
  summary: 'check migrations against the guide (CI, pre-commit)',
  load: async () => (await import('./commands/check.js')).checkCommand as Command,
};

export function main(argv: string[], io: MainIo = {}): Promise<number> {
  return runCommandLine(argv, io, { check: CHECK_COMMAND });
}

/** The V8 settings a run changed put back, so the code cache made after it is taken by the next run. */
export { restoreDefaultV8Settings } from '../analysis/wasm-load.js';
