import { findingLock, migrationLocks } from '../analysis/locks/migration-locks.js';
import type { MigrationRule } from './types.js';
import { nameLabel } from './helpers.js';
import { lockPhrase, usingIndexSteps } from './shared/locks.js';

export const addUniqueConstraint: MigrationRule = {
  id: 'add-unique-constraint',
  order: 652,
  scope: 'migration',
  severity: 'warning',
  summary: 'A unique constraint is added to an existing table by building its index under ACCESS EXCLUSIVE (PostgreSQL).',
  why:
    'ALTER TABLE ... ADD CONSTRAINT ... UNIQUE (op.create_unique_constraint) builds the unique index while holding an ' +
    'ACCESS EXCLUSIVE lock on the table: every read and write waits for the whole build, which on a large table takes ' +
    'minutes, and the lock is kept until the migration\'s transaction commits. Build the index first with CREATE ' +
    'UNIQUE INDEX CONCURRENTLY in an autocommit block (reads and writes go on), then attach it with ADD CONSTRAINT ... ' +
    'UNIQUE USING INDEX, which only adopts the index (a brief lock). Unique constraints on tables created earlier in ' +
    'the same migration are not flagged. op.create_index(..., unique=True) is an index, not a constraint: see ' +
    'create-index-not-concurrently.',
  bad: `def upgrade():
    op.create_unique_constraint("uq_users_email", "users", ["email"])
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("uq_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)
    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email")
`,
  guideSection: { lesson: 'locks', place: 5 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const lock of migrationLocks(migration, 'upgrade', settings)) {
      const { change } = lock;
      if (change.kind !== 'add-unique-constraint' || change.onNewTable) continue;
      const { operation } = change;
      const table = change.table ?? (change.origin === 'op' ? nameLabel(operation, 'table', undefined) : 'the table');
      const constraint = change.name ? `unique constraint ${change.name}` : 'a unique constraint';
      const columns = change.columns ? ` (${change.columns.join(', ')})` : '';
      report({
        line: operation.line,
        column: operation.column,
        message: `upgrade adds ${constraint} on ${table}${columns}: PostgreSQL builds its unique index while holding ${lockPhrase(lock, table, 'upgrade')}`,
        help:
          `Build the index without blocking reads and writes, then attach it (a brief lock, nothing is built):\n${usingIndexSteps(change, 'UNIQUE', table)}\n` +
          'If the concurrent build fails (a duplicate value), it leaves an INVALID index: drop it, fix the data, retry.',
        lock: findingLock(lock),
      });
    }
  },
};
