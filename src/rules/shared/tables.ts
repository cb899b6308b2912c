/** Which tables an upgrade creates or drops, compared the way the rules compare table names. */
import { sqlOf, type Operation, type AnalyzedMigration } from '../../model/facts.js';
import type { SqlStatement } from '../../model/sql.js';
import { tableKey, tableOf } from '../../analysis/operations/op-arguments.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';

/** A table an upgrade creates or drops, with the operation that does it. */
export interface TableStep {
  table: string;
  operation: Operation;
  /** Order in the upgrade: operation, then the statement's offset in its SQL. */
  position: number;
}

/** Tables an upgrade creates: `op.create_table(...)` and raw SQL `CREATE TABLE`. */
export function tablesCreatedInUpgrade(migration: AnalyzedMigration): TableStep[] {
  return tableSteps(migration, 'create_table', 'create-table');
}

/**
 * Tables an upgrade drops: `op.drop_table(...)` (literal names only) and raw SQL `DROP TABLE`; not a
 * scratch table it created earlier itself (that drop loses nothing that existed before).
 */
export function tablesDroppedInUpgrade(migration: AnalyzedMigration): TableStep[] {
  const created = tableSteps(migration, 'create_table', 'create-table');
  return tableSteps(migration, 'drop_table', 'drop-table').filter(
    (drop) => !created.some((create) => tableKey(create.table) === tableKey(drop.table) && create.position < drop.position),
  );
}

/** Keys (see tableKey) of the tables an upgrade creates: they are empty, so locks and backfills do not matter. */
export function createdTableKeys(migration: AnalyzedMigration): Set<string> {
  return new Set(tablesCreatedInUpgrade(migration).map((step) => tableKey(step.table)));
}

/** The tables a SQL statement creates: `CREATE [TEMPORARY] TABLE t (...)` and `CREATE [TEMPORARY] TABLE t AS SELECT ...`. */
export function tablesCreatedBy(statement: SqlStatement): { table: string; temporary: boolean }[] {
  const temporary = statement.temporary === true;
  if (statement.kind === 'create-table') return statement.targets.filter((t) => t !== '?').map((table) => ({ table, temporary }));
  return statement.createdTableAs === undefined ? [] : [{ table: statement.createdTableAs, temporary }];
}

function tableSteps(migration: AnalyzedMigration, opName: string, sqlKind: string): TableStep[] {
  const steps: TableStep[] = [];
  for (const operation of upgradeOperations(migration)) {
    const position = operation.index * 1_000_000;
    if (operation.name === opName && operation.receiver === 'op') {
      const table = tableOf(operation);
      if (table !== undefined) steps.push({ table, operation, position });
    } else if (sqlOf(operation)) {
      for (const statement of sqlStatementsOf(migration, operation)) {
        if (sqlKind === 'create-table') {
          for (const { table } of tablesCreatedBy(statement)) steps.push({ table, operation, position: position + statement.offset });
          continue;
        }
        if (statement.kind !== sqlKind) continue;
        for (const table of statement.targets) if (table !== '?') steps.push({ table, operation, position: position + statement.offset });
      }
    }
  }
  return steps;
}

