import { findingLock, migrationLocks } from '../analysis/locks/migration-locks.js';
import type { Operation } from '../model/facts.js';
import type { MigrationRule } from './types.js';
import { nameLabel, sqlStatementsOf } from './helpers.js';
import { AUTOCOMMIT, lockPhrase, objectKey } from './shared/locks.js';
import { createdTableKeys } from './shared/tables.js';
import { tableKey } from '../analysis/operations/op-arguments.js';

/** The same create_index call as `op.create_index(..., postgresql_concurrently=True)` (batch calls get their table back). */
function concurrentCall(operation: Operation, table: string): string {
  const args = operation.args.map((arg) =>
    // batch_op.f("ix_...") becomes op.f("ix_...") outside the batch block.
    operation.receiver === 'batch' && arg.kind === 'call' && arg.callee === `${operation.receiverText}.f`
      ? `op.f${arg.text.slice(arg.text.indexOf('('))}`
      : arg.text,
  );
  if (operation.receiver === 'batch') args.splice(1, 0, JSON.stringify(table));
  const parts = [
    ...args,
    ...Object.entries(operation.kwargs)
      .filter(([name]) => name !== 'postgresql_concurrently')
      .map(([name, value]) => `${name}=${value.text}`),
    'postgresql_concurrently=True',
  ];
  return `op.create_index(${parts.join(', ')})`;
}


export const createIndexNotConcurrently: MigrationRule = {
  id: 'create-index-not-concurrently',
  order: 610,
  scope: 'migration',
  severity: 'warning',
  summary: 'An index is created on an existing table without CONCURRENTLY inside an autocommit block (PostgreSQL).',
  why:
    'A plain CREATE INDEX holds a SHARE lock on the table for the whole build: reads continue, but every INSERT, UPDATE ' +
    'and DELETE waits, which on a large table means minutes of failed or queued writes. CREATE INDEX CONCURRENTLY builds ' +
    'the index without blocking writes, but PostgreSQL refuses to run it inside a transaction block, and Alembic runs ' +
    'each migration in a transaction: use postgresql_concurrently=True inside `with op.get_context().autocommit_block():`. ' +
    'Indexes on tables created in the same migration (TEMPORARY ones too), and scratch indexes the same upgrade drops ' +
    'again, are not flagged. Note: the guide\'s "Creating an Index" snippet ' +
    '(`op.create_index(\'ix_users_email\', \'users\', [\'email\'])`) predates this rule and is flagged by it; it is the ' +
    'one guide snippet Preflight warns about.',
  bad: `def upgrade():
    op.create_index("ix_users_email", "users", ["email"])
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)
`,
  guideSection: { lesson: 'locks', place: 1 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    // CREATE TABLE ... AS and TEMPORARY tables too (the schema-change model's onNewTable covers op.create_table and CREATE TABLE).
    const created = createdTableKeys(migration);
    const locks = migrationLocks(migration, 'upgrade', settings);
    locks.forEach((lock, position) => {
      const { change } = lock;
      // create-index-concurrently outside an autocommit block fails: concurrently-outside-autocommit reports it.
      if (change.kind !== 'create-index' || change.onNewTable) return;
      if (change.table !== undefined && created.has(tableKey(change.table))) return;
      // A scratch index the same upgrade drops again (e.g. to speed up a backfill) is not left behind.
      const name = change.name;
      if (name !== undefined && locks.slice(position + 1).some(({ change: later }) => (later.kind === 'drop-index' || later.kind === 'drop-index-concurrently') && later.name !== undefined && objectKey(later.name) === objectKey(name))) return;
      const { operation } = change;
      const statement = change.statementIndex === undefined ? undefined : sqlStatementsOf(migration, operation)[change.statementIndex];
      const table = change.table ?? (change.origin === 'op' ? nameLabel(operation, 'table', undefined) : '<table>');
      const label = change.origin === 'op' && name ? `index ${name}` : 'an index';
      const fixed = statement ? statement.text.replace(/^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY').replace(/;\s*$/, '') : '';
      report({
        line: operation.line,
        column: operation.column,
        message: `upgrade creates ${label} on ${table} without CONCURRENTLY: CREATE INDEX takes ${lockPhrase(lock, table, 'upgrade')}`,
        help:
          `Build the index without blocking writes, outside the migration's transaction:\n` +
          `    ${AUTOCOMMIT}\n` +
          (change.origin === 'op'
            ? `        ${concurrentCall(operation, table)}\n` +
              `and drop it the same way in downgrade (op.drop_index(..., postgresql_concurrently=True) in an autocommit block). ` +
              'If a concurrent build fails (e.g. a duplicate for a unique index), it leaves an INVALID index: drop it and retry.'
            : `        op.execute(${JSON.stringify(fixed)})`),
        lock: findingLock(lock),
      });
    });
  },
};
