/**
 * Server defaults typed by the user, checked against the column type and turned
 * into a Python expression: a string literal (SQLAlchemy renders it as a quoted
 * SQL literal), `sa.true()`/`sa.false()`, `sa.text("42")` for a number that
 * was parsed as one, or one of a few known SQL functions. User text only ever
 * lands inside a correctly escaped Python string literal.
 */
import { toPythonStringLiteral } from '../analysis/parse/python-literal.js';
import type { Dialect } from '../model/project.js';
import type { SqlType } from './sql-types.js';

export interface ServerDefault {
  /** Python expression for `server_default=`. */
  python: string;
  /** As the user would type it again. */
  label: string;
  /** A constant (SQLite can ADD COLUMN only with a constant default). */
  constant: boolean;
}

export type ServerDefaultParse = { ok: true; value: ServerDefault } | { ok: false; message: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** SQL functions accepted as defaults, by column category (lower-case spelling → expression). */
const FUNCTIONS: Record<string, { python: string; categories: SqlType['category'][]; dialects?: Dialect[] }> = {
  'now()': { python: 'sa.func.current_timestamp()', categories: ['datetime'] },
  now: { python: 'sa.func.current_timestamp()', categories: ['datetime'] },
  current_timestamp: { python: 'sa.func.current_timestamp()', categories: ['datetime'] },
  'current_timestamp()': { python: 'sa.func.current_timestamp()', categories: ['datetime'] },
  current_date: { python: 'sa.func.current_date()', categories: ['date'] },
  current_time: { python: 'sa.func.current_time()', categories: ['time'] },
  'gen_random_uuid()': { python: 'sa.text("gen_random_uuid()")', categories: ['uuid'], dialects: ['postgresql'] },
};

const literal = (value: string): ServerDefaultParse => ({
  ok: true,
  value: { python: toPythonStringLiteral(value), label: value, constant: true },
});

export function parseServerDefault(input: string, type: SqlType | undefined, dialect: Dialect): ServerDefaultParse {
  if (input.includes('\u0000')) return { ok: false, message: 'a default cannot contain a NUL character' };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'give a value (an empty default is not offered here; edit the file for that)' };
  const category = type?.category ?? 'string';
  const fn = FUNCTIONS[trimmed.toLowerCase()];
  if (fn && fn.categories.includes(category)) {
    if (fn.dialects && !fn.dialects.includes(dialect)) return { ok: false, message: `${trimmed} is ${fn.dialects.join('/')}-only` };
    if (dialect === 'sqlite') {
      return {
        ok: false,
        message: `SQLite cannot add a column whose default is an expression (${trimmed}); use a constant, or add it nullable and backfill it (pattern data-migration)`,
      };
    }
    return { ok: true, value: { python: fn.python, label: trimmed, constant: false } };
  }
  switch (category) {
    case 'boolean': {
      const value = trimmed.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(value)) return { ok: true, value: { python: 'sa.true()', label: 'true', constant: true } };
      if (['false', '0', 'no', 'off'].includes(value)) return { ok: true, value: { python: 'sa.false()', label: 'false', constant: true } };
      return { ok: false, message: `a Boolean default is true or false, not ${JSON.stringify(input)}` };
    }
    case 'integer':
      if (!INTEGER.test(trimmed)) return { ok: false, message: `an integer default must be a whole number, not ${JSON.stringify(input)}` };
      return { ok: true, value: { python: `sa.text(${toPythonStringLiteral(trimmed)})`, label: trimmed, constant: true } };
    case 'decimal':
      if (!DECIMAL.test(trimmed)) return { ok: false, message: `a numeric default must be a number, not ${JSON.stringify(input)}` };
      return { ok: true, value: { python: `sa.text(${toPythonStringLiteral(trimmed)})`, label: trimmed, constant: true } };
    case 'datetime':
      if (!DATETIME.test(trimmed)) return { ok: false, message: `a DateTime default is now() or a literal like 2024-01-31 12:00:00, not ${JSON.stringify(input)}` };
      return literal(trimmed);
    case 'date':
      if (!DATE.test(trimmed)) return { ok: false, message: `a Date default is current_date or a literal like 2024-01-31, not ${JSON.stringify(input)}` };
      return literal(trimmed);
    case 'time':
      if (!TIME.test(trimmed)) return { ok: false, message: `a Time default is current_time or a literal like 12:00, not ${JSON.stringify(input)}` };
      return literal(trimmed);
    case 'uuid':
      if (!UUID.test(trimmed)) return { ok: false, message: `a UUID default is gen_random_uuid() or a UUID literal, not ${JSON.stringify(input)}` };
      return literal(trimmed.toLowerCase());
    case 'json':
      try {
        JSON.parse(trimmed);
      } catch {
        return { ok: false, message: `a JSON default must be valid JSON (e.g. {} or []), not ${JSON.stringify(input)}` };
      }
      return literal(trimmed);
    case 'binary':
    case 'interval':
      return { ok: false, message: `server defaults for ${type?.label ?? category} columns are not offered; edit the generated file` };
    case 'string':
      // Text defaults keep the user's exact text (spaces included); it is a literal, not SQL.
      return literal(input);
  }
}
