import { argument, stringValue } from '../model/facts.js';
import { type MigrationRule } from './types.js';
import { tableOf, columnArgument } from '../analysis/operations/op-arguments.js';
import { describeTarget, nameLabel, upgradeOperations } from './helpers.js';
import { positionOf, upgradeHistory } from './shared/history.js';
import { pythonQuoted } from './shared/snippets.js';

export const renameColumn: MigrationRule = {
  id: 'rename-column',
  order: 630,
  scope: 'migration',
  severity: 'warning',
  summary: '`alter_column(..., new_column_name=...)` renames a column that deployed code still uses.',
  why:
    'During a deploy the old version of the application keeps running until every instance has been replaced, and it ' +
    'reads and writes the column by its old name: the moment the rename commits, those queries fail. The guide prefers a ' +
    'rename to dropping and recreating (and its "Renaming a Column" pattern is this operation, so that snippet is flagged ' +
    'on purpose: it is only safe when no running code uses the column, e.g. behind downtime). Without downtime use ' +
    'expand/contract: add the new column, write both, backfill, switch reads, and drop the old column later. Renaming a ' +
    'column the same upgrade added is not flagged: no deployed code uses it yet.',
  bad: `def upgrade():
    op.alter_column("users", "name", new_column_name="full_name")
`,
  good: `def upgrade():
    # Expand: the old code keeps using users.name; the new code writes both and reads full_name.
    op.add_column("users", sa.Column("full_name", sa.String(), nullable=True))
    op.execute("UPDATE users SET full_name = name WHERE full_name IS NULL")
`,
  guideSection: { lesson: 'alter-not-drop', place: 4 },
  check({ migration, report }) {
    for (const operation of upgradeOperations(migration)) {
      if (operation.name !== 'alter_column') continue;
      const renamed = operation.kwargs['new_column_name'];
      if (!renamed || renamed.kind === 'none') continue;
      const literalTable = tableOf(operation);
      const literalColumn = columnArgument(operation);
      // A column this upgrade added: no deployed code uses it yet.
      if (literalTable !== undefined && literalColumn !== undefined && upgradeHistory(migration).columnNewBefore(literalTable, literalColumn, positionOf(operation))) {
        continue;
      }
      const table = nameLabel(operation, 'table', literalTable);
      const column = nameLabel(operation, 'column', literalColumn);
      const newName = stringValue(renamed) ?? renamed.text;
      // Renamed out of the way of a new column of its name, then dropped (a rebuild): the old name is there again.
      if (
        literalTable !== undefined &&
        literalColumn !== undefined &&
        upgradeHistory(migration).columnRenameRebuilds(literalTable, literalColumn, newName, positionOf(operation))
      ) {
        continue;
      }
      const existingType = operation.kwargs['existing_type'];
      const type = existingType && existingType.kind !== 'none' ? existingType.text : `<type of ${table}.${column}>`;
      // A table or column taken from a loop is named as such (`target_id of each table in TABLES`), never
      // glued into a dotted name; the help's code then uses the loop's variable.
      const target = describeTarget(operation, literalTable, literalColumn);
      const renamedWhat = target.startsWith('each ') ? target : `column ${target}`;
      const tableCode = literalTable !== undefined ? pythonQuoted(literalTable) : (argument(operation, 0, 'table_name')?.text ?? pythonQuoted(table));
      const tableSql = literalTable ?? `{${argument(operation, 0, 'table_name')?.text ?? 'table'}}`;
      const columnSql = literalColumn ?? `{${argument(operation, 1, 'column_name')?.text ?? 'column'}}`;
      const sqlPrefix = literalTable !== undefined && literalColumn !== undefined ? '' : 'f';
      report({
        line: operation.line,
        column: operation.column,
        message:
          `upgrade renames ${renamedWhat} to ${newName}: code still running during the deploy uses ` +
          `${literalColumn ?? 'the old name'} and fails once the rename commits`,
        help:
          `Rename without breaking running code (expand/contract):\n` +
          `1. This migration: add the new column and copy the data\n` +
          `    op.add_column(${tableCode}, sa.Column(${pythonQuoted(newName)}, ${type}, nullable=True))\n` +
          `    op.execute(${sqlPrefix}"UPDATE ${tableSql} SET ${newName} = ${columnSql} WHERE ${newName} IS NULL")\n` +
          `2. Deploy code that writes both ${column} and ${newName}, run the backfill again for rows written in between, ` +
          `then switch reads to ${newName}.\n` +
          `3. A later migration, once nothing uses ${column}:\n` +
          `    op.drop_column(${tableCode}, ${literalColumn !== undefined ? pythonQuoted(literalColumn) : (argument(operation, 1, 'column_name')?.text ?? pythonQuoted(column))})\n` +
          `If the application is stopped while this migration runs, the rename is fine: ` +
          `# preflight: ignore[rename-column] deployed with downtime`,
      });
    }
  },
};

