/**
 * The migration template format (templates/*.py.tmpl; documented in
 * templates/README.md). A template is data, not a program:
 *
 *   ---                                  YAML front matter, validated below
 *   name: add-column
 *   summary: …
 *   message: add {column} to {table}     default message; {field} = the raw value
 *   fields: [ {name, kind, prompt, …} ]  what to ask for
 *   sql:  { name: "UPDATE {table} …" }   SQL built from validated values
 *   text: { name: "… {table} …" }        plain text built from values
 *   ---
 *   @@ upgrade @@                        function bodies, unindented;
 *   op.add_column({{table}}, …)          {{name}} = a Python expression
 *   @@ upgrade postgresql @@             dialect variant (wins over the plain one)
 *   @@ downgrade @@
 *
 * Every `{{placeholder}}` becomes an escaped Python literal or an expression
 * built from an allow-list, so no value can change the code around it. There
 * are no conditionals or loops; `{{name:kwarg}}` renders `, name=<value>` when
 * the field has a value and nothing otherwise.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UserError, locatedMessage } from '../model/errors.js';
import type { Dialect } from '../model/project.js';

export const FIELD_KINDS = ['identifier', 'type', 'bool', 'default', 'enum-value', 'columns', 'text'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export const TEMPLATE_DIALECTS = ['postgresql', 'sqlite', 'mysql'] as const;
export type TemplateDialect = (typeof TEMPLATE_DIALECTS)[number];

/** Values the renderer provides besides the fields (`{{@revision}}`, `{@destructive_flag}`). */
export const CONTEXT_NAMES = ['@revision', '@destructive_flag', '@environment_variable'] as const;

const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _)');
const condition = z.record(name, z.union([z.string(), z.boolean()]));
const dialect = z.enum(TEMPLATE_DIALECTS);
/** `import os`, `from x.y import a, b`: the only import shapes a template may add. */
export const IMPORT_LINE = /^(import [A-Za-z_][\w.]*|from [A-Za-z_][\w.]* import [A-Za-z_]\w*(, [A-Za-z_]\w*)*)$/;

const fieldSchema = z
  .object({
    name,
    kind: z.enum(FIELD_KINDS),
    prompt: z.string().min(1),
    help: z.string().min(1).optional(),
    /** true (default for every kind but bool), false, or a condition on earlier fields. */
    required: z.union([z.boolean(), condition]).optional(),
    /** Default value; strings may use {field} of earlier fields (`ix_{table}_{columns}`). */
    default: z.union([z.string(), z.boolean()]).optional(),
    /** Ask for / use this field only when earlier fields have these values. */
    when: condition.optional(),
    /** Ask for / use this field only on these dialects. */
    dialects: z.array(dialect).min(1).optional(),
    /** For kind default: the type field the default is checked against (default `type`). */
    type_field: name.optional(),
    /** The value must differ from these earlier fields' values. */
    distinct_from: z.array(name).optional(),
    /** Values the field must not take (compared case-insensitively), e.g. `id` for a column next to the primary key. */
    exclude: z.array(z.string().min(1)).optional(),
  })
  .strict();

const frontMatterSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
    summary: z.string().min(1),
    /** Where in the migration guide the pattern comes from. */
    guide: z.string().min(1).optional(),
    /** Default migration message; {field} placeholders. */
    message: z.string().min(1),
    /** Dialects the pattern exists for (absent: all). */
    dialects: z.array(dialect).min(1).optional(),
    imports: z.array(z.string().regex(IMPORT_LINE, 'must be `import x` or `from x import a, b`')).optional(),
    fields: z.array(fieldSchema).default([]),
    sql: z.record(name, z.string().min(1)).optional(),
    text: z.record(name, z.string().min(1)).optional(),
    /** Findings `preflight check` reports on a fresh file from this template, and why they are expected. */
    expected_findings: z
      .array(z.object({ rule: z.string().regex(/^[a-z0-9-]+$/), severity: z.enum(['warning', 'info']), why: z.string().min(1) }).strict())
      .optional(),
    /** Printed after the file is written. */
    notes: z.string().min(1).optional(),
  })
  .strict();

export type Condition = Record<string, string | boolean>;

export interface TemplateField {
  name: string;
  kind: FieldKind;
  prompt: string;
  help?: string;
  required: boolean | Condition;
  default?: string | boolean;
  when?: Condition;
  dialects?: TemplateDialect[];
  typeField?: string;
  distinctFrom: string[];
  exclude: string[];
}

export interface ExpectedFinding {
  rule: string;
  severity: 'warning' | 'info';
  why: string;
}

export type SectionKey = 'default' | TemplateDialect;

export interface MigrationTemplate {
  name: string;
  summary: string;
  guide?: string;
  message: string;
  dialects?: TemplateDialect[];
  imports: string[];
  fields: TemplateField[];
  sql: Record<string, string>;
  text: Record<string, string>;
  expectedFindings: ExpectedFinding[];
  notes?: string;
  /** Function bodies without indentation, by dialect variant. */
  upgrade: Partial<Record<SectionKey, string>>;
  downgrade: Partial<Record<SectionKey, string>>;
  /** Where the template came from (for error messages). */
  source: string;
}

