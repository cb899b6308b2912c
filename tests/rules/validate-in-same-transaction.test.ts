import { expect, it } from 'vitest';
import { validateInSameTransaction } from '../../src/rules/validate-in-same-transaction.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(validateInSameTransaction, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: validateInSameTransaction.good },
    { name: 'NOT VALID only; VALIDATE is left to a later migration', code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    ` },
    { name: 'VALIDATE alone (the ADD was in an earlier migration)', code: `
      def upgrade():
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
    ` },
    { name: 'an autocommit block between ADD and VALIDATE commits the ADD', code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0) NOT VALID")
          with op.get_context().autocommit_block():
              op.create_index("ix_orders_placed_at", "orders", ["placed_at"], postgresql_concurrently=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    ` },
    { name: 'the ADD itself in an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    ` },
    { name: 'a constraint of the same name on another table', code: `
      def upgrade():
          op.create_check_constraint("ck_total", "orders", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE invoices VALIDATE CONSTRAINT ck_total")
    ` },
    { name: 'a table created in the same migration', code: `
      def upgrade():
          op.create_table("refunds", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("amount", sa.Numeric()))
          op.create_check_constraint("ck_refunds_amount", "refunds", "amount > 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE refunds VALIDATE CONSTRAINT ck_refunds_amount")
    ` },
    { name: 'added without NOT VALID: the finding of another rule, not this one', code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0")
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    ` },
    { name: 'downgrade is not checked', code: `
      def downgrade():
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: validateInSameTransaction.bad, errors: [{ line: 5, message:
      'upgrade validates CHECK constraint ck_orders_total_positive on orders in the transaction that added it NOT VALID ' +
      "(on line 2): the ADD's ACCESS EXCLUSIVE lock on orders (blocks reads and writes) is held until the whole `alembic " +
      'upgrade` run commits (one transaction for all its migrations), so the validation scans every row under it and NOT ' +
      'VALID bought nothing' }] },
    { name: 'foreign key: op call NOT VALID, VALIDATE through sa.text', code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
          op.execute(sa.text("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id"))
    `, errors: [{ line: 3, message: /validates foreign key fk_orders_user_id on orders .*SHARE ROW EXCLUSIVE lock on orders and users \(blocks writes/ }] },
    { name: 'both in SQL, one execute call', code: `
      def upgrade():
          op.execute("""
              ALTER TABLE orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shops (id) NOT VALID;
              ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_shop;
          """)
    `, errors: [{ line: 2, message: /foreign key fk_orders_shop on orders in the transaction that added it NOT VALID \(in the same execute call\).*orders and shops/ }] },
    { name: 'batch mode ADD, then VALIDATE after the batch', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_check_constraint("ck_orders_total", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    `, errors: [{ line: 4, message: /CHECK constraint ck_orders_total on orders .*\(on line 3\)/ }] },
    { name: 'names compared as PostgreSQL folds them; schema-qualified table', code: `
      def upgrade():
          op.execute("ALTER TABLE public.orders ADD CONSTRAINT CK_Orders_Total CHECK (total >= 0) NOT VALID")
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    `, errors: [{ line: 3, message: /CHECK constraint ck_orders_total on public.orders/ }] },
    { name: 'an autocommit block before the ADD does not separate them', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index("ix_orders_placed_at", "orders", ["placed_at"], postgresql_concurrently=True)
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    `, errors: [{ line: 5 }] },
    { name: 'the name the naming convention gives an op call (and an unnamed foreign key)', settings: { namingConvention: { ck: 'ck_%(table_name)s_%(constraint_name)s', fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s' } }, code: `
      def upgrade():
          op.create_check_constraint("valid_total", "orders", "total >= 0", schema="shop", postgresql_not_valid=True)
          op.create_foreign_key(None, "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
          op.execute("ALTER TABLE shop.orders VALIDATE CONSTRAINT ck_orders_valid_total")
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id_users")
    `, errors: [
      { line: 4, message: /^upgrade validates CHECK constraint ck_orders_valid_total on shop.orders .*\(on line 2\)/ },
      { line: 5, message: /^upgrade validates foreign key fk_orders_user_id_users on orders .*\(on line 3\)/ },
    ] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
          # preflight: ignore[validate-in-same-transaction] orders is tiny
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
    `, errors: [{ line: 4, suppressed: true }] },
  ],
});

it('validate-in-same-transaction: help puts the VALIDATE in an autocommit block; the lock is the ADD\'s, with the scan', async () => {
  const [finding] = await findingsFor(validateInSameTransaction, { code: `
    def upgrade():
        op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
  ` });
  expect(finding?.help).toContain(
    '    with op.get_context().autocommit_block():\n        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")\n',
  );
  expect(finding?.help).toContain('unless env.py sets transaction_per_migration=True');
  expect(finding?.lock).toEqual({
    table: 'orders',
    mode: 'SHARE ROW EXCLUSIVE',
    blocks: 'blocks writes (INSERT/UPDATE/DELETE), not reads',
    rewrite: false,
    scan: true,
    heldUntil: 'upgrade',
  });
});

it('validate-in-same-transaction: with transaction_per_migration a later migration is enough, and the message says so', async () => {
  const [finding] = await findingsFor(validateInSameTransaction, {
    settings: { transactionPerMigration: true },
    code: `
    def upgrade():
        op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
  ` });
  expect(finding?.message).toContain('is held until this migration commits');
  expect(finding?.help).toContain('or move the VALIDATE to a later migration (env.py sets transaction_per_migration=True');
});
