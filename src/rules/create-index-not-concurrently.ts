import { argument, sqlOf, stringValue, type Operation, type PyValue } from '../model/facts.js';
import { tableOf, type MigrationRule } from './types.js';
import { nameLabel, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { positionOf, upgradeHistory } from './shared/history.js';
import { createdTableKeys, tableKey } from './shared/tables.js';

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

const AUTOCOMMIT = 'with op.get_context().autocommit_block():';

/** A literal name, also through the naming-convention marker `op.f("ix_...")` / `batch_op.f(...)` that autogenerate writes. */
function nameValue(value: PyValue | undefined): string | undefined {
  if (value?.kind === 'call' && /(^|\.)f$/.test(value.callee)) return stringValue(value.args[0]);
  return stringValue(value);
}

export const createIndexNotConcurrently: MigrationRule = {
  id: 'create-index-not-concurrently',
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
  guideSection: 'creating-an-index',
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    const created = createdTableKeys(migration);
    const history = upgradeHistory(migration);
    for (const operation of upgradeOperations(migration)) {
      if (operation.name === 'create_index') {
        const table = tableOf(operation);
        if (table !== undefined && created.has(tableKey(table))) continue;
        // A scratch index the same upgrade drops again (e.g. to speed up a backfill) is not left behind.
        const name = nameValue(argument(operation, 0, 'index_name'));
        if (name !== undefined && history.indexDroppedAfter(name, positionOf(operation))) continue;
        // A concurrent build outside an autocommit block fails: concurrently-outside-autocommit reports it.
        const concurrently = operation.kwargs['postgresql_concurrently'];
        if (concurrently?.kind === 'bool' && concurrently.value) continue;
        const tableName = table ?? nameLabel(operation, 'table', undefined);
        const index = nameValue(argument(operation, 0, 'index_name'));
        const label = index ? `index ${index}` : 'an index';
        report({
          line: operation.line,
          column: operation.column,
          message: `upgrade creates ${label} on ${tableName} without CONCURRENTLY: writes to ${tableName} are blocked ` + 'until the index is built',
          help:
            `Build the index without blocking writes, outside the migration's transaction:\n` +
            `    ${AUTOCOMMIT}\n` +
            `        ${concurrentCall(operation, tableName)}\n` +
            `and drop it the same way in downgrade (op.drop_index(..., postgresql_concurrently=True) in an autocommit block). ` +
            'If a concurrent build fails (e.g. a duplicate for a unique index), it leaves an INVALID index: drop it and retry.',
        });
      } else if (sqlOf(operation)) {
        for (const statement of sqlStatementsOf(migration, operation)) {
          if (statement.kind !== 'create-index') continue;
          const table = statement.targets[0] ?? '<table>';
          if (created.has(tableKey(table))) continue;
          if (statement.concurrently) continue; // judged by concurrently-outside-autocommit
          const fixed = statement.text.replace(/^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
          report({
            line: operation.line,
            column: operation.column,
            message: `upgrade creates an index on ${table} without CONCURRENTLY: writes to ${table} are blocked until the ` + 'index is built',
            help:
              `Build the index without blocking writes, outside the migration's transaction:\n` +
              `    ${AUTOCOMMIT}\n` +
              `        op.execute(${JSON.stringify(fixed.replace(/;\s*$/, ''))})`,
          });
        }
      }
    }
  },
};
