/**
 * What one upgrade does to tables, columns and indexes, in order: the one place that decides
 * "created in this upgrade" (and so "temporary": created and dropped again, or a TEMPORARY table)
 * and "a backfill of a column this upgrade adds". Rules that flag drops, renames, wipes and locks
 * ask it, so a scratch table or a freshly added column is never reported as existing data.
 */
import { argument, sqlOf, stringValue, type Operation, type AnalyzedMigration } from '../../model/facts.js';
import type { SqlStatement } from '../../model/sql.js';
import { sqlStatementsOf, upgradeOperations } from '../helpers.js';
import { addedColumn, columnArgument, columnName, literalName, tableOf, tableKey } from '../../analysis/operations/op-arguments.js';
import { tablesCreatedBy } from './tables.js';

type EventKind =
  | 'create-table'
  | 'drop-table'
  | 'renamed-into'
  | 'add-column'
  | 'drop-column'
  | 'not-null'
  | 'create-index'
  | 'drop-index'
  | 'empty-table';

interface Event {
  kind: EventKind;
  /** tableKey of the table (or the index name for index events). */
  key: string;
  column?: string;
  /** create-table: CREATE TEMPORARY TABLE. */
  temporary?: boolean;
  /** renamed-into: the table's name before `op.rename_table` (key: its new name). */
  from?: string;
  /** Order within the upgrade: operation position, then the statement's offset in its SQL. */
  position: number;
}

/** Where an operation (and optionally one statement of its SQL) sits in the upgrade. */
export function positionOf(operation: Operation, statement?: SqlStatement): number {
  return operation.index * 1_000_000 + (statement?.offset ?? 0);
}

/** A literal index name, also through autogenerate's `op.f("ix_...")`. */
export interface UpgradeHistory {
  /** The table was created earlier in this upgrade (op.create_table, CREATE [TEMPORARY] TABLE). */
  tableCreatedBefore(table: string, position: number): boolean;
  /** The table has no rows at this point: created, or emptied (`DELETE FROM t`, `TRUNCATE t`), earlier in this upgrade. */
  tableEmptyBefore(table: string, position: number): boolean;
  /** The column did not exist before this upgrade: added earlier in it, or its table was created earlier in it. */
  columnNewBefore(table: string, column: string, position: number): boolean;
  /** A later step of this upgrade makes the column NOT NULL (alter_column(nullable=False)). */
  becomesNotNullAfter(table: string, column: string, position: number): boolean;
  /** The index was created earlier in this upgrade. */
  indexCreatedBefore(name: string, position: number): boolean;
  /** The index is dropped again later in this upgrade. */
  indexDroppedAfter(name: string, position: number): boolean;
  /** The table is dropped again later in this upgrade. */
  tableDroppedAfter(table: string, position: number): boolean;
  /**
   * The rename of `table` at `position` is the first step of a rebuild: a table of its name is created
   * later in this upgrade, and the renamed table is dropped later still.
   */
  renameRebuilds(table: string, newName: string, position: number): boolean;
  /** The same for a column: a column of its old name is added later, and the renamed one is dropped later. */
  columnRenameRebuilds(table: string, column: string, newName: string, position: number): boolean;
  /**
   * The table (dropped at `position`) holds the rows of a table this upgrade rebuilt: it was renamed from
   * that table, which was then created again, before `position` (rename `t` to `t_tmp`, create `t`, copy,
   * drop `t_tmp`). The rebuilt table's name, or undefined.
   */
  rebuiltFrom(table: string, position: number): string | undefined;
  /**
   * A scratch table: created in this upgrade as TEMPORARY (gone at the end of the session) or dropped
   * again later in it. Nothing of it outlives the upgrade.
   */
  isScratchTable(table: string): boolean;
}

/** Every rule asks about the same upgrade: its history is built once per analysed migration. */
const histories = new WeakMap<AnalyzedMigration, UpgradeHistory>();

export function upgradeHistory(migration: AnalyzedMigration): UpgradeHistory {
  let history = histories.get(migration);
  if (!history) {
    history = buildHistory(migration);
    histories.set(migration, history);
  }
  return history;
}

