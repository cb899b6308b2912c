/**
 * A problem the user can fix (bad input, missing project, bad configuration).
 * The CLI prints `preflight: <message>` on one line and exits with `exitCode`
 * (2 by default) — never a stack trace.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** Formats `file:line: message` for errors that point into a file. */
export function locatedMessage(file: string, line: number | undefined, message: string): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}
