import { calledAs, type AnalyzedMigration, type MigrationFunction, type Operation } from '../model/facts.js';
import type { SchemaChange } from '../model/schema-change.js';
import { describeHeldUntil, findingLock, migrationLocks, type ChangeLock } from '../analysis/locks/migration-locks.js';
import { tableKey } from '../analysis/operations/op-arguments.js';
import type { MigrationRule, Report } from './types.js';
import { sqlStatementsOf } from './helpers.js';

/** An ACCESS EXCLUSIVE lock a statement took on an existing table, held until the transaction ends. */
interface HeldLock {
  table: string;
  lock: ChangeLock;
}

/** What makes a statement take time that grows with the table: a rewrite, a scan, or a write to every row. */
function slowWork(migration: AnalyzedMigration, lock: ChangeLock): string | undefined {
  const { change, effect } = lock;
  const table = change.table;
  if (table === undefined || table === '?' || change.onNewTable) return undefined;
  if (change.kind === 'update' || change.kind === 'delete') {
    // A backfill of the whole table: no WHERE.
    const statement = change.statementIndex === undefined ? undefined : sqlStatementsOf(migration, change.operation)[change.statementIndex];
    if (statement?.hasWhere !== false) return undefined;
    return `${change.kind === 'update' ? 'updates' : 'deletes'} every row of ${table}`;
  }
  // TRUNCATE gets a new, empty file: fast.
  if (change.kind === 'truncate' || !(effect.rewrite || effect.scan)) return undefined;
  const column = change.column ? `${table}.${change.column}` : table;
  switch (change.kind) {
    case 'alter-column-type':
    case 'alter-column-type-timestamptz-utc':
      return `changes the type of ${column} (${effect.rewrite ? 'rewrites the table' : 'rebuilds its indexes'})`;
    case 'set-not-null':
    case 'set-not-null-with-check':
      return `checks every row of ${table} for NULLs in ${change.column ?? 'the column'} (SET NOT NULL)`;
    case 'create-index':
      return `builds index ${change.name ?? ''}${change.name ? ' ' : ''}on ${table}`;
    case 'add-check-constraint':
      return `checks every row of ${table} against CHECK ${change.name ?? 'constraint'}`;
    case 'add-foreign-key':
      return `checks every row of ${table} against foreign key ${change.name ? `${change.name} ` : ''}→ ${change.otherTable ?? 'the referenced table'}`;
    case 'add-unique-constraint':
    case 'add-primary-key':
      return `builds the unique index of ${change.name ?? (change.kind === 'add-primary-key' ? 'the primary key' : 'a unique constraint')} on ${table}`;
    case 'validate-check-constraint':
    case 'validate-foreign-key':
      return `validates ${change.name ?? 'a constraint'} on ${table}`;
    case 'attach-partition':
      return `scans partition ${change.otherTable ?? ''} of ${table}`;
    default:
      return effect.rewrite ? `rewrites ${table} (${change.kind.replace(/-/g, ' ')}${change.column ? ` ${change.column}` : ''})` : `reads every row of ${table} (${change.kind.replace(/-/g, ' ')})`;
  }
}

/** The existing tables a change locks ACCESS EXCLUSIVE (the table it names; a foreign key's referenced table when dropped). */
function exclusiveTables(lock: ChangeLock, created: ReadonlySet<string>): string[] {
  const { change, effect } = lock;
  if (change.kind === 'create-table' || change.kind === 'create-table-with-foreign-key') return [];
  const tables: string[] = [];
  if (effect.lock === 'ACCESS EXCLUSIVE' && change.table !== undefined && !change.onNewTable) tables.push(change.table);
  for (const other of effect.otherTables ?? []) {
    if (other.lock === 'ACCESS EXCLUSIVE' && change.otherTable !== undefined && !created.has(tableKey(change.otherTable))) tables.push(change.otherTable);
  }
  return tables;
}

function sameStatement(a: SchemaChange, b: SchemaChange): boolean {
  return a.operation === b.operation && a.statementIndex === b.statementIndex;
}

/** Tables named in a message; the rest are counted. */
const MAX_NAMED = 3;

/** Where a call is written: an unrolled loop's passes share it (a helper called from two places does not). */
function sourcePosition(operation: Operation): string {
  return `${operation.line}:${operation.column}:${(operation.via ?? []).map((call) => call.line).join('>')}`;
}

function takenBy(earlier: Operation, slow: Operation): string {
  // One execute of several statements: the lock comes from one of its own earlier statements.
  if (earlier === slow) return `an earlier statement of the same ${callName(earlier)} at line ${earlier.line}`;
  if (sourcePosition(earlier) === sourcePosition(slow)) return `an earlier pass of the loop at line ${earlier.line}`;
  return `${callName(earlier)} at line ${earlier.line}`;
}

function callName(operation: Operation): string {
  return `${calledAs(operation)}(...)`;
}

