/**
 * A reader for the subset of Python's configparser that alembic.ini uses:
 * sections, `key = value` / `key: value`, indented continuation lines, `#`/`;`
 * comment lines, and BasicInterpolation (`%(name)s` from the same section or
 * [DEFAULT], `%%` for a literal percent sign).
 */
import { UserError, locatedMessage } from '../errors.js';

export interface IniEntry {
  raw: string;
  line: number;
}

export type IniSections = Map<string, Map<string, IniEntry>>;

export function parseIni(text: string, file: string): IniSections {
  const sections: IniSections = new Map();
  let current: Map<string, IniEntry> | undefined;
  let lastKey: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (/^\s*([#;].*)?$/.test(line)) {
      // configparser ends a multi-line value at an empty line only when the next line is not indented;
      // alembic.ini values never rely on that, so a blank line simply keeps the value as is.
      return;
    }
    if (/^\s/.test(line) && current && lastKey) {
      const entry = current.get(lastKey)!;
      entry.raw = entry.raw === '' ? line.trim() : `${entry.raw}\n${line.trim()}`;
      return;
    }
    const section = /^\[([^\]]+)\]\s*$/.exec(line);
    if (section) {
      const name = section[1]!.trim();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      lastKey = undefined;
      return;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!pair) throw new UserError(locatedMessage(file, lineNumber, `cannot read this line: ${JSON.stringify(line.trim())}`));
    if (!current) throw new UserError(locatedMessage(file, lineNumber, 'setting outside of any [section]'));
    lastKey = pair[1]!.trim().toLowerCase();
    current.set(lastKey, { raw: pair[2]!.trim(), line: lineNumber });
  });
  return sections;
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
  sections: IniSections,
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
