import type { Operation } from '../model/facts.js';
import type { MigrationRule } from './types.js';
import { tablesCreatedInUpgrade, tablesDroppedInUpgrade } from './shared/tables.js';
import { tableKey } from '../analysis/operations/op-arguments.js';
import { pythonQuoted } from './shared/snippets.js';
import { readBefore } from './shared/reads.js';

export const dropAndRecreateTable: MigrationRule = {
  id: 'drop-and-recreate-table',
  order: 110,
  scope: 'migration',
  severity: 'error',
  summary: 'An upgrade drops a table and creates it again instead of altering it.',
  why:
    'Dropping and recreating a table to change its shape throws away every row (the new table starts empty) and, between the ' +
    'two statements, code that is still running sees no table at all. The guide says: use ALTER, not DROP + CREATE — ' +
    '`op.alter_column` to change a column, `op.add_column` with a default for a new one, `op.drop_column` only for a column ' +
    'that is truly unused.',
  bad: `def upgrade():
    op.drop_table("users")
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("full_name", sa.String(), nullable=True),
    )
`,
  good: `def upgrade():
    # Change the existing table in place; its rows stay.
    op.add_column("users", sa.Column("full_name", sa.String(), nullable=True))
    op.alter_column("users", "name", existing_type=sa.String(), nullable=True)
`,
  decides: ['alter-not-drop'],
  guideSection: { lesson: 'alter-not-drop', place: 1 },
  check({ migration, settings, isResetMigration, report }) {
    const drops = tablesDroppedInUpgrade(migration);
    if (drops.length === 0) return;
    const created = tablesCreatedInUpgrade(migration);
    const reported = new Set<Operation>();
    for (const drop of drops) {
      // The sanctioned reset migration rebuilds the schema behind the destructive-migrations flag.
      if (isResetMigration && drop.operation.guards.some((g) => g.variables.includes(settings.destructiveFlag))) continue;
      // Either order counts; a single execute may hold both statements.
      const create = created.find((step) => tableKey(step.table) === tableKey(drop.table));
      if (!create || reported.has(drop.operation)) continue;
      reported.add(drop.operation);
      const table = drop.table;
      const where = create.operation === drop.operation ? 'in the same execute' : `at line ${create.operation.line}`;
      // Rows read out before the drop and written back after it (pgadmin4): not every row is lost, only what the copy leaves out.
      const copy = readBefore(migration, drop.operation, table, undefined, { writtenBack: true });
      report({
        line: drop.operation.line,
        column: drop.operation.column,
        message:
          `upgrade drops table ${table} and creates it again (${where}): ` +
          (copy
            ? `${copy.description}, so only what ${copy.carrier} copies back survives (rows or columns it leaves out are lost), and ` +
              `code still running sees no ${table} in between; `
            : 'every row is lost; ') +
          'change the table in place with ALTER instead',
        help:
          `Keep ${table} and alter it, so its rows survive:\n` +
          `    op.alter_column(${pythonQuoted(table)}, "old_name", new_column_name="new_name")  # rename a column\n` +
          `    op.alter_column(${pythonQuoted(table)}, "amount", type_=sa.Numeric(12, 2))  # change a type\n` +
          `    op.add_column(${pythonQuoted(table)}, sa.Column("new_field", sa.String(), nullable=True))  # add a column\n` +
          `If the data really must move to a new shape, create ${table}_new, copy the rows with ` +
          `op.execute("INSERT INTO ${table}_new (...) SELECT ... FROM ${table}"), switch the code over, ` +
          'and drop the old table in a later, reviewed migration.',
      });
    }
  },
};

