import { migrationLocks, findingLock, type ChangeLock } from '../analysis/locks/migration-locks.js';
import type { MigrationFunction } from '../model/facts.js';
import type { SchemaChangeKind } from '../model/schema-change.js';
import type { MigrationRule } from './types.js';
import { sqlStatementsOf } from './helpers.js';
import { AUTOCOMMIT, opCallWith } from './shared/locks.js';

/** The statements PostgreSQL refuses inside a transaction block, as its error message names them. */
const STATEMENTS: Partial<Record<SchemaChangeKind, string>> = {
  'create-index-concurrently': 'CREATE INDEX CONCURRENTLY',
  'drop-index-concurrently': 'DROP INDEX CONCURRENTLY',
  'detach-partition-concurrently': 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY',
};

const SUPPRESS = '# preflight: ignore[concurrently-outside-autocommit] env.py runs migrations without a transaction';

function what(lock: ChangeLock): string {
  const { change } = lock;
  const on = change.table ? ` on ${change.table}` : '';
  const index = change.name ? `index ${change.name}` : 'an index';
  switch (change.kind) {
    case 'create-index-concurrently':
      return change.origin === 'op' ? `creates ${index}${on} with postgresql_concurrently=True` : `runs CREATE INDEX CONCURRENTLY${on}`;
    case 'drop-index-concurrently':
      return change.origin === 'op' ? `drops ${index}${on} with postgresql_concurrently=True` : `runs DROP INDEX CONCURRENTLY ${change.name ?? ''}`.trimEnd();
    default:
      return `detaches ${change.otherTable ? `partition ${change.otherTable}` : 'a partition'} from ${change.table ?? 'its table'} CONCURRENTLY`;
  }
}

/** The same change inside an autocommit block, in the user's own words. */
function safeCode(lock: ChangeLock, text: string | undefined): string {
  const { operation } = lock.change;
  if (lock.change.origin === 'op') {
    const call = opCallWith(operation, operation.name, {
      positional: operation.receiver === 'batch' ? 1 : 2,
      batchTable:
        operation.name === 'create_index'
          ? { keyword: '', table: lock.change.table, position: 1 }
          : { keyword: 'table_name', table: lock.change.table, position: 1 },
      extra: { postgresql_concurrently: 'True' },
    });
    return `    ${AUTOCOMMIT}\n        ${call}`;
  }
  return `    ${AUTOCOMMIT}\n        op.execute(${JSON.stringify((text ?? '').replace(/;\s*$/, ''))})`;
}

export const concurrentlyOutsideAutocommit: MigrationRule = {
  id: 'concurrently-outside-autocommit',
  order: 605,
  scope: 'migration',
  severity: 'error',
  summary: 'CREATE/DROP INDEX CONCURRENTLY or DETACH PARTITION CONCURRENTLY runs inside the migration\'s transaction (PostgreSQL): it fails.',
  why:
    'PostgreSQL refuses CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY and ALTER TABLE ... DETACH PARTITION ... ' +
    'CONCURRENTLY inside a transaction block ("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"), and ' +
    'Alembic runs every migration (upgrade and downgrade) in one. So op.create_index(..., postgresql_concurrently=True) ' +
    'or op.execute("CREATE INDEX CONCURRENTLY ...") fails at run time unless it sits in ' +
    '`with op.get_context().autocommit_block():`, which commits the work so far and runs the statement on its own. ' +
    'A multi-statement string in one execute call is also one implicit transaction, so the statement needs its own ' +
    'execute call even inside the block. If your env.py runs migrations without a transaction, suppress the finding ' +
    `with \`${SUPPRESS}\`.`,
  bad: `def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_orders_user_id", table_name="orders", postgresql_concurrently=True)
`,
  guideSection: { lesson: 'locks', place: 2 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const fn of ['upgrade', 'downgrade'] as MigrationFunction[]) {
      const reported = new Set<string>();
      for (const lock of migrationLocks(migration, fn, settings)) {
        const statement = STATEMENTS[lock.change.kind];
        if (statement === undefined) continue;
        const { operation } = lock.change;
        const statements = lock.change.origin === 'sql' ? sqlStatementsOf(migration, operation) : [];
        // A string of several statements is one implicit transaction block, autocommit or not.
        const inOneString = statements.length > 1;
        if (operation.inAutocommit && !inOneString) continue;
        // DROP INDEX CONCURRENTLY a, b is one statement: one finding.
        const key = `${operation.index}:${lock.change.statementIndex ?? ''}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const text = lock.change.statementIndex === undefined ? undefined : statements[lock.change.statementIndex]?.text;
        const where = operation.inAutocommit
          ? `together with ${statements.length - 1} other statement${statements.length > 2 ? 's' : ''} in one execute call, which PostgreSQL runs as one transaction block`
          : "outside an autocommit block, inside the migration's transaction";
        report({
          line: operation.line,
          column: operation.column,
          message:
            `${fn} ${what(lock)} ${where}: PostgreSQL refuses it there ` +
            `("${statement} cannot run inside a transaction block"), so the ${fn} fails`,
          help:
            `Run it on its own, outside the migration's transaction:\n${safeCode(lock, text)}\n` +
            'The block commits what the migration did before it. If env.py runs migrations without a transaction ' +
            `(transactional_ddl=False), suppress this finding:\n    ${SUPPRESS}`,
          lock: findingLock(lock),
        });
      }
    }
  },
};
