import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import type { Dialect } from '../../model/project.js';
import {
  defaultMessage,
  InvalidField,
  messageProblem,
  MissingField,
  resolveFieldValues,
  type FieldValues,
  type RawInput,
} from '../../scaffold/fields.js';
import { defaultStyle, styleFromMako, type MigrationStyle } from '../../scaffold/migration-file.js';
import { parentRevision, planMigration, type MigrationPlan } from '../../scaffold/plan.js';
import { supportsDialect, type MigrationTemplate, type TemplateField } from '../../scaffold/template.js';
import { writeFileAtomic } from '../../io/fs/atomic-write.js';
import { discoverProject } from '../../io/fs/discover.js';
import { loadConfig } from '../../io/fs/load-config.js';
import { loadTemplates } from '../../io/fs/templates.js';
import { loadProject, type LoadedProject } from '../../io/load-project.js';
import { pythonGrammarPath } from '../../io/package-paths.js';
import { askNewMigration, findTemplate } from '../../ui/new/questions.js';
import { offerReview } from '../../ui/new/review-handoff.js';
import { assertInteractive, inquirerPrompts, PromptCancelled, type Prompts } from '../../ui/prompts.js';
import { defineCommand, type CommandInput, parseCommandArgs, type GlobalOptions, projectLocation } from '../command.js';
import { COLORS, NO_COLORS } from '../format/colors.js';
import { displayPath } from '../format/paths.js';

/** Field name → its own flag. Other fields (from a project's templates) are given with --set NAME=VALUE. */
const FIELD_FLAGS: Record<string, string> = {
  table: 'table',
  column: 'column',
  new_name: 'new-name',
  type: 'type',
  server_default: 'server-default',
  enum_type: 'enum-type',
  enum_value: 'enum-value',
  index_name: 'index-name',
  columns: 'columns',
  old_column: 'old-column',
};

/** How to give a field on the command line, for help and error messages. */
export function flagFor(field: Pick<TemplateField, 'name' | 'kind'>): string {
  if (field.name === 'nullable') return '--nullable/--not-null';
  if (field.name === 'unique') return '--unique';
  const flag = FIELD_FLAGS[field.name];
  return flag ? `--${flag}` : `--set ${field.name}=…`;
}

const optionalString = z.string().optional();

