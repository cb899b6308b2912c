/**
 * Compares the rows seeded at a migration's parent revision with the rows after its upgrade and
 * downgrade (as printed by `python/preflight_alembic.py seed` and `state`): per table, how many rows
 * came back, which were lost, and which columns' values changed. Columns and tables the upgrade
 * added and the downgrade removed again are expected to vanish, and are said to be expected.
 */
import { plural } from '../../model/text.js';

/** One table's rows, values JSON-safe (dates as ISO text, decimals as text, bytes as hex). */
export interface TableData {
  columns: string[];
  primaryKey: string[];
  rows: unknown[][];
  /** More rows than the helper reads (5000); the comparison covers the first ones. */
  truncated: boolean;
}

export type DataSnapshot = Record<string, TableData>;

export interface SeededTable {
  rows: number;
  /** Why no rows were inserted (a column type Preflight cannot fill, a NOT NULL foreign key cycle). */
  skipped: string | null;
}

export interface ChangedColumn {
  column: string;
  /** Rows (matched by primary key) whose value differs from the seeded one. */
  rows: number;
}

export interface TableDataReport {
  table: string;
  /** Rows seeded (before the upgrade). */
  before: number;
  /** Rows after the downgrade; null when the table is gone. */
  after: number | null;
  lost: number;
  /** Rows after the downgrade that were not seeded (the upgrade inserted them, the downgrade kept them). */
  added: number;
  changed: ChangedColumn[];
  /** Seeded columns missing after the downgrade: their values are gone. */
  missingColumns: string[];
  /** Columns the upgrade added and the downgrade dropped: expected. */
  expectedDrops: string[];
  /** The table was created by the upgrade and dropped by the downgrade: expected. */
  expectedTable?: boolean;
  skipped?: string;
}

export interface DataComparison {
  tables: TableDataReport[];
  /** Every seeded row and value is back, and nothing the downgrade should have removed is left. */
  restored: boolean;
}

const keyOf = (values: readonly unknown[]): string => JSON.stringify(values);

/** The column positions rows are matched by: the primary key when both sides have it, else every common column. */
function matchColumns(before: TableData, after: TableData): string[] {
  const common = before.columns.filter((column) => after.columns.includes(column));
  const pk = before.primaryKey.length > 0 && before.primaryKey.every((column) => common.includes(column)) ? before.primaryKey : [];
  return pk.length > 0 ? pk : common;
}

function compareTable(table: string, before: TableData, after: TableData | undefined, upgraded: TableData | undefined): TableDataReport {
  const base = { table, before: before.rows.length, changed: [] as ChangedColumn[], expectedDrops: [] as string[] };
  if (after === undefined) {
    return { ...base, after: null, lost: before.rows.length, added: 0, missingColumns: [...before.columns] };
  }
  const missingColumns = before.columns.filter((column) => !after.columns.includes(column));
  const expectedDrops = (upgraded?.columns ?? []).filter((column) => !before.columns.includes(column) && !after.columns.includes(column));
  const match = matchColumns(before, after);
  const common = before.columns.filter((column) => after.columns.includes(column));
  const index = (data: TableData, columns: readonly string[]): number[] => columns.map((column) => data.columns.indexOf(column));
  const beforeMatch = index(before, match);
  const afterMatch = index(after, match);
  const beforeCommon = index(before, common);
  const afterCommon = index(after, common);

  // Multiset of the rows after the downgrade by key: a table without a primary key may hold equal rows.
  const remaining = new Map<string, unknown[][]>();
  for (const row of after.rows) {
    const key = keyOf(afterMatch.map((position) => row[position]));
    const list = remaining.get(key);
    if (list) list.push(row);
    else remaining.set(key, [row]);
  }
  const changedRows = new Map<string, number>();
  let lost = 0;
  for (const row of before.rows) {
    const key = keyOf(beforeMatch.map((position) => row[position]));
    const candidates = remaining.get(key);
    const other = candidates?.shift();
    if (other === undefined) {
      lost++;
      continue;
    }
    common.forEach((column, i) => {
      if (keyOf([row[beforeCommon[i]!]]) !== keyOf([other[afterCommon[i]!]])) changedRows.set(column, (changedRows.get(column) ?? 0) + 1);
    });
  }
  const added = [...remaining.values()].reduce((sum, rows) => sum + rows.length, 0);
  return {
    ...base,
    after: after.rows.length,
    lost,
    added,
    changed: common.filter((column) => changedRows.has(column)).map((column) => ({ column, rows: changedRows.get(column)! })),
    missingColumns,
    expectedDrops,
  };
}

/**
 * `seeded`: the rows at the parent revision; `upgraded`: after the upgrade (to tell which columns
 * and tables the upgrade added); `downgraded`: after the downgrade.
 */
export function compareSeededData(
  seeded: DataSnapshot,
  upgraded: DataSnapshot | undefined,
  downgraded: DataSnapshot,
  seedReport: Record<string, SeededTable> = {},
): DataComparison {
  const tables: TableDataReport[] = [];
  for (const [table, before] of Object.entries(seeded).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const report = compareTable(table, before, downgraded[table], upgraded?.[table]);
    const skipped = seedReport[table]?.skipped;
    tables.push(skipped ? { ...report, skipped } : report);
  }
  for (const table of Object.keys(upgraded ?? {}).sort()) {
    if (!(table in seeded) && !(table in downgraded)) {
      tables.push({ table, before: 0, after: null, lost: 0, added: 0, changed: [], missingColumns: [], expectedDrops: [], expectedTable: true });
    }
  }
  const restored = tables.every((report) => report.expectedTable || (report.lost === 0 && report.added === 0 && report.changed.length === 0 && report.missingColumns.length === 0));
  return { tables, restored };
}

/**
 * One sentence per table that did not come back ("sessions: 20 rows lost"), and one per expected
 * disappearance ("users.phone: column dropped, expected (the upgrade added it)").
 */
export function describeDataComparison(comparison: DataComparison): { problems: string[]; expected: string[] } {
  const problems: string[] = [];
  const expected: string[] = [];
  for (const report of comparison.tables) {
    if (report.expectedTable) {
      expected.push(`${report.table}: table dropped, expected (the upgrade created it)`);
      continue;
    }
    if (report.after === null) {
      problems.push(`${report.table}: table missing after the downgrade, ${plural(report.before, 'row')} lost`);
      continue;
    }
    if (report.lost > 0) problems.push(`${report.table}: ${plural(report.lost, 'row')} lost`);
    for (const column of report.missingColumns) problems.push(`${report.table}.${column}: column missing after the downgrade, its values are lost`);
    for (const change of report.changed) problems.push(`${report.table}.${change.column}: values changed in ${plural(change.rows, 'row')}`);
    if (report.added > 0) problems.push(`${report.table}: ${plural(report.added, 'row')} the upgrade added still there after the downgrade`);
    for (const column of report.expectedDrops) expected.push(`${report.table}.${column}: column dropped, expected (the upgrade added it)`);
  }
  return { problems, expected };
}
