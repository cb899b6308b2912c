import { expect, it } from 'vitest';
import { dropIndexNotConcurrently } from '../../src/rules/drop-index-not-concurrently.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(dropIndexNotConcurrently, {
  valid: [
    { name: 'the rule docs: good', code: dropIndexNotConcurrently.good },
    { name: 'raw SQL DROP INDEX CONCURRENTLY in an autocommit block (sa.text)', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute(sa.text("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_user_id"))
    ` },
    { name: 'a scratch index created earlier in the same upgrade (op and SQL)', code: `
      def upgrade():
          op.create_index("ix_orders_tmp", "orders", ["status"])
          op.execute("UPDATE orders SET archived = true WHERE status = 'old'")
          op.drop_index("ix_orders_tmp", table_name="orders")
          op.execute("CREATE INDEX ix_orders_tmp2 ON orders (status)")
          op.execute("DROP INDEX ix_orders_tmp2")
    ` },
    { name: 'index of a table created earlier in the same upgrade (batch)', code: `
      def upgrade():
          op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
          with op.batch_alter_table("invoices") as batch_op:
              batch_op.drop_index("ix_invoices_user_id")
    ` },
    { name: "autogenerate's downgrade of a create_table: the indexes go, then the table (drop-table's business)", code: `
      def upgrade():
          op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
          op.create_index(op.f("ix_invoices_user_id"), "invoices", ["user_id"])

      def downgrade():
          op.drop_index(op.f("ix_invoices_user_id"), table_name="invoices")
          op.drop_table("invoices")
    ` },
    { name: 'the transaction already holds ACCESS EXCLUSIVE on the table from an earlier ALTER TABLE', code: `
      def upgrade():
          op.add_column("locations", sa.Column("is_deleted", sa.Boolean(), nullable=False, server_default="false"))
          op.drop_index("ix_uq_locations_name", table_name="locations")
          op.create_index("ix_uq_locations_name", "locations", ["name"], unique=True, postgresql_where=sa.text("NOT is_deleted"))
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.drop_index("ix_orders_user_id", table_name="orders")
    ` },
  ],
  invalid: [
    { name: 'the rule docs: bad', code: dropIndexNotConcurrently.bad, errors: [{
      line: 2,
      severity: 'warning',
      message: 'upgrade drops index ix_orders_user_id on orders without CONCURRENTLY: DROP INDEX takes ACCESS EXCLUSIVE on orders (blocks reads and writes) until the whole `alembic upgrade` run commits (one transaction for all its migrations)',
    }] },
    { name: 'the downgrade of a create_index, with op.f()', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index(op.f("ix_orders_user_id"), "orders", ["user_id"], postgresql_concurrently=True)

      def downgrade():
          op.drop_index(op.f("ix_orders_user_id"), table_name="orders")
    `, errors: [{ line: 6, message: /^downgrade drops index ix_orders_user_id on orders without CONCURRENTLY: DROP INDEX takes ACCESS EXCLUSIVE on orders \(blocks reads and writes\) until the whole `alembic downgrade` run commits/ }] },
    { name: 'raw SQL: the table comes from the create_index of the same migration', code: `
      def upgrade():
          op.create_index("ix_orders_user_id", "orders", ["user_id"])

      def downgrade():
          op.execute("DROP INDEX ix_orders_user_id")
    `, errors: [{ line: 5, message: /^downgrade drops index ix_orders_user_id on orders without CONCURRENTLY: DROP INDEX takes ACCESS EXCLUSIVE on orders/ }] },
    { name: 'raw SQL of an index created elsewhere: "its table", each index of the statement', code: `
      def upgrade():
          op.execute(sa.text("DROP INDEX IF EXISTS ix_orders_old, ix_orders_older"))
    `, errors: [
      { line: 2, message: /^upgrade drops index ix_orders_old on its table without CONCURRENTLY: DROP INDEX takes ACCESS EXCLUSIVE on its table \(blocks reads and writes\)/ },
      { line: 2, message: /index ix_orders_older on its table/ },
    ] },
    { name: 'batch operation', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.drop_index(batch_op.f("ix_orders_shop_id"))
    `, errors: [{ line: 3, message: /^upgrade drops index ix_orders_shop_id on orders without CONCURRENTLY/ }] },
    { name: 'an autocommit block without CONCURRENTLY: the lock is shorter, still ACCESS EXCLUSIVE', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.drop_index("ix_orders_user_id", table_name="orders")
    `, errors: [{ line: 3, message: /ACCESS EXCLUSIVE on orders \(blocks reads and writes\) until the statement ends \(autocommit block\)/ }] },
    { name: 'an earlier lock that an autocommit block released does not count; the lock on another table neither', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("ALTER TABLE locations ADD COLUMN is_deleted boolean")
          op.add_column("rooms", sa.Column("is_deleted", sa.Boolean()))
          op.drop_index("ix_uq_locations_name", table_name="locations")
    `, errors: [{ line: 5, message: /drops index ix_uq_locations_name on locations/ }] },
    { name: 'a table that is not a literal is named as written (the loop through the helper)', code: `
      def recreate_index(index, table_name):
          op.drop_index(index_name=op.f(index["name"]), table_name=table_name)

      def upgrade():
          for table in TABLES:
              recreate_index(get_index(table), table)
    `, errors: [{ line: 2, message: /^upgrade drops an index on each table in TABLES without CONCURRENTLY: DROP INDEX takes ACCESS EXCLUSIVE on each table in TABLES/ }] },
    { name: 'every drop on one table is reported (an earlier drop does not excuse the next)', code: `
      def downgrade():
          op.drop_index(op.f("ix_users_created_at"), table_name="users")
          op.drop_index(op.f("ix_users_group_id"), table_name="users")
    `, errors: [{ line: 2, message: /ix_users_created_at on users/ }, { line: 3, message: /ix_users_group_id on users/ }] },
    { name: 'recreating an index the migration did not create first', code: `
      def upgrade():
          op.drop_index("ix_orders_user_id", table_name="orders")
          op.create_index("ix_orders_user_id", "orders", ["user_id", "placed_at"])
    `, errors: [{ line: 2, message: /drops index ix_orders_user_id on orders/ }] },
  ],
});

it('shows the safe call with the user\'s own names (batch: the table moves into the call)', async () => {
  const [finding] = await findingsFor(dropIndexNotConcurrently, { code: `
      def upgrade():
          with op.batch_alter_table("orders", schema=None) as batch_op:
              batch_op.drop_index(batch_op.f("ix_orders_shop_id"))
  ` });
  expect(finding?.help).toBe(
    "Drop it without blocking the table's reads and writes, outside the migration's transaction:\n" +
      '    with op.get_context().autocommit_block():\n' +
      '        op.drop_index(op.f("ix_orders_shop_id"), table_name="orders", postgresql_concurrently=True)\n' +
      'DROP INDEX CONCURRENTLY waits for the statements running on the table instead of blocking them; it takes one index per statement and no CASCADE.',
  );
  expect(finding?.lock).toEqual({ table: 'orders', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes', rewrite: false, scan: false, heldUntil: 'upgrade' });
});

it('writes one DROP INDEX CONCURRENTLY per index for raw SQL', async () => {
  const findings = await findingsFor(dropIndexNotConcurrently, { code: `
      def upgrade():
          op.execute("DROP INDEX ix_orders_old, ix_orders_older")
  ` });
  expect(findings.map((finding) => finding.help?.split('\n')[2])).toEqual([
    '        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_old")',
    '        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_older")',
  ]);
});
