/**
 * Field values: what the user typed (a flag or an answer), validated for the
 * field's kind and turned into a value the renderer can only print safely.
 * The same functions serve the scripted flags and the interactive prompts
 * (there they run as the prompt's validation), so both accept exactly the same
 * input.
 */
import type { Dialect } from '../model/project.js';
import { identifierProblem } from './identifiers.js';
import { parseServerDefault, type ServerDefault } from './server-default.js';
import { parseSqlType, type SqlType } from './sql-types.js';
import { FORMAT_REF, type Condition, type MigrationTemplate, type TemplateField } from './template.js';

export type FieldValue =
  | { kind: 'identifier'; value: string }
  | { kind: 'type'; value: SqlType }
  | { kind: 'bool'; value: boolean }
  | { kind: 'default'; value: ServerDefault }
  | { kind: 'enum-value'; value: string }
  | { kind: 'columns'; value: string[] }
  | { kind: 'text'; value: string };

export type FieldValues = Record<string, FieldValue>;
/** Raw input: strings from flags and prompts, booleans from boolean flags and confirms. */
export type RawInput = string | boolean;

export type FieldParse = { ok: true; value: FieldValue } | { ok: false; message: string };

const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_ENUM_LABEL_BYTES = 63;
const MAX_TEXT = 500;

export function parseBoolean(input: RawInput): boolean | undefined {
  if (typeof input === 'boolean') return input;
  const value = input.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'on'].includes(value)) return true;
  if (['false', 'no', 'n', '0', 'off'].includes(value)) return false;
  return undefined;
}

/** Validates one answer for `field`, given the values of the fields before it. */
export function parseFieldInput(field: TemplateField, input: RawInput, values: FieldValues, dialect: Dialect): FieldParse {
  const parsed = parseByKind(field, input, values, dialect);
  if (!parsed.ok) return parsed;
  const text = rawText(parsed.value);
  for (const excluded of field.exclude) {
    if (text.toLowerCase() === excluded.toLowerCase()) return { ok: false, message: `${JSON.stringify(text)} is not allowed here` };
  }
  for (const other of field.distinctFrom) {
    const value = values[other];
    if (value && rawText(value).toLowerCase() === text.toLowerCase()) {
      return { ok: false, message: `must differ from ${other.replace(/_/g, ' ')} (${rawText(value)})` };
    }
  }
  return parsed;
}

function parseByKind(field: TemplateField, input: RawInput, values: FieldValues, dialect: Dialect): FieldParse {
  if (field.kind === 'bool') {
    const value = parseBoolean(input);
    return value === undefined ? { ok: false, message: `answer true or false, not ${JSON.stringify(input)}` } : { ok: true, value: { kind: 'bool', value } };
  }
  if (typeof input === 'boolean') return { ok: false, message: 'needs a value' };
  switch (field.kind) {
    case 'identifier': {
      const value = input.trim();
      const problem = identifierProblem(value);
      return problem ? { ok: false, message: problem } : { ok: true, value: { kind: 'identifier', value } };
    }
    case 'columns': {
      if (CONTROL.test(input)) return { ok: false, message: 'column names cannot contain control characters (newlines, tabs…)' };
      const names = input.split(',').map((part) => part.trim());
      if (names.length === 1 && names[0] === '') return { ok: false, message: 'name at least one column' };
      for (const name of names) {
        const problem = identifierProblem(name);
        if (problem) return { ok: false, message: name === '' ? 'empty column name in the list (a,b,c)' : problem };
      }
      const duplicate = names.find((name, index) => names.indexOf(name) !== index);
      if (duplicate) return { ok: false, message: `column ${duplicate} is listed twice` };
      return { ok: true, value: { kind: 'columns', value: names } };
    }
    case 'type': {
      const result = parseSqlType(input, dialect);
      return result.ok ? { ok: true, value: { kind: 'type', value: result.type } } : result;
    }
    case 'default': {
      const type = field.typeField ? values[field.typeField] : undefined;
      const result = parseServerDefault(input, type?.kind === 'type' ? type.value : undefined, dialect);
      return result.ok ? { ok: true, value: { kind: 'default', value: result.value } } : result;
    }
    case 'enum-value': {
      if (input === '') return { ok: false, message: 'an enum value cannot be empty' };
      if (CONTROL.test(input)) return { ok: false, message: 'an enum value cannot contain control characters (newlines, tabs…)' };
      const bytes = Buffer.byteLength(input, 'utf8');
      if (bytes > MAX_ENUM_LABEL_BYTES) return { ok: false, message: `an enum value is at most ${MAX_ENUM_LABEL_BYTES} bytes in PostgreSQL (this one is ${bytes})` };
      return { ok: true, value: { kind: 'enum-value', value: input } };
    }
    case 'text': {
      if (input.includes('\u0000')) return { ok: false, message: 'text cannot contain a NUL character' };
      if (input.trim() === '') return { ok: false, message: 'cannot be empty' };
      if (input.length > MAX_TEXT) return { ok: false, message: `at most ${MAX_TEXT} characters` };
      return { ok: true, value: { kind: 'text', value: input } };
    }
  }
}

