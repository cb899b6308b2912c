import type { Operation } from '../model/facts.js';
import { type MigrationRule } from './types.js';
import { columnArgumentIndex, tableOf, columnArgument } from '../analysis/operations/op-arguments.js';
import { describeTarget, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { destructiveEvidence, destructiveSteps } from './shared/destructive.js';
import { readBefore } from './shared/reads.js';
import { pythonQuoted } from './shared/snippets.js';

const DROP_ONLY = new Set(['drop_column', 'drop_index', 'drop_constraint', 'drop_table']);

export const dropColumn: MigrationRule = {
  id: 'drop-column',
  order: 120,
  scope: 'migration',
  severity: 'warning',
  summary: '`drop_column` in an upgrade deletes the column and its data.',
  why:
    'Dropping a column deletes its values for good (a downgrade brings the column back empty), and code that is still ' +
    'deployed and reads or writes the column fails as soon as the migration runs. The guide allows DROP COLUMN only for ' +
    'columns that are truly unused, after a deprecation period, and recommends doing it in a separate migration once the ' +
    'replacement has been verified. A column the same upgrade added (or of a table it created) is not flagged.',
  bad: `def upgrade():
    op.add_column("users", sa.Column("full_name", sa.String(), nullable=True))
    op.drop_column("users", "name")
`,
  good: `def upgrade():
    op.add_column("users", sa.Column("full_name", sa.String(), nullable=True))
    # Drop users.name in a later migration, once nothing reads it any more.
`,
  guideSection: { lesson: 'alter-not-drop', place: 2 },
  check({ migration, settings, isResetMigration, report }) {
    const upgrade = upgradeOperations(migration);
    // A migration that only drops (columns, tables, the indexes/constraints on them), perhaps after setting
    // lock or statement timeouts, is "its own migration".
    const alone = upgrade.every((other) => {
      if (DROP_ONLY.has(other.name)) return true;
      const statements = other.name === 'execute' ? sqlStatementsOf(migration, other) : [];
      // Session settings (`SET lock_timeout = …`, RESET) around the drops change nothing in the schema.
      return statements.length > 0 && statements.every((statement) => statement.setting !== undefined);
    });
    // destructiveSteps leaves out a column this upgrade added (or on a table it created): it held no existing data.
    for (const destructive of destructiveSteps(migration)) {
      const { operation } = destructive;
      if (operation.name !== 'drop_column') continue;
      const literalTable = tableOf(operation);
      const literalColumn = columnArgument(operation);
      // The reset migration may reshape tables, but only behind the destructive-migrations flag.
      if (isResetMigration && operation.guards.some((g) => g.variables.includes(settings.destructiveFlag))) continue;
      const target = describeTarget(operation, literalTable, literalColumn);
      // In help snippets a non-literal name stays the Python expression the migration uses.
      const table = literalTable ?? argText(operation, 'table');
      const column = literalColumn ?? argText(operation, 'column');
      const reader = literalTable !== undefined && literalColumn !== undefined ? readBefore(migration, operation, literalTable, literalColumn) : undefined;
      report({
        line: operation.line,
        column: operation.column,
        step: destructive.step,
        evidence: destructiveEvidence(destructive),
        message:
          (reader
            ? `upgrade drops column ${target}, which ${reader.description}: ` +
              `deployed code that still uses it fails, and any value ${reader.carrier} does not carry over is lost`
            : `upgrade drops column ${target}: its data is lost and deployed code that still uses it fails`) +
          (alone ? '' : '; drop columns in a migration of their own'),
        help:
          `Only drop ${target} after a deprecation period: stop reading and writing it in the code, deploy that, ` +
          `and make sure nothing uses it any more (ORM models, raw SQL, reports). Then drop it in a migration of its own:\n` +
          `    def upgrade():\n` +
          `        op.drop_column(${py(table, literalTable)}, ${py(column, literalColumn)})\n` +
          `If you may need the values again, copy them first (or rename the column, ` +
          `op.alter_column(${py(table, literalTable)}, ${py(column, literalColumn)}, new_column_name=${literalColumn !== undefined ? py(`_deprecated_${column}`, column) : `"_deprecated_" + ${column}`}), and drop it later). ` +
          `Once it is really unused, record that here: # preflight: ignore[drop-column] unused since <release>`,
      });
    }
  },
};

/** The name as a Python literal when the migration wrote a literal, else the expression it wrote. */
function py(value: string, literal: string | undefined): string {
  return literal !== undefined ? pythonQuoted(value) : value;
}

function argText(operation: Operation, which: 'table' | 'column'): string {
  const value =
    which === 'column'
      ? (operation.kwargs['column_name'] ?? operation.args[columnArgumentIndex(operation)])
      : operation.receiver === 'batch'
        ? undefined
        : (operation.kwargs['table_name'] ?? operation.args[0]);
  return value?.text ?? (which === 'table' ? (operation.batchTable ?? 'table') : 'column');
}
