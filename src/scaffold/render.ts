/**
 * Renders a template's upgrade and downgrade bodies for one dialect. Every
 * placeholder becomes a Python expression built here: string literals through
 * toPythonStringLiteral (so quotes, backslashes and newlines are escaped),
 * types and defaults from their allow-lists, booleans as True/False.
 */
import { UserError, locatedMessage } from '../model/errors.js';
import { toPythonStringLiteral } from '../analysis/parse/python-literal.js';
import type { Dialect } from '../model/project.js';
import { rawText, type FieldValue, type FieldValues } from './fields.js';
import { sqlIdentifier, sqlStringLiteral } from './identifiers.js';
import { FORMAT_REF, PLACEHOLDER, sectionFor, type MigrationTemplate } from './template.js';

export interface RenderContext {
  dialect: Dialect;
  revision: string;
  /** The flag that allows destructive migrations (settings.destructiveFlag). */
  destructiveFlag: string;
  /** The variable naming the environment (the first guard variable that is not the flag). */
  environmentVariable: string;
}

export interface RenderedBody {
  /** Function bodies, indented by four spaces. */
  upgrade: string;
  downgrade: string;
  /** Import lines the bodies need beyond `from alembic import op` / `import sqlalchemy as sa`. */
  imports: string[];
}

function contextValue(name: string, context: RenderContext): string {
  switch (name) {
    case '@revision':
      return context.revision;
    case '@destructive_flag':
      return context.destructiveFlag;
    case '@environment_variable':
      return context.environmentVariable;
    default:
      throw new Error(`unknown context value ${name}`);
  }
}

/** A field value as a Python expression. */
export function pythonValue(value: FieldValue): string {
  switch (value.kind) {
    case 'identifier':
    case 'enum-value':
    case 'text':
      return toPythonStringLiteral(value.value);
    case 'columns':
      return `[${value.value.map((item) => toPythonStringLiteral(item)).join(', ')}]`;
    case 'type':
    case 'default':
      return value.value.python;
    case 'bool':
      return value.value ? 'True' : 'False';
  }
}

/** A field value inside SQL text: identifiers quoted when needed, free text as a SQL string literal. */
function sqlValue(value: FieldValue, dialect: Dialect): string {
  switch (value.kind) {
    case 'identifier':
      return sqlIdentifier(value.value, dialect);
    case 'columns':
      return value.value.map((name) => sqlIdentifier(name, dialect)).join(', ');
    case 'enum-value':
    case 'text':
      return sqlStringLiteral(value.value);
    case 'bool':
      return value.value ? 'TRUE' : 'FALSE';
    case 'type':
    case 'default':
      // Rejected when the template is parsed.
      throw new Error(`${value.kind} values cannot be used in SQL text`);
  }
}

/** Fills `{ref}` in a sql/text format. */
export function fillFormat(
  format: string,
  mode: 'sql' | 'text',
  values: FieldValues,
  context: RenderContext,
  missing: (ref: string) => never,
): string {
  return format.replace(FORMAT_REF, (match, ref: string | undefined) => {
    if (ref === undefined) return match === '{{' ? '{' : match === '}}' ? '}' : match;
    if (ref.startsWith('@')) return contextValue(ref, context);
    const value = values[ref];
    if (!value) return missing(ref);
    return mode === 'sql' ? sqlValue(value, context.dialect) : rawText(value, ', ');
  });
}

export function renderBody(template: MigrationTemplate, values: FieldValues, context: RenderContext): RenderedBody {
  const fail = (message: string): never => {
    throw new UserError(locatedMessage(template.source, undefined, `template ${template.name}: ${message}`));
  };
  const composed = new Map<string, { format: string; mode: 'sql' | 'text' }>();
  for (const [name, format] of Object.entries(template.sql)) composed.set(name, { format, mode: 'sql' });
  for (const [name, format] of Object.entries(template.text)) composed.set(name, { format, mode: 'text' });
  const expression = (ref: string, kwarg: boolean): string => {
    if (ref.startsWith('@')) return toPythonStringLiteral(contextValue(ref, context));
    const value = values[ref];
    if (kwarg) return value ? `, ${ref}=${pythonValue(value)}` : '';
    if (value) return pythonValue(value);
    // sql/text entries are built when a body uses them: one that needs a missing field fails only then.
    const entry = composed.get(ref);
    if (entry === undefined) return fail(`{{${ref}}} has no value for this migration (a field that does not apply here?)`);
    const { format, mode } = entry;
    const text = fillFormat(format, mode, values, context, (missing) => fail(`${mode}.${ref} uses {${missing}}, which has no value here`));
    return toPythonStringLiteral(text);
  };
  const body = (section: string | undefined, label: string): string => {
    if (section === undefined) return fail(`no ${label} section for ${context.dialect}`);
    const rendered = section.replace(PLACEHOLDER, (_match, ref: string, kwarg: string | undefined) => expression(ref, kwarg !== undefined));
    const lines = rendered.split('\n');
    if (lines.every((line) => line.trim() === '')) return '    pass';
    return lines.map((line) => (line.trim() === '' ? '' : `    ${line}`)).join('\n');
  };
  const imports = [...template.imports];
  for (const value of Object.values(values)) {
    if (value.kind === 'type') for (const line of value.value.imports) if (!imports.includes(line)) imports.push(line);
  }
  return {
    upgrade: body(sectionFor(template.upgrade, context.dialect), 'upgrade'),
    downgrade: body(sectionFor(template.downgrade, context.dialect), 'downgrade'),
    imports,
  };
}
