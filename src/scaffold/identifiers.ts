/**
 * SQL identifiers typed by the user (table, column, index, enum type names) and
 * the SQL text built from them. An identifier is `^[A-Za-z_][A-Za-z0-9_$]*$` and
 * at most 63 bytes of UTF-8 (PostgreSQL's NAMEDATALEN - 1: longer names are
 * silently truncated there, so two long names could collide). Nothing else ever
 * reaches generated code as a name.
 */
import type { Dialect } from '../model/project.js';

export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_$]*$/;
export const MAX_IDENTIFIER_BYTES = 63;

/** Undefined when valid, else why not (one line, no trailing period). */
export function identifierProblem(value: string): string | undefined {
  if (value.length === 0) return 'a name is required';
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'a name cannot contain control characters (newlines, tabs…)';
  if (!IDENTIFIER_PATTERN.test(value)) {
    return `${JSON.stringify(value)} is not a plain SQL identifier: use letters, digits, _ and $, not starting with a digit`;
  }
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_IDENTIFIER_BYTES) {
    return `${JSON.stringify(value)} is ${bytes} bytes long; PostgreSQL truncates names after ${MAX_IDENTIFIER_BYTES} bytes`;
  }
  return undefined;
}

/**
 * Key words that must be quoted to be used as names: PostgreSQL's reserved key words plus
 * SQLite's and MySQL's common ones. Quoting a lower-case name that needs no quotes is harmless
 * (it names the same object), so the list errs on the long side.
 */
const RESERVED = new Set(
  `all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column
  concurrently constraint create cross current_catalog current_date current_role current_schema current_time
  current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from
  full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime
  localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right
  select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using
  variadic verbose when where window with
  abort action add after alter attach autoincrement before begin between by cascade commit conflict database deferred
  delete detach drop each escape exclusive exists explain fail glob if ignore immediate index indexed insert instead
  isnull key match no nothing of plan pragma query raise recursive regexp reindex release rename replace restrict rollback
  row rows savepoint set temp temporary transaction trigger update vacuum values view virtual without
  accessible change condition databases dec decimal delayed div dual enclosed escaped exit float int integer interval keys
  kill lines load lock long loop mod modifies option optionally outfile range read reads real repeat require schema
  schemas separator show signal spatial sql sqlexception sqlstate sqlwarning ssl starting stored straight_join terminated
  undo unlock unsigned usage utc_date utc_time utc_timestamp varying while write xor year_month zerofill`.split(/\s+/),
);

/** Whether SQL text must quote this (already valid) identifier to mean the name SQLAlchemy creates. */
export function needsQuoting(identifier: string): boolean {
  // SQLAlchemy quotes names that are not all lower case; unquoted, the database would fold them.
  return !/^[a-z_][a-z0-9_$]*$/.test(identifier) || RESERVED.has(identifier);
}

/** The identifier as SQL, quoted for the dialect when needed (the way SQLAlchemy names it). */
export function sqlIdentifier(identifier: string, dialect: Dialect): string {
  if (!needsQuoting(identifier)) return identifier;
  return dialect === 'mysql' ? `\`${identifier}\`` : `"${identifier}"`;
}

/**
 * A SQL string literal. The text is later given to SQLAlchemy's `text()` (op.execute and sa.text
 * both go through it), which reads `:name` as a bind parameter; `\:` is its escape for a colon.
 */
export function sqlStringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''").replace(/:/g, '\\:')}'`;
}
