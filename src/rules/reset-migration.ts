import { sqlOf, type EnvGuard } from '../model/facts.js';
import { sqlStatementsOf, upgradeOperations } from './helpers.js';
import { operationSource, pythonString } from './shared/snippets.js';
import { oneLine } from '../model/text.js';
import type { MigrationRule } from './types.js';
import type { AnalyzedMigration } from '../model/facts.js';
import type { RuleSettings } from '../model/settings.js';

/** One step that wipes the whole schema rather than named tables. */
export interface WipingStep {
  line: number;
  column: number;
  guards: EnvGuard[];
  /** What it is: `op.drop_table(...) for every table in sa.inspect(bind).get_table_names()`. */
  description: string;
  /** The call's source, first line. */
  text: string;
  /** The step as Python, inside its loop when it has one (for help texts). */
  snippet: string[];
}

/** Iterables that list every table of the database or the models. */
const EVERY_TABLE = /get_table_names|sorted_tables|metadata\.tables\b/;

/**
 * Steps of upgrade() that wipe the schema: drop_table (or DROP TABLE SQL) in a loop over every table,
 * `*.drop_all(...)`, and `DROP SCHEMA`.
 */
export function wipingSteps(migration: AnalyzedMigration): WipingStep[] {
  const steps: WipingStep[] = [];
  for (const operation of upgradeOperations(migration)) {
    // Built only for a step that wipes: most operations are not one, and their text can be long.
    const base = () => ({ line: operation.line, column: operation.column, guards: operation.guards, text: firstLine(operation.text) });
    const everyTable = operation.loopIterable !== undefined && EVERY_TABLE.test(operation.loopIterable);
    // DROP TABLE in the execute's parsed SQL (an f-string over the loop variable parses with the name as a stand-in).
    const dropsInSql = sqlOf(operation) !== undefined && sqlStatementsOf(migration, operation).some((statement) => statement.kind === 'drop-table');
    if (everyTable && (operation.name === 'drop_table' || dropsInSql)) {
      const first = operation.args[0];
      const variable = first?.kind === 'name' && /^\w+$/.test(first.name) ? first.name : 'table_name';
      const step = base();
      steps.push({
        ...step,
        description: `${step.text} for every table in ${operation.loopIterable}`,
        snippet: [`for ${variable} in ${operation.loopIterable}:`, ...operationSource(operation, '    ').split('\n')],
      });
      continue;
    }
    for (const statement of sqlStatementsOf(migration, operation)) {
      if (statement.kind === 'drop-schema') steps.push({ ...base(), description: oneLine(statement.text), snippet: operationSource(operation, '').split('\n') });
    }
  }
  for (const call of migration.facts.otherCalls) {
    if (call.function !== 'upgrade' || (call.callee !== 'drop_all' && !call.callee.endsWith('.drop_all'))) continue;
    steps.push({ line: call.line, column: call.column, guards: call.guards, description: `${call.callee}()`, text: firstLine(call.text), snippet: [firstLine(call.text)] });
  }
  return steps.sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end >= 0 ? `${text.slice(0, end).trim()} …` : text.trim();
}

function indent(lines: string[], prefix: string): string {
  return lines.map((line) => prefix + line).join('\n');
}

function guardedByFlag(step: WipingStep, settings: RuleSettings): boolean {
  return step.guards.some((guard) => guard.variables.includes(settings.destructiveFlag));
}

export const resetMigration: MigrationRule = {
  id: 'reset-migration',
  order: 410,
  scope: 'migration',
  severity: 'error',
  summary: 'A migration wipes the whole schema, and is not the reset migration protected by ALLOW_DESTRUCTIVE_MIGRATIONS.',
  why:
    'Dropping every table (a loop over get_table_names(), metadata.drop_all(), DROP SCHEMA) destroys all data in one step. ' +
    'The guide allows it only in the one-time reset migration, 001_initial_clean_schema.py, which runs during initial setup, ' +
    'never on production with real data, and only when ALLOW_DESTRUCTIVE_MIGRATIONS is set. Any other migration must ' +
    'not follow that pattern.',
  bad: `def upgrade():
    bind = op.get_bind()
    for table_name in sa.inspect(bind).get_table_names():
        op.drop_table(table_name)
`,
  good: `def upgrade():
    # Touch only the tables this migration is about, by name. Only 001_initial_clean_schema.py
    # may wipe the schema, inside: if os.getenv('ALLOW_DESTRUCTIVE_MIGRATIONS') == '1':
    op.create_table('audit_log', sa.Column('id', sa.Integer(), primary_key=True))

def downgrade():
    op.drop_table('audit_log')
`,
  decides: ['alter-not-drop'],
  guideSection: { lesson: 'reset-migration-exception', place: 1 },
  check({ migration, settings, isResetMigration, report }) {
    const flag = settings.destructiveFlag;
    const resetNames = settings.resetMigrations.join(', ') || 'none configured';
    for (const step of wipingSteps(migration)) {
      if (!isResetMigration) {
        report({
          line: step.line,
          column: step.column,
          message: `upgrade wipes the schema (${step.description}): only the reset migration (${resetNames}) may wipe the schema`,
          help:
            'Change the tables this migration is about, by name, with ALTER (op.add_column, op.alter_column, op.rename_table). ' +
            `If this really is the project's reset migration, name it in the configuration (reset-migrations) and guard it:\n\n` +
            `    if os.getenv(${pythonString(flag)}) == '1':\n${indent(step.snippet, '        ')}`,
        });
      } else if (!guardedByFlag(step, settings)) {
        report({
          line: step.line,
          column: step.column,
          message: `the reset migration wipes the schema (${step.description}) without checking ${flag}: it must be protected by ${flag}`,
          help:
            `Run the wipe only when ${flag} is set, so an accidental \`alembic upgrade\` against a real database keeps its data:\n\n` +
            `    import os\n\n    def upgrade():\n        if os.getenv(${pythonString(flag)}) == '1':\n${indent(step.snippet, '            ')}`,
        });
      }
    }
  },
};
