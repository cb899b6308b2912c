/**
 * What the upgrade's own SQL reads before a drop: an UPDATE … SET new = old or INSERT … SELECT that
 * copies a column or table elsewhere first (the usual copy-then-drop). Taken from the statements' parse
 * trees (SqlStatement.reads), once per migration, so a file of 100,000 drops stays linear. A copy done in
 * Python (a loop over Core selects) is not seen: such a drop still reads as a loss.
 */
import { sqlOf, type Operation } from '../../model/facts.js';
import type { SqlStatement } from '../../model/sql.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';
import type { AnalyzedMigration } from '../../model/facts.js';

export interface Reader {
  operation: Operation;
  statement: SqlStatement;
}

const readersByMigration = new WeakMap<AnalyzedMigration, Reader[]>();

/** The upgrade's UPDATE and INSERT statements that read something, in run order. */
function readers(migration: AnalyzedMigration): Reader[] {
  let found = readersByMigration.get(migration);
  if (!found) {
    found = upgradeOperations(migration).flatMap((operation) =>
      sqlOf(operation) ? sqlStatementsOf(migration, operation).filter((statement) => statement.reads).map((statement) => ({ operation, statement })) : [],
    );
    readersByMigration.set(migration, found);
  }
  return found;
}

const bare = (name: string): string => (name.split('.').pop() ?? name).toLowerCase();

/** The first statement before `drop` that reads column `column` of `table` (or, without a column, reads from `table`). */
export function readBefore(migration: AnalyzedMigration, drop: Operation, table: string, column?: string): Reader | undefined {
  const tableName = bare(table);
  return readers(migration).find(({ operation, statement }) => {
    if (operation.index >= drop.index) return false;
    const reads = statement.reads!;
    const readsTable = reads.tables.some((name) => bare(name) === tableName);
    if (column === undefined) return readsTable;
    const onTable = readsTable || statement.targets.some((name) => bare(name) === tableName);
    return onTable && reads.columns.some((name) => name.toLowerCase() === column.toLowerCase());
  });
}
