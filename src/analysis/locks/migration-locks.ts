/**
 * What a migration locks, change by change: the schema-change model joined with the PostgreSQL lock
 * table, and how long each lock is held under Alembic's transactions. Read by the lock rules, by
 * `check --verbose` and `--format json`, so they always agree.
 */
import type { AnalyzedMigration, MigrationFunction } from '../../model/facts.js';
import type { SchemaChange } from '../../model/schema-change.js';
import type { RuleSettings } from '../../model/settings.js';
import { schemaChanges } from '../operations/schema-changes.js';
import type { FindingLock } from '../../model/findings.js';
import { describeLock, lockEffect, type LockEffect } from './pg-locks.js';

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
