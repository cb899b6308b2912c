import { argument, stringValue, type AnalyzedMigration, type Operation } from '../model/facts.js';
import { type MigrationRule } from './types.js';
import { tableOf, tableKey } from '../analysis/operations/op-arguments.js';
import { nameLabel, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { positionOf, upgradeHistory } from './shared/history.js';
import { pythonQuoted } from './shared/snippets.js';

/** Views an execute creates (`CREATE [OR REPLACE] VIEW name`), from the parse of its SQL. */
function viewsCreatedBy(migration: AnalyzedMigration, operation: Operation): string[] {
  return sqlStatementsOf(migration, operation).flatMap((statement) => statement.createsView ?? []);
}

export const renameTable: MigrationRule = {
  id: 'rename-table',
  order: 640,
  scope: 'migration',
  severity: 'warning',
  summary: '`op.rename_table` renames a table that deployed code still uses.',
  why:
    'During a deploy the old version of the application keeps running until every instance has been replaced, and its ' +
    'queries name the old table: the moment the rename commits, they fail. Use expand/contract instead (create the new ' +
    'table, write both, backfill, switch reads, drop the old one later), or rename and leave a view with the old name ' +
    'until no code uses it (a simple view over one table is updatable in PostgreSQL); a rename followed by ' +
    '`CREATE VIEW <old name>` in the same upgrade is not flagged, nor is renaming a table the same upgrade created, nor ' +
    'a rename out of the way of a new table of the old name (a rebuild: rename t to t_tmp, create t, copy, drop t_tmp).',
  bad: `def upgrade():
    op.rename_table("customers", "clients")
`,
  good: `def upgrade():
    op.rename_table("customers", "clients")
    # The old name keeps working for code that is still deployed; drop the view later.
    op.execute("CREATE VIEW customers AS SELECT * FROM clients")
`,
  guideSection: { lesson: 'never-drop-tables', place: 2 },
  check({ migration, report }) {
    const upgrade = upgradeOperations(migration);
    // Most migrations rename no table: nothing below is built for them.
    if (!upgrade.some((operation) => operation.name === 'rename_table')) return;
    const views = new Set(upgrade.flatMap((operation) => viewsCreatedBy(migration, operation)).map(tableKey));
    const history = upgradeHistory(migration);
    for (const operation of upgrade) {
      if (operation.name !== 'rename_table') continue;
      const literal = tableOf(operation);
      // A table this upgrade created: no deployed code queries it yet.
      if (literal !== undefined && history.tableCreatedBefore(literal, positionOf(operation))) continue;
      const table = nameLabel(operation, 'table', literal);
      // The rename leaves a view with the old name behind: deployed code keeps working.
      if (views.has(tableKey(table))) continue;
      const target = argument(operation, 1, 'new_table_name');
      const newName = stringValue(target) ?? target?.text ?? '<new name>';
      // A rebuild (rename t to t_tmp, create t, copy, drop t_tmp): the old name is there again at the end.
      if (literal !== undefined && history.renameRebuilds(literal, newName, positionOf(operation))) continue;
      report({
        line: operation.line,
        column: operation.column,
        message:
          `upgrade renames table ${table} to ${newName}: code still running during the deploy queries ${table} ` +
          'and fails once the rename commits',
        help:
          `Keep the old name working while the code changes over. Either leave a view behind:\n` +
          `    op.rename_table(${pythonQuoted(table)}, ${pythonQuoted(newName)})\n` +
          `    op.execute("CREATE VIEW ${table} AS SELECT * FROM ${newName}")\n` +
          `    # later migration, once nothing uses ${table}: op.execute("DROP VIEW ${table}")\n` +
          `or expand/contract: create ${newName}, write to both tables, backfill ` +
          `(op.execute("INSERT INTO ${newName} SELECT * FROM ${table}")), switch reads to ${newName}, ` +
          `and drop ${table} in a later migration.`,
      });
    }
  },
};

