// The lock table of src/analysis/locks/pg-locks.ts, measured on the suite's real PostgreSQL.
//
// One python3 subprocess (measure_locks.py, psycopg2) runs every case below in a database of its own.
// For each case, in one session: BEGIN; relfilenode of the tables and indexes; the statement; this
// backend's granted locks on the tables (pg_locks, pg_backend_pid()); relfilenode again; the rows read by
// sequential scans in this transaction (pg_stat_get_xact_tuples_returned); ROLLBACK. Compared with
// lockEffect(kind, server major version):
//   lock        = the strongest mode held on the table the statement names (otherTables: on the others)
//   rewrite     = the table's relfilenode changed
//   scan        = every row was read by a sequential scan without a rewrite (asserted only when no rewrite)
//   transaction = 'not-in-transaction' exactly when the server refuses it inside BEGIN with
//                 "cannot run inside a transaction block"
// CONCURRENTLY statements are measured outside a transaction block: a second session holds ROW EXCLUSIVE
// on the table so the statement has to wait for it, and the waiting backend's granted locks are read then.
// Their scan is taken from the docs only (the counters of a statement that runs its own transactions
// are flushed asynchronously). The conflict matrix is measured too: LOCK ... NOWAIT for all 64 pairs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeLock, lockBlocks, lockConflicts, lockEffect, strongestLock, type OtherTableLock } from '../../../src/analysis/locks/pg-locks.js';
import { LOCK_MODES, type LockMode, SCHEMA_CHANGE_KINDS, type SchemaChangeKind } from '../../../src/model/schema-change.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';
const ROWS = 300;

// --- the cases ------------------------------------------------------------------------------------

interface Case {
  kind: SchemaChangeKind;
  /** Shown in the test name. */
  statement: string;
  setup: string[];
  /** The table the statement names first, then the others with their role in otherTables. */
  tables: [{ name: string }, ...{ name: string; role: OtherTableLock['role'] }[]];
  /** Whose rows a validation reads, when not the named table (ATTACH PARTITION reads the partition). */
  scanned?: string;
  /** Indexes whose rebuild (new relfilenode) is asserted. */
  indexes?: Record<string, { rebuilt: boolean }>;
  /** Run after the statement in the same transaction; its error must match. */
  probe?: { sql: string; error: RegExp };
  /**
   * For statements that cannot run in BEGIN: the lock another session holds so the statement waits
   * while its locks are read (default ROW EXCLUSIVE on the named table).
   */
  outside?: { table: string; hold: LockMode };
  minVersion?: number;
}

const fill = (table: string, columns: string, select: string): string[] => [
  `CREATE TABLE ${table} (${columns})`,
  `INSERT INTO ${table} SELECT ${select} FROM generate_series(1, ${ROWS}) AS g`,
];
const accounts = fill(
  'accounts',
  "id int PRIMARY KEY, email varchar(50) NOT NULL, balance numeric(10,2), plan text DEFAULT 'free', signed_up timestamp",
  "g, 'user' || g || '@example.com', g * 1.5, 'free', timestamp '2026-01-01' + g * interval '1 hour'",
);
const orders = (extra = ''): string[] => [...accounts, ...fill('orders', `id int PRIMARY KEY, account_id int${extra}, total numeric`, 'g, g, g * 2')];
const ordersFk = 'ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id)';
const measurements = [
  'CREATE TABLE measurements (id int, taken_on date NOT NULL) PARTITION BY RANGE (taken_on)',
  ...fill('measurements_2026', 'id int, taken_on date NOT NULL', "g, date '2026-01-01' + g"),
];
const attach = "ALTER TABLE measurements ATTACH PARTITION measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')";
const A = [{ name: 'accounts' }] as Case['tables'];
const ORDERS_REFERENCING: Case['tables'] = [{ name: 'orders' }, { name: 'accounts', role: 'referenced' }];
const PARTITIONED: Case['tables'] = [{ name: 'measurements' }, { name: 'measurements_2026', role: 'partition' }];

