import { expect, it } from 'vitest';
import { locksHeldAcrossStatements } from '../../src/rules/locks-held-across-statements.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

const UNTIL_RUN = 'the lock is held until the whole `alembic upgrade` run commits (one transaction for all its migrations)';

ruleTester(locksHeldAcrossStatements, {
  valid: [
    { name: 'the rule docs: good (the slow statement first)', code: locksHeldAcrossStatements.good },
    { name: 'one alter_column that changes the type and sets NOT NULL (one statement)', code: `
      def upgrade():
          op.alter_column("orders", "total", type_=sa.BigInteger(), nullable=False)
    ` },
    { name: 'the slow statement takes ACCESS EXCLUSIVE on the same table itself: its own rules tell', code: `
      def upgrade():
          op.add_column("orders", sa.Column("total_cents", sa.BigInteger()))
          op.alter_column("orders", "total", type_=sa.BigInteger())
    ` },
    { name: 'autocommit_block() commits first: the earlier lock is released', code: `
      def upgrade():
          op.drop_column("users", "legacy_flag")
          with op.get_context().autocommit_block():
              op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)
          op.create_index("ix_orders_created_at", "orders", ["created_at"])
    ` },
    { name: 'tables created in the same migration (same-migration exemption)', code: `
      def upgrade():
          op.create_table("coupons", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("code", sa.Text()))
          op.add_column("coupons", sa.Column("note", sa.Text()))
          op.create_index("ix_coupons_code", "coupons", ["code"])
          op.create_index("ix_orders_created_at", "orders", ["created_at"])
    ` },
    { name: 'an UPDATE with WHERE is not a whole-table backfill', code: `
      def upgrade():
          op.execute("ALTER TABLE users DROP COLUMN legacy_flag")
          op.execute("UPDATE orders SET status = 'open' WHERE id = 1")
    ` },
    { name: 'a lock that blocks only writes (SHARE of CREATE INDEX) is not an ACCESS EXCLUSIVE', code: `
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"])
          op.create_index("ix_orders_created_at", "orders", ["created_at"])
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: locksHeldAcrossStatements.bad },
  ],
  invalid: [
    { name: 'several statements in one execute: the lock comes from an earlier statement of it, not a loop (osparc)', code: `
      def upgrade():
          op.execute(
              sa.DDL(
                  """
                  ALTER TABLE comp_tasks ALTER COLUMN state TYPE statetype USING state::text::statetype;
                  ALTER TABLE comp_pipeline ALTER COLUMN state TYPE statetype USING state::text::statetype;
                  """
              )
          )
    `, errors: [{ line: 2, message: /changes the type of comp_pipeline\.state \(rewrites the table\) at line 2 while holding ACCESS EXCLUSIVE on comp_tasks \(taken on comp_tasks by an earlier statement of the same op\.execute\(\.\.\.\) at line 2\)/ }] },
    { name: 'rule docs: bad', code: locksHeldAcrossStatements.bad, errors: [{
      line: 3,
      message:
        'upgrade builds index ix_orders_created_at on orders at line 3 while holding ACCESS EXCLUSIVE on users (taken on users by ' +
        `op.drop_column(...) at line 2): reads and writes on users wait for all of it; ${UNTIL_RUN}`,
    }] },
    { name: 'raw SQL: a rename, then a backfill of every row', code: `
      def upgrade():
          op.execute("ALTER TABLE users RENAME COLUMN name TO full_name")
          op.execute(sa.text("UPDATE orders SET total_cents = total * 100"))
    `, errors: [{ line: 3, message: /^upgrade updates every row of orders at line 3 while holding ACCESS EXCLUSIVE on users \(taken on users by op\.execute\(\.\.\.\) at line 2\)/ }] },
    { name: 'batch operations, then a type change that rewrites', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("legacy_flag")
          op.alter_column("orders", "total", type_=sa.BigInteger())
    `, errors: [{ line: 4, message: /^upgrade changes the type of orders\.total \(rewrites the table\) at line 4 while holding ACCESS EXCLUSIVE on users \(taken on users by batch_op\.drop_column\(\.\.\.\) at line 3\)/ }] },
    { name: 'the same table: a backfill after add_column holds its ACCESS EXCLUSIVE, blocking reads', code: `
      def upgrade():
          op.add_column("orders", sa.Column("status", sa.Text()))
          op.execute("UPDATE orders SET status = 'open'")
    `, errors: [{ line: 3, message: /^upgrade updates every row of orders at line 3 while holding ACCESS EXCLUSIVE on orders/ }] },
    { name: 'two locked tables; one finding per function, listing the later slow statements', code: `
      def upgrade():
          op.drop_column("users", "legacy_flag")
          op.rename_table("coupon", "coupons")
          op.create_check_constraint("ck_orders_total", "orders", "total >= 0")
          op.create_index("ix_orders_created_at", "orders", ["created_at"])
    `, errors: [
      { line: 4, message: /^upgrade checks every row of orders against CHECK ck_orders_total at line 4 while holding ACCESS EXCLUSIVE on users, coupon \(taken on users by op\.drop_column\(\.\.\.\) at line 2, coupon by op\.rename_table\(\.\.\.\) at line 3\): reads and writes on them wait for all of it; the lock is held until the whole `alembic upgrade` run commits \(one transaction for all its migrations\); 1 later slow statement in this upgrade runs under earlier locks too \(line 5\)$/ },
    ] },
    { name: 'downgrade too', code: `
      def downgrade():
          op.add_column("users", sa.Column("legacy_flag", sa.Boolean()))
          op.alter_column("orders", "status", nullable=False)
    `, errors: [{ line: 3, message: /^downgrade checks every row of orders for NULLs in status \(SET NOT NULL\) at line 3 while holding ACCESS EXCLUSIVE on users/ }] },
    { name: 'a loop over tables: one finding for the loop, the earlier passes named as such, long lists counted', code: `
      TABLES = ["orders", "invoices", "payments", "refunds", "credits"]


      def upgrade():
          for table in TABLES:
              op.alter_column(table, "data", type_=postgresql.JSONB(), postgresql_using="data::jsonb")
    `, errors: [{
      line: 6,
      message:
        'upgrade changes the type of invoices.data (rewrites the table) at line 6 while holding ACCESS EXCLUSIVE on orders ' +
        '(taken on orders by an earlier pass of the loop at line 6): reads and writes on orders wait for all of it; ' + UNTIL_RUN,
    }] },
    { name: 'more than three locked tables are counted', code: `
      def upgrade():
          op.drop_column("a1", "x")
          op.drop_column("a2", "x")
          op.drop_column("a3", "x")
          op.drop_column("a4", "x")
          op.drop_column("a5", "x")
          op.create_index("ix_orders_created_at", "orders", ["created_at"])
    `, errors: [{ line: 7, message: /while holding ACCESS EXCLUSIVE on a1, a2, a3 and 2 more tables \(taken on a1 by op\.drop_column\(\.\.\.\) at line 2, a2 by op\.drop_column\(\.\.\.\) at line 3, a3 by op\.drop_column\(\.\.\.\) at line 4, and 2 more\): reads and writes on them/ }] },
  ],
});

it('says how long the lock is held under transaction_per_migration, and carries the earlier lock', async () => {
  const code = `
    def upgrade():
        op.drop_column("users", "legacy_flag")
        op.create_index("ix_orders_created_at", "orders", ["created_at"])
  `;
  const [perMigration] = await findingsFor(locksHeldAcrossStatements, { code, settings: { transactionPerMigration: true } });
  expect(perMigration?.message).toMatch(/; the lock is held until this migration commits$/);
  expect(perMigration?.help).toBe(
    'Run the slow statement (line 3) before the statement that locks users (line 2), so users is locked only briefly at the end, or give the slow statement a migration of its own.',
  );
  expect(perMigration?.lock).toEqual({ table: 'users', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes', rewrite: false, scan: false, heldUntil: 'migration' });
  const [byDefault] = await findingsFor(locksHeldAcrossStatements, { code });
  expect(byDefault?.help).toMatch(/and set transaction_per_migration=True in env\.py's context\.configure/);
});