export const newCommand = defineCommand({
  name: 'new',
  summary: "Create a migration from one of the guide's common patterns, on the current head, with a working downgrade.",
  arguments: '[PATTERN]',
  options: {
    table: { type: 'string', short: 't', value: 'NAME', description: 'table', schema: optionalString },
    column: { type: 'string', short: 'c', value: 'NAME', description: 'column (the new one, or the one to rename/drop)', schema: optionalString },
    'new-name': { type: 'string', value: 'NAME', description: 'rename-column: the new column name', schema: optionalString },
    type: { type: 'string', value: 'TYPE', description: 'SQLAlchemy type: String, String(255), Text, Integer, BigInteger, Boolean, DateTime, Numeric(10, 2), JSON, UUID…', schema: optionalString },
    nullable: { type: 'boolean', description: 'the column is nullable (add-column default)', schema: z.boolean().optional() },
    'not-null': { type: 'boolean', description: 'the column is NOT NULL (add-column then needs --server-default)', schema: z.boolean().optional() },
    'server-default': { type: 'string', value: 'VALUE', description: 'server default: a literal (text, number, true/false, 2024-01-31) or now()/current_date', schema: optionalString },
    'enum-type': { type: 'string', value: 'NAME', description: 'add-enum-value: the PostgreSQL enum type', schema: optionalString },
    'enum-value': { type: 'string', value: 'VALUE', description: 'add-enum-value: the value to add', schema: optionalString },
    'index-name': { type: 'string', value: 'NAME', description: 'create-index: index name (default ix_<table>_<columns>)', schema: optionalString },
    columns: { type: 'string', value: 'A,B', description: 'create-index: the indexed columns, comma-separated', schema: optionalString },
    unique: { type: 'boolean', description: 'create-index: a unique index', schema: z.boolean().optional() },
    'old-column': { type: 'string', value: 'NAME', description: 'data-migration: the column the data is copied from', schema: optionalString },
    set: { type: 'string', multiple: true, value: 'FIELD=VALUE', description: "any template field by name (for a project's own templates)", schema: z.array(z.string()).optional() },
    message: { type: 'string', short: 'm', value: 'TEXT', description: 'migration message (docstring and file name slug)', schema: optionalString },
    yes: { type: 'boolean', short: 'y', description: 'no questions: every required value comes from flags', schema: z.boolean().default(false) },
    list: { type: 'boolean', description: 'list the patterns and their flags', schema: z.boolean().default(false) },
    format: { type: 'string', short: 'f', value: 'FORMAT', description: 'text or json (default text)', schema: z.enum(['text', 'json']).default('text') },
  },
  positionals: z.array(z.string()).max(1, 'new takes one PATTERN (see preflight new --list)'),
  details: `Patterns (preflight new --list shows their flags): add-column, rename-column, add-enum-value
(PostgreSQL), create-index, data-migration, drop-column, create-table, empty; plus the project's own
templates from templates-dir in the Preflight configuration.

Without --yes, on a terminal, Preflight asks for the pattern and for whatever the flags did not give.
With --yes (or when standard input or output is not a terminal) nothing is asked: a missing required value is an
error naming its flag. The migration revises the single current head; its file name follows the
project's file_template, and the file is never overwritten.

Exit codes: 0 created; 1 not created (answered no); 2 usage or validation error, or the project has
several heads (the message gives the alembic merge command); 130 cancelled (nothing written).

Examples:
  preflight new
  preflight new add-column --table users --column phone --type String --nullable --yes
  preflight new add-column -t orders -c currency --type "String(3)" --not-null --server-default EUR -y
  preflight new create-index --table users --columns email --unique --yes
  preflight new add-enum-value --enum-type user_status --enum-value suspended --yes
  preflight new data-migration --table users --column full_name --old-column name --yes
  preflight new drop-column --table users --column legacy_code --type "String(20)" --yes
  preflight new --list`,
  async run(options, global) {
    const colors = global.color ? COLORS : NO_COLORS;
    if (options.list) return listPatterns(options.format, global);
    const pattern = options.positionals[0];
    // Questions need the terminal at both ends: with stdout in a file they would be drawn there, unseen.
    const interactive = !options.yes && global.stdin.isTTY === true && global.stdout.isTTY === true;
    const inputs = collectInputs(options);
    if (options.yes && pattern === undefined) throw new UserError('new: --yes needs a PATTERN (see preflight new --list)');
    if (!interactive && pattern === undefined) {
      assertInteractive(
        global.stdin,
        'name the pattern and give its values as flags, e.g. `preflight new add-column --table users --column phone --type String --nullable --yes` (`preflight new --list` shows the patterns)',
        global.stdout,
      );
    }

    const loaded = await loadProject(projectLocation(global));
    const dialect = loaded.config.settings.dialect;
    const { templates } = loadTemplates({
      cwd: global.cwd,
      ...(loaded.config.templatesDir ? { templatesDir: loaded.config.templatesDir, baseDir: loaded.config.baseDir } : {}),
    });
    const heads = loaded.graph.heads.map((revision) => ({ revision, file: loaded.graph.nodes.get(revision)!.file }));
    // Before any question: a project with several heads cannot take a new migration.
    parentRevision(heads);

    let prompts: Prompts | undefined;
    try {
      let template: MigrationTemplate;
      let values: FieldValues;
      let message: string;
      if (interactive) {
        prompts = await inquirerPrompts();
        const answers = await withFlagErrors(() =>
          askNewMigration(prompts!, {
            templates,
            dialect,
            ...(pattern !== undefined ? { pattern } : {}),
            inputs,
            ...(options.message !== undefined ? { message: options.message } : {}),
          }),
        );
        ({ template, values, message } = answers);
      } else {
        template = findTemplate(templates, pattern!, dialect);
        values = await withFlagErrors(async () => resolveFieldValues(template, inputs, dialect));
        message = (options.message ?? defaultMessage(template, values)).trim();
      }
      const problem = messageProblem(message);
      if (problem) throw new UserError(`new: --message: ${problem}`);

      const plan = planMigration({
        template,
        values,
        message,
        dialect,
        project: loaded.project,
        heads,
        existingRevisions: new Set(loaded.graph.nodes.keys()),
        style: projectStyle(loaded),
        settings: loaded.config.settings,
        randomBytes: (n) => randomBytes(n),
        now: new Date(),
      });
      await assertParses(plan);
      const shown = displayPath(plan.path, global.cwd);

      if (interactive) {
        global.stdout.write(preview(template, plan, shown, colors));
        if (!(await prompts!.confirm('Create this migration?', true))) {
          global.stderr.write('preflight: not created\n');
          return 1;
        }
      }
      writeFileAtomic(plan.path, plan.content, { noOverwrite: true });

      const nextSteps = [
        `preflight review ${shown}`,
        'alembic upgrade head && alembic downgrade -1 && alembic upgrade head',
      ];
      if (options.format === 'json') {
        global.stdout.write(
          `${JSON.stringify(
            {
              version: 1,
              path: shown,
              revision: plan.revision,
              downRevision: plan.downRevision,
              pattern: template.name,
              message,
              dialect,
              expectedFindings: template.expectedFindings,
              nextSteps,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        global.stdout.write(
          `${colors.green('Created')} ${shown} (${template.name}; revision ${plan.revision}, revises ${plan.downRevision ?? '<base>'})\n`,
        );
        if (template.notes) global.stdout.write(`${colors.dim('Note:')} ${template.notes}\n`);
      }
      const printNext = () => {
        if (options.format === 'text') global.stdout.write(`Next: ${nextSteps[0]}\n      then test it: ${nextSteps[1]}\n`);
      };
      if (interactive) {
        let decision;
        try {
          decision = await offerReview(prompts!);
        } catch (error) {
          if (!(error instanceof PromptCancelled)) throw error;
          printNext();
          global.stderr.write(`preflight: cancelled; ${shown} was created\n`);
          return 130;
        }
        if (decision === 'start') {
          const { reviewCommand } = await import('./review.js');
          return await reviewCommand.run(parseCommandArgs(reviewCommand, [shown]), global);
        }
      }
      printNext();
      return 0;
    } catch (error) {
      if (error instanceof PromptCancelled) {
        global.stderr.write('preflight: cancelled; nothing written\n');
        return 130;
      }
      throw error;
    }
  },
});

type NewOptions = CommandInput<(typeof newCommand)['options'], (typeof newCommand)['positionals']>;

function collectInputs(options: NewOptions): Record<string, RawInput> {
  const inputs: Record<string, RawInput> = {};
  for (const [field, flag] of Object.entries(FIELD_FLAGS)) {
    const value = options[flag as keyof NewOptions];
    if (typeof value === 'string') inputs[field] = value;
  }
  if (options.nullable && options['not-null']) throw new UserError('new: --nullable and --not-null contradict each other');
  if (options.nullable) inputs['nullable'] = true;
  if (options['not-null']) inputs['nullable'] = false;
  if (options.unique) inputs['unique'] = true;
  for (const entry of options.set ?? []) {
    const match = /^([a-z][a-z0-9_]*)=(.*)$/s.exec(entry);
    if (!match) throw new UserError(`new: --set ${JSON.stringify(entry)}: write --set FIELD=VALUE (FIELD in snake_case)`);
    if (match[1]! in inputs) throw new UserError(`new: --set ${match[1]}: given twice`);
    inputs[match[1]!] = match[2]!;
  }
  return inputs;
}

/** Turns field errors into one-line UserErrors that name the flag. */
async function withFlagErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof MissingField) {
      throw new UserError(`new: missing ${flagFor(error.field)}: ${error.reason}${error.field.help ? ` — ${error.field.help}` : ''}`);
    }
    if (error instanceof InvalidField) {
      const flag = error.field ? flagFor(error.field) : (flagForName(error.input) ?? `--set ${error.input}`);
      throw new UserError(`new: ${flag}: ${error.reason}`);
    }
    throw error;
  }
}

function flagForName(name: string): string | undefined {
  if (name === 'nullable') return '--nullable/--not-null';
  if (name === 'unique') return '--unique';
  return FIELD_FLAGS[name] ? `--${FIELD_FLAGS[name]}` : undefined;
}

/** The project's script.py.mako decides the variable style; without one, what most migrations use. */
function projectStyle(loaded: LoadedProject): MigrationStyle {
  const mako = join(loaded.project.scriptLocation, 'script.py.mako');
  if (existsSync(mako)) return styleFromMako(readFileSync(mako, 'utf8'));
  const annotated = loaded.migrations.filter((migration) => migration.facts.annotatedVariables).length;
  return defaultStyle(annotated > loaded.migrations.length / 2);
}

/** The rendered file must parse: a project template with a broken body is caught before anything is written. */
async function assertParses(plan: MigrationPlan): Promise<void> {
  const { createMigrationParser } = await import('../../analysis/parse/parser.js');
  const parser = await createMigrationParser(readFileSync(pythonGrammarPath()));
  const facts = parser.parse(plan.content, plan.path);
  if (facts.parseError) {
    throw new UserError(
      `new: the template produced invalid Python (line ${facts.parseError.line}: ${facts.parseError.message}); nothing written`,
    );
  }
}

function preview(template: MigrationTemplate, plan: MigrationPlan, shown: string, colors: typeof COLORS): string {
  return [
    '',
    `${colors.bold('File')}     ${shown}`,
    `${colors.bold('Revises')}  ${plan.downRevision ?? '<base> (first migration)'}`,
    ...(template.guide ? [`${colors.bold('Guide')}    ${template.guide}`] : []),
    '',
    colors.dim('def upgrade():'),
    colors.dim(plan.body.upgrade),
    '',
    colors.dim('def downgrade():'),
    colors.dim(plan.body.downgrade),
    '',
    '',
  ].join('\n');
}

async function listPatterns(format: 'text' | 'json', global: GlobalOptions): Promise<number> {
  // The project (if any) may add templates and decides the dialect; --list works outside one too.
  let templatesDir: { templatesDir: string; baseDir: string } | undefined;
  let dialect: Dialect | undefined;
  try {
    const project = discoverProject(projectLocation(global));
    const config = loadConfig(project, global.cwd);
    dialect = config.settings.dialect;
    if (config.templatesDir) templatesDir = { templatesDir: config.templatesDir, baseDir: config.baseDir };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
  const { templates } = loadTemplates({ cwd: global.cwd, ...(templatesDir ?? {}) });
  const usage = (template: MigrationTemplate): string =>
    template.fields
      .map((field) => {
        const flag = flagFor(field);
        if (field.dialects) return `[${flag}, ${field.dialects.join('/')} only]`;
        return field.required === true && field.default === undefined ? flag : `[${flag}]`;
      })
      .join(' ');
  if (format === 'json') {
    const list = templates.map((template) => ({
      name: template.name,
      summary: template.summary,
      guide: template.guide ?? null,
      dialects: template.dialects ?? null,
      available: dialect ? supportsDialect(template, dialect) : true,
      source: template.source,
      fields: template.fields.map((field) => ({
        name: field.name,
        kind: field.kind,
        flag: flagFor(field),
        prompt: field.prompt,
        required: field.required,
        default: field.default ?? null,
        dialects: field.dialects ?? null,
      })),
      expectedFindings: template.expectedFindings,
    }));
    global.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...templates.map((template) => template.name.length));
  for (const template of templates) {
    const only = template.dialects ? ` [${template.dialects.join(', ')} only]` : '';
    const unavailable = dialect && !supportsDialect(template, dialect) ? ` (not for this ${dialect} project)` : '';
    global.stdout.write(`${template.name.padEnd(width)}  ${template.summary}${only}${unavailable}\n`);
    const flags = usage(template);
    global.stdout.write(`${' '.repeat(width)}  ${flags ? `${flags} ` : ''}[--message TEXT]\n`);
  }
  return 0;
}
