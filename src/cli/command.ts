/**
 * What a command is: one file in src/cli/commands/, with its name, a one-line
 * description, its options (parsed by node:util parseArgs, then validated with
 * zod) and a `run` that returns the exit code. Modelled on pastel's commands.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UserError } from '../model/errors.js';
import { terminalSafe } from '../model/terminal-safe.js';

export interface GlobalOptions {
  cwd: string;
  /** `-C DIR` */
  directory?: string;
  /** `--config PATH` (alembic.ini or pyproject.toml) */
  configPath?: string;
  color: boolean;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The command's arguments as typed (after its name): what check's report cache is keyed by. */
  commandArgs?: string[];
}

/** Where to look for the project (`-C`, `--config`), as discoverProject/loadProject take it; their warnings go to stderr. */
export function projectLocation(
  global: Pick<GlobalOptions, 'cwd' | 'directory' | 'configPath' | 'env'> & { stderr?: GlobalOptions['stderr'] },
): { cwd: string; directory?: string; configPath?: string; env: NodeJS.ProcessEnv; warn?: (message: string) => void } {
  const { stderr } = global;
  return {
    cwd: global.cwd,
    ...(global.directory ? { directory: global.directory } : {}),
    ...(global.configPath ? { configPath: global.configPath } : {}),
    env: global.env,
    // Warnings name the project's files: no terminal escapes get through.
    ...(stderr ? { warn: (message: string) => void stderr.write(`preflight: warning: ${terminalSafe(message)}\n`) } : {}),
  };
}

export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in --help; options without it are hidden aliases. */
  description?: string;
  /** Placeholder for string options in --help (`FORMAT`). */
  value?: string;
  /** The option's value as `run` receives it (zod: type, allowed values, default): the one declaration of it. */
  schema: z.ZodType;
}

/** What `run` receives: each option's parsed value, and the arguments. */
export type CommandInput<Options extends Record<string, CommandOption>, Positionals extends z.ZodType> = {
  [Name in keyof Options]: z.infer<Options[Name]['schema']>;
} & { positionals: z.infer<Positionals> };

export interface Command<
  Options extends Record<string, CommandOption> = Record<string, CommandOption>,
  Positionals extends z.ZodType = z.ZodType,
> {
  name: string;
  summary: string;
  /** The arguments in the usage line, after `[options]`, e.g. `[PATH…]`. */
  arguments?: string;
  options: Options;
  /** Validates the arguments (parseArgs' positionals). */
  positionals: Positionals;
  /** Extra help text (examples, exit codes). */
  details?: string;
  run(input: CommandInput<Options, Positionals>, global: GlobalOptions): Promise<number>;
}

export function defineCommand<Options extends Record<string, CommandOption>, Positionals extends z.ZodType>(
  command: Command<Options, Positionals>,
): Command<Options, Positionals> {
  return command;
}

/** Parses argv for one command; unknown options and bad values are UserErrors naming the option. */
export function parseCommandArgs<Options extends Record<string, CommandOption>, Positionals extends z.ZodType>(
  command: Command<Options, Positionals>,
  argv: string[],
): CommandInput<Options, Positionals> {
  const config: ParseArgsConfig = {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(
      Object.entries(command.options).map(([name, option]) => [
        name,
        { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) },
      ]),
    ),
  };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw new UserError(`${command.name}: ${(error as Error).message.split('\n')[0]} (see preflight ${command.name} --help)`);
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(command.options)) {
    const result = option.schema.safeParse((parsed.values as Record<string, unknown>)[name]);
    if (!result.success) throw new UserError(`${command.name}: --${name}: ${result.error.issues[0]!.message}`);
    values[name] = result.data;
  }
  const positionals = command.positionals.safeParse(parsed.positionals);
  if (!positionals.success) throw new UserError(`${command.name}: argument: ${positionals.error.issues[0]!.message}`);
  return { ...values, positionals: positionals.data } as CommandInput<Options, Positionals>;
}

/** The global options, listed by `preflight --help` and every command's `--help`. */
export const GLOBAL_OPTIONS_HELP = [
  'Global options (before or after the command; given twice, the last one counts):',
  '  -C DIR           run as if started in DIR (where alembic.ini is looked for)',
  '  --config PATH    use this alembic.ini or pyproject.toml',
  '  --no-color       no colours (also NO_COLOR=1)',
];

export function commandHelp(command: Command): string {
  const visible = Object.entries(command.options).filter(([, option]) => option.description);
  const usage = [`preflight ${command.name}`, visible.length > 0 ? '[options]' : '', command.arguments ?? ''].filter(Boolean).join(' ');
  const lines = [`Usage: ${usage}`, '', command.summary, ''];
  if (visible.length > 0) {
    lines.push('Options:');
    const labels = visible.map(([name, option]) => {
      const short = option.short ? `-${option.short}, ` : '    ';
      return `${short}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
    });
    const width = Math.max(...labels.map((label) => label.length));
    visible.forEach(([, option], index) => lines.push(`  ${labels[index]!.padEnd(width)}  ${option.description}`));
    lines.push('');
  }
  if (command.details) lines.push(command.details.trimEnd(), '');
  lines.push(...GLOBAL_OPTIONS_HELP, '');
  return lines.join('\n');
}

