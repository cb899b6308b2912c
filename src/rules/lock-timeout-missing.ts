import type { AnalyzedMigration, MigrationFunction } from '../model/facts.js';
import type { LockMode, SchemaChange } from '../model/schema-change.js';
import { findingLock, migrationLocks, type ChangeLock } from '../analysis/locks/migration-locks.js';
import { describeLock, strongestLock } from '../analysis/locks/pg-locks.js';
import { enablesLockTimeout } from '../analysis/locks/lock-timeout.js';
import { tableKey } from '../analysis/operations/op-arguments.js';
import type { MigrationRule } from './types.js';
import { sqlStatementsOf } from './helpers.js';

/** The locks that make every later request on the table wait while they wait themselves. */
const QUEUEING_LOCKS: ReadonlySet<LockMode> = new Set(['ACCESS EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE']);

interface TableLock {
  table: string;
  mode: LockMode;
}

/** The existing tables a change takes a queueing lock on: the table it names, and the table a foreign key points to. */
function queueingLocks(lock: ChangeLock, created: ReadonlySet<string>): TableLock[] {
  const { change, effect } = lock;
  const found: TableLock[] = [];
  if (effect.lock !== 'none' && QUEUEING_LOCKS.has(effect.lock) && !change.onNewTable && change.kind !== 'create-table' && change.kind !== 'create-table-with-foreign-key') {
    found.push({ table: change.table ?? (change.name ? `the table of ${change.name}` : 'a table'), mode: effect.lock });
  }
  // drop-column's referenced tables are not known (the foreign keys that go with the column are not in the migration).
  for (const other of effect.otherTables ?? []) {
    if (change.otherTable !== undefined && QUEUEING_LOCKS.has(other.lock) && !created.has(tableKey(change.otherTable))) found.push({ table: change.otherTable, mode: other.lock });
  }
  return found;
}

/** Tables named in a message; the rest are counted. */
const MAX_NAMED = 3;

/** "ACCESS EXCLUSIVE on orders, invoices and SHARE on users": each table under the strongest lock it gets. */
function describeTables(locks: readonly TableLock[]): string {
  const strongest = new Map<string, LockMode>();
  for (const { table, mode } of locks) {
    const known = strongest.get(table);
    if (known === undefined || LOCK_ORDER.indexOf(mode) > LOCK_ORDER.indexOf(known)) strongest.set(table, mode);
  }
  const byMode = new Map<LockMode, string[]>();
  for (const [table, mode] of strongest) byMode.set(mode, [...(byMode.get(mode) ?? []), table]);
  return [...byMode]
    .sort(([a], [b]) => LOCK_ORDER.indexOf(b) - LOCK_ORDER.indexOf(a))
    .map(([mode, tables]) => {
      const more = tables.length - MAX_NAMED;
      return `${mode} on ${tables.slice(0, MAX_NAMED).join(', ')}${more > 0 ? ` and ${more} more table${more > 1 ? 's' : ''}` : ''}`;
    })
    .join(' and ');
}

const LOCK_ORDER: readonly LockMode[] = ['SHARE', 'SHARE ROW EXCLUSIVE', 'ACCESS EXCLUSIVE'];

function consequence(mode: LockMode | 'none'): string {
  return mode === 'ACCESS EXCLUSIVE'
    ? 'any ACCESS EXCLUSIVE request queues behind a long query and then blocks every reader behind it'
    : `a ${mode} request queues behind a long-running write and then blocks every write behind it (${describeLock(mode)})`;
}

function help(fn: MigrationFunction): string {
  return (
    `Give up after a few seconds instead of queueing, and retry: set lock_timeout at the top of ${fn}:\n` +
    `    def ${fn}():\n` +
    `        op.execute("SET lock_timeout = '5s'")\n` +
    `        ...\n` +
    'or once for every migration, in env.py:\n' +
    `    connectable = engine_from_config(..., connect_args={"options": "-c lock_timeout=5s"})\n` +
    'or, on the connection env.py hands to context.configure:\n' +
    `    connection.execute(text("SET lock_timeout = '5s'"))\n` +
    '    context.configure(connection=connection, ...)\n' +
    "A SET inside the migration's transaction applies to the rest of that transaction (SET LOCAL ends with it)."
  );
}

export const lockTimeoutMissing: MigrationRule = {
  id: 'lock-timeout-missing',
  order: 662,
  scope: 'migration',
  severity: 'warning',
  summary: 'A migration locks an existing table (ACCESS EXCLUSIVE, SHARE, SHARE ROW EXCLUSIVE) without a lock_timeout (PostgreSQL).',
  why:
    'A lock request waits for every conflicting lock already held, and every later request on the table waits behind it. ' +
    'An ALTER TABLE that is brief once granted (adding a nullable column, dropping a column) queues behind one long ' +
    'query or open transaction, and from then on every SELECT on the table waits too: the table is down until the long ' +
    'query ends. With lock_timeout set the migration gives up after a few seconds instead, and can be retried. Set it at ' +
    "the top of upgrade (and downgrade) with op.execute(\"SET lock_timeout = '5s'\"), or for every migration in env.py " +
    '(connect_args={"options": "-c lock_timeout=5s"}, or SET lock_timeout on the connection before context.configure); ' +
    "Preflight reads env.py. A SET inside the migration's transaction applies to the rest of that transaction (and, " +
    "without LOCAL, to the rest of the session once it commits), so it must come before the first lock. One finding per " +
    'upgrade and per downgrade, at its first such statement. Statements inside autocommit_block() and changes to tables ' +
    'created in the same migration are not counted. statement_timeout alone is not counted: it also ends the slow ' +
    'statements a migration means to run.',
  bad: `def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text()))
`,
  good: `def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column("orders", sa.Column("note", sa.Text()))
`,
  guideSection: { lesson: 'locks', place: 10 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    if (settings.envLockTimeout) return;
    for (const fn of ['upgrade', 'downgrade'] as const) {
      const locks = migrationLocks(migration, fn, settings);
      const created = new Set<string>();
      let timeout = false;
      let first: { lock: ChangeLock; tables: TableLock[] } | undefined;
      const uncovered: TableLock[] = [];
      for (const lock of locks) {
        const { change } = lock;
        if (change.kind === 'create-table' || change.kind === 'create-table-with-foreign-key') {
          if (change.table) created.add(tableKey(change.table));
        }
        if (change.kind === 'set-lock-timeout') {
          // SET LOCAL outside a transaction block (autocommit) does nothing; a plain SET holds for the session.
          if (!(change.operation.inAutocommit && isLocal(migration, change))) timeout = enablesLockTimeout(change.value);
          continue;
        }
        if (timeout || change.operation.inAutocommit) continue;
        const tables = queueingLocks(lock, created);
        if (tables.length === 0) continue;
        first ??= { lock, tables };
        uncovered.push(...tables);
      }
      if (!first) continue;
      const strongest = strongestLock(uncovered.map(({ mode }) => mode));
      const { operation } = first.lock.change;
      report({
        line: operation.line,
        column: operation.column,
        message: `${fn} takes ${describeTables(uncovered)} without a lock_timeout set first: ${consequence(strongest)}`,
        help: help(fn),
        lock: findingLock(first.lock),
      });
    }
  },
};

function isLocal(migration: AnalyzedMigration, change: SchemaChange): boolean {
  return change.statementIndex !== undefined && sqlStatementsOf(migration, change.operation)[change.statementIndex]?.setting?.local === true;
}
