/**
 * What the upgrade reads before a drop, so a copy-then-drop is not called a loss:
 * - its own SQL: an UPDATE … SET new = old or INSERT … SELECT that copies a column or table elsewhere
 *   first (SqlStatement.reads, from the statements' parse trees), or a SELECT of the rows followed by a write;
 * - SQLAlchemy Core: `t.update().values(new=t.c.old)` or `insert(...).from_select(...)` (which copy in the
 *   database), or a select of the rows (`sa.select(t)`, `session.query(t)`) before the drop, followed by a
 *   write (a Core insert/update, an SQL INSERT/UPDATE, bulk_insert): the Python loop that copies them.
 * Built once per migration, so a file of 100,000 drops stays linear.
 */
import { sqlOf, type AnalyzedMigration, type CoreStatement, type HelperCall, type Operation } from '../../model/facts.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';
import { throughHelpers } from './snippets.js';

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
  via?: HelperCall[];
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
  via?: HelperCall[];
  label: string;
  targets: string[];
  /** An execute whose SQL Preflight cannot read: it may be the write. */
  unknown?: boolean;
}

interface Flow {
  reads: Read[];
  writes: Write[];
}

const flows = new WeakMap<AnalyzedMigration, Flow>();

const label = (kind: string): string => kind.toUpperCase();

/** `line 34`, `line 34 (through _copy() at line 56)`: the helper calls after those `shared` with the step named before it. */
function where(step: { line: number; via?: HelperCall[] }, shared: HelperCall[] = []): string {
  const via = step.via ?? [];
  let common = 0;
  while (common < via.length && common < shared.length && via[common]!.name === shared[common]!.name && via[common]!.line === shared[common]!.line) common++;
  return `line ${step.line}${throughHelpers({ via: via.slice(common) })}`;
}

const at = (step: { line: number; via?: HelperCall[] }) => ({ line: step.line, ...(step.via ? { via: step.via } : {}) });

function flowOf(migration: AnalyzedMigration): Flow {
  let flow = flows.get(migration);
  if (flow) return flow;
  flow = { reads: [], writes: [] };
  const core = (migration.facts.coreStatements ?? []).filter((statement: CoreStatement) => statement.function === 'upgrade');
  // An execute of a Core statement (`conn.execute(sa.select(t))`) is not unknown SQL: the statement is read below.
  const runsCore = (operation: Operation): boolean =>
    core.some((statement) => statement.at === operation.index + 1 && statement.line >= operation.line && statement.line <= operation.endLine);
  for (const operation of upgradeOperations(migration)) {
    if (operation.name === 'bulk_insert') {
      const table = operation.args[0];
      flow.writes.push({ at: operation.index + 1, ...at(operation), label: 'bulk_insert', targets: table?.kind === 'str' ? [table.value] : [] });
    }
    const source = sqlOf(operation);
    if (!source) continue;
    if (source.sql === undefined && !runsCore(operation)) flow.writes.push({ at: operation.index + 1, ...at(operation), label: 'execute', targets: [], unknown: true });
    for (const statement of sqlStatementsOf(migration, operation)) {
      if (statement.kind === 'update' || statement.kind === 'insert') {
        flow.writes.push({ at: operation.index + 1, ...at(operation), label: label(statement.kind), targets: statement.targets });
      }
      if (statement.reads) {
        // A SELECT (kind 'other') only reads into Python; an UPDATE or INSERT copies in the database.
        const select = statement.kind === 'other';
        flow.reads.push({
          at: operation.index + 1,
          ...at(operation),
          label: select ? 'SELECT' : label(statement.kind),
          ...statement.reads,
          copies: !select,
          targets: select ? [] : statement.targets,
        });
      }
    }
  }
  for (const statement of core) {
    const targets = statement.target !== undefined ? [statement.target] : [];
    if (statement.kind === 'update' || statement.kind === 'insert') flow.writes.push({ at: statement.at, ...at(statement), label: label(statement.kind), targets });
    if (statement.reads.tables.length > 0) {
      flow.reads.push({ at: statement.at, ...at(statement), label: label(statement.kind), ...statement.reads, copies: statement.kind !== 'select', targets });
    }
  }
  const order = (a: { at: number }, b: { at: number }): number => a.at - b.at;
  flow.reads.sort(order);
  flow.writes.sort(order);
  flows.set(migration, flow);
  return flow;
}

const bare = (name: string): string => (name.split('.').pop() ?? name).toLowerCase();

/**
 * The first read before `drop` of column `column` of `table` (or, without a column, of rows of `table`) that carries it
 * elsewhere; with `writtenBack`, a write into `table` itself counts too (a table dropped and created again, its rows
 * copied out and back).
 */
export function readBefore(
  migration: AnalyzedMigration,
  drop: Operation,
  table: string,
  column?: string,
  { writtenBack = false }: { writtenBack?: boolean } = {},
): Reader | undefined {
  const tableName = bare(table);
  const { reads, writes } = flowOf(migration);
  const matching = reads.filter((read) => {
    if (read.at > drop.index) return false;
    // A select of no column (`SELECT count(*) FROM t`) carries no row anywhere.
    if (!read.copies && read.columns.length === 0) return false;
    const readsTable = read.tables.some((name) => bare(name) === tableName);
    if (column === undefined) return readsTable;
    const onTable = readsTable || read.targets.some((name) => bare(name) === tableName);
    return onTable && read.columns.some((name) => name === '*' || name.toLowerCase() === column.toLowerCase());
  });
  // A statement that copies by itself says the most; rows selected into Python need a write after them.
  const copy = matching.find((read) => read.copies);
  if (copy) return { description: `the ${copy.label} on ${where(copy)} reads first`, carrier: 'that statement' };
  // Rows selected into Python are carried over only by a write after the select (for a table, to another table);
  // an execute whose SQL is not known may be that write, and the message says so.
  for (const known of [true, false]) {
    for (const read of matching) {
      const write = writes.find(
        (candidate) =>
          !candidate.unknown === known &&
          // Rows read into Python before the drop are carried by a write before or after it.
          candidate.at >= read.at &&
          (column !== undefined || writtenBack || candidate.targets.length === 0 || candidate.targets.some((name) => bare(name) !== tableName)),
      );
      if (!write) continue;
      const then = known
        ? `the ${write.label} on ${where(write, read.via)} writes after it`
        : `the execute on ${where(write, read.via)}, whose SQL Preflight cannot read, may write it elsewhere`;
      return { description: `the ${read.label} on ${where(read)} reads first and ${then}`, carrier: 'the upgrade' };
    }
  }
  return undefined;
}
