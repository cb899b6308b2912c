import { expect, it } from 'vitest';
import { concurrentlyOutsideAutocommit } from '../../src/rules/concurrently-outside-autocommit.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(concurrentlyOutsideAutocommit, {
  valid: [
    { name: 'after op.execute("COMMIT"), which ends the transaction (notify 0351, before autocommit_block existed)', code: `
      def upgrade():
          op.execute("COMMIT")
          op.execute("CREATE UNIQUE INDEX CONCURRENTLY uix_service_year ON annual_billing (service_id, financial_year_start)")
    ` },
    { name: 'the rule docs: good', code: concurrentlyOutsideAutocommit.good },
    { name: 'raw SQL, sa.text, in an autocommit block, upgrade and downgrade', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute(sa.text("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_placed_at ON orders (placed_at)"))

      def downgrade():
          with op.get_context().autocommit_block():
              op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_placed_at")
    ` },
    { name: 'batch operations inside an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              with op.batch_alter_table("orders") as batch_op:
                  batch_op.create_index("ix_orders_shop_id", ["shop_id"], postgresql_concurrently=True)
    ` },
    { name: 'DETACH PARTITION CONCURRENTLY in its own statement in an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY")
    ` },
    { name: 'plain CREATE INDEX / DROP INDEX: not this rule', code: `
      def upgrade():
          op.create_index("ix_orders_user_id", "orders", ["user_id"])
          op.execute("DROP INDEX ix_orders_old")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
    ` },
  ],
  invalid: [
    { name: 'before op.execute("COMMIT"), still inside the transaction; a BEGIN after it opens one again', code: `
      def upgrade():
          op.execute("CREATE INDEX CONCURRENTLY ix_a ON t (a)")
          op.execute("COMMIT")
          op.execute("BEGIN")
          op.execute("CREATE INDEX CONCURRENTLY ix_b ON t (b)")
    `, errors: [{ line: 2, message: /ix_a|CONCURRENTLY/ }, { line: 5, message: /CONCURRENTLY/ }] },
    { name: 'the rule docs: bad', code: concurrentlyOutsideAutocommit.bad, errors: [{
      line: 2,
      severity: 'error',
      message: "upgrade creates index ix_orders_user_id on orders with postgresql_concurrently=True outside an autocommit block, inside the migration's transaction: PostgreSQL refuses it there (\"CREATE INDEX CONCURRENTLY cannot run inside a transaction block\"), so the upgrade fails",
    }] },
    { name: 'the downgrade drops the index concurrently without the block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)

      def downgrade():
          op.drop_index("ix_orders_user_id", table_name="orders", postgresql_concurrently=True)
    `, errors: [{ line: 6, message: /^downgrade drops index ix_orders_user_id on orders .*"DROP INDEX CONCURRENTLY cannot run inside a transaction block"\), so the downgrade fails/ }] },
    { name: 'raw SQL through sa.text and op.execute', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id)"))
          op.execute("DROP INDEX CONCURRENTLY ix_orders_old")
    `, errors: [
      { line: 3, message: /^upgrade runs CREATE INDEX CONCURRENTLY on orders outside an autocommit block/ },
      { line: 4, message: /^upgrade runs DROP INDEX CONCURRENTLY ix_orders_old outside an autocommit block/ },
    ] },
    { name: 'batch operation', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_index("ix_orders_shop_id", ["shop_id"], postgresql_concurrently=True)
    `, errors: [{ line: 3, message: /creates index ix_orders_shop_id on orders with postgresql_concurrently=True outside an autocommit block/ }] },
    { name: 'a table created in the same migration is no exemption: the statement fails all the same', code: `
      def upgrade():
          op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
          op.create_index("ix_invoices_user_id", "invoices", ["user_id"], postgresql_concurrently=True)
    `, errors: [{ line: 3, message: /ix_invoices_user_id on invoices/ }] },
    { name: 'DETACH PARTITION CONCURRENTLY', code: `
      def upgrade():
          op.execute("ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY")
    `, errors: [{ line: 2, message: /detaches partition events_2023 from events CONCURRENTLY .*"ALTER TABLE \.\.\. DETACH PARTITION \.\.\. CONCURRENTLY cannot run/ }] },
    { name: 'several statements in one execute run as one transaction block, even in an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id)")
    `, errors: [{ line: 3, message: /together with 1 other statement in one execute call, which PostgreSQL runs as one transaction block/ }] },
    { name: 'a suppression for an env.py without a transaction is honoured', code: `
      def upgrade():
          # preflight: ignore[concurrently-outside-autocommit] env.py runs migrations with transactional_ddl=False
          op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('shows the same call inside an autocommit block, and how to suppress it, with the lock in the finding', async () => {
  const [finding] = await findingsFor(concurrentlyOutsideAutocommit, { code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.drop_index(batch_op.f("ix_orders_shop_id"), postgresql_concurrently=True)
  ` });
  expect(finding?.help).toBe(
    "Run it on its own, outside the migration's transaction:\n" +
      '    with op.get_context().autocommit_block():\n' +
      '        op.drop_index(op.f("ix_orders_shop_id"), table_name="orders", postgresql_concurrently=True)\n' +
      'The block commits what the migration did before it. If env.py runs migrations without a transaction ' +
      '(transactional_ddl=False), suppress this finding:\n' +
      '    # preflight: ignore[concurrently-outside-autocommit] env.py runs migrations without a transaction',
  );
  expect(finding?.lock).toMatchObject({ table: 'orders', mode: 'SHARE UPDATE EXCLUSIVE', heldUntil: 'upgrade' });
});

it('keeps the SQL of a raw statement in the safe code', async () => {
  const [finding] = await findingsFor(concurrentlyOutsideAutocommit, { code: `
      def upgrade():
          op.execute("CREATE UNIQUE INDEX CONCURRENTLY uq_users_email ON users (lower(email));")
  ` });
  expect(finding?.help).toContain('        op.execute("CREATE UNIQUE INDEX CONCURRENTLY uq_users_email ON users (lower(email))")\n');
});
