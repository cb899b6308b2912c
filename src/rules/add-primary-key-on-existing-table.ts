import { findingLock, migrationLocks } from '../analysis/locks/migration-locks.js';
import type { MigrationRule } from './types.js';
import { nameLabel } from './helpers.js';
import { lockPhrase, usingIndexSteps } from './shared/locks.js';

export const addPrimaryKeyOnExistingTable: MigrationRule = {
  id: 'add-primary-key-on-existing-table',
  order: 654,
  scope: 'migration',
  severity: 'warning',
  summary: 'A primary key is added to an existing table by building its index under ACCESS EXCLUSIVE (PostgreSQL).',
  why:
    'ALTER TABLE ... ADD PRIMARY KEY (op.create_primary_key) builds a unique index, and sets NOT NULL on its columns ' +
    '(a scan of every row), while holding an ACCESS EXCLUSIVE lock on the table: reads and writes wait for all of it, ' +
    'until the migration\'s transaction commits. Build the unique index first with CREATE UNIQUE INDEX CONCURRENTLY in ' +
    'an autocommit block, make the columns NOT NULL without a long lock (a CHECK (col IS NOT NULL) NOT VALID, VALIDATE ' +
    'it, then SET NOT NULL, which PostgreSQL 12+ does without a scan), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX, ' +
    'which only adopts the index. Primary keys on tables created earlier in the same migration are not flagged.',
  bad: `def upgrade():
    op.create_primary_key("orders_pkey", "orders", ["id"])
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("orders_pkey", "orders", ["id"], unique=True, postgresql_concurrently=True)
    # orders.id is NOT NULL already; otherwise make it so first (CHECK ... NOT VALID, VALIDATE, SET NOT NULL).
    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey")
`,
  guideSection: { lesson: 'locks', place: 6 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const lock of migrationLocks(migration, 'upgrade', settings)) {
      const { change } = lock;
      if (change.kind !== 'add-primary-key' || change.onNewTable) continue;
      const { operation } = change;
      const table = change.table ?? (change.origin === 'op' ? nameLabel(operation, 'table', undefined) : 'the table');
      const key = change.name ? `primary key ${change.name}` : 'a primary key';
      const columns = change.columns ? ` (${change.columns.join(', ')})` : '';
      const column = change.columns?.length === 1 ? change.columns[0]! : 'col';
      report({
        line: operation.line,
        column: operation.column,
        message: `upgrade adds ${key} on ${table}${columns}: PostgreSQL builds its unique index while holding ${lockPhrase(lock, table, 'upgrade')}`,
        help:
          `Build the index without blocking reads and writes, then make it the primary key (a brief lock, nothing is built):\n` +
          `${usingIndexSteps(change, 'PRIMARY KEY', table)}\n` +
          `The columns must be NOT NULL before that step, or it sets NOT NULL itself and scans ${table} under the lock: ` +
          `add CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then ALTER COLUMN ${column} SET NOT NULL (no scan on PostgreSQL 12+).`,
        lock: findingLock(lock),
      });
    }
  },
};
