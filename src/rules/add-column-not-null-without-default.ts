import type { AnalyzedMigration, Operation, PyValue } from '../model/facts.js';
import { type MigrationRule } from './types.js';
import { tableOf, addedColumn, columnName, hasServerDefault, isNotNull, tableKey } from '../analysis/operations/op-arguments.js';
import { nameLabel, upgradeOperations } from './helpers.js';
import { positionOf, upgradeHistory } from './shared/history.js';
import { createdTableKeys } from './shared/tables.js';
import { pythonQuoted } from './shared/snippets.js';

type Call = Extract<PyValue, { kind: 'call' }>;

/** `sa.Identity()` / `sa.Computed(...)` among the Column's arguments: the database fills existing rows itself. */
function filledByDatabase(column: Call): boolean {
  return column.args.some((arg) => arg.kind === 'call' && /(^|\.)(Identity|Computed)$/.test(arg.callee));
}

/**
 * An integer primary key added to an existing table: SQLAlchemy makes it SERIAL (an identity on newer
 * versions), which numbers the existing rows, unless autoincrement=False.
 */
function autoincrementKey(column: Call): boolean {
  const primaryKey = column.kwargs['primary_key'];
  if (primaryKey?.kind !== 'bool' || !primaryKey.value) return false;
  const autoincrement = column.kwargs['autoincrement'];
  if (autoincrement?.kind === 'bool' && !autoincrement.value) return false;
  const type = column.kwargs['type_'] ?? column.args[1];
  const callee = type?.kind === 'call' ? type.callee : type?.kind === 'name' ? type.name : undefined;
  return callee !== undefined && /(^|\.)(Integer|BigInteger|SmallInteger|INTEGER|BIGINT|SMALLINT)$/.test(callee);
}

/** The column type as written (`sa.String(length=3)`), for the help text. */
function typeText(column: Call): string {
  const type = column.kwargs['type_'] ?? column.args[1];
  if (!type || type.kind === 'str') return '<type>';
  if (type.kind === 'call' && /(^|\.)(ForeignKey|Identity|Computed|Sequence)$/.test(type.callee)) return '<type>';
  return type.text;
}

/** What each add_column of upgrade() puts in the existing rows: the judgement of this rule, in one place. */
export type AddedColumn = { operation: Operation } & (
  | { verdict: 'unreadable' }
  | {
      verdict: 'nullable' | 'server-default' | 'filled-by-database' | 'autoincrement-key' | 'new-table' | 'emptied-table' | 'missing-default';
      column: Call;
      /** As messages name them: the literal, or `each table in TABLES` for a loop. */
      tableName: string;
      name: string;
    }
);

/**
 * Each column upgrade() adds, and why existing rows are fine with it (or `missing-default`, which this rule
 * reports): the checklist's defaults-for-new-columns item cites these instead of judging the columns again.
 */
export function addedColumns(migration: AnalyzedMigration): AddedColumn[] {
  const created = createdTableKeys(migration);
  // Asked only about NOT NULL columns without a default: most added columns are nullable.
  let built: ReturnType<typeof upgradeHistory> | undefined;
  const history = (): ReturnType<typeof upgradeHistory> => (built ??= upgradeHistory(migration));
  const out: AddedColumn[] = [];
  for (const operation of upgradeOperations(migration)) {
    if (operation.name !== 'add_column') continue;
    const column = addedColumn(operation);
    // A Column built elsewhere (a helper, a variable): what it holds cannot be read.
    if (!column) {
      out.push({ operation, verdict: 'unreadable' });
      continue;
    }
    const table = tableOf(operation);
    const tableName = nameLabel(operation, 'table', table);
    const first = column.args[0];
    const iterable = first?.kind === 'name' ? operation.loopNames?.[first.name] : undefined;
    const name = columnName(column) ?? (iterable !== undefined ? `each column in ${iterable}` : (first?.text ?? 'the column'));
    const verdict = ((): Exclude<AddedColumn, { verdict: 'unreadable' }>['verdict'] => {
      if (!isNotNull(column)) return 'nullable';
      if (hasServerDefault(column.kwargs)) return 'server-default';
      if (filledByDatabase(column)) return 'filled-by-database';
      if (autoincrementKey(column)) return 'autoincrement-key';
      // A table created in this migration is empty: NOT NULL without a default is fine there.
      if (table !== undefined && created.has(tableKey(table))) return 'new-table';
      // So is one this upgrade emptied first (DELETE FROM / TRUNCATE).
      if (table !== undefined && history().tableEmptyBefore(table, positionOf(operation))) return 'emptied-table';
      return 'missing-default';
    })();
    out.push({ operation, verdict, column, tableName, name });
  }
  return out;
}

