/**
 * The interactive `preflight new`: pick the pattern, then only the fields it
 * needs, each validated as it is entered (the same validation as the flags),
 * then the message. Values already given as flags are not asked again. Takes a
 * Prompts object, so tests drive it with a scripted fake.
 */
import type { Dialect } from '../../model/project.js';
import {
  defaultMessage,
  fieldApplies,
  fieldDefault,
  fieldRequired,
  InvalidField,
  messageProblem,
  parseFieldInput,
  type FieldValues,
  type RawInput,
} from '../../scaffold/fields.js';
import { COMMON_TYPES, typeHelp, typeNames } from '../../scaffold/sql-types.js';
import { supportsDialect, type MigrationTemplate, type TemplateField } from '../../scaffold/template.js';
import { UserError } from '../../model/errors.js';
import type { Choice, Prompts } from '../prompts.js';

export interface NewQuestionsInput {
  templates: MigrationTemplate[];
  dialect: Dialect;
  /** Pattern given on the command line (not asked). */
  pattern?: string;
  /** Field values given as flags (not asked). */
  inputs: Record<string, RawInput>;
  /** `--message` (not asked). */
  message?: string;
}

export interface NewAnswers {
  template: MigrationTemplate;
  values: FieldValues;
  message: string;
}

const OTHER_TYPE = '__other__';

export function templateChoices(templates: MigrationTemplate[], dialect: Dialect): Choice<string>[] {
  const usable = templates.filter((template) => supportsDialect(template, dialect));
  const width = Math.max(...usable.map((template) => template.name.length));
  return usable.map((template) => ({
    value: template.name,
    name: `${template.name.padEnd(width)}  ${template.summary}`,
    ...(template.guide ? { description: `Guide: ${template.guide}` } : {}),
  }));
}

/** Finds the template by name; unknown or not for this dialect is a UserError listing the usable ones. */
export function findTemplate(templates: MigrationTemplate[], name: string, dialect: Dialect): MigrationTemplate {
  const template = templates.find((candidate) => candidate.name === name);
  const usable = templates.filter((candidate) => supportsDialect(candidate, dialect)).map((candidate) => candidate.name);
  if (!template) throw new UserError(`new: unknown pattern ${JSON.stringify(name)} (patterns: ${usable.join(', ')})`);
  if (!supportsDialect(template, dialect)) {
    throw new UserError(`new: ${name} is for ${template.dialects!.join(', ')} only, and this project's dialect is ${dialect} (set dialect in the Preflight configuration if that is wrong)`);
  }
  return template;
}

export async function askNewMigration(prompts: Prompts, input: NewQuestionsInput): Promise<NewAnswers> {
  const { dialect } = input;
  const name = input.pattern ?? (await prompts.select('Which kind of migration?', templateChoices(input.templates, dialect)));
  const template = findTemplate(input.templates, name, dialect);
  for (const key of Object.keys(input.inputs)) {
    if (!template.fields.some((field) => field.name === key)) throw new InvalidField(undefined, key, `${template.name} has no field ${key}`);
  }
  const values: FieldValues = {};
  for (const field of template.fields) {
    const given = input.inputs[field.name];
    if (!fieldApplies(field, values, dialect)) {
      if (given !== undefined) throw new InvalidField(field, field.name, `${template.name} does not use ${field.name} here`);
      continue;
    }
    if (given !== undefined) {
      const parsed = parseFieldInput(field, given, values, dialect);
      if (!parsed.ok) throw new InvalidField(field, String(given), parsed.message);
      values[field.name] = parsed.value;
      continue;
    }
    const answer = await askField(prompts, field, values, dialect);
    if (answer === undefined) continue;
    const parsed = parseFieldInput(field, answer, values, dialect);
    // The prompt validated it already; this only guards a Prompts implementation that does not.
    if (!parsed.ok) throw new InvalidField(field, String(answer), parsed.message);
    values[field.name] = parsed.value;
  }
  const suggested = defaultMessage(template, values);
  let message = input.message;
  if (message === undefined) {
    message = await prompts.input('Message (first line of the docstring; also names the file)', {
      default: suggested,
      validate: (value) => messageProblem(value) ?? true,
    });
  }
  return { template, values, message: message.trim() };
}

/** One question; undefined when an optional field is left empty. */
async function askField(prompts: Prompts, field: TemplateField, values: FieldValues, dialect: Dialect): Promise<RawInput | undefined> {
  const required = fieldRequired(field, values);
  const fallback = fieldDefault(field, values);
  if (field.kind === 'bool') return prompts.confirm(field.prompt, fallback === true);
  const validate = (value: string): true | string => {
    if (value.trim() === '' && !required) return true;
    const parsed = parseFieldInput(field, value, values, dialect);
    return parsed.ok ? true : parsed.message;
  };
  if (field.kind === 'type') {
    const offered = COMMON_TYPES.filter((type) => typeNames(dialect).includes(type.replace(/\(.*$/, '')));
    const choices: Choice<string>[] = [
      ...offered.map((type) => ({ value: type, name: type, ...(typeHelp(type) ? { description: typeHelp(type)! } : {}) })),
      { value: OTHER_TYPE, name: 'Other…', description: `type it: ${typeNames(dialect).join(', ')}, with arguments like String(80)` },
    ];
    const start = typeof fallback === 'string' && offered.some((type) => type === fallback) ? fallback : undefined;
    const picked = await prompts.select(field.prompt, choices, start);
    if (picked !== OTHER_TYPE) return picked;
    return prompts.input(`${field.prompt} (e.g. String(80), Numeric(12, 4))`, { validate });
  }
  const hint = required ? '' : ' (optional, Enter to skip)';
  const answer = await prompts.input(`${field.prompt}${hint}`, {
    ...(typeof fallback === 'string' ? { default: fallback } : {}),
    validate,
  });
  return answer.trim() === '' && !required ? undefined : answer;
}
