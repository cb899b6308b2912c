import type { Operation, AnalyzedMigration } from '../model/facts.js';
import { describeDestruction } from '../analysis/sql/analyze.js';
import { type SqlStatement } from '../model/sql.js';
import { destructiveEvidence, destructiveSteps } from './shared/destructive.js';
import { pythonString } from './shared/snippets.js';
import { oneLine } from '../model/text.js';
import type { MigrationRule } from './types.js';
import type { RuleSettings } from '../model/settings.js';

export interface DestructiveStatement {
  operation: Operation;
  statement: SqlStatement;
  step: string;
  description: string;
}

/**
 * Destructive statements in the literal SQL of the upgrade's execute calls, without those on objects
 * the upgrade itself created and without backfills of columns it adds (shared/destructive.ts).
 */
export function destructiveStatements(migration: AnalyzedMigration): DestructiveStatement[] {
  return destructiveSteps(migration).flatMap(({ operation, statement, step, description }) => (statement ? [{ operation, statement, step, description }] : []));
}

function bare(name: string): string {
  return name.split('.').pop() ?? name;
}

/** `DELETE FROM sessions` → `DELETE FROM sessions WHERE <condition>`. */
function withWhere(statement: SqlStatement): string {
  return `${statement.text.replace(/;\s*$/, '')} WHERE <condition>`;
}

function helpFor(statement: SqlStatement, settings: RuleSettings): string {
  const target = statement.targets[0] ?? '<table>';
  const table = bare(target);
  switch (statement.kind) {
    case 'drop-table':
      return (
        `Keep ${target} and change it with ALTER. If it is truly unused, stop reading it, rename it now and drop it ` +
        `in a later, reviewed migration:\n\n    op.rename_table(${pythonString(table)}, ${pythonString(`_deprecated_${table}`)})`
      );
    case 'drop-schema':
      return (
        `Only the reset migration (${settings.resetMigrations.join(', ')}) may drop a schema, and only behind ` +
        `${settings.destructiveFlag}:\n\n    if os.getenv(${pythonString(settings.destructiveFlag)}) == '1':\n` +
        `        op.execute(${JSON.stringify(statement.text)})`
      );
    case 'alter-table': {
      const column = statement.columns[0] ?? '<column>';
      return (
        `Use DROP COLUMN only for a column nothing has read for a deprecation period, in its own migration, with ` +
        `op.drop_column so the downgrade can add it back:\n\n    op.drop_column(${pythonString(table)}, ${pythonString(column)})\n\n` +
        `    def downgrade():\n        op.add_column(${pythonString(table)}, sa.Column(${pythonString(column)}, <type>, nullable=True))`
      );
    }
    case 'update': {
      const column = statement.columns[0] ?? '<column>';
      return (
        `Restrict the UPDATE to the rows that need it:\n\n    op.execute(${JSON.stringify(withWhere(statement))})\n\n` +
        `or follow the guide's data migration pattern: write the new values to a new column and keep ${table}.${column} ` +
        `until the new one is verified:\n\n` +
        `    op.add_column(${pythonString(table)}, sa.Column(${pythonString(`${column}_new`)}, <type>, nullable=True))\n` +
        `    connection = op.get_bind()\n` +
        `    connection.execute(sa.text("UPDATE ${table} SET ${column}_new = <expression> WHERE ${column} IS NOT NULL"))`
      );
    }
    case 'truncate':
    case 'delete':
      return (
        `Delete only the rows you mean to, with a WHERE clause, and keep a copy if they may be needed again:\n\n` +
        `    op.execute(${JSON.stringify(`DELETE FROM ${target} WHERE <condition>`)})`
      );
    default:
      return 'Rewrite the statement so it keeps existing data (ALTER instead of DROP, a WHERE clause on DELETE/UPDATE).';
  }
}

export const destructiveRawSql: MigrationRule = {
  id: 'destructive-raw-sql',
  order: 310,
  scope: 'migration',
  severity: 'error',
  summary: 'Raw SQL in an upgrade drops a table, column or schema, truncates, or deletes/updates every row.',
  why:
    'SQL passed to `op.execute` or `connection.execute` bypasses the checks on `op.drop_table` and `op.drop_column`, ' +
    'but destroys data just the same: DROP TABLE/COLUMN/SCHEMA and TRUNCATE lose it for good, and a DELETE or UPDATE ' +
    'without WHERE wipes or overwrites every row, which no downgrade can restore. The guide says to use ALTER, not DROP, ' +
    'and to migrate data into new columns before removing old ones. Not flagged: statements on tables the same upgrade ' +
    'created (a scratch or TEMPORARY table), and an UPDATE without WHERE that backfills only columns the upgrade adds ' +
    '(or makes NOT NULL later): that is the data migration pattern.',
  bad: `def upgrade():
    op.execute("UPDATE users SET email = lower(email)")  # the original values are gone
`,
  good: `def upgrade():
    # The guide's data migration pattern: new values go to a new column, users.email stays.
    op.add_column('users', sa.Column('email_normalized', sa.String(), nullable=True))
    op.execute("UPDATE users SET email_normalized = lower(email) WHERE email IS NOT NULL")

def downgrade():
    op.drop_column('users', 'email_normalized')
`,
  guideSection: { lesson: 'production-safeguards', place: 2 },
  check({ migration, settings, isResetMigration, report }) {
    for (const destructive of destructiveStatements(migration)) {
      const { operation, statement, step } = destructive;
      // The reset migration may wipe data, but only behind the destructive-migrations flag (as drop-table).
      if (isResetMigration && operation.guards.some((guard) => guard.variables.includes(settings.destructiveFlag))) continue;
      report({
        line: operation.line,
        column: operation.column,
        step,
        evidence: destructiveEvidence(destructive),
        message: `raw SQL ${describeDestruction(statement)}: ${oneLine(statement.text)}`,
        help: helpFor(statement, settings),
      });
    }
  },
};
