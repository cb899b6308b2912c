/**
 * PostgreSQL table locks and rewrites of schema changes, PostgreSQL 11 to 17.
 *
 * What each kind of schema change locks, whether it rewrites the table (new relfilenode: every row is
 * copied under the lock), whether it reads every row under the lock without rewriting (a validation
 * scan), and whether it may run inside a transaction block. Every entry is measured against a real
 * server by tests/analysis/locks/pg-locks.test.ts (the test says which parts are measured there and
 * which are taken from the documentation only).
 *
 * Pure: no I/O; the kinds of schema change come from src/model/schema-change.ts.
 *
 * Sources
 * | What                                   | Where                                                                      |
 * |----------------------------------------|----------------------------------------------------------------------------|
 * | lock modes, conflict matrix            | PostgreSQL docs 13.3 "Explicit Locking", Table 13.2 "Conflicting Lock Modes" |
 * |                                        | https://www.postgresql.org/docs/current/explicit-locking.html              |
 * | ALTER TABLE locks, rewrites, scans     | ALTER TABLE, Description and Notes                                         |
 * |                                        | https://www.postgresql.org/docs/current/sql-altertable.html                |
 * | CREATE INDEX [CONCURRENTLY]            | https://www.postgresql.org/docs/current/sql-createindex.html               |
 * |                                        | ("Building Indexes Concurrently")                                          |
 * | DROP INDEX [CONCURRENTLY]              | https://www.postgresql.org/docs/current/sql-dropindex.html                 |
 * | ALTER TYPE ... ADD VALUE               | https://www.postgresql.org/docs/current/sql-altertype.html (Notes)         |
 * | constant default without rewrite (11)  | PostgreSQL 11 release notes: "Allow ALTER TABLE to add a column with a     |
 * |                                        | non-null default without doing a table rewrite"; docs 5.6.1 "Adding a      |
 * |                                        | Column" (the tip on volatile defaults)                                     |
 * | SET NOT NULL skips the scan (12)       | PostgreSQL 12 release notes: "Allow ALTER TABLE ... SET NOT NULL to avoid  |
 * |                                        | unnecessary table scans"                                                   |
 * | ADD VALUE in a transaction block (12)  | PostgreSQL 12 release notes: "Allow enumerated values to be added more     |
 * |                                        | flexibly" (ALTER TYPE ... ADD VALUE inside a transaction block)            |
 * | generated columns (12)                 | PostgreSQL 12 release notes: "Add support for generated columns"           |
 * | ATTACH PARTITION lock (12)             | PostgreSQL 12 release notes: ALTER TABLE ... ATTACH PARTITION takes SHARE  |
 * |                                        | UPDATE EXCLUSIVE on the parent; docs 5.11.2.2 "Partition Maintenance"      |
 * | timestamp <-> timestamptz in UTC (12)  | PostgreSQL 12 release notes: SET DATA TYPE between timestamp and           |
 * |                                        | timestamptz avoids the rewrite when the session time zone is UTC           |
 * | DETACH PARTITION CONCURRENTLY (14)     | PostgreSQL 14 release notes: "Allow partitions to be detached in a         |
 * |                                        | non-blocking manner"; ALTER TABLE docs (DETACH PARTITION)                  |
 * | REFERENCES in CREATE TABLE             | CREATE TABLE docs (REFERENCES): "The addition of a foreign key constraint  |
 * |                                        | requires a SHARE ROW EXCLUSIVE lock on the referenced table"               |
 * | dropping a foreign key (or its table)  | not in the docs; measured here, and reported in squawk issue #1294 and     |
 * | locks the referenced table             | doctolib/safe-pg-migrations PR #107                                        |
 * | how linters word it (read, not copied) | squawk docs (adding-foreign-key-constraint, disallowed-unique-constraint,  |
 * |                                        | changing-column-type, constraint-missing-not-valid); strong_migrations     |
 * |                                        | README; eugene's lock tracer (pg_locks for pg_backend_pid())               |
 */
import { LOCK_MODES, type LockMode, type SchemaChangeKind } from '../../model/schema-change.js';


