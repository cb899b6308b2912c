import { describe, expect, it } from 'vitest';
import { autocommitSwitchInTransaction } from '../../src/rules/autocommit-switch-in-transaction.js';
import { concurrentlyOutsideAutocommit } from '../../src/rules/concurrently-outside-autocommit.js';
import { enumAddValueInTransaction } from '../../src/rules/enum-add-value-in-transaction.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(autocommitSwitchInTransaction, {
  valid: [
    { name: 'the documented good example', code: autocommitSwitchInTransaction.good },
    { name: 'another isolation level, or an engine of its own, is not this switch', code: `
      def upgrade():
          op.get_bind().execution_options(isolation_level="SERIALIZABLE")
          engine = sa.create_engine(URL)
          engine.execution_options(isolation_level="AUTOCOMMIT")
          op.execute("UPDATE orders SET state = 'open' WHERE state IS NULL")
    ` },
    { name: 'not PostgreSQL', settings: { dialect: 'sqlite' }, code: autocommitSwitchInTransaction.bad },
  ],
  invalid: [
    { name: 'the documented bad example', code: autocommitSwitchInTransaction.bad, errors: [{
      line: 2,
      severity: 'error',
      message: /^upgrade switches the connection to AUTOCOMMIT inside the migration's transaction \(op\.get_bind\(\)\.execution_options\(isolation_level="AUTOCOMMIT"\)\): psycopg2 ends that transaction, so what this `alembic upgrade` run did before it is rolled back/,
    }] },
    { name: 'through a connection name, inside a branch, in the downgrade, with the level in a constant', code: `
      LEVEL = "AUTOCOMMIT"

      def upgrade():
          pass

      def downgrade():
          if not op.get_context().as_sql:
              connection = op.get_bind()
              connection.execution_options(isolation_level=LEVEL)
          op.execute("ALTER TYPE object_types ADD VALUE IF NOT EXISTS 'project_task'")
    `, errors: [{ line: 9, message: /^downgrade switches the connection .*`alembic downgrade` run/ }] },
    { name: 'a transaction per migration: only the steps before it in this migration are lost', settings: { transactionPerMigration: true }, code: `
      def upgrade():
          op.add_column("vulnerability", sa.Column("risk", sa.Integer(), nullable=True))
          op.get_bind().execution_options(isolation_level="AUTOCOMMIT")
          op.execute("CREATE INDEX CONCURRENTLY ix_vulnerability_risk ON vulnerability (risk)")
    `, errors: [{ line: 3, severity: 'error', message: /psycopg2 ends that transaction, so the 1 step of this upgrade before it is rolled back, and each statement after it commits on its own$/ }] },
    { name: 'a transaction per migration and the switch first (faraday): a warning, the migration is no longer atomic', settings: { transactionPerMigration: true }, code: `
      def upgrade():
          op.get_bind().execution_options(isolation_level="AUTOCOMMIT")
          op.execute("CREATE INDEX CONCURRENTLY ix_vulnerability_risk ON vulnerability (risk)")
    `, errors: [{ line: 2, severity: 'warning', message: /psycopg2 ends the transaction, and each statement after it commits on its own: a failure half-way leaves this upgrade half applied$/ }] },
  ],
});

describe('statements after the switch run outside the transaction', () => {
  it('the help shows the first statement after the switch in an autocommit block', async () => {
    const [finding] = await findingsFor(autocommitSwitchInTransaction, { code: autocommitSwitchInTransaction.bad });
    expect(finding?.help).toMatch(
      /with op\.get_context\(\)\.autocommit_block\(\):\n {8}op\.execute\("CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders \(user_id\)"\)$/,
    );
  });

  it('CONCURRENTLY and ADD VALUE after it are not reported as inside the transaction (the switch is)', async () => {
    const code = `
      def upgrade():
          op.get_bind().execution_options(isolation_level="AUTOCOMMIT")
          op.execute("CREATE INDEX CONCURRENTLY ix_vulnerability_risk ON vulnerability (risk)")
          op.execute("ALTER TYPE object_types ADD VALUE 'project_task'")
    `;
    expect(await findingsFor(concurrentlyOutsideAutocommit, { code })).toEqual([]);
    expect(await findingsFor(enumAddValueInTransaction, { code })).toEqual([]);
    expect((await findingsFor(autocommitSwitchInTransaction, { code })).map((f) => f.line)).toEqual([2]);
  });

  it('a statement before the switch is still inside the transaction', async () => {
    const code = `
      def upgrade():
          op.execute("CREATE INDEX CONCURRENTLY ix_vulnerability_risk ON vulnerability (risk)")
          op.get_bind().execution_options(isolation_level="AUTOCOMMIT")
    `;
    expect((await findingsFor(concurrentlyOutsideAutocommit, { code })).map((f) => f.line)).toEqual([2]);
  });
});
