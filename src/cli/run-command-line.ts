/**
 * A command line run: global options, the command's own, dispatch, exit codes and the one-line error
 * a user error gets. cli/main.ts runs it with every command; cli/check-main.ts with `check` alone (the
 * bundle bin/preflight.js runs for a check, dist/bundle/check.cjs).
 */
import { UserError } from '../model/errors.js';
import { GLOBAL_OPTIONS_HELP, commandHelp, parseCommandArgs, type Command, type GlobalOptions } from './command.js';
import { asksCommandHelp, globalSettings, parseGlobalOptions } from './global-options.js';
import { toolVersion } from '../io/package-paths.js';
import { terminalSafe } from '../model/terminal-safe.js';

/** A command by name: its line in `--help`, and its module, imported when it runs. */
export type CommandTable = Readonly<Record<string, { summary: string; load: () => Promise<Command> }>>;

const FILE_SYSTEM_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'ENOENT', 'EEXIST', 'EMFILE', 'ELOOP']);

export interface MainIo {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdout?: GlobalOptions['stdout'];
  stderr?: GlobalOptions['stderr'];
  stdin?: GlobalOptions['stdin'];
}

function mainHelp(commands: CommandTable): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Usage: preflight [global options] <command> [options]',
    '',
    'Make Alembic migrations safe to ship: the team guide as checks, a review wizard and signed review records.',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`),
    '',
    ...GLOBAL_OPTIONS_HELP,
    '  -h, --help       show help (preflight <command> --help for a command)',
    '  -V, --version    print the version',
    '',
    'Exit codes: 0 ok, 1 problems found, 2 usage or configuration error.',
    '',
  ].join('\n');
}

export async function runCommandLine(argv: string[], io: MainIo, commands: CommandTable): Promise<number> {
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
      (global.help ? stdout : stderr).write(mainHelp(commands));
      return global.help ? 0 : 2;
    }
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!entry) throw new UserError(`unknown command ${JSON.stringify(name)} (commands: ${Object.keys(commands).join(', ')})`);
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