/** The value as plain text: names as typed, columns joined with `sep`, the type's label. */
export function rawText(value: FieldValue, separator = '_'): string {
  switch (value.kind) {
    case 'identifier':
    case 'enum-value':
    case 'text':
      return value.value;
    case 'columns':
      return value.value.join(separator);
    case 'type':
    case 'default':
      return value.value.label;
    case 'bool':
      return String(value.value);
  }
}

function holds(condition: Condition | undefined, values: FieldValues): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([name, expected]) => {
    const value = values[name];
    if (!value) return false;
    if (typeof expected === 'boolean') return value.kind === 'bool' && value.value === expected;
    return rawText(value).toLowerCase() === expected.toLowerCase();
  });
}

/** Whether the field is asked for at all, given the dialect and the earlier answers. */
export function fieldApplies(field: TemplateField, values: FieldValues, dialect: Dialect): boolean {
  if (field.dialects && !(field.dialects as string[]).includes(dialect)) return false;
  return holds(field.when, values);
}

export function fieldRequired(field: TemplateField, values: FieldValues): boolean {
  return typeof field.required === 'boolean' ? field.required : holds(field.required, values);
}

/** The default answer (with {field} references filled in), or undefined when there is none yet. */
export function fieldDefault(field: TemplateField, values: FieldValues): RawInput | undefined {
  if (field.default === undefined || typeof field.default === 'boolean') return field.default;
  let missing = false;
  const text = field.default.replace(FORMAT_REF, (match, ref: string | undefined) => {
    if (ref === undefined) return match === '{{' ? '{' : match === '}}' ? '}' : match;
    const value = values[ref];
    if (!value) missing = true;
    return value ? rawText(value) : '';
  });
  return missing ? undefined : text;
}

/** A field's value is missing although required. */
export class MissingField extends Error {
  constructor(
    readonly field: TemplateField,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'MissingField';
  }
}

/** A value was given but is invalid, or was given for a field the template does not use. */
export class InvalidField extends Error {
  constructor(
    readonly field: TemplateField | undefined,
    readonly input: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'InvalidField';
  }
}

/**
 * Resolves every field from the given inputs (no prompts): defaults fill the gaps, a required
 * field without a value throws MissingField, a bad value InvalidField. Inputs for fields that
 * do not apply (wrong dialect, `when` not met) are an InvalidField too, so a typo is never
 * silently ignored.
 */
export function resolveFieldValues(template: MigrationTemplate, inputs: Record<string, RawInput>, dialect: Dialect): FieldValues {
  const values: FieldValues = {};
  for (const name of Object.keys(inputs)) {
    if (!template.fields.some((field) => field.name === name)) {
      throw new InvalidField(undefined, name, `${template.name} has no field ${name}`);
    }
  }
  for (const field of template.fields) {
    const given = inputs[field.name];
    if (!fieldApplies(field, values, dialect)) {
      if (given !== undefined) throw new InvalidField(field, field.name, `${template.name} does not use ${field.name} here${whyNot(field, dialect)}`);
      continue;
    }
    const input = given ?? fieldDefault(field, values);
    if (input === undefined) {
      if (fieldRequired(field, values)) throw new MissingField(field, `${template.name} needs a value for "${field.prompt.replace(/[?:]\s*$/, '')}"`);
      continue;
    }
    const parsed = parseFieldInput(field, input, values, dialect);
    if (!parsed.ok) {
      const derived = given === undefined ? ` (derived default ${JSON.stringify(input)})` : '';
      throw new InvalidField(field, String(input), `${parsed.message}${derived}`);
    }
    values[field.name] = parsed.value;
  }
  return values;
}

function whyNot(field: TemplateField, dialect: Dialect): string {
  if (field.dialects && !(field.dialects as string[]).includes(dialect)) return ` (only on ${field.dialects.join(', ')}; this project is ${dialect})`;
  if (field.when) {
    const parts = Object.entries(field.when).map(([name, value]) => `${name} is ${String(value)}`);
    return ` (only when ${parts.join(' and ')})`;
  }
  return '';
}

// --- Message ----------------------------------------------------------------------------------

export const MAX_MESSAGE = 200;

/** Undefined when fine; the message becomes the docstring's first line and the file's slug. */
export function messageProblem(message: string): string | undefined {
  if (message.trim() === '') return 'the message cannot be empty';
  if (CONTROL.test(message)) return 'the message is one line: no newlines or other control characters';
  if (message.length > MAX_MESSAGE) return `the message is at most ${MAX_MESSAGE} characters`;
  return undefined;
}

/** The template's default message with the values filled in (columns as `a, b`). */
export function defaultMessage(template: MigrationTemplate, values: FieldValues): string {
  return template.message
    .replace(FORMAT_REF, (match, ref: string | undefined) => {
      if (ref === undefined) return match === '{{' ? '{' : match === '}}' ? '}' : match;
      const value = values[ref];
      return value ? rawText(value, ', ') : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}
