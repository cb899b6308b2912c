/**
 * Text from a migration (table names, revision ids, file names, SQL) is untrusted: printed raw,
 * `op.drop_table("t\x1b[1A\x1b[2K")` would erase a line of the report or set the window title, and a
 * bidi override would make the line read differently from what it says. Every place that writes
 * such text to a terminal or a CI annotation passes it through here; JSON and SARIF keep the exact
 * strings (their consumers escape for themselves).
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters and bidi marks shown as `\x1b` / `\u202e`; tabs and newlines kept. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** The same, for a value that must stay on one line (a table cell, a file name): newlines escaped too. */
export function terminalSafeLine(text: string): string {
  return text.replace(UNSAFE_ON_ONE_LINE, escapeCharacter);
}
