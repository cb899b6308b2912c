/**
 * The global options that come before the command name (`preflight -C app check`). Shared by
 * main() and the report replay that bin/preflight.js tries first (src/cli/replay.ts), so both
 * read a command line the same way.
 */
import { UserError } from '../model/errors.js';
import { shouldColor } from './format/colors.js';

export interface ParsedGlobal {
  directory?: string;
  configPath?: string;
  color?: boolean;
  help?: boolean;
  version?: boolean;
}

/**
 * What parseGlobalOptions takes after the command name as its own: no command may declare an option
 * of these names (tests/cli/global-options.test.ts), so `check -C app` can only mean one thing.
 * `-h`/`--help` there asks for the command's help.
 */
export const GLOBAL_OPTIONS_AFTER_COMMAND = { long: ['config', 'no-color', 'help'], short: ['C', 'h'] } as const;

/**
 * Global options before the command name, and -C/--config/--no-color after it too (`preflight check
 * -C app`, as git- and npm-style tools accept), up to a `--` that ends the options. Given twice
 * (`preflight -C a check -C b`), the last one counts, as npm and most command-line tools take a
 * repeated option: the one typed last, after the command, is the one the user means.
 */
export function parseGlobalOptions(argv: readonly string[]): { global: ParsedGlobal; rest: string[] } {
  const global: ParsedGlobal = {};
  const rest: string[] = [];
  let commandSeen = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (flag: string): string => {
      const next = argv[++i];
      if (next === undefined) throw new UserError(`${flag} needs a value`);
      return next;
    };
    if (optionsEnded) rest.push(arg);
    else if (arg === '--no-color') global.color = false;
    else if (arg === '-C') global.directory = value('-C');
    else if (arg.startsWith('-C') && arg.length > 2) global.directory = arg.slice(2);
    else if (arg === '--config') global.configPath = value('--config');
    else if (arg.startsWith('--config=')) global.configPath = arg.slice('--config='.length);
    else if (commandSeen) {
      if (arg === '--') optionsEnded = true;
      rest.push(arg);
    } else if (arg === '-h' || arg === '--help') global.help = true;
    else if (arg === '-V' || arg === '--version') global.version = true;
    else if (arg.startsWith('-')) throw new UserError(`unknown option ${arg} (see preflight --help)`);
    else {
      commandSeen = true;
      rest.push(arg);
    }
  }
  return { global, rest };
}

/** `preflight check --help`: a command's own help flag, anywhere in its arguments. */
export function asksCommandHelp(commandArgs: readonly string[]): boolean {
  return commandArgs.includes('--help') || commandArgs.includes('-h');
}

/**
 * The GlobalOptions the command line, the folder and the environment decide. main() and the
 * replay both take them from here: they key check's report cache, so they must never differ.
 */
export function globalSettings(
  global: ParsedGlobal,
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdout: { isTTY?: boolean },
): { cwd: string; directory?: string; configPath?: string; color: boolean; env: NodeJS.ProcessEnv } {
  return {
    cwd,
    ...(global.directory ? { directory: global.directory } : {}),
    ...(global.configPath ? { configPath: global.configPath } : {}),
    color: shouldColor(stdout, env, global.color),
    env,
  };
}
