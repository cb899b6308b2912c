/**
 * The schema-change model: every operation a migration runs, whether written as an Alembic op call
 * (`op.create_index`, `batch_op.alter_column`) or as SQL (`op.execute("ALTER TABLE …")`), as one typed
 * change with its source. src/analysis/operations builds it; the lock table (src/analysis/locks) and
 * the lock rules read it, so op calls and raw SQL are judged alike.
 */
import type { Operation } from './facts.js';

/** The table lock modes, weakest first: PostgreSQL's own numbering (AccessShareLock = 1 ... AccessExclusiveLock = 8). */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;

export type LockMode = (typeof LOCK_MODES)[number];

/** The kinds of statement a migration runs, as far as locking and rewriting tell them apart. */
export const SCHEMA_CHANGE_KINDS = [
  'add-column', // nullable, no default
  'add-column-default-constant',
  'add-column-default-volatile', // e.g. DEFAULT clock_timestamp(), gen_random_uuid()
  'add-column-not-null-default-constant',
  'add-column-stored-generated',
  'add-column-serial',
  'add-column-identity',
  'alter-column-type', // a change that rewrites: int -> bigint, text -> int, varchar(n) shortened
  'alter-column-type-binary-coercible', // varchar(n) widened, varchar -> text, numeric precision increased
  'alter-column-type-timestamptz-utc', // timestamp <-> timestamptz while the session's TimeZone is UTC
  'set-not-null',
  'set-not-null-with-check', // a validated CHECK (c IS NOT NULL) exists
  'drop-not-null',
  'set-default',
  'drop-default',
  'drop-column',
  'rename-column',
  'rename-table',
  'drop-table',
  'create-index',
  'create-index-concurrently',
  'drop-index',
  'drop-index-concurrently',
  'add-foreign-key',
  'add-foreign-key-not-valid',
  'validate-foreign-key',
  'validate-check-constraint',
  'add-check-constraint',
  'add-check-constraint-not-valid',
  'add-unique-constraint',
  'add-unique-using-index',
  'add-primary-key',
  'add-primary-key-using-index',
  'drop-constraint', // CHECK, UNIQUE, PRIMARY KEY
  'drop-foreign-key',
  'enum-add-value',
  'insert',
  'update',
  'delete',
  'truncate',
  'create-table',
  'create-table-with-foreign-key',
  'attach-partition',
  'detach-partition',
  'detach-partition-concurrently',
  'set-lock-timeout',
  'set-statement-timeout',
] as const;

export type SchemaChangeKind = (typeof SCHEMA_CHANGE_KINDS)[number];

export interface SchemaChange {
  kind: SchemaChangeKind;
  /** The table it acts on, as written (with its schema when written so); undefined when not known or none (enum, SET). */
  table?: string;
  /** The column it adds, alters, drops or renames. */
  column?: string;
  /** The index or constraint it creates, validates or drops; the enum type of enum-add-value. */
  name?: string;
  /** Unique constraints and primary keys: their columns, when written as literals. */
  columns?: string[];
  /** Foreign keys: the table they point to. Partitions: the partition. */
  otherTable?: string;
  /** SET lock_timeout / statement_timeout: the value as written. */
  value?: string;
  /** The table was created earlier in the same function of this migration: no other session sees it yet. */
  onNewTable: boolean;
  /** The op call, or the execute call whose SQL holds the statement. */
  operation: Operation;
  /** For SQL: which statement of the execute call's SQL, and its text. */
  statementIndex?: number;
  sql?: string;
  origin: 'op' | 'sql';
}
