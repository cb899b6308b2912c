/**
 * A reader for alembic.ini that follows Python's configparser (the strict
 * ConfigParser Alembic uses): sections, `key = value` / `key: value`, values
 * continued on lines indented deeper than their key, `#`/`;` comment lines,
 * duplicate sections and keys refused, and BasicInterpolation (`%(name)s` from
 * the same section or [DEFAULT], `%%` for a literal percent sign).
 */
import { UserError, locatedMessage } from '../../model/errors.js';

export interface IniEntry {
  raw: string;
  line: number;
}

export interface IniDocument {
  sections: Map<string, Map<string, IniEntry>>;
  /** Line of each section's (first) header, for messages about a missing key. */
  headerLines: Map<string, number>;
}

/** Python's universal newlines: `\r\n`, a lone `\r` (old Mac files) and `\n` all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function parseIni(text: string, file: string): IniDocument {
  const sections = new Map<string, Map<string, IniEntry>>();
  const headerLines = new Map<string, number>();
  const fail = (line: number, message: string): never => {
    throw new UserError(locatedMessage(file, line, message));
  };
  if (text.startsWith('\ufeff')) {
    // configparser reads the file as plain UTF-8, so the BOM is part of the first line and it refuses the file.
    fail(1, 'the file starts with a byte order mark (BOM), which Alembic (configparser) cannot read; save it as UTF-8 without BOM');
  }
  let sectionName: string | undefined;
  let current: Map<string, IniEntry> | undefined;
  let key: string | undefined;
  // The value lines of the current key, joined (and trailing blank lines dropped) when the key ends.
  let valueLines: string[] = [];
  let indentLevel = 0;
  const seenSections = new Set<string>();
  const closeValue = (): void => {
    if (current && key !== undefined) current.get(key)!.raw = valueLines.join('\n').trimEnd();
  };

  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    const value = line.trim();
    const isComment = value.startsWith('#') || value.startsWith(';');
    if (isComment || value === '') {
      // A blank (not a comment) line inside a value is kept, as configparser keeps it.
      if (!isComment && current && key !== undefined) valueLines.push('');
      return;
    }
    const indent = /\S/.exec(line)?.index ?? 0;
    if (current && key !== undefined && indent > indentLevel) {
      valueLines.push(value);
      return;
    }
    indentLevel = indent;
    const section = /^\[(.+)\]/.exec(value);
    if (section) {
      closeValue();
      key = undefined;
      // Not trimmed: configparser takes `[ alembic ]` as a section named " alembic ".
      const name = section[1]!;
      // [DEFAULT] may appear more than once; any other section only once (strict mode).
      if (seenSections.has(name) && name !== 'DEFAULT') {
        fail(lineNumber, `[${name}] appears a second time (first at line ${headerLines.get(name)}); Alembic (configparser) refuses duplicate sections`);
      }
      seenSections.add(name);
      if (!headerLines.has(name)) headerLines.set(name, lineNumber);
      sectionName = name;
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      return;
    }
    if (!current) fail(lineNumber, 'setting outside of any [section]');
    const pair = /^(.*?)\s*[=:]\s*(.*)$/.exec(value);
    const name = pair?.[1]?.trimEnd().toLowerCase();
    if (!pair || !name) fail(lineNumber, `cannot read this line: ${JSON.stringify(clip(value))}`);
    closeValue();
    const existing = current!.get(name!);
    if (existing) {
      fail(lineNumber, `${name} appears a second time in [${sectionName}] (first at line ${existing.line}); Alembic (configparser) refuses duplicate keys`);
    }
    key = name!;
    valueLines = [pair![2]!.trim()];
    current!.set(key, { raw: valueLines[0]!, line: lineNumber });
  });
  closeValue();
  return { sections, headerLines };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Interpolates `%(name)s` and `%%` the way configparser's BasicInterpolation does. */
export function interpolate(
  value: string,
  lookup: (name: string) => string | undefined,
  where: { file: string; line: number },
  depth = 0,
): string {
  if (depth > 10) throw new UserError(locatedMessage(where.file, where.line, 'interpolation is nested too deeply'));
  return value.replace(/%(%|\(([^)]+)\)s)/g, (_match, token: string, name: string | undefined) => {
    if (token === '%') return '%';
    const replacement = lookup(name!.toLowerCase());
    if (replacement === undefined) {
      throw new UserError(locatedMessage(where.file, where.line, `unknown interpolation %(${name})s`));
    }
    return interpolate(replacement, lookup, where, depth + 1);
  });
}

/** A section's value, interpolated, with `here` (and extra defaults) available. */
export function readOption(
  { sections }: IniDocument,
  section: string,
  key: string,
  file: string,
  defaults: Record<string, string>,
): { value: string; line: number } | undefined {
  const entry = sections.get(section)?.get(key);
  if (!entry) return undefined;
  const lookup = (name: string): string | undefined =>
    sections.get(section)?.get(name)?.raw ?? sections.get('DEFAULT')?.get(name)?.raw ?? defaults[name];
  return { value: interpolate(entry.raw, lookup, { file, line: entry.line }), line: entry.line };
}
