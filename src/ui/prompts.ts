/**
 * Every plain (line-by-line) prompt goes through this module, so tests can drive
 * flows through one seam and Ctrl-C handling lives in one place. Prompts never
 * start on a non-TTY: callers check `assertInteractive` first.
 */
import { UserError } from '../core/errors.js';

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

async function cancellable<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new PromptCancelled();
    throw error;
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

/** Fails fast instead of waiting for input that can never come. */
export function assertInteractive(stdin: { isTTY?: boolean }, hint: string): void {
  if (!stdin.isTTY) throw new UserError(`standard input is not a terminal, so Preflight cannot ask questions; ${hint}`);
}