/** Table 13.2 "Conflicting Lock Modes", each row as written in the docs (the matrix is symmetric). */
const CONFLICTS: Readonly<Record<LockMode, readonly LockMode[]>> = {
  'ACCESS SHARE': ['ACCESS EXCLUSIVE'],
  'ROW SHARE': ['EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ROW EXCLUSIVE': ['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE UPDATE EXCLUSIVE': ['SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  SHARE: ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'SHARE ROW EXCLUSIVE': ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  EXCLUSIVE: ['ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ACCESS EXCLUSIVE': [...LOCK_MODES],
};

/** True when a transaction holding `held` makes another that asks for `requested` on the same table wait. */
export function lockConflicts(held: LockMode, requested: LockMode): boolean {
  return CONFLICTS[held].includes(requested);
}

/** The lock that plain statements take: what "blocks reads" and "blocks writes" mean. */
const SELECT_LOCK: LockMode = 'ACCESS SHARE';
const SELECT_FOR_UPDATE_LOCK: LockMode = 'ROW SHARE';
const WRITE_LOCK: LockMode = 'ROW EXCLUSIVE';
const SCHEMA_CHANGE_LOCK: LockMode = 'SHARE UPDATE EXCLUSIVE'; // VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT
const CREATE_INDEX_LOCK: LockMode = 'SHARE';

export interface LockBlocks {
  /** SELECT waits. */
  reads: boolean;
  /** SELECT ... FOR UPDATE / FOR SHARE waits. */
  lockingReads: boolean;
  /** INSERT, UPDATE, DELETE, MERGE wait. */
  writes: boolean;
  /** VACUUM (autovacuum too), ANALYZE, CREATE INDEX CONCURRENTLY and other schema changes wait. */
  schemaChanges: boolean;
  /** CREATE INDEX (without CONCURRENTLY) waits. */
  createIndex: boolean;
}

/** What a lock held by a migration makes other sessions wait for. */
export function lockBlocks(mode: LockMode | 'none'): LockBlocks {
  if (mode === 'none') return { reads: false, lockingReads: false, writes: false, schemaChanges: false, createIndex: false };
  return {
    reads: lockConflicts(mode, SELECT_LOCK),
    lockingReads: lockConflicts(mode, SELECT_FOR_UPDATE_LOCK),
    writes: lockConflicts(mode, WRITE_LOCK),
    schemaChanges: lockConflicts(mode, SCHEMA_CHANGE_LOCK),
    createIndex: lockConflicts(mode, CREATE_INDEX_LOCK),
  };
}

/** The lock in plain words for a user: "blocks reads and writes", "blocks writes (INSERT/UPDATE/DELETE), not reads", ... */
export function describeLock(mode: LockMode | 'none'): string {
  if (mode === 'none') return 'takes no table lock';
  const blocks = lockBlocks(mode);
  if (blocks.reads) return 'blocks reads and writes';
  if (blocks.writes && blocks.lockingReads) return 'blocks writes (INSERT/UPDATE/DELETE) and SELECT ... FOR UPDATE/SHARE, not plain reads';
  if (blocks.writes) return 'blocks writes (INSERT/UPDATE/DELETE), not reads';
  if (blocks.schemaChanges) return 'blocks other schema changes and VACUUM, not reads or writes';
  if (blocks.createIndex) return 'blocks CREATE INDEX and ALTER TABLE, not reads or writes';
  return 'blocks only ALTER TABLE, DROP and TRUNCATE (ACCESS EXCLUSIVE), not reads or writes';
}

/** The strongest of the modes held (PostgreSQL's numbering), or 'none'. */
export function strongestLock(modes: Iterable<LockMode>): LockMode | 'none' {
  let strongest = -1;
  for (const mode of modes) strongest = Math.max(strongest, LOCK_MODES.indexOf(mode));
  return strongest < 0 ? 'none' : LOCK_MODES[strongest]!;
}

/** A table other than the one the statement names that the statement locks too. */
export interface OtherTableLock {
  /**
   * referenced: the table a foreign key points to (for drop-table and drop-column: every table the
   * foreign keys that go with it point to; none when there are none); partition: the partition being
   * attached or detached.
   */
  role: 'referenced' | 'partition';
  lock: LockMode;
}

export interface LockEffect {
  /** The strongest lock held on the table the statement names, until the transaction ends. */
  lock: LockMode | 'none';
  otherTables?: readonly OtherTableLock[];
  /** The table gets a new data file (relfilenode): all rows are copied under the lock (TRUNCATE: an empty one). */
  rewrite: boolean;
  /**
   * Every row is read under the lock without a rewrite (validation or index build): time grows with the
   * table. For attach-partition: the rows of the partition.
   */
  scan: boolean;
  /** 'not-in-transaction': PostgreSQL refuses it inside a transaction block (Alembic's default). */
  transaction: 'any' | 'not-in-transaction';
  note?: string;
}

export const MIN_PG_VERSION = 11;
export const MAX_PG_VERSION = 17;

const AE: LockMode = 'ACCESS EXCLUSIVE';

/** What running `kind` does on PostgreSQL `pgVersion` (a major version, 11 to 17). */
export function lockEffect(kind: SchemaChangeKind, pgVersion: number): LockEffect {
  if (!Number.isInteger(pgVersion) || pgVersion < MIN_PG_VERSION || pgVersion > MAX_PG_VERSION) {
    throw new RangeError(`PostgreSQL ${pgVersion}: the lock table covers major versions ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`);
  }
  const alter = (rewrite: boolean, scan: boolean, note?: string): LockEffect => ({ lock: AE, rewrite, scan, transaction: 'any', ...(note ? { note } : {}) });
  switch (kind) {
    // ALTER TABLE docs: "An ACCESS EXCLUSIVE lock is acquired unless explicitly noted."
    case 'add-column':
      return alter(false, false, 'Only the catalog changes; the lock is brief once granted.');
    case 'add-column-default-constant':
      // PostgreSQL 11 release notes, "Allow ALTER TABLE to add a column with a non-null default without
      // doing a table rewrite": the value is stored once in pg_attribute (attmissingval). The table starts at 11.
      return alter(false, false, 'Since PostgreSQL 11 a constant (or stable, e.g. now()) default is stored once, not written into every row.');
    case 'add-column-default-volatile':
      // Docs 5.6.1 "Adding a Column", tip: a volatile default (clock_timestamp(), random()) still rewrites.
      return alter(true, false, 'A volatile default (clock_timestamp(), random(), gen_random_uuid()) is computed for every row: the table and its indexes are rewritten.');
    case 'add-column-not-null-default-constant':
      // Same PG 11 change: existing rows read the stored default, so NOT NULL needs neither rewrite nor scan.
      return alter(false, false, 'Existing rows get the stored default, so NOT NULL needs no scan (PostgreSQL 11+).');
    case 'add-column-stored-generated':
      // PostgreSQL 12 release notes, "Add support for generated columns"; strong_migrations README: "Adding a stored
      // generated column causes the entire table to be rewritten". Measured.
      return alter(true, false, pgVersion < 12 ? 'Generated columns need PostgreSQL 12 or later.' : 'The expression is computed for every row: the table and its indexes are rewritten.');
    case 'add-column-serial':
      // serial = DEFAULT nextval(...), a volatile default: rewrite (strong_migrations: "causes the entire table to be rewritten").
      return alter(true, false, 'serial is a nextval() default, computed for every row: the table and its indexes are rewritten.');
    case 'add-column-identity':
      // Not in the 11-17 docs (a 2024 pgsql-hackers doc patch adds identity columns to the rewrite cases): every existing
      // row gets a value from the sequence, like a volatile default. Measured.
      return alter(true, false, 'An identity column is filled for every existing row: the table and its indexes are rewritten.');
    case 'alter-column-type':
      // ALTER TABLE Notes: "changing the type of an existing column will require the entire table and its indexes to be rewritten".
      return alter(true, false, 'The table and its indexes are rewritten under the lock.');
    case 'alter-column-type-binary-coercible':
      // ALTER TABLE Notes: "As an exception, when changing the type of an existing column, if the USING clause does not
      // change the column contents and the old type is either binary coercible to the new type or an unconstrained
      // domain over the new type, a table rewrite is not needed. However, indexes must always be rebuilt unless the
      // system can verify that the new index would be logically equivalent to the existing one."
      return alter(false, false, 'No rewrite for varchar(n) widened or to text, numeric precision raised at the same scale; shrinking or any other change rewrites.');
    case 'alter-column-type-timestamptz-utc':
      // PostgreSQL 12 release notes: SET DATA TYPE between timestamp and timestamptz no longer rewrites the table when
      // the session time zone is UTC (commit 3c59263: "for now, continue to needlessly rewrite any index on an affected
      // column"). Measured: the index is rebuilt, which reads every row under the lock.
      return pgVersion < 12
        ? alter(true, false, 'Before PostgreSQL 12 this rewrites the table and its indexes.')
        : alter(false, true, "No rewrite while TimeZone is 'UTC' (otherwise the table is rewritten), but indexes on the column are rebuilt, reading every row.");
    case 'set-not-null':
      // ALTER TABLE docs: "Ordinarily this is checked during the ALTER TABLE by scanning the entire table".
      return alter(false, true, `Every row is read under the lock to check for NULLs${pgVersion >= 12 ? '; a validated CHECK (column IS NOT NULL) added first skips this scan' : ''}.`);
    case 'set-not-null-with-check':
      // PostgreSQL 12 release notes, "Allow ALTER TABLE ... SET NOT NULL to avoid unnecessary table scans": "if a valid
      // CHECK constraint is found which proves no NULL can exist, then the table scan is skipped".
      return alter(false, pgVersion < 12, pgVersion < 12 ? 'Before PostgreSQL 12 the CHECK constraint does not spare the scan.' : 'The validated CHECK proves the column has no NULLs: no scan (PostgreSQL 12+).');
    case 'drop-not-null':
    case 'set-default':
    case 'drop-default':
    case 'rename-column':
    case 'rename-table':
      return alter(false, false);
    case 'drop-column':
      // ALTER TABLE Notes: "DROP COLUMN does not physically remove the column, but simply makes it invisible".
      // A foreign key on the column is dropped with it: see drop-foreign-key.
      return {
        ...alter(false, false, 'The column is only hidden; a foreign key on it is dropped too, locking the referenced table ACCESS EXCLUSIVE.'),
        otherTables: [{ role: 'referenced', lock: AE }],
      };
    case 'drop-table':
      // Measured: dropping a table removes the triggers of its foreign keys on the referenced tables, which takes
      // ACCESS EXCLUSIVE on those tables too (the docs say nothing about it; safe-pg-migrations PR #107 reports it).
      return { lock: AE, otherTables: [{ role: 'referenced', lock: AE }], rewrite: false, scan: false, transaction: 'any', note: 'Tables its foreign keys point to are locked ACCESS EXCLUSIVE too.' };
    case 'create-index':
      // 13.3.1: SHARE is "Acquired by CREATE INDEX (without CONCURRENTLY)".
      return { lock: 'SHARE', rewrite: false, scan: true, transaction: 'any', note: 'Writes wait while the whole index is built.' };
    case 'create-index-concurrently':
      // 13.3.1: SHARE UPDATE EXCLUSIVE is acquired by CREATE INDEX CONCURRENTLY; CREATE INDEX docs: "a regular
      // CREATE INDEX command can be performed within a transaction block, but CREATE INDEX CONCURRENTLY cannot";
      // it scans the table twice and waits for transactions that could use the index.
      return { lock: 'SHARE UPDATE EXCLUSIVE', rewrite: false, scan: true, transaction: 'not-in-transaction', note: 'Scans the table twice and waits for older transactions; a failure leaves an INVALID index to drop.' };
    case 'drop-index':
      // DROP INDEX docs (CONCURRENTLY): "A normal DROP INDEX acquires an ACCESS EXCLUSIVE lock on the table".
      return alter(false, false);
    case 'drop-index-concurrently':
      // DROP INDEX docs: CONCURRENTLY "cannot be used ... in a transaction block"; 13.3.1 lists no mode for it, the
      // measurement shows SHARE UPDATE EXCLUSIVE on the table while it waits for the table's other users.
      return { lock: 'SHARE UPDATE EXCLUSIVE', rewrite: false, scan: false, transaction: 'not-in-transaction' };
    case 'add-foreign-key':
      // ALTER TABLE docs: "Addition of a foreign key constraint requires a SHARE ROW EXCLUSIVE lock on the referenced
      // table, in addition to the lock on the table on which the constraint is declared" (also SHARE ROW EXCLUSIVE, 13.3.1).
      return { lock: 'SHARE ROW EXCLUSIVE', otherTables: [{ role: 'referenced', lock: 'SHARE ROW EXCLUSIVE' }], rewrite: false, scan: true, transaction: 'any', note: 'Writes to both tables wait while every row is checked.' };
    case 'add-foreign-key-not-valid':
      return { lock: 'SHARE ROW EXCLUSIVE', otherTables: [{ role: 'referenced', lock: 'SHARE ROW EXCLUSIVE' }], rewrite: false, scan: false, transaction: 'any', note: 'Existing rows are not checked: brief; VALIDATE later.' };
    case 'validate-foreign-key':
      // ALTER TABLE docs (VALIDATE CONSTRAINT): "acquires only a SHARE UPDATE EXCLUSIVE lock on the table being altered.
      // If the constraint is a foreign key then a ROW SHARE lock is also required on the table referenced by the constraint."
      return { lock: 'SHARE UPDATE EXCLUSIVE', otherTables: [{ role: 'referenced', lock: 'ROW SHARE' }], rewrite: false, scan: true, transaction: 'any', note: 'Reads and writes go on while every row is checked.' };
    case 'validate-check-constraint':
      return { lock: 'SHARE UPDATE EXCLUSIVE', rewrite: false, scan: true, transaction: 'any', note: 'Reads and writes go on while every row is checked.' };
    case 'add-check-constraint':
      // ALTER TABLE docs: ADD CONSTRAINT scans to verify existing rows unless NOT VALID; the lock is the default ACCESS EXCLUSIVE.
      return alter(false, true, 'Reads and writes wait while every row is checked; add it NOT VALID, then VALIDATE CONSTRAINT.');
    case 'add-check-constraint-not-valid':
      return alter(false, false, 'Existing rows are not checked: brief; VALIDATE later.');
    case 'add-unique-constraint':
    case 'add-primary-key':
      // A unique index is built under ALTER TABLE's ACCESS EXCLUSIVE (squawk disallowed-unique-constraint;
      // strong_migrations: "blocks reads and writes"); a primary key also sets NOT NULL on its columns.
      return alter(false, true, 'Reads and writes wait while the index is built; build it with CREATE UNIQUE INDEX CONCURRENTLY, then add the constraint USING INDEX.');
    case 'add-unique-using-index':
    case 'add-primary-key-using-index':
      // ALTER TABLE docs (ADD table_constraint_using_index): the existing index is adopted, nothing is built; for a
      // PRIMARY KEY on columns not yet NOT NULL it runs SET NOT NULL on them, "That requires a full table scan".
      return alter(false, false, kind === 'add-primary-key-using-index' ? 'Brief when the columns are already NOT NULL; otherwise they are checked (scan) under the lock.' : 'The existing index is adopted: brief.');
    case 'drop-constraint':
      return alter(false, false);
    case 'drop-foreign-key':
      // Measured: dropping a foreign key also drops its triggers on the referenced table, under ACCESS EXCLUSIVE there
      // (squawk issue #1294 reports the same).
      return { lock: AE, otherTables: [{ role: 'referenced', lock: AE }], rewrite: false, scan: false, transaction: 'any', note: 'The referenced table is locked ACCESS EXCLUSIVE too.' };
    case 'enum-add-value':
      // ALTER TYPE Notes; PostgreSQL 12 release notes: ADD VALUE may run inside a transaction block since 12, "the new
      // value cannot be used until after the transaction has been committed". No lock on tables using the type.
      return pgVersion < 12
        ? { lock: 'none', rewrite: false, scan: false, transaction: 'not-in-transaction', note: 'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block.' }
        : { lock: 'none', rewrite: false, scan: false, transaction: 'any', note: 'The new value cannot be used in the same transaction ("unsafe use of new value") until it commits.' };
    case 'insert':
    case 'update':
    case 'delete':
      // 13.3.1: ROW EXCLUSIVE is "Acquired by ... UPDATE, DELETE, INSERT, and MERGE"; row locks on the changed rows.
      return { lock: 'ROW EXCLUSIVE', rewrite: false, scan: false, transaction: 'any', note: 'Changed rows stay locked against other writers until commit; a large backfill in one transaction holds them all.' };
    case 'truncate':
      // 13.3.1: ACCESS EXCLUSIVE "Acquired by ... TRUNCATE"; TRUNCATE docs: it "reclaims disk space immediately".
      // Measured: a new relfilenode, i.e. a new empty file (its indexes too).
      return { lock: AE, rewrite: true, scan: false, transaction: 'any', note: 'The table gets a new empty file: fast, but reads and writes wait for the lock.' };
    case 'create-table':
      return { lock: AE, rewrite: false, scan: false, transaction: 'any', note: 'Only on the new table, which no other session sees before commit: blocks nobody.' };
    case 'create-table-with-foreign-key':
      // CREATE TABLE docs (REFERENCES): "The addition of a foreign key constraint requires a SHARE ROW EXCLUSIVE lock on
      // the referenced table" -- held until the migration's transaction commits.
      return { lock: AE, otherTables: [{ role: 'referenced', lock: 'SHARE ROW EXCLUSIVE' }], rewrite: false, scan: false, transaction: 'any', note: 'Writes to the referenced table wait until the transaction commits.' };
    case 'attach-partition':
      // PostgreSQL 12 release notes: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the partitioned table (ACCESS
      // EXCLUSIVE in 11); ALTER TABLE docs: ACCESS EXCLUSIVE on the partition, which is scanned unless a valid CHECK
      // constraint proves its rows fit the bounds.
      return {
        lock: pgVersion < 12 ? AE : 'SHARE UPDATE EXCLUSIVE',
        otherTables: [{ role: 'partition', lock: AE }],
        rewrite: false,
        scan: true,
        transaction: 'any',
        note: 'The partition is scanned to check its rows fit the bounds unless a valid CHECK constraint proves it.',
      };
    case 'detach-partition':
      return {
        lock: AE,
        otherTables: [{ role: 'partition', lock: AE }],
        rewrite: false,
        scan: false,
        transaction: 'any',
        ...(pgVersion >= 14 ? { note: 'DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+) leaves the partitioned table readable and writable.' } : {}),
      };
    case 'detach-partition-concurrently':
      // PostgreSQL 14 release notes, "Allow partitions to be detached in a non-blocking manner"; ALTER TABLE docs
      // (DETACH PARTITION): two transactions, the first with SHARE UPDATE EXCLUSIVE on both tables, which commits and
      // waits for every transaction using the partitioned table; "the second transaction acquires SHARE UPDATE
      // EXCLUSIVE on the partitioned table and ACCESS EXCLUSIVE lock on the partition". Not in a transaction block.
      return {
        lock: 'SHARE UPDATE EXCLUSIVE',
        otherTables: [{ role: 'partition', lock: AE }],
        rewrite: false,
        scan: false,
        transaction: 'not-in-transaction',
        note:
          pgVersion < 14
            ? 'DETACH PARTITION ... CONCURRENTLY needs PostgreSQL 14 or later.'
            : 'The partitioned table stays readable and writable; the partition itself is locked ACCESS EXCLUSIVE at the end (brief).',
      };
    case 'set-lock-timeout':
    case 'set-statement-timeout':
      return { lock: 'none', rewrite: false, scan: false, transaction: 'any' };
  }
}
