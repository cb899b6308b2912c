import { type MigrationRule } from './types.js';
import { tableOf } from '../analysis/operations/op-arguments.js';
import { isGuarded, nameLabel } from './helpers.js';
import { destructiveEvidence, destructiveSteps } from './shared/destructive.js';
import { readBefore } from './shared/reads.js';
import { throughHelpers } from './shared/snippets.js';

export const dropTable: MigrationRule = {
  id: 'drop-table',
  order: 100,
  scope: 'migration',
  severity: 'error',
  summary: '`op.drop_table` in an upgrade destroys the table and all of its data.',
  why:
    'Dropping a table in a regular migration deletes every row for good: a downgrade can recreate the table but not the data, ' +
    'and code still deployed that reads the table starts failing. The guide allows dropping tables only in the one-time reset ' +
    'migration, behind the ALLOW_DESTRUCTIVE_MIGRATIONS flag. A scratch table the same upgrade created is not flagged, nor ' +
    'the old copy of a table the upgrade rebuilds once its rows are copied (rename t to t_tmp, create t, ' +
    'INSERT INTO t SELECT … FROM t_tmp, drop t_tmp: the SQLite way to change a table, as batch mode does).',
  bad: `def upgrade():
    op.drop_table("users")  # destroys data
`,
  good: `def upgrade():
    # Keep the table and change it in place; retire it later, in a reviewed, guarded migration.
    op.add_column("users", sa.Column("archived_at", sa.DateTime(), nullable=True))
`,
  decides: ['alter-not-drop'],
  guideSection: { lesson: 'never-drop-tables', place: 1 },
  check({ migration, settings, isResetMigration, report }) {
    // destructiveSteps leaves out a scratch table this upgrade created: nothing that existed before is lost.
    for (const destructive of destructiveSteps(migration)) {
      const { operation } = destructive;
      if (operation.name !== 'drop_table') continue;
      const literal = tableOf(operation);
      // The reset migration may drop tables, but only behind the destructive-migrations flag.
      if (isResetMigration && operation.guards.some((g) => g.variables.includes(settings.destructiveFlag))) continue;
      const table = nameLabel(operation, 'table', literal);
      const reader = literal !== undefined ? readBefore(migration, operation, literal) : undefined;
      report({
        line: operation.line,
        column: operation.column,
        step: destructive.step,
        evidence: destructiveEvidence(destructive),
        message:
          `upgrade drops table ${table}${throughHelpers(operation)}` +
          (reader
            ? `, which ${reader.description}: ` +
              `any row or column ${reader.carrier} does not carry over is lost and cannot be restored by a downgrade`
            : ': its data is lost and cannot be restored by a downgrade'),
        help:
          `Keep ${table} and change it with ALTER (op.alter_column / op.add_column). If it is truly unused, ` +
          `stop using it first, rename it (op.rename_table(${rename(operation, literal)})) and drop it in a later, ` +
          (isGuarded(operation, settings) ? 'reviewed migration.' : 'reviewed migration guarded by ALLOW_DESTRUCTIVE_MIGRATIONS.'),
      });
    }
  },
};

/** `"users", "_deprecated_users"`, or the loop's own expression: `table, "_deprecated_" + table`. */
function rename(operation: Parameters<typeof tableOf>[0], literal: string | undefined): string {
  if (literal !== undefined) return `${JSON.stringify(literal)}, ${JSON.stringify(`_deprecated_${literal}`)}`;
  const expression = nameLabel(operation, 'table', undefined);
  const text = operation.args[0]?.text ?? operation.kwargs['table_name']?.text ?? expression;
  return `${text}, "_deprecated_" + ${text}`;
}
