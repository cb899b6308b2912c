import { expect, it } from 'vitest';
import { addPrimaryKeyOnExistingTable } from '../../src/rules/add-primary-key-on-existing-table.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(addPrimaryKeyOnExistingTable, {
  valid: [
    { name: 'the rule docs: good', code: addPrimaryKeyOnExistingTable.good },
    { name: 'raw SQL: USING INDEX (sa.text)', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON orders (id)")
          op.execute(sa.text("ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey"))
    ` },
    { name: 'a table created earlier in the same migration (op, batch and SQL)', code: `
      def upgrade():
          op.create_table("invoices", sa.Column("id", sa.Integer(), nullable=False))
          op.create_primary_key("invoices_pkey", "invoices", ["id"])
          op.create_table("credits", sa.Column("id", sa.Integer(), nullable=False))
          with op.batch_alter_table("credits") as batch_op:
              batch_op.create_primary_key("credits_pkey", ["id"])
          op.execute("CREATE TABLE notes (id int NOT NULL); ALTER TABLE notes ADD PRIMARY KEY (id)")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.create_primary_key("orders_pkey", "orders", ["id"])
    ` },
  ],
  invalid: [
    { name: 'the rule docs: bad', code: addPrimaryKeyOnExistingTable.bad, errors: [{
      line: 2,
      severity: 'warning',
      message: 'upgrade adds primary key orders_pkey on orders (id): PostgreSQL builds its unique index while holding ACCESS EXCLUSIVE on orders (blocks reads and writes) until the whole `alembic upgrade` run commits (one transaction for all its migrations)',
    }] },
    { name: 'a new primary key replacing the old one (raw SQL, op.execute and sa.text)', code: `
      def upgrade():
          op.execute("ALTER TABLE order_items DROP CONSTRAINT order_items_pkey")
          op.execute(sa.text("ALTER TABLE order_items ADD PRIMARY KEY (order_id, line)"))
    `, errors: [{ line: 3, message: /^upgrade adds a primary key on order_items \(order_id, line\): PostgreSQL builds its unique index while holding ACCESS EXCLUSIVE on order_items/ }] },
    { name: 'batch operation', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_primary_key("orders_pkey", ["id"])
    `, errors: [{ line: 3, message: /primary key orders_pkey on orders \(id\)/ }] },
  ],
});

it('shows the two steps and the NOT NULL step with the user\'s own names', async () => {
  const [finding] = await findingsFor(addPrimaryKeyOnExistingTable, { code: `
      def upgrade():
          op.create_primary_key("pk_orders", "orders", ["id"], schema="shop")
  ` });
  expect(finding?.help).toBe(
    'Build the index without blocking reads and writes, then make it the primary key (a brief lock, nothing is built):\n' +
      '    with op.get_context().autocommit_block():\n' +
      '        op.create_index("pk_orders", "orders", ["id"], schema="shop", unique=True, postgresql_concurrently=True)\n' +
      '    op.execute("ALTER TABLE shop.orders ADD CONSTRAINT pk_orders PRIMARY KEY USING INDEX pk_orders")\n' +
      'The columns must be NOT NULL before that step, or it sets NOT NULL itself and scans orders under the lock: ' +
      'add CHECK (id IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then ALTER COLUMN id SET NOT NULL (no scan on PostgreSQL 12+).',
  );
  expect(finding?.lock).toMatchObject({ table: 'orders', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes' });
});
