/**
 * Entry point: global options, command dispatch, exit codes. Commands are
 * imported lazily so `check` never loads Ink/React. bin/preflight.js calls this
 * only when check's last report could not be replayed (src/cli/replay.ts).
 *
 * Exit codes: 0 ok; 1 findings/"no" answers/verification failures; 2 usage or
 * configuration error; 130 interrupted.
 */
import { UserError } from '../model/errors.js';
import { GLOBAL_OPTIONS_HELP, commandHelp, parseCommandArgs, type Command, type GlobalOptions } from './command.js';
import { asksCommandHelp, globalSettings, parseGlobalOptions } from './global-options.js';
import { toolVersion } from '../io/package-paths.js';
import { terminalSafe } from '../model/terminal-safe.js';

type CommandLoader = () => Promise<Command>;

const FILE_SYSTEM_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'ENOENT', 'EEXIST', 'EMFILE', 'ELOOP']);

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Record<string, { summary: string; load: CommandLoader }> = {
  new: { summary: "create a migration from one of the guide's common patterns", load: async () => (await import('./commands/new.js')).newCommand as Command },
  review: { summary: 'walk the checklist for a migration and write a signed review record', load: async () => (await import('./commands/review.js')).reviewCommand as Command },
  init: { summary: 'set Preflight up on an existing project: configuration, baseline, CI snippets', load: async () => (await import('./commands/init.js')).initCommand as Command },
  baseline: { summary: 'accept the current findings, so check fails only on new ones', load: async () => (await import('./commands/baseline.js')).baselineCommand as Command },
  check: { summary: 'check migrations against the guide (CI, pre-commit)', load: async () => (await import('./commands/check.js')).checkCommand as Command },
  sql: { summary: "print the SQL a migration's upgrade runs (Alembic offline mode) and check it", load: async () => (await import('./commands/sql.js')).sqlCommand as Command },
  roundtrip: { summary: 'upgrade, downgrade, upgrade on a scratch database; check the schema is restored', load: async () => (await import('./commands/roundtrip.js')).roundtripCommand as Command },
  verify: { summary: 'release review: every migration has a valid, current, signed record', load: async () => (await import('./commands/verify.js')).verifyCommand as Command },
  learn: { summary: 'learn the migration guide, one lesson and question per part', load: async () => (await import('./commands/learn.js')).learnCommand as Command },
  explain: { summary: 'explain a rule with a bad and a good example', load: async () => (await import('./commands/explain.js')).explainCommand as Command },
  config: { summary: 'print the effective configuration and where each value came from', load: async () => (await import('./commands/config.js')).configCommand as Command },
};

export interface MainIo {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdout?: GlobalOptions['stdout'];
  stderr?: GlobalOptions['stderr'];
  stdin?: GlobalOptions['stdin'];
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'Usage: preflight [global options] <command> [options]',
    '',
    'Make Alembic migrations safe to ship: the team guide as checks, a review wizard and signed review records.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`),
    '',
    ...GLOBAL_OPTIONS_HELP,
    '  -h, --help       show help (preflight <command> --help for a command)',
    '  -V, --version    print the version',
    '',
    'Exit codes: 0 ok, 1 problems found, 2 usage or configuration error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  try {
    const { global, rest } = parseGlobalOptions(argv);
    if (global.version) {
      stdout.write(`${toolVersion()}\n`);
      return 0;
    }
    const [name, ...commandArgs] = rest;
    if (!name || global.help) {
      // Asked-for help goes to stdout; help shown because the command is missing is a usage error.
      (global.help ? stdout : stderr).write(mainHelp());
      return global.help ? 0 : 2;
    }
    const entry = COMMANDS[name];
    if (!entry) throw new UserError(`unknown command ${JSON.stringify(name)} (commands: ${Object.keys(COMMANDS).join(', ')})`);
    const asksHelp = asksCommandHelp(commandArgs);
    const globalOptions: GlobalOptions = {
      ...globalSettings(global, io.cwd ?? process.cwd(), env, stdout),
      stdout,
      stderr,
      stdin: io.stdin ?? process.stdin,
      commandArgs,
    };
    const command = await entry.load();
    if (asksHelp) {
      stdout.write(commandHelp(command));
      return 0;
    }
    const options = parseCommandArgs(command, commandArgs);
    return await command.run(options, globalOptions);
  } catch (error) {
    if (error instanceof UserError) {
      // Messages quote file names and lines of the project's files: no terminal escapes get through.
      stderr.write(`preflight: ${terminalSafe(error.message)}\n`);
      return error.exitCode;
    }
    // File-system refusals (permissions, a full or read-only disk) are the user's to fix, not bugs.
    const fsError = error as NodeJS.ErrnoException;
    if (typeof fsError?.code === 'string' && FILE_SYSTEM_ERRORS.has(fsError.code) && fsError.path) {
      const reason = fsError.code === 'EACCES' || fsError.code === 'EPERM' ? 'permission denied' : fsError.message.split('\n')[0];
      stderr.write(`preflight: ${terminalSafe(`${fsError.path}: ${reason}`)}\n`);
      return 2;
    }
    throw error;
  }
}