export const addColumnNotNullWithoutDefault: MigrationRule = {
  id: 'add-column-not-null-without-default',
  order: 200,
  scope: 'migration',
  severity: 'error',
  summary: 'A NOT NULL column is added to an existing table without a server_default.',
  why:
    'When a column is added to a table that already has rows, the database has to put something in it for every row. ' +
    'Without a server_default that is NULL, so `ADD COLUMN ... NOT NULL` fails on any non-empty table (and a batch ' +
    '"recreate" copy fails the same way). A Python-side `default=` does not help: SQLAlchemy applies it only to rows it ' +
    'inserts later. The guide: use ADD COLUMN with defaults for new fields, or add the column nullable, backfill it, and ' +
    'only then make it NOT NULL. Not flagged: an integer primary key (SQLAlchemy makes it SERIAL, which numbers the ' +
    'existing rows), and a column added to a table the same upgrade created or emptied first (DELETE FROM / TRUNCATE). ' +
    'MySQL does not fail: it fills the existing rows with the type\'s implicit default (0, \'\' or a zero date), a ' +
    'warning there, since those are values no one chose.',
  bad: `def upgrade():
    op.add_column("orders", sa.Column("currency", sa.String(length=3), nullable=False))
`,
  good: `def upgrade():
    op.add_column("orders", sa.Column("currency", sa.String(length=3), nullable=False, server_default="EUR"))
`,
  decides: ['defaults-for-new-columns'],
  guideSection: { lesson: 'defaults-for-new-columns', place: 1 },
  check({ migration, settings, report }) {
    for (const added of addedColumns(migration)) {
      if (added.verdict !== 'missing-default') continue;
      const { operation, column, tableName, name } = added;
      const type = typeText(column);
      const pythonDefault = column.kwargs['default'] !== undefined;
      // MySQL does not fail: it fills the existing rows with the type's implicit default.
      const mysql = settings.dialect === 'mysql';
      report({
        line: operation.line,
        column: operation.column,
        ...(mysql ? { severity: 'warning' as const } : {}),
        message:
          (mysql
            ? `upgrade adds NOT NULL column ${tableName}.${name} without a server_default: MySQL gives every existing row ` +
              `the type's implicit default (0, '' or a zero date), not a value you chose`
            : `upgrade adds NOT NULL column ${tableName}.${name} without a server_default: existing rows would get NULL, ` +
              `so the migration fails on a non-empty ${tableName}`) +
          (pythonDefault ? ' (default= is applied by Python to new rows only; existing rows need server_default=)' : ''),
        help:
          `Either give the column a server default, which fills the existing rows:\n` +
          `    op.add_column(${pythonQuoted(tableName)}, sa.Column(${pythonQuoted(name)}, ${type}, nullable=False, server_default=<value>))\n` +
          `or add it nullable, backfill it, then make it NOT NULL (the guide's data migration pattern):\n` +
          `    op.add_column(${pythonQuoted(tableName)}, sa.Column(${pythonQuoted(name)}, ${type}, nullable=True))\n` +
          `    op.execute("UPDATE ${tableName} SET ${name} = <value> WHERE ${name} IS NULL")\n` +
          `    op.alter_column(${pythonQuoted(tableName)}, ${pythonQuoted(name)}, nullable=False)`,
      });
    }
  },
};

