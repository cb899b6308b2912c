/**
 * Entry point: every command, dispatched by cli/run-command-line.ts. Commands are imported lazily so
 * `check` never loads Ink/React. bin/preflight.js runs this bundle for every command but `check`, and for
 * a check only when dist/bundle/check.cjs (cli/check-main.ts) is missing.
 *
 * Exit codes: 0 ok; 1 findings/"no" answers/verification failures; 2 usage or
 * configuration error; 130 interrupted.
 */
import type { Command } from './command.js';
import { CHECK_COMMAND } from './check-main.js';
import { runCommandLine, type CommandTable, type MainIo } from './run-command-line.js';

export type { MainIo } from './run-command-line.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CommandTable = {
  new: { summary: "create a migration from one of the guide's common patterns", load: async () => (await import('./commands/new.js')).newCommand as Command },
  review: { summary: 'walk the checklist for a migration and write a signed review record', load: async () => (await import('./commands/review.js')).reviewCommand as Command },
  init: { summary: 'set Preflight up on an existing project: configuration, baseline, CI snippets', load: async () => (await import('./commands/init.js')).initCommand as Command },
  baseline: { summary: 'accept the current findings, so check fails only on new ones', load: async () => (await import('./commands/baseline.js')).baselineCommand as Command },
  check: CHECK_COMMAND,
  sql: { summary: "print the SQL a migration's upgrade runs (Alembic offline mode) and check it", load: async () => (await import('./commands/sql.js')).sqlCommand as Command },
  roundtrip: { summary: 'upgrade, downgrade, upgrade on a scratch database; check the schema is restored', load: async () => (await import('./commands/roundtrip.js')).roundtripCommand as Command },
  verify: { summary: 'release review: every migration has a valid, current, signed record', load: async () => (await import('./commands/verify.js')).verifyCommand as Command },
  learn: { summary: 'learn the migration guide, one lesson and question per part', load: async () => (await import('./commands/learn.js')).learnCommand as Command },
  explain: { summary: 'explain a rule with a bad and a good example', load: async () => (await import('./commands/explain.js')).explainCommand as Command },
  config: { summary: 'print the effective configuration and where each value came from', load: async () => (await import('./commands/config.js')).configCommand as Command },
};

export function main(argv: string[], io: MainIo = {}): Promise<number> {
  return runCommandLine(argv, io, COMMANDS);
}
