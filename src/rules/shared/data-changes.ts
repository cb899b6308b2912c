/**
 * The steps of an upgrade that change rows rather than the schema: UPDATE, DELETE, INSERT and
 * TRUNCATE in SQL, op.bulk_insert, ORM sessions and SQLAlchemy Core statements run through a
 * connection, and SQL Preflight cannot read. Each says whether it touches only data this upgrade
 * created (a backfill of a column it adds, rows of a table it creates), which is the guide's data
 * migration pattern, or existing rows, which a reviewer must look at.
 */
import { sqlOf, stringValue, type OtherCall, type Operation, type PyValue } from '../../model/facts.js';
import type { SqlStatement } from '../../model/sql.js';
import type { AnalyzedMigration } from '../../model/facts.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';
import { stepKey } from './destructive.js';
import { positionOf, statementOnNewObjects, upgradeHistory } from './history.js';

export interface DataChange {
  line: number;
  /** The step key (shared/destructive.ts) of an operation's step; a finding about the same step carries it. */
  step?: string;
  kind: 'update' | 'delete' | 'insert' | 'truncate' | 'bulk-insert' | 'orm-or-core' | 'unreadable-sql';
  /** The statement's text, or the call as written. */
  description: string;
  /** An UPDATE that fills columns this upgrade adds or makes NOT NULL later: the guide's backfill. */
  backfill?: { table: string; columns: string[]; reason: string };
  /** bulk_insert: the table it fills, when its first argument names it (`sa.table("roles", …)`). */
  table?: string;
  /** Only rows of tables this upgrade created: no data that existed before is changed. */
  newRowsOnly?: boolean;
}

const STATEMENT_KINDS: Partial<Record<SqlStatement['kind'], DataChange['kind']>> = {
  update: 'update',
  delete: 'delete',
  insert: 'insert',
  truncate: 'truncate',
};

/**
 * Methods whose call writes rows: a session's or connection's (`session.commit()`, `conn.execute(stmt)` on
 * a name Preflight does not know as the migration's connection), or a query's (`session.query(User).update({…})`,
 * only when called on the result of a call, so `settings.update(…)` on a dict is not one).
 */
const WRITE_METHODS = new Set(['commit', 'flush', 'add_all', 'bulk_save_objects', 'bulk_insert_mappings', 'bulk_update_mappings', 'execute', 'exec_driver_sql', 'executemany']);
const QUERY_WRITE_METHODS = new Set(['update', 'delete']);

/** `session.query(User).update` → receiver `session.query(User)`, method `update`. */
function splitCallee(callee: string): { receiver: string; method: string } | undefined {
  const dot = callee.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return { receiver: callee.slice(0, dot), method: callee.slice(dot + 1) };
}

function writesRows(call: OtherCall): boolean {
  const parts = splitCallee(call.callee);
  if (!parts) return false;
  if (WRITE_METHODS.has(parts.method)) return true;
  return QUERY_WRITE_METHODS.has(parts.method) && parts.receiver.endsWith(')');
}

/** `sa.table("roles", …)` / `"roles"` as bulk_insert's first argument: the table it fills. */
function bulkInsertTable(value: PyValue | undefined): string | undefined {
  if (value?.kind === 'call') return stringValue(value.args[0]);
  return stringValue(value);
}

function firstLine(text: string): string {
  const [first = ''] = text.split('\n');
  return first.length < text.length ? `${first.trim()} …` : first.trim();
}

export function dataChanges(migration: AnalyzedMigration): DataChange[] {
  const history = upgradeHistory(migration);
  const changes: { at: number; change: DataChange }[] = [];
  const add = (operation: Operation | OtherCall, change: DataChange): void => {
    changes.push({ at: operation.line, change });
  };
  for (const operation of upgradeOperations(migration)) {
    const position = positionOf(operation);
    if (operation.name === 'bulk_insert') {
      const table = bulkInsertTable(operation.args[0] ?? operation.kwargs['table']);
      const newRowsOnly = table !== undefined && history.tableCreatedBefore(table, position);
      add(operation, {
        line: operation.line,
        step: stepKey(operation),
        kind: 'bulk-insert',
        description: firstLine(operation.text),
        ...(table !== undefined ? { table } : {}),
        ...(newRowsOnly ? { newRowsOnly } : {}),
      });
      continue;
    }
    const source = sqlOf(operation);
    if (!source) continue;
    const analysis = migration.sql[migration.facts.operations.indexOf(operation)];
    if (source.sql === undefined || !analysis?.ok) {
      add(operation, { line: operation.line, step: stepKey(operation), kind: 'unreadable-sql', description: firstLine(operation.text) });
      continue;
    }
    for (const statement of sqlStatementsOf(migration, operation)) {
      const kind = STATEMENT_KINDS[statement.kind];
      if (!kind) continue;
      const base = { line: operation.line, step: stepKey(operation, statement), kind, description: statement.text };
      if (kind === 'insert') {
        const at = positionOf(operation, statement);
        const newRowsOnly = statement.targets.length > 0 && statement.targets.every((target) => history.tableCreatedBefore(target, at));
        add(operation, { ...base, ...(newRowsOnly ? { newRowsOnly } : {}) });
        continue;
      }
      const onNew = statementOnNewObjects(history, operation, statement);
      if (onNew?.backfill) add(operation, { ...base, backfill: onNew.backfill });
      else add(operation, { ...base, ...(onNew ? { newRowsOnly: true } : {}) });
    }
  }
  for (const call of migration.facts.otherCalls) {
    if (call.function !== 'upgrade' || !writesRows(call)) continue;
    add(call, { line: call.line, kind: 'orm-or-core', description: firstLine(call.text) });
  }
  return changes.sort((a, b) => a.at - b.at).map(({ change }) => change);
}
