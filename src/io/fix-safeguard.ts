/**
 * The production safeguard check --fix writes before a destructive step: the guard statement of the scaffold's
 * drop-column template (`preflight new drop-column`), rendered by the scaffold's renderer for the step's table and
 * column (for another step, with the refusal the fix words), so a fixed migration and a new one say the same
 * thing. Reads the shipped templates (and the project's templates-dir, whose drop-column replaces the shipped one).
 */
import type { SafeguardText } from '../fix/types.js';
import { UserError } from '../model/errors.js';
import type { RuleSettings } from '../model/settings.js';
import { InvalidField, MissingField, resolveFieldValues } from '../scaffold/fields.js';
import { environmentVariableOf } from '../scaffold/plan.js';
import { renderBody } from '../scaffold/render.js';
import { loadTemplates } from './fs/templates.js';

const TEMPLATE = 'drop-column';
const PLACEHOLDER_TABLE = 'preflight_guarded_table';
const PLACEHOLDER_COLUMN = 'preflight_guarded_column';

/** The lines of the body's `if …:` statement that reads the destructive flag (with the comment right above it), unindented. */
export function guardStatement(body: string, flag: string): string[] | undefined {
  const lines = body.split('\n').map((line) => line.replace(/^ {4}/, ''));
  const start = lines.findIndex((line) => line.startsWith('if ') && line.includes(flag));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  const comment = start > 0 && lines[start - 1]!.startsWith('#') ? start - 1 : start;
  return lines.slice(comment, end);
}

export function scaffoldSafeguard(settings: RuleSettings, options: { cwd: string; templatesDir?: string; baseDir?: string }): SafeguardText {
  let loaded: ReturnType<typeof loadTemplates> | undefined;
  return (step) => {
    // Another step than a dropped column: the template's guard, raising the fix's text. The placeholder names fill
    // the template's fields; a guard that uses them (a project template's) is not one Preflight can reword.
    const names = 'refusal' in step ? { table: PLACEHOLDER_TABLE, column: PLACEHOLDER_COLUMN } : step;
    try {
      loaded ??= loadTemplates({ cwd: options.cwd, ...(options.templatesDir ? { templatesDir: options.templatesDir, baseDir: options.baseDir ?? options.cwd } : {}) });
      const template = loaded.templates.find((candidate) => candidate.name === TEMPLATE);
      if (!template) return undefined;
      const values = resolveFieldValues(template, names, settings.dialect);
      if ('refusal' in step) values['refusal'] = { kind: 'text', value: step.refusal };
      const body = renderBody(template, values, {
        dialect: settings.dialect,
        revision: '',
        destructiveFlag: settings.destructiveFlag,
        environmentVariable: environmentVariableOf(settings),
      });
      const lines = guardStatement(body.upgrade, settings.destructiveFlag);
      if ('refusal' in step && lines) {
        if (lines.some((line) => line.includes(PLACEHOLDER_TABLE) || line.includes(PLACEHOLDER_COLUMN))) return undefined;
        // The template's comment speaks of "the drop".
        if (lines[0]?.startsWith('#')) lines[0] = `# ${step.comment}`;
      }
      return lines ? { lines, imports: body.imports.filter((line) => lines.some((guard) => guard.includes(line.replace(/^import /, '') + '.'))) } : undefined;
    } catch (error) {
      // A name the template refuses (schema.table, odd characters) or a project template that does not render: no guard.
      if (error instanceof UserError || error instanceof InvalidField || error instanceof MissingField) return undefined;
      throw error;
    }
  };
}