const SECTION = /^@@\s+(upgrade|downgrade)(?:\s+(\S+))?\s+@@\s*$/;
/** `{{name}}`, `{{name:kwarg}}`, `{{@context}}` in function bodies. */
export const PLACEHOLDER = /\{\{\s*(@?[a-z][a-z0-9_]*)(?::(kwarg))?\s*\}\}/g;
/** `{name}` in message/default/sql/text formats; `{{` and `}}` are literal braces. */
export const FORMAT_REF = /\{\{|\}\}|\{(@?[a-z][a-z0-9_]*)\}|[{}]/g;

/** Parses and validates one template file; errors are UserErrors naming `source` and the line. */
export function parseTemplate(text: string, source: string): MigrationTemplate {
  const fail = (message: string, line?: number): never => {
    throw new UserError(locatedMessage(source, line, `template: ${message}`));
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') fail('must start with a --- line and YAML front matter', 1);
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) fail('the front matter has no closing --- line', 1);

  let raw: unknown;
  try {
    raw = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : undefined;
    fail(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, line);
  }
  const parsed = frontMatterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)].join('.');
    fail(`front matter ${path || '(root)'}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`, 2);
  }
  const meta = parsed.data!;

  const declared = new Set(meta.fields.map((field) => field.name));
  const fields: TemplateField[] = meta.fields.map((field) => ({
    name: field.name,
    kind: field.kind,
    prompt: field.prompt,
    ...(field.help !== undefined ? { help: field.help } : {}),
    required: field.required ?? field.kind !== 'bool',
    ...(field.default !== undefined ? { default: field.default } : {}),
    ...(field.when !== undefined ? { when: field.when } : {}),
    ...(field.dialects !== undefined ? { dialects: field.dialects } : {}),
    ...(field.kind === 'default' && (field.type_field !== undefined || declared.has('type')) ? { typeField: field.type_field ?? 'type' } : {}),
    distinctFrom: field.distinct_from ?? [],
    exclude: field.exclude ?? [],
  }));

  // Fields refer only to fields before them, so one pass in order can resolve everything.
  const seen = new Map<string, TemplateField>();
  for (const field of fields) {
    const where = `field ${field.name}`;
    if (seen.has(field.name)) fail(`${where} is declared twice`);
    const earlier = (ref: string, what: string) => {
      if (!seen.has(ref)) fail(`${where}: ${what} refers to ${JSON.stringify(ref)}, which is not a field declared before it`);
      return seen.get(ref)!;
    };
    for (const key of Object.keys(field.when ?? {})) earlier(key, 'when');
    if (typeof field.required === 'object') for (const key of Object.keys(field.required)) earlier(key, 'required');
    for (const ref of field.distinctFrom) earlier(ref, 'distinct_from');
    if (field.kind === 'bool' && field.default !== undefined && typeof field.default !== 'boolean') {
      fail(`${where}: a bool field's default must be true or false`);
    }
    if (field.kind === 'bool' && field.default === undefined) fail(`${where}: a bool field needs a default (true or false)`);
    if (field.kind !== 'bool' && typeof field.default === 'boolean') fail(`${where}: only bool fields have true/false defaults`);
    if (typeof field.default === 'string') {
      for (const ref of formatRefs(field.default, () => fail(`${where}: default has an unmatched { or }`))) {
        if (!ref.startsWith('@')) earlier(ref, 'default');
        else if (!(CONTEXT_NAMES as readonly string[]).includes(ref)) fail(`${where}: default uses unknown {${ref}}`);
      }
    }
    if (field.typeField !== undefined) {
      const typeField = earlier(field.typeField, 'type_field');
      if (typeField.kind !== 'type') fail(`${where}: type_field ${field.typeField} is not a type field`);
    }
    seen.set(field.name, field);
  }

  const sql = meta.sql ?? {};
  const textFormats = meta.text ?? {};
  for (const [kind, formats] of [['sql', sql], ['text', textFormats]] as const) {
    for (const [key, format] of Object.entries(formats)) {
      if (seen.has(key)) fail(`${kind}.${key}: the name is already a field`);
      if (kind === 'text' && key in sql) fail(`text.${key}: the name is already used in sql`);
      for (const ref of formatRefs(format, () => fail(`${kind}.${key} has an unmatched { or }`))) {
        if (ref.startsWith('@')) {
          if (!(CONTEXT_NAMES as readonly string[]).includes(ref)) fail(`${kind}.${key} uses unknown {${ref}}`);
        } else if (!seen.has(ref)) fail(`${kind}.${key} uses {${ref}}, which is not a field`);
        else if (seen.get(ref)!.kind === 'type' || seen.get(ref)!.kind === 'default') {
          fail(`${kind}.${key} uses {${ref}}: ${seen.get(ref)!.kind} fields are Python expressions, not ${kind}`);
        }
      }
    }
  }
  for (const ref of formatRefs(meta.message, () => fail('message has an unmatched { or }'))) {
    if (!seen.has(ref) && !ref.startsWith('@')) fail(`message uses {${ref}}, which is not a field`);
  }

  // Body: comments/blank lines, then @@ sections.
  const upgrade: MigrationTemplate['upgrade'] = {};
  const downgrade: MigrationTemplate['downgrade'] = {};
  let current: { target: typeof upgrade; key: SectionKey; start: number; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const body = current.lines.join('\n').replace(/^\s*\n/, '').replace(/\s+$/, '');
    const trimmedStart = current.lines.join('\n').replace(/^(\s*\n)+/, '');
    if (/^[ \t]/.test(trimmedStart)) fail('a section body starts without indentation (the renderer indents it)', current.start);
    current.target[current.key] = body;
  };
  for (let index = end + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    const header = SECTION.exec(line);
    if (header) {
      close();
      const key = (header[2] ?? 'default') as SectionKey;
      if (key !== 'default' && !(TEMPLATE_DIALECTS as readonly string[]).includes(key)) {
        fail(`unknown dialect ${JSON.stringify(key)} in section header (use ${TEMPLATE_DIALECTS.join(', ')})`, lineNumber);
      }
      const target = header[1] === 'upgrade' ? upgrade : downgrade;
      if (target[key] !== undefined) fail(`section ${header[1]}${key === 'default' ? '' : ` ${key}`} appears twice`, lineNumber);
      current = { target, key, start: lineNumber + 1, lines: [] };
      continue;
    }
    if (/^@@/.test(line)) fail('malformed section header: write `@@ upgrade @@` or `@@ downgrade postgresql @@`', lineNumber);
    if (!current) {
      if (line.trim() !== '' && !line.trimStart().startsWith('#')) fail('only comments may come before the first @@ section', lineNumber);
      continue;
    }
    if (line.includes('\t')) fail('use spaces, not tabs, for indentation', lineNumber);
    const withoutPlaceholders = line.replace(PLACEHOLDER, (_match, ref: string, kwarg: string | undefined) => {
      if (ref.startsWith('@')) {
        if (!(CONTEXT_NAMES as readonly string[]).includes(ref)) fail(`unknown placeholder {{${ref}}} (context values: ${CONTEXT_NAMES.join(', ')})`, lineNumber);
        if (kwarg) fail(`{{${ref}:kwarg}}: only fields take :kwarg`, lineNumber);
      } else if (!seen.has(ref) && !(ref in sql) && !(ref in textFormats)) {
        fail(`placeholder {{${ref}}} is not a field, sql or text entry`, lineNumber);
      } else if (kwarg && !seen.has(ref)) fail(`{{${ref}:kwarg}}: only fields take :kwarg`, lineNumber);
      return '';
    });
    if (/\{\{|\}\}/.test(withoutPlaceholders)) fail('malformed placeholder: write {{name}} or {{name:kwarg}}', lineNumber);
    current.lines.push(line);
  }
  close();

  const needed: SectionKey[] = meta.dialects ?? [...TEMPLATE_DIALECTS];
  for (const [label, sections] of [['upgrade', upgrade], ['downgrade', downgrade]] as const) {
    if (sections.default !== undefined) continue;
    const missing = needed.filter((key) => sections[key] === undefined);
    if (missing.length > 0) fail(`no @@ ${label} @@ section (and no variant for ${missing.join(', ')})`);
  }

  return {
    name: meta.name,
    summary: meta.summary,
    ...(meta.guide !== undefined ? { guide: meta.guide } : {}),
    message: meta.message,
    ...(meta.dialects !== undefined ? { dialects: meta.dialects } : {}),
    imports: meta.imports ?? [],
    fields,
    sql,
    text: textFormats,
    expectedFindings: meta.expected_findings ?? [],
    ...(meta.notes !== undefined ? { notes: meta.notes } : {}),
    upgrade,
    downgrade,
    source,
  };
}

/** The `{ref}` names a format uses; `onError` is called for a stray brace. */
export function formatRefs(format: string, onError: () => void): string[] {
  const refs: string[] = [];
  for (const match of format.matchAll(FORMAT_REF)) {
    if (match[1] !== undefined) refs.push(match[1]);
    else if (match[0] === '{' || match[0] === '}') onError();
  }
  return refs;
}

/** Whether the template exists for this dialect (dialect-specific templates are not offered for 'other'). */
export function supportsDialect(template: MigrationTemplate, dialect: Dialect): boolean {
  return !template.dialects || (template.dialects as string[]).includes(dialect);
}

/** The section for the dialect: its own variant, else the plain one. */
export function sectionFor(sections: MigrationTemplate['upgrade'], dialect: Dialect): string | undefined {
  return (dialect !== 'other' ? sections[dialect] : undefined) ?? sections.default;
}
