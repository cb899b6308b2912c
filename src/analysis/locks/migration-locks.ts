/**
 * What a migration locks, change by change: the schema-change model joined with the PostgreSQL lock
 * table, and how long each lock is held under Alembic's transactions. Read by the lock rules, by
 * `check --verbose` and `--format json`, so they always agree.
 */
import type { AnalyzedMigration, MigrationFunction } from '../../model/facts.js';
import type { SchemaChange } from '../../model/schema-change.js';
import type { RuleSettings } from '../../model/settings.js';
import { tableKey } from '../operations/op-arguments.js';
import { schemaChanges } from '../operations/schema-changes.js';
import type { FindingLock } from '../../model/findings.js';
import { oneLine } from '../../model/text.js';
import { describeLock, lockEffect, type LockEffect } from './pg-locks.js';
import { type LockMode } from '../../model/schema-change.js';

/**
 * statement: inside `autocommit_block()`, the lock ends with the statement. migration: env.py sets
 * `transaction_per_migration=True`. upgrade: Alembic's default, one transaction for every migration of
 * one `alembic upgrade` run, so the lock is held until the last of them commits.
 */
export type HeldUntil = 'statement' | 'migration' | 'upgrade';

export interface ChangeLock {
  change: SchemaChange;
  effect: LockEffect;
  heldUntil: HeldUntil;
}

export function migrationLocks(
  migration: AnalyzedMigration,
  fn: MigrationFunction,
  settings: Pick<RuleSettings, 'pgVersion' | 'transactionPerMigration'>,
): ChangeLock[] {
  return schemaChanges(migration, fn).map((change) => ({
    change,
    effect: lockEffect(change.kind, settings.pgVersion),
    heldUntil: change.operation.inAutocommit ? 'statement' : settings.transactionPerMigration ? 'migration' : 'upgrade',
  }));
}

/** "until the statement ends", "until this migration commits", "until the whole `alembic upgrade` commits" (`alembic downgrade` for a downgrade). */
export function describeHeldUntil(heldUntil: HeldUntil, fn: MigrationFunction = 'upgrade'): string {
  switch (heldUntil) {
    case 'statement':
      return 'until the statement ends (autocommit block)';
    case 'migration':
      return 'until this migration commits';
    case 'upgrade':
      return `until the whole \`alembic ${fn}\` run commits (one transaction for all its migrations)`;
  }
}

/** How long, in a table cell or a panel line: "statement", "migration commit", "upgrade commit". */
export const HELD_UNTIL_SHORT: Record<HeldUntil, string> = { statement: 'statement', migration: 'migration commit', upgrade: 'upgrade commit' };

/** The lock a finding about this change reports (`lock` in JSON and SARIF). */
export function findingLock(lock: ChangeLock): FindingLock {
  return {
    table: lock.change.table ?? lock.change.name ?? '?',
    mode: lock.effect.lock,
    blocks: describeLock(lock.effect.lock),
    rewrite: lock.effect.rewrite,
    scan: lock.effect.scan,
    heldUntil: lock.heldUntil,
  };
}

/** One line of a migration's lock table (`check --verbose`, `--format json`'s `locks`). */
export interface LockRow {
  function: MigrationFunction;
  line: number;
  /** The op call or SQL statement, on one line. */
  statement: string;
  table: string;
  lock: LockMode | 'none';
  blocks: string;
  rewrite: boolean;
  scan: boolean;
  heldUntil: HeldUntil;
  /** Other tables it locks (a foreign key's referenced table, a partition), when named. */
  otherTables: { table: string; lock: LockMode }[];
  /** On a table created earlier in this migration: it blocks nobody. */
  onNewTable: boolean;
}

/**
 * The lock table of a migration's upgrade: every change that takes a lock other sessions can feel, in
 * order. Locks on tables created in this migration block nobody and are left out (a squashed initial
 * migration would list hundreds of them), unless the change also locks an existing table.
 */
export function lockRows(migration: AnalyzedMigration, settings: Pick<RuleSettings, 'pgVersion' | 'transactionPerMigration'>): LockRow[] {
  const created = new Set<string>();
  const rows: LockRow[] = [];
  for (const { change, effect, heldUntil } of migrationLocks(migration, 'upgrade', settings)) {
    const createsTable = change.kind === 'create-table' || change.kind === 'create-table-with-foreign-key';
    const onNewTable = change.onNewTable || createsTable;
    const otherTables =
      change.otherTable && !created.has(tableKey(change.otherTable))
        ? (effect.otherTables ?? []).map((other) => ({ table: change.otherTable!, lock: other.lock }))
        : [];
    if (createsTable && change.table) created.add(tableKey(change.table));
    if (effect.lock === 'none' || (onNewTable && otherTables.length === 0)) continue;
    rows.push({
      function: change.operation.function,
      line: change.operation.line,
      statement: oneLine(change.sql ?? change.operation.text, 72),
      table: change.table ?? change.name ?? '?',
      lock: effect.lock,
      blocks: describeLock(effect.lock),
      rewrite: effect.rewrite,
      scan: effect.scan,
      heldUntil,
      otherTables,
      onNewTable,
    });
  }
  return rows;
}