export const locksHeldAcrossStatements: MigrationRule = {
  id: 'locks-held-across-statements',
  order: 664,
  scope: 'migration',
  severity: 'warning',
  summary: 'A slow statement (rewrite, scan, whole-table backfill) runs after an ACCESS EXCLUSIVE lock was taken in the same transaction (PostgreSQL).',
  why:
    'PostgreSQL holds every lock until the transaction ends, and Alembic runs a migration in one transaction (by ' +
    'default, one for the whole `alembic upgrade` run). An ACCESS EXCLUSIVE lock taken by a brief statement (drop a ' +
    'column, rename, add a column) is therefore still held while a later statement rewrites or scans a table, builds ' +
    'an index or backfills every row: the first table stays unreadable and unwritable for all that time. Run the slow ' +
    'statement first (its own lock is then the only one held while it runs), or put it in a migration of its own with ' +
    '`transaction_per_migration=True` in env.py, or outside the transaction (`autocommit_block()`, CONCURRENTLY). ' +
    'What the slow statement locks by itself is left to the rules about it (change-column-type, ' +
    'create-index-not-concurrently, set-not-null-without-backfill, add-foreign-key-without-not-valid); this rule is ' +
    'about the earlier lock. One finding per upgrade and per downgrade, at the first such slow statement, listing the ' +
    'later ones by line. Tables created in the same migration and statements inside autocommit_block() are not counted.',
  bad: `def upgrade():
    op.drop_column("users", "legacy_flag")
    op.create_index("ix_orders_created_at", "orders", ["created_at"])
`,
  good: `def upgrade():
    op.create_index("ix_orders_created_at", "orders", ["created_at"])
    op.drop_column("users", "legacy_flag")
`,
  guideSection: { lesson: 'locks', place: 11 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const fn of ['upgrade', 'downgrade'] as const) check(migration, fn, settings, report);
  },
};

function check(
  migration: AnalyzedMigration,
  fn: MigrationFunction,
  settings: Parameters<MigrationRule['check']>[0]['settings'],
  report: Parameters<MigrationRule['check']>[0]['report'],
): void {
  const created = new Set<string>();
  let held: HeldLock[] = [];
  const reported = new Set<string>();
  // One finding per function, at the first slow statement; the later ones are listed in it.
  let finding: Report | undefined;
  const laterLines: number[] = [];
  for (const lock of migrationLocks(migration, fn, settings)) {
    const { change } = lock;
    if (change.kind === 'create-table' || change.kind === 'create-table-with-foreign-key') {
      if (change.table) created.add(tableKey(change.table));
      continue;
    }
    if (change.operation.inAutocommit) {
      // autocommit_block() commits the migration's transaction first: the locks taken so far are released.
      held = [];
      continue;
    }
    const work = slowWork(migration, lock);
    const position = sourcePosition(change.operation);
    if (work !== undefined && !reported.has(position)) {
      const slowTable = tableKey(change.table!);
      // On its own table, an earlier ACCESS EXCLUSIVE matters only when the slow statement takes a weaker lock itself.
      const sameTableMatters = lock.effect.lock !== 'ACCESS EXCLUSIVE';
      const earlier = held.filter((each) => !sameStatement(each.lock.change, change) && (tableKey(each.table) !== slowTable || sameTableMatters));
      const byTable = new Map<string, HeldLock>();
      for (const each of earlier) if (!byTable.has(tableKey(each.table))) byTable.set(tableKey(each.table), each);
      const first = [...byTable.values()];
      if (first.length > 0) {
        // A loop Preflight unrolled is one statement in the source.
        reported.add(position);
        if (finding) {
          laterLines.push(change.operation.line);
          continue;
        }
        const line = change.operation.line;
        const shown = first.slice(0, MAX_NAMED);
        const more = first.length - shown.length;
        const names = shown.map((each) => each.table).join(', ') + (more > 0 ? ` and ${more} more table${more > 1 ? 's' : ''}` : '');
        const since =
          shown.map((each) => `${each.table} by ${takenBy(each.lock.change.operation, change.operation)}`).join(', ') +
          (more > 0 ? `, and ${more} more` : '');
        const lockLines = [...new Set(first.map((each) => each.lock.change.operation.line))];
        const plural = first.length > 1;
        finding = {
          line,
          column: change.operation.column,
          message:
            `${fn} ${work} at line ${line} while holding ACCESS EXCLUSIVE on ${names} ` +
            `(taken on ${since}): reads and writes on ${plural ? 'them' : names} wait for all of it; the lock is held ${describeHeldUntil(first[0]!.lock.heldUntil, fn)}`,
          help:
            `Run the slow statement (line ${line}) before the statement${lockLines.length > 1 ? 's' : ''} that lock${lockLines.length > 1 ? '' : 's'} ${names} ` +
            `(line${lockLines.length > 1 ? 's' : ''} ${lockLines.join(', ')}), so ${plural ? 'they are' : `${names} is`} locked only briefly at the end, ` +
            'or give the slow statement a migration of its own' +
            (settings.transactionPerMigration
              ? '.'
              : ` and set transaction_per_migration=True in env.py's context.configure (otherwise one transaction holds every migration's locks until the whole run commits).`),
          lock: findingLock(first[0]!.lock),
        };
      }
    }
    for (const table of exclusiveTables(lock, created)) held.push({ table, lock });
  }
  if (!finding) return;
  if (laterLines.length > 0) {
    const lines = laterLines.slice(0, MAX_LINES).join(', ') + (laterLines.length > MAX_LINES ? ', …' : '');
    const count = laterLines.length;
    finding.message += `; ${count} later slow statement${count > 1 ? 's' : ''} in this ${fn} run${count > 1 ? '' : 's'} under earlier locks too (line${count > 1 ? 's' : ''} ${lines})`;
  }
  report(finding);
}

/** Later slow statements listed by line. */
const MAX_LINES = 5;
