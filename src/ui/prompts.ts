/**
 * Every plain (line-by-line) prompt goes through this module, so tests can drive
 * flows through one seam and Ctrl-C handling lives in one place. Prompts never
 * start on a non-TTY: callers check `assertInteractive` first.
 */
import { constants } from 'node:os';
import { UserError } from '../model/errors.js';

const { signals } = constants;

/** Thrown when the user cancels (Ctrl-C, Esc in a prompt); the CLI exits 130 and writes nothing. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompts {
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
}

/** Signals that end Preflight at a prompt (Ctrl-C is the prompt's own: PromptCancelled). */
const TERMINATING_SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/**
 * Ends the process for SIGTERM/SIGHUP at an open prompt. Without it the prompt library re-raises
 * the signal and the process dies with the terminal still in raw mode: no echo in the shell after.
 */
function exitRestoringTerminal(signal: NodeJS.Signals): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  // The prompt hides the cursor while it is open.
  if (process.stdout.isTTY) process.stdout.write('\x1b[?25h\n');
  process.stderr.write(`preflight: stopped by ${signal}\n`);
  process.exit(128 + signals[signal]);
}

async function cancellable<T>(run: () => Promise<T>): Promise<T> {
  // Only while the prompt is open: between prompts a round trip may own these signals to clean up.
  for (const signal of TERMINATING_SIGNALS) process.on(signal, exitRestoringTerminal);
  try {
    return await run();
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new PromptCancelled();
    throw error;
  } finally {
    for (const signal of TERMINATING_SIGNALS) process.off(signal, exitRestoringTerminal);
  }
}

/** The real prompts (@inquirer/prompts), loaded only when an interactive flow starts. */
export async function inquirerPrompts(): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  return {
    select: (message, choices, defaultValue) =>
      cancellable(() => inquirer.select({ message, choices, ...(defaultValue !== undefined ? { default: defaultValue } : {}) })),
    input: (message, options = {}) =>
      cancellable(() =>
        inquirer.input({
          message,
          ...(options.default !== undefined ? { default: options.default } : {}),
          ...(options.validate ? { validate: options.validate, transformer: liveValidation(options.validate) } : {}),
        }),
      ),
    confirm: (message, defaultValue = false) => cancellable(() => inquirer.confirm({ message, default: defaultValue })),
  };
}

/**
 * Validation as you type: while the answer is being typed, the problem (if any) is
 * shown right after it; Enter still refuses an invalid answer with the full message.
 */
function liveValidation(validate: (value: string) => true | string) {
  return (value: string, { isFinal }: { isFinal: boolean }): string => {
    if (isFinal || value === '') return value;
    const verdict = validate(value);
    return verdict === true ? value : `${value}   ✘ ${verdict.split('\n')[0]}`;
  };
}

/**
 * Fails fast instead of waiting for input that can never come, or for keys pressed at questions
 * drawn into a file (`preflight review > out.txt`): prompts need both ends on the terminal.
 */
export function assertInteractive(stdin: { isTTY?: boolean }, hint: string, stdout?: { isTTY?: boolean }): void {
  if (!stdin.isTTY) throw new UserError(`standard input is not a terminal, so Preflight cannot ask questions; ${hint}`);
  if (stdout && !stdout.isTTY) {
    throw new UserError(`standard output is not a terminal (it goes to a file or a pipe), so Preflight cannot show its questions; ${hint}`);
  }
}