function buildHistory(migration: AnalyzedMigration): UpgradeHistory {
  // Events by kind and key: a question looks only at the events of its own object, so a file with
  // 100,000 drops costs 100,000 lookups, not 100,000².
  const events = new Map<string, Event[]>();
  const push = (
    kind: EventKind,
    key: string | undefined,
    position: number,
    column?: string,
    { temporary, from }: Pick<Event, 'temporary' | 'from'> = {},
  ): void => {
    if (key === undefined || key === '?') return;
    const event: Event = {
      kind,
      key,
      position,
      ...(column !== undefined ? { column } : {}),
      ...(temporary ? { temporary } : {}),
      ...(from !== undefined ? { from } : {}),
    };
    const slot = `${kind}\0${key}`;
    const list = events.get(slot);
    if (list) list.push(event);
    else events.set(slot, [event]);
  };
  for (const operation of upgradeOperations(migration)) {
    const position = positionOf(operation);
    const table = tableOf(operation);
    const key = table === undefined ? undefined : tableKey(table);
    switch (operation.name) {
      case 'create_table':
        if (operation.receiver === 'op') push('create-table', key, position);
        break;
      case 'drop_table':
        if (operation.receiver === 'op') push('drop-table', key, position);
        break;
      case 'rename_table': {
        const to = stringValue(argument(operation, 1, 'new_table_name'));
        if (operation.receiver === 'op' && table !== undefined && to !== undefined) push('renamed-into', tableKey(to), position, undefined, { from: table });
        break;
      }
      case 'add_column': {
        const column = addedColumn(operation);
        const name = column ? columnName(column) : undefined;
        if (name !== undefined) push('add-column', key, position, name);
        break;
      }
      case 'drop_column': {
        const name = columnArgument(operation);
        if (name !== undefined) push('drop-column', key, position, name);
        break;
      }
      case 'alter_column': {
        const nullable = operation.kwargs['nullable'];
        const name = columnArgument(operation);
        if (nullable?.kind === 'bool' && !nullable.value && name !== undefined) push('not-null', key, position, name);
        break;
      }
      case 'create_index':
        push('create-index', literalName(operation.kwargs['index_name'] ?? operation.args[0], operation.receiverText), position);
        break;
      case 'drop_index':
        push('drop-index', literalName(operation.kwargs['index_name'] ?? operation.args[0], operation.receiverText), position);
        break;
      default:
        if (!sqlOf(operation)) break;
        for (const statement of sqlStatementsOf(migration, operation)) {
          const at = positionOf(operation, statement);
          for (const { table: t, temporary } of tablesCreatedBy(statement)) push('create-table', tableKey(t), at, undefined, { temporary });
          if (statement.kind === 'drop-table') for (const t of statement.targets) push('drop-table', tableKey(t), at);
          if (statement.kind === 'truncate' || (statement.kind === 'delete' && statement.hasWhere === false)) {
            for (const t of statement.targets) push('empty-table', tableKey(t), at);
          }
          if (statement.kind === 'alter-table') {
            for (const column of statement.columns) push('drop-column', tableKey(statement.targets[0] ?? '?'), at, column);
          }
        }
    }
  }
  const any = (kind: EventKind, key: string, test: (event: Event) => boolean): boolean =>
    events.get(`${kind}\0${key}`)?.some(test) ?? false;
  const history: UpgradeHistory = {
    tableCreatedBefore: (table, position) => any('create-table', tableKey(table), (e) => e.position < position),
    tableEmptyBefore: (table, position) =>
      history.tableCreatedBefore(table, position) || any('empty-table', tableKey(table), (e) => e.position < position),
    columnNewBefore: (table, column, position) =>
      history.tableCreatedBefore(table, position) ||
      any('add-column', tableKey(table), (e) => e.column === column && e.position < position),
    becomesNotNullAfter: (table, column, position) =>
      any('not-null', tableKey(table), (e) => e.column === column && e.position > position),
    indexCreatedBefore: (name, position) => any('create-index', name, (e) => e.position < position),
    indexDroppedAfter: (name, position) => any('drop-index', name, (e) => e.position > position),
    tableDroppedAfter: (table, position) => any('drop-table', tableKey(table), (e) => e.position > position),
    renameRebuilds: (table, newName, position) =>
      any('create-table', tableKey(table), (created) => created.position > position) &&
      any('drop-table', tableKey(newName), (dropped) => dropped.position > position),
    columnRenameRebuilds: (table, column, newName, position) =>
      any('add-column', tableKey(table), (added) => added.column === column && added.position > position) &&
      any('drop-column', tableKey(table), (dropped) => dropped.column === newName && dropped.position > position),
    rebuiltFrom: (table, position) =>
      events
        .get(`renamed-into\0${tableKey(table)}`)
        ?.find(
          (renamed) =>
            renamed.position < position &&
            any('create-table', tableKey(renamed.from!), (created) => created.position > renamed.position && created.position < position),
        )?.from,
    isScratchTable: (table) => {
      const key = tableKey(table);
      return any('create-table', key, (created) => created.temporary === true || any('drop-table', key, (dropped) => dropped.position > created.position));
    },
  };
  return history;
}

/** Why a drop/wipe statement destroys nothing that existed before this upgrade; undefined when it does. */
export function statementOnNewObjects(
  history: UpgradeHistory,
  operation: Operation,
  statement: SqlStatement,
): { backfill?: { table: string; columns: string[]; reason: string } } | undefined {
  const position = positionOf(operation, statement);
  const targets = statement.targets.filter((target) => target !== '?');
  if (targets.length === 0) return undefined;
  const allNew = targets.every((target) => history.tableCreatedBefore(target, position));
  switch (statement.kind) {
    case 'drop-table':
    case 'truncate':
    case 'delete':
      return allNew ? {} : undefined;
    case 'alter-table': {
      const table = targets[0]!;
      return allNew || (statement.columns.length > 0 && statement.columns.every((c) => history.columnNewBefore(table, c, position)))
        ? {}
        : undefined;
    }
    case 'update': {
      if (allNew) return {};
      const table = targets[0]!;
      if (statement.columns.length === 0) return undefined;
      const added = statement.columns.every((c) => history.columnNewBefore(table, c, position));
      const madeNotNull = statement.columns.every(
        (c) => history.columnNewBefore(table, c, position) || history.becomesNotNullAfter(table, c, position),
      );
      if (!added && !madeNotNull) return undefined;
      return {
        backfill: {
          table,
          columns: statement.columns,
          reason: added ? 'added in this upgrade' : 'made NOT NULL later in this upgrade',
        },
      };
    }
    default:
      return undefined;
  }
}
