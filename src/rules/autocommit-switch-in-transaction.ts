import type { Operation } from '../model/facts.js';
import { AUTOCOMMIT } from './shared/locks.js';
import { throughHelpers } from './shared/snippets.js';
import type { MigrationRule } from './types.js';

const SUPPRESS = '# preflight: ignore[autocommit-switch-in-transaction] env.py runs migrations without a transaction';

/** Where a step runs in its migration function: a helper's steps run at the helper's call. */
function runsAt(step: Pick<Operation, 'line' | 'via'>): number {
  return step.via?.[0]?.line ?? step.line;
}

export const autocommitSwitchInTransaction: MigrationRule = {
  id: 'autocommit-switch-in-transaction',
  order: 607,
  scope: 'migration',
  severity: 'error',
  summary:
    "`op.get_bind().execution_options(isolation_level=\"AUTOCOMMIT\")` inside the migration's transaction: psycopg2 ends the transaction, rolling back what the run did before it.",
  why:
    'Alembic runs migrations inside a transaction (by default one for the whole `alembic upgrade` run). Changing the ' +
    "connection's isolation level in the middle of it does not start a separate autocommit connection: with psycopg2 the " +
    'open transaction is ended without a commit, so everything the run did before the call (earlier steps of this ' +
    'migration and earlier migrations of the same run) is rolled back, while SQLAlchemy only warns ("Connection is ' +
    'already established with a Transaction"). Measured with SQLAlchemy 1.4 and psycopg2 on PostgreSQL 15: a run of ' +
    'two migrations, the second switching to AUTOCOMMIT, lost the first one\'s table. Every statement after the switch ' +
    "then commits on its own, so a failure half-way cannot be rolled back. Alembic's `autocommit_block()` commits the " +
    'work so far first, runs its statements outside the transaction and starts a new one after them. With ' +
    '`transaction_per_migration=True` in env.py only the migration\'s own earlier steps are lost, and a switch before any ' +
    'of them is a warning (the migration is no longer atomic). If your env.py runs ' +
    `migrations without a transaction, suppress the finding with \`${SUPPRESS}\`.`,
  bad: `def upgrade():
    op.get_bind().execution_options(isolation_level="AUTOCOMMIT")
    op.execute("CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id)")
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id)")


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY ix_orders_user_id")
`,
  guideSection: { lesson: 'locks', place: 12 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const switched of migration.facts.autocommitSwitches ?? []) {
      const call = switched.text.replace(/\s+/g, ' ');
      const steps = migration.facts.operations.filter((operation) => operation.function === switched.function);
      // The first step the switch puts outside the transaction is the statement that needed it.
      const next = steps.find((operation) => runsAt(operation) > runsAt(switched));
      // Steps inside an autocommit_block() before it were committed already.
      const stepsBefore = steps.filter((operation) => runsAt(operation) < runsAt(switched) && !operation.inAutocommit).length;
      // With a transaction per migration, only this migration's own earlier steps are in the transaction ended.
      const lost = !settings.transactionPerMigration
        ? `what this \`alembic ${switched.function}\` run did before it is rolled back (earlier migrations of the run included)`
        : stepsBefore > 0
          ? `the ${stepsBefore} step${stepsBefore > 1 ? 's' : ''} of this ${switched.function} before it ${stepsBefore > 1 ? 'are' : 'is'} rolled back`
          : undefined;
      report({
        line: switched.line,
        column: switched.column,
        ...(lost ? {} : { severity: 'warning' as const }),
        message:
          `${switched.function} switches the connection to AUTOCOMMIT inside the migration's transaction (${call})${throughHelpers(switched)}: ` +
          (lost
            ? `psycopg2 ends that transaction, so ${lost}, and each statement after it commits on its own`
            : 'psycopg2 ends the transaction, and each statement after it commits on its own: a failure half-way leaves ' +
              `this ${switched.function} half applied`),
        help:
          `Remove the execution_options() call and run what needs autocommit in Alembic's autocommit block, which commits ` +
          'the work so far first:\n' +
          `    ${AUTOCOMMIT}\n` +
          `        ${next ? next.text.replace(/\s*\n\s*/g, ' ') : 'op.execute("…")'}`,
      });
    }
  },
};
