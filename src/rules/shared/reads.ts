/**
 * What the upgrade reads before a drop, so a copy-then-drop is not called a loss:
 * - its own SQL: an UPDATE … SET new = old or INSERT … SELECT that copies a column or table elsewhere
 *   first (SqlStatement.reads, from the statements' parse trees);
 * - SQLAlchemy Core: `t.update().values(new=t.c.old)` or `insert(...).from_select(...)` (which copy in the
 *   database), or a select of the rows (`sa.select(t)`, `session.query(t)`) followed by a write (a Core
 *   insert/update, an SQL INSERT/UPDATE, bulk_insert) before the drop: the Python loop that copies them.
 * Built once per migration, so a file of 100,000 drops stays linear.
 */
import { sqlOf, type CoreStatement, type Operation } from '../../core/parse/model.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';
import type { AnalyzedMigration } from '../types.js';

export interface Reader {
  /** `the UPDATE on line 12 reads first`, `the SELECT on line 12 reads first and the UPDATE on line 15 writes after it`. */
  description: string;
  /** What carries the values over: `that statement`, `the upgrade`. */
  carrier: string;
}

interface Read {
  /** Operations with this index or higher run after it. */
  at: number;
  line: number;
  label: string;
  tables: string[];
  columns: string[];
  /** The statement copies by itself (SQL or Core UPDATE/INSERT); a select needs a write after it. */
  copies: boolean;
  /** Tables a Core statement writes (a select: none). */
  targets: string[];
}

interface Write {
  at: number;
  line: number;
  label: string;
  targets: string[];
}

interface Flow {
  reads: Read[];
  writes: Write[];
}

const flows = new WeakMap<AnalyzedMigration, Flow>();

const label = (kind: string): string => kind.toUpperCase();

function flowOf(migration: AnalyzedMigration): Flow {
  let flow = flows.get(migration);
  if (flow) return flow;
  flow = { reads: [], writes: [] };
  for (const operation of upgradeOperations(migration)) {
    if (operation.name === 'bulk_insert') {
      const table = operation.args[0];
      flow.writes.push({ at: operation.index + 1, line: operation.line, label: 'bulk_insert', targets: table?.kind === 'str' ? [table.value] : [] });
    }
    if (!sqlOf(operation)) continue;
    for (const statement of sqlStatementsOf(migration, operation)) {
      if (statement.kind === 'update' || statement.kind === 'insert') {
        flow.writes.push({ at: operation.index + 1, line: operation.line, label: label(statement.kind), targets: statement.targets });
      }
      if (statement.reads) {
        flow.reads.push({ at: operation.index + 1, line: operation.line, label: label(statement.kind), ...statement.reads, copies: true, targets: statement.targets });
      }
    }
  }
  const core = (migration.facts.coreStatements ?? []).filter((statement: CoreStatement) => statement.function === 'upgrade');
  for (const statement of core) {
    const targets = statement.target !== undefined ? [statement.target] : [];
    if (statement.kind === 'update' || statement.kind === 'insert') flow.writes.push({ at: statement.at, line: statement.line, label: label(statement.kind), targets });
    if (statement.reads.tables.length > 0) {
      flow.reads.push({ at: statement.at, line: statement.line, label: label(statement.kind), ...statement.reads, copies: statement.kind !== 'select', targets });
    }
  }
  const order = (a: { at: number; line: number }, b: { at: number; line: number }): number => a.at - b.at || a.line - b.line;
  flow.reads.sort(order);
  flow.writes.sort(order);
  flows.set(migration, flow);
  return flow;
}

const bare = (name: string): string => (name.split('.').pop() ?? name).toLowerCase();

/** The first read before `drop` of column `column` of `table` (or, without a column, of rows of `table`) that carries it elsewhere. */
export function readBefore(migration: AnalyzedMigration, drop: Operation, table: string, column?: string): Reader | undefined {
  const tableName = bare(table);
  const { reads, writes } = flowOf(migration);
  for (const read of reads) {
    if (read.at > drop.index) break;
    const readsTable = read.tables.some((name) => bare(name) === tableName);
    if (column === undefined ? !readsTable : !((readsTable || read.targets.some((name) => bare(name) === tableName)) && read.columns.some((name) => name.toLowerCase() === column.toLowerCase()))) continue;
    if (read.copies) return { description: `the ${read.label} on line ${read.line} reads first`, carrier: 'that statement' };
    // Rows selected into Python are carried over only by a write after the select (for a table, to another table).
    const write = writes.find(
      (candidate) =>
        candidate.at >= read.at &&
        candidate.at <= drop.index &&
        (column !== undefined || candidate.targets.length === 0 || candidate.targets.some((name) => bare(name) !== tableName)),
    );
    if (write) {
      return { description: `the ${read.label} on line ${read.line} reads first and the ${write.label} on line ${write.line} writes after it`, carrier: 'the upgrade' };
    }
  }
  return undefined;
}
