import { findingLock, migrationLocks, type ChangeLock } from '../analysis/locks/migration-locks.js';
import { tableArgument, tableKey } from '../analysis/operations/op-arguments.js';
import { schemaChanges } from '../analysis/operations/schema-changes.js';
import type { AnalyzedMigration, MigrationFunction } from '../model/facts.js';
import type { MigrationRule } from './types.js';
import { nameLabel } from './helpers.js';
import { AUTOCOMMIT, lockPhrase, objectKey, opCallWith } from './shared/locks.js';

const CREATES_INDEX = new Set(['create-index', 'create-index-concurrently']);
const DROPS_TABLE = new Set(['drop-table']);

/** The table an index was created on in this migration (either function): DROP INDEX does not name it. */
function createdOn(migration: AnalyzedMigration, name: string): string | undefined {
  for (const fn of ['upgrade', 'downgrade'] as MigrationFunction[]) {
    const created = schemaChanges(migration, fn).find((change) => CREATES_INDEX.has(change.kind) && change.name !== undefined && objectKey(change.name) === objectKey(name));
    if (created?.table) return created.table;
  }
  return undefined;
}

function safeCode(lock: ChangeLock, table: string | undefined): string {
  const { change } = lock;
  const { operation } = change;
  if (change.origin === 'op') {
    const call = opCallWith(operation, 'drop_index', {
      positional: operation.receiver === 'batch' ? 1 : 2,
      batchTable: { keyword: 'table_name', table, position: 1 },
      extra: { postgresql_concurrently: 'True' },
    });
    return `    ${AUTOCOMMIT}\n        ${call}`;
  }
  // DROP INDEX CONCURRENTLY takes one index per statement.
  return `    ${AUTOCOMMIT}\n        op.execute(${JSON.stringify(`DROP INDEX CONCURRENTLY IF EXISTS ${change.name ?? '<index>'}`)})`;
}

export const dropIndexNotConcurrently: MigrationRule = {
  id: 'drop-index-not-concurrently',
  order: 615,
  scope: 'migration',
  severity: 'warning',
  summary: 'An index of an existing table is dropped without CONCURRENTLY (PostgreSQL), in upgrade or downgrade.',
  why:
    'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table: every read and write of the table waits, ' +
    'first for the statements already running on it, then until the migration\'s transaction commits (by default the ' +
    'whole `alembic upgrade` run). DROP INDEX CONCURRENTLY waits for the table\'s users instead of blocking them; ' +
    'PostgreSQL refuses it inside a transaction block, so it goes in `with op.get_context().autocommit_block():`. ' +
    'The downgrade of a create_index is a drop_index and takes the same lock, so downgrades are checked too. Indexes ' +
    'created earlier in the same function, indexes of a table created earlier or dropped later in it, and drops on a ' +
    'table the transaction already holds ACCESS EXCLUSIVE on (an earlier ALTER TABLE), are not flagged.',
  bad: `def upgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_orders_user_id", table_name="orders", postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
`,
  guideSection: { lesson: 'locks', place: 3 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const fn of ['upgrade', 'downgrade'] as MigrationFunction[]) {
      const locks = migrationLocks(migration, fn, settings);
      locks.forEach((lock, position) => {
        const { change } = lock;
        if (change.kind !== 'drop-index' || change.onNewTable) return;
        const earlier = locks.slice(0, position);
        const before = earlier.map((each) => each.change);
        const after = locks.slice(position + 1).map((each) => each.change);
        // A scratch index made earlier in the same function: no other session uses it yet.
        if (change.name !== undefined && before.some((other) => CREATES_INDEX.has(other.kind) && other.name !== undefined && objectKey(other.name) === objectKey(change.name!))) return;
        const table = change.table ?? (change.name === undefined ? undefined : createdOn(migration, change.name));
        if (table !== undefined) {
          const key = tableKey(table);
          // The table is dropped later anyway (autogenerate's downgrade of a create_table): that drop is what locks it.
          if (after.some((other) => DROPS_TABLE.has(other.kind) && other.table !== undefined && tableKey(other.table) === key)) return;
          // Created earlier in the function by SQL the index name leads to (DROP INDEX names no table).
          if (before.some((other) => (other.kind === 'create-table' || other.kind === 'create-table-with-foreign-key') && other.table !== undefined && tableKey(other.table) === key)) return;
          // The transaction already holds ACCESS EXCLUSIVE on the table (an earlier ALTER TABLE): the drop itself is
          // instant and blocks nobody who is not blocked already. Earlier drops of indexes are findings themselves,
          // fixed the same way: they do not excuse this one.
          const heldAlready = earlier.some(
            (other) => other.change.kind !== 'drop-index' && other.heldUntil !== 'statement' && other.effect.lock === 'ACCESS EXCLUSIVE' && other.change.table !== undefined && tableKey(other.change.table) === key,
          );
          if (heldAlready && lock.heldUntil !== 'statement') return;
        }
        const index = change.name ? `index ${change.name}` : 'an index';
        const on = table ?? (change.origin === 'op' && tableArgument(change.operation) ? nameLabel(change.operation, 'table', undefined) : 'its table');
        const held = findingLock(lock);
        report({
          line: change.operation.line,
          column: change.operation.column,
          message: `${fn} drops ${index} on ${on} without CONCURRENTLY: DROP INDEX takes ${lockPhrase(lock, on, fn)}`,
          help:
            `Drop it without blocking the table's reads and writes, outside the migration's transaction:\n${safeCode(lock, table)}\n` +
            'DROP INDEX CONCURRENTLY waits for the statements running on the table instead of blocking them; it takes one index per statement and no CASCADE.',
          lock: { ...held, table: table ?? held.table },
        });
      });
    }
  },
};
