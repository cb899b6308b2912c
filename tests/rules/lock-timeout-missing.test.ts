import { expect, it } from 'vitest';
import { lockTimeoutMissing } from '../../src/rules/lock-timeout-missing.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

const AE_MESSAGE = 'any ACCESS EXCLUSIVE request queues behind a long query and then blocks every reader behind it';

ruleTester(lockTimeoutMissing, {
  valid: [
    { name: 'the rule docs: good', code: lockTimeoutMissing.good },
    { name: 'SET lock_timeout through sa.text before the ALTER', code: `
      def upgrade():
          op.execute(sa.text("SET lock_timeout = '5s'"))
          op.drop_column("orders", "legacy_code")
    ` },
    { name: 'SET LOCAL on the bind, then raw SQL', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("SET LOCAL lock_timeout TO '3s'"))
          op.execute("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2)")
    ` },
    { name: 'batch operations after SET lock_timeout', code: `
      def upgrade():
          op.execute("SET lock_timeout = 4000")
          with op.batch_alter_table("orders") as batch_op:
              batch_op.add_column(sa.Column("note", sa.Text()))
    ` },
    { name: 'env.py sets lock_timeout for every migration', settings: { envLockTimeout: 'env.py:12' }, code: `
      def upgrade():
          op.add_column("orders", sa.Column("note", sa.Text()))
    ` },
    { name: 'a table created in the same migration (same-migration exemption)', code: `
      def upgrade():
          op.create_table("coupons", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("code", sa.Text()))
          op.create_index("ix_coupons_code", "coupons", ["code"])
          op.execute("ALTER TABLE coupons ADD COLUMN note text")
    ` },
    { name: 'CREATE INDEX CONCURRENTLY in an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
    ` },
    { name: 'a plain ALTER inside an autocommit block is not counted', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("ALTER TABLE orders ADD COLUMN note text")
    ` },
    { name: 'only row locks (a backfill) and a new table', code: `
      def upgrade():
          op.execute("UPDATE orders SET status = 'open' WHERE status IS NULL")
          op.create_table("notes", sa.Column("id", sa.Integer(), primary_key=True))
    ` },
    { name: 'a foreign key between two new tables', code: `
      def upgrade():
          op.create_table("carts", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_table("cart_items", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("cart_id", sa.Integer(), sa.ForeignKey("carts.id")))
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.drop_column("orders", "legacy_code")
    ` },
  ],
  invalid: [
    { name: 'DROP INDEX of an index created earlier in the upgrade locks the table it was created on (prefect)', code: `
      def upgrade():
          op.execute("CREATE INDEX IF NOT EXISTS ix_flow_run__work_queue_name ON flow_run (work_queue_id, work_queue_name)")
          op.execute("UPDATE flow_run SET work_queue_id = 1 WHERE work_queue_name = 'default'")
          op.execute("DROP INDEX IF EXISTS ix_flow_run__work_queue_name")
    `, errors: [{ line: 2, message: /^upgrade takes ACCESS EXCLUSIVE on flow_run without a lock_timeout set first/ }] },
    { name: 'rule docs: bad', code: lockTimeoutMissing.bad, errors: [{ line: 2, message: `upgrade takes ACCESS EXCLUSIVE on orders without a lock_timeout set first: ${AE_MESSAGE}` }] },
    { name: 'one finding per function, at the first statement, naming every table and the strongest lock', code: `
      def upgrade():
          op.create_index("ix_orders_user_id", "orders", ["user_id"])
          op.drop_column("invoices", "legacy_code")
          op.alter_column("orders", "total", type_=sa.Numeric(12, 2))


      def downgrade():
          op.add_column("invoices", sa.Column("legacy_code", sa.Text()))
    `, errors: [
      { line: 2, message: `upgrade takes ACCESS EXCLUSIVE on orders, invoices without a lock_timeout set first: ${AE_MESSAGE}` },
      { line: 8, message: /^downgrade takes ACCESS EXCLUSIVE on invoices without a lock_timeout/ },
    ] },
    { name: 'raw SQL through op.execute and sa.text', code: `
      def upgrade():
          op.execute(sa.text("ALTER TABLE orders RENAME COLUMN total TO amount"))
    `, errors: [{ line: 2, message: /^upgrade takes ACCESS EXCLUSIVE on orders without/ }] },
    { name: 'batch operations', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.alter_column("status", nullable=False)
    `, errors: [{ line: 3, message: /^upgrade takes ACCESS EXCLUSIVE on orders without/ }] },
    { name: 'SET lock_timeout after the lock is too late for it', code: `
      def upgrade():
          op.add_column("orders", sa.Column("note", sa.Text()))
          op.execute("SET lock_timeout = '5s'")
          op.drop_column("orders", "legacy_code")
    `, errors: [{ line: 2, message: /^upgrade takes ACCESS EXCLUSIVE on orders without/ }] },
    { name: 'lock_timeout = 0 turns the timeout off again', code: `
      def upgrade():
          op.execute("SET lock_timeout = '5s'")
          op.add_column("orders", sa.Column("note", sa.Text()))
          op.execute("SET lock_timeout = 0")
          op.drop_column("invoices", "legacy_code")
    `, errors: [{ line: 5, message: /^upgrade takes ACCESS EXCLUSIVE on invoices without/ }] },
    { name: 'SET LOCAL inside an autocommit block does nothing', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("SET LOCAL lock_timeout = '5s'")
          op.drop_column("orders", "legacy_code")
    `, errors: [{ line: 4 }] },
    { name: 'SHARE ROW EXCLUSIVE on the referenced table of a new table\'s foreign key', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id")))
    `, errors: [{ line: 2, message: /^upgrade takes SHARE ROW EXCLUSIVE on users without a lock_timeout set first: a SHARE ROW EXCLUSIVE request queues behind a long-running write and then blocks every write behind it/ }] },
    { name: 'more than three tables are counted', code: `
      def upgrade():
          for table in ["a1", "a2", "a3", "a4", "a5"]:
              op.drop_column(table, "legacy_code")
          op.create_index("ix_orders_user_id", "orders", ["user_id"])
    `, errors: [{ line: 3, message: /^upgrade takes ACCESS EXCLUSIVE on a1, a2, a3 and 2 more tables and SHARE on orders without/ }] },
    { name: 'statement_timeout alone does not count', code: `
      def upgrade():
          op.execute("SET statement_timeout = '60s'")
          op.create_index("ix_orders_user_id", "orders", ["user_id"])
    `, errors: [{ line: 3, message: /^upgrade takes SHARE on orders without a lock_timeout set first: a SHARE request/ }] },
  ],
});

it('carries the lock of the first statement, and shows both ways to set the timeout with the function named', async () => {
  const [finding] = await findingsFor(lockTimeoutMissing, {
    code: `
      def downgrade():
          op.drop_index("ix_orders_user_id", table_name="orders")
    `,
  });
  expect(finding?.lock).toEqual({ table: 'orders', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes', rewrite: false, scan: false, heldUntil: 'upgrade' });
  expect(finding?.help).toContain(`    def downgrade():\n        op.execute("SET lock_timeout = '5s'")`);
  expect(finding?.help).toContain('connect_args={"options": "-c lock_timeout=5s"}');
  expect(finding?.help).toContain(`connection.execute(text("SET lock_timeout = '5s'"))`);
});