const CASES: Case[] = [
  { kind: 'add-column', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN nickname text' },
  { kind: 'add-column-default-constant', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN verified boolean DEFAULT false' },
  { kind: 'add-column-default-constant', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN imported_at timestamptz DEFAULT now()' },
  { kind: 'add-column-default-volatile', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN touched_at timestamptz DEFAULT clock_timestamp()' },
  { kind: 'add-column-default-volatile', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid()', minVersion: 13 },
  { kind: 'add-column-not-null-default-constant', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN score int NOT NULL DEFAULT 0' },
  {
    kind: 'add-column-stored-generated',
    setup: accounts,
    tables: A,
    statement: "ALTER TABLE accounts ADD COLUMN email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED",
    minVersion: 12,
  },
  { kind: 'add-column-serial', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN legacy_number serial' },
  { kind: 'add-column-identity', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD COLUMN number bigint GENERATED BY DEFAULT AS IDENTITY' },
  { kind: 'alter-column-type', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ALTER COLUMN id TYPE bigint', indexes: { accounts_pkey: { rebuilt: true } } },
  {
    kind: 'alter-column-type',
    setup: [...accounts, 'CREATE INDEX accounts_email_idx ON accounts (email)'],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN email TYPE varchar(30)',
    indexes: { accounts_email_idx: { rebuilt: true } },
  },
  {
    kind: 'alter-column-type-binary-coercible',
    setup: [...accounts, 'CREATE INDEX accounts_email_idx ON accounts (email)'],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN email TYPE varchar(100)',
    indexes: { accounts_email_idx: { rebuilt: false } },
  },
  {
    kind: 'alter-column-type-binary-coercible',
    setup: [...accounts, 'CREATE INDEX accounts_email_idx ON accounts (email)'],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN email TYPE text',
    indexes: { accounts_email_idx: { rebuilt: false } },
  },
  { kind: 'alter-column-type-binary-coercible', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12,2)' },
  {
    kind: 'alter-column-type-timestamptz-utc',
    setup: [...accounts, 'CREATE INDEX accounts_signed_up_idx ON accounts (signed_up)', "SET TimeZone = 'UTC'"],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN signed_up TYPE timestamptz',
    // The PG 12 change skips the table rewrite only; the index is still rebuilt (its commit message says so).
    indexes: { accounts_signed_up_idx: { rebuilt: true } },
  },
  {
    kind: 'alter-column-type',
    setup: [...accounts, "SET TimeZone = 'Europe/Paris'"],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN signed_up TYPE timestamptz',
  },
  { kind: 'set-not-null', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL' },
  {
    kind: 'set-not-null-with-check',
    setup: [...accounts, 'ALTER TABLE accounts ADD CONSTRAINT accounts_plan_not_null CHECK (plan IS NOT NULL)'],
    tables: A,
    statement: 'ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL',
  },
  { kind: 'drop-not-null', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL' },
  { kind: 'set-default', setup: accounts, tables: A, statement: "ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'trial'" },
  { kind: 'drop-default', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT' },
  { kind: 'drop-column', setup: accounts, tables: A, statement: 'ALTER TABLE accounts DROP COLUMN plan' },
  { kind: 'drop-column', setup: [...orders(), ordersFk], tables: ORDERS_REFERENCING, statement: 'ALTER TABLE orders DROP COLUMN account_id' },
  { kind: 'rename-column', setup: accounts, tables: A, statement: 'ALTER TABLE accounts RENAME COLUMN plan TO tier' },
  { kind: 'rename-table', setup: accounts, tables: A, statement: 'ALTER TABLE accounts RENAME TO customers' },
  { kind: 'drop-table', setup: accounts, tables: A, statement: 'DROP TABLE accounts' },
  { kind: 'drop-table', setup: [...orders(), ordersFk], tables: ORDERS_REFERENCING, statement: 'DROP TABLE orders' },
  { kind: 'create-index', setup: accounts, tables: A, statement: 'CREATE INDEX accounts_plan_idx ON accounts (plan)' },
  { kind: 'create-index-concurrently', setup: accounts, tables: A, statement: 'CREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan)' },
  { kind: 'drop-index', setup: [...accounts, 'CREATE INDEX accounts_plan_idx ON accounts (plan)'], tables: A, statement: 'DROP INDEX accounts_plan_idx' },
  {
    kind: 'drop-index-concurrently',
    setup: [...accounts, 'CREATE INDEX accounts_plan_idx ON accounts (plan)'],
    tables: A,
    statement: 'DROP INDEX CONCURRENTLY accounts_plan_idx',
  },
  { kind: 'add-foreign-key', setup: orders(), tables: ORDERS_REFERENCING, statement: ordersFk },
  { kind: 'add-foreign-key-not-valid', setup: orders(), tables: ORDERS_REFERENCING, statement: `${ordersFk} NOT VALID` },
  {
    kind: 'validate-foreign-key',
    setup: [...orders(), `${ordersFk} NOT VALID`],
    tables: ORDERS_REFERENCING,
    statement: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_account_id_fkey',
  },
  {
    kind: 'validate-check-constraint',
    setup: [...accounts, 'ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0) NOT VALID'],
    tables: A,
    statement: 'ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_positive',
  },
  { kind: 'add-check-constraint', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0)' },
  {
    kind: 'add-check-constraint-not-valid',
    setup: accounts,
    tables: A,
    statement: 'ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0) NOT VALID',
  },
  { kind: 'add-unique-constraint', setup: accounts, tables: A, statement: 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email)' },
  {
    kind: 'add-unique-using-index',
    setup: [...accounts, 'CREATE UNIQUE INDEX accounts_email_key ON accounts (email)'],
    tables: A,
    statement: 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key',
  },
  { kind: 'add-primary-key', setup: fill('audit_log', 'entry_id int, message text', "g, 'entry ' || g"), tables: [{ name: 'audit_log' }], statement: 'ALTER TABLE audit_log ADD PRIMARY KEY (entry_id)' },
  {
    kind: 'add-primary-key-using-index',
    setup: [...fill('audit_log', 'entry_id int NOT NULL, message text', "g, 'entry ' || g"), 'CREATE UNIQUE INDEX audit_log_pkey ON audit_log (entry_id)'],
    tables: [{ name: 'audit_log' }],
    statement: 'ALTER TABLE audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY USING INDEX audit_log_pkey',
  },
  {
    kind: 'drop-constraint',
    setup: [...accounts, 'ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0)'],
    tables: A,
    statement: 'ALTER TABLE accounts DROP CONSTRAINT accounts_balance_positive',
  },
  { kind: 'drop-constraint', setup: [...accounts, 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email)'], tables: A, statement: 'ALTER TABLE accounts DROP CONSTRAINT accounts_email_key' },
  { kind: 'drop-foreign-key', setup: [...orders(), ordersFk], tables: ORDERS_REFERENCING, statement: 'ALTER TABLE orders DROP CONSTRAINT orders_account_id_fkey' },
  {
    kind: 'enum-add-value',
    setup: ["CREATE TYPE order_status AS ENUM ('pending', 'paid')", ...fill('orders', 'id int PRIMARY KEY, status order_status', "g, 'paid'")],
    tables: [{ name: 'orders' }],
    statement: "ALTER TYPE order_status ADD VALUE 'refunded'",
    probe: { sql: "SELECT 'refunded'::order_status", error: /unsafe use of new value "refunded" of enum type order_status/ },
  },
  { kind: 'insert', setup: accounts, tables: A, statement: "INSERT INTO accounts (id, email) VALUES (1000, 'new@example.com')" },
  { kind: 'update', setup: accounts, tables: A, statement: "UPDATE accounts SET plan = 'pro' WHERE id = 7" },
  { kind: 'delete', setup: accounts, tables: A, statement: 'DELETE FROM accounts WHERE id = 7' },
  { kind: 'truncate', setup: accounts, tables: A, statement: 'TRUNCATE accounts' },
  { kind: 'create-table', setup: [], tables: [{ name: 'invoices' }], statement: 'CREATE TABLE invoices (id int PRIMARY KEY, total numeric)' },
  {
    kind: 'create-table-with-foreign-key',
    setup: accounts,
    tables: [{ name: 'invoices' }, { name: 'accounts', role: 'referenced' }],
    statement: 'CREATE TABLE invoices (id int PRIMARY KEY, account_id int REFERENCES accounts (id))',
  },
  { kind: 'attach-partition', setup: measurements, tables: PARTITIONED, scanned: 'measurements_2026', statement: attach },
  { kind: 'detach-partition', setup: [...measurements, attach], tables: PARTITIONED, statement: 'ALTER TABLE measurements DETACH PARTITION measurements_2026' },
  {
    kind: 'detach-partition-concurrently',
    setup: [...measurements, attach],
    tables: PARTITIONED,
    statement: 'ALTER TABLE measurements DETACH PARTITION measurements_2026 CONCURRENTLY',
    // Its first transaction (SHARE UPDATE EXCLUSIVE on both) commits before it waits for the parent's
    // users, holding no lock; a reader of the partition makes its second transaction wait instead.
    outside: { table: 'measurements_2026', hold: 'ACCESS SHARE' },
    minVersion: 14,
  },
  { kind: 'set-lock-timeout', setup: accounts, tables: A, statement: "SET lock_timeout = '5s'" },
  { kind: 'set-statement-timeout', setup: accounts, tables: A, statement: "SET statement_timeout = '15min'" },
];

// --- the measurement ------------------------------------------------------------------------------

interface Observation {
  error: string | null;
  locks?: Record<string, string[]>;
  relfilenode: Record<string, [number | null, number | null]>;
  tuplesRead?: Record<string, number>;
  probeError?: string | null;
  waited?: boolean;
  waitingFor?: string[];
  /** Outside a transaction block: the relation locks it was waiting for when sampled. */
  waitingLocks?: Record<string, string[]>;
}

interface Measured {
  id: string;
  skipped?: string;
  harnessError?: string;
  inTransaction?: Observation;
  outside?: Observation;
}

interface Measurement {
  serverVersionNum: number;
  conflicts: Record<LockMode, Record<LockMode, boolean>>;
  results: Measured[];
}

const caseId = (testCase: Case, index: number): string => `${index}:${testCase.kind}`;

function measure(url: string): Promise<Measurement> {
  const request = {
    url,
    lockModes: LOCK_MODES,
    cases: CASES.map((testCase, index) => {
      // Whether a kind may run in BEGIN differs by version only for ADD VALUE, which locks no table.
      const effect = lockEffect(testCase.kind, 17);
      return {
        id: caseId(testCase, index),
        setup: testCase.setup,
        statement: testCase.statement,
        tables: testCase.tables,
        indexes: Object.keys(testCase.indexes ?? {}),
        ...(testCase.probe ? { probe: testCase.probe.sql } : {}),
        ...(testCase.minVersion ? { minVersion: testCase.minVersion } : {}),
        // CONCURRENTLY forms cannot run in BEGIN: watched from outside while they wait for this lock.
        ...(effect.transaction === 'not-in-transaction' && effect.lock !== 'none'
          ? { outside: testCase.outside ?? { table: testCase.tables[0].name, hold: 'ROW EXCLUSIVE' } }
          : {}),
      };
    }),
  };
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, [join(HERE, 'measure_locks.py')], { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`measure_locks.py failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Measurement);
    });
    child.stdin!.end(JSON.stringify(request));
  });
}

/** pg_locks spells modes "ShareRowExclusiveLock". */
const PG_LOCKS_NAME = new Map(LOCK_MODES.map((mode) => [`${mode.split(' ').map((word) => word[0] + word.slice(1).toLowerCase()).join('')}Lock`, mode]));
function fromPgLocks(name: string): LockMode {
  const mode = PG_LOCKS_NAME.get(name);
  if (!mode) throw new Error(`unknown lock mode in pg_locks: ${name}`);
  return mode;
}

/** The strongest lock held on the table, or (sampled while waiting) about to be held. */
const strongestHeld = (observation: Observation, table: string): LockMode | 'none' =>
  strongestLock([...(observation.locks?.[table] ?? []), ...(observation.waitingLocks?.[table] ?? [])].map(fromPgLocks));

const rewritten = (observation: Observation, relation: string): boolean => {
  const [before, after] = observation.relfilenode[relation] ?? [null, null];
  return before !== null && after !== null && before !== after;
};

// --- the pure parts (no server) -------------------------------------------------------------------

describe('lock modes in plain words (derived from the conflict matrix)', () => {
  it('says what each mode blocks', () => {
    expect(Object.fromEntries(LOCK_MODES.map((mode) => [mode, describeLock(mode)]))).toEqual({
      'ACCESS SHARE': 'blocks only ALTER TABLE, DROP and TRUNCATE (ACCESS EXCLUSIVE), not reads or writes',
      'ROW SHARE': 'blocks only ALTER TABLE, DROP and TRUNCATE (ACCESS EXCLUSIVE), not reads or writes',
      'ROW EXCLUSIVE': 'blocks CREATE INDEX and ALTER TABLE, not reads or writes',
      'SHARE UPDATE EXCLUSIVE': 'blocks other schema changes and VACUUM, not reads or writes',
      SHARE: 'blocks writes (INSERT/UPDATE/DELETE), not reads',
      'SHARE ROW EXCLUSIVE': 'blocks writes (INSERT/UPDATE/DELETE), not reads',
      EXCLUSIVE: 'blocks writes (INSERT/UPDATE/DELETE) and SELECT ... FOR UPDATE/SHARE, not plain reads',
      'ACCESS EXCLUSIVE': 'blocks reads and writes',
    });
    expect(describeLock('none')).toBe('takes no table lock');
  });

  it('blocks reads only with ACCESS EXCLUSIVE, writes from SHARE up', () => {
    expect(LOCK_MODES.filter((mode) => lockBlocks(mode).reads)).toEqual(['ACCESS EXCLUSIVE']);
    expect(LOCK_MODES.filter((mode) => lockBlocks(mode).writes)).toEqual(['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']);
  });

  it('encodes a symmetric matrix', () => {
    for (const a of LOCK_MODES) for (const b of LOCK_MODES) expect(lockConflicts(a, b), `${a} / ${b}`).toBe(lockConflicts(b, a));
  });

  it('orders modes by strength and rejects versions outside 11-17', () => {
    expect(strongestLock(['ACCESS SHARE', 'SHARE ROW EXCLUSIVE', 'ROW SHARE'])).toBe('SHARE ROW EXCLUSIVE');
    expect(strongestLock([])).toBe('none');
    expect(() => lockEffect('add-column', 10)).toThrow('PostgreSQL 10: the lock table covers major versions 11 to 17');
    expect(() => lockEffect('add-column', 18)).toThrow(RangeError);
  });

  it('changes with the version where the release notes say so', () => {
    expect(lockEffect('enum-add-value', 11).transaction).toBe('not-in-transaction');
    expect(lockEffect('enum-add-value', 12).transaction).toBe('any');
    expect(lockEffect('set-not-null-with-check', 11).scan).toBe(true);
    expect(lockEffect('set-not-null-with-check', 12).scan).toBe(false);
    expect(lockEffect('attach-partition', 11).lock).toBe('ACCESS EXCLUSIVE');
    expect(lockEffect('attach-partition', 12).lock).toBe('SHARE UPDATE EXCLUSIVE');
  });

  it('has a measured case for every kind', () => {
    expect(SCHEMA_CHANGE_KINDS.filter((kind) => !CASES.some((testCase) => testCase.kind === kind))).toEqual([]);
  });
});

// --- measured on the server -----------------------------------------------------------------------

const pgUrl = inject('pgUrl');
const skip = !pgUrl
  ? 'SKIPPED: no PostgreSQL test server (see tests/support/postgres-global.ts)'
  : !existsSync(PYTHON)
    ? `SKIPPED: ${PYTHON} (with psycopg2) is not installed`
    : undefined;

describe.skipIf(skip !== undefined)(`the lock table agrees with a real PostgreSQL${skip ? ` — ${skip}` : ''}`, () => {
  let measurement: Measurement;
  let major: number;
  beforeAll(async () => {
    measurement = await measure(pgUrl);
    major = Math.floor(measurement.serverVersionNum / 10000);
  }, 60_000);

  it('conflict matrix (Table 13.2) = LOCK ... NOWAIT against a held lock, all 64 pairs', () => {
    for (const held of LOCK_MODES) {
      for (const requested of LOCK_MODES) {
        expect(lockConflicts(held, requested), `${requested} requested while ${held} is held`).toBe(measurement.conflicts[held][requested]);
      }
    }
  });

  CASES.forEach((testCase, index) => {
    it(`${testCase.kind}: ${testCase.statement}`, () => {
      const measured = measurement.results.find((result) => result.id === caseId(testCase, index))!;
      if (measured.skipped) {
        expect(major).toBeLessThan(testCase.minVersion!);
        return;
      }
      expect(measured.harnessError).toBeUndefined();
      const effect = lockEffect(testCase.kind, major);
      const inTransaction = measured.inTransaction!;
      const [target, ...others] = testCase.tables;

      let observed: Observation;
      if (effect.transaction === 'not-in-transaction') {
        expect(inTransaction.error).toMatch(/cannot run inside a transaction block/);
        if (effect.lock === 'none') return;
        observed = measured.outside!;
        expect(observed.error, 'outside a transaction block it runs').toBeNull();
        expect(observed.waited, 'it waited for the lock held by another session (its locks were read then)').toBe(true);
      } else {
        expect(inTransaction.error, 'it runs inside a transaction block').toBeNull();
        observed = inTransaction;
      }

      expect(strongestHeld(observed, target.name), `lock on ${target.name}`).toBe(effect.lock);
      for (const other of others) {
        const expected = effect.otherTables?.find((entry) => entry.role === other.role);
        expect(expected, `lockEffect describes the ${other.role} table ${other.name}`).toBeDefined();
        expect(strongestHeld(observed, other.name), `lock on the ${other.role} table ${other.name}`).toBe(expected!.lock);
      }

      expect(rewritten(observed, target.name), `rewrite of ${target.name} (relfilenode ${JSON.stringify(observed.relfilenode[target.name])})`).toBe(effect.rewrite);
      for (const [indexName, { rebuilt }] of Object.entries(testCase.indexes ?? {})) {
        expect(rewritten(observed, indexName), `rebuild of index ${indexName}`).toBe(rebuilt);
      }

      if (effect.rewrite) {
        // A rewrite reads every row too; scan means reading them without one.
        expect(effect.scan).toBe(false);
      } else if (observed === inTransaction) {
        const scanned = testCase.scanned ?? target.name;
        const rowsRead = inTransaction.tuplesRead![scanned]!;
        expect(rowsRead >= ROWS, `full scan of ${scanned} (${rowsRead} of ${ROWS} rows read by sequential scans)`).toBe(effect.scan);
      }

      if (testCase.probe) expect(inTransaction.probeError).toMatch(testCase.probe.error);
    });
  });
});
