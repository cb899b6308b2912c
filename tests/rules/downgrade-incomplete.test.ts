import { describe, expect, it } from 'vitest';
import {
  downgradeIncomplete,
  expectedInverse,
  findDowngradeInverse,
  hasInverse,
  isCheckable,
  missingInverses,
} from '../../src/rules/downgrade-incomplete.js';
import type { Operation } from '../../src/core/parse/model.js';
import { parseSource } from '../support/parser.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(downgradeIncomplete, {
  valid: [
    { name: 'the documented good example', code: downgradeIncomplete.good },
    { name: "the guide's Common Patterns", code: `
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.alter_column('users', 'name', new_column_name='full_name')
          op.create_index('ix_users_email', 'users', ['email'])

      def downgrade():
          op.drop_index('ix_users_email')
          op.alter_column('users', 'full_name', new_column_name='name')
          op.drop_column('users', 'phone')
    ` },
    { name: 'batch operations match plain ones by table and column (multi-line)', code: `
      def upgrade() -> None:
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column(
                  "name",
                  new_column_name="full_name",
                  existing_type=sa.String(length=120),
              )
              batch_op.add_column(sa.Column("phone", sa.String(), nullable=True))

      def downgrade() -> None:
          op.drop_column("users", "phone")
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column("full_name", new_column_name="name")
    ` },
    { name: 'dropping the new table undoes its indexes and constraints; op.f() names', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_index(op.f("ix_addresses_user_id"), "addresses", ["user_id"])
          op.create_unique_constraint("uq_addresses_line1", "addresses", ["line1"])
          op.create_foreign_key("fk_addresses_users", "addresses", "users", ["user_id"], ["id"])

      def downgrade():
          op.drop_index(op.f("ix_addresses_user_id"), table_name="addresses")
          op.drop_table("addresses")
    ` },
    { name: 'renames, constraints and drops with their inverses', code: `
      def upgrade():
          op.rename_table("customers", "clients")
          op.drop_constraint("uq_users_email", "users", type_="unique")
          op.create_check_constraint("ck_price_positive", "products", "price_cents > 0")
          op.drop_index("ix_old", table_name="users")
          op.drop_column("users", "username")
          op.drop_table("legacy_coupons")

      def downgrade():
          op.create_table("legacy_coupons", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("users", sa.Column("username", sa.String(length=50), nullable=True))
          op.create_index("ix_old", "users", ["old"])
          op.drop_constraint("ck_price_positive", "products", type_="check")
          op.create_unique_constraint("uq_users_email", "users", ["email"])
          op.rename_table(new_table_name="customers", old_table_name="clients")
    ` },
    { name: 'raw SQL in the downgrade counts as an inverse', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.execute("ALTER TABLE users DROP COLUMN phone")
          op.execute("DROP TABLE public.audit")
    ` },
    { name: 'missing or empty downgrades are left to missing-downgrade', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          pass
    ` },
    { name: 'a downgrade that only raises is a deliberate choice', code: `
      def upgrade():
          op.drop_table("legacy_coupons")

      def downgrade():
          raise NotImplementedError("legacy_coupons cannot be restored")
    ` },
    { name: 'operations without a known inverse or with computed names are not checked', code: `
      import os
      def upgrade():
          op.execute("UPDATE users SET a = 1 WHERE a IS NULL")
          op.alter_column("users", "total", nullable=False)
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              for table_name in sa.inspect(op.get_bind()).get_table_names():
                  op.drop_table(table_name)

      def downgrade():
          op.alter_column("users", "total", nullable=True)
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: downgradeIncomplete.bad, errors: [{ line: 2, severity: 'warning', message: "add_column users.phone has no inverse in downgrade (expected drop_column('users', 'phone'))" }] },
    { name: 'each missing inverse is reported at its upgrade operation', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
          op.alter_column("users", "name", new_column_name="full_name")
          with op.batch_alter_table("orders") as batch_op:
              batch_op.drop_column(
                  "legacy",
              )
              batch_op.create_index("ix_orders_status", ["status"])
          op.rename_table("a", "b")
          op.create_foreign_key("fk_orders_users", "orders", "users", ["user_id"], ["id"])

      def downgrade():
          op.drop_column("users", "phone")
    `, errors: [
      { line: 2, message: "create_table audit has no inverse in downgrade (expected drop_table('audit'))" },
      { line: 3, message: "alter_column users.name → full_name has no inverse in downgrade (expected alter_column('users', 'full_name', new_column_name='name'))" },
      { line: 5, message: "drop_column orders.legacy has no inverse in downgrade (expected add_column('orders', sa.Column('legacy', <type>, nullable=True)))" },
      { line: 8, message: "create_index ix_orders_status has no inverse in downgrade (expected drop_index('ix_orders_status', table_name='orders'))" },
      { line: 9, message: "rename_table a → b has no inverse in downgrade (expected rename_table('b', 'a'))" },
      { line: 10, message: "create_foreign_key fk_orders_users has no inverse in downgrade (expected drop_constraint('fk_orders_users', 'orders', type_='foreignkey'))" },
    ] },
    { name: 'the inverse must name the same table and column', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          op.add_column("orders", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
          op.drop_column("orders", "fax")
    `, errors: [{ line: 3, message: /add_column orders\.phone/ }] },
    { name: 'a rename reversed the wrong way round is not an inverse', code: `
      def upgrade():
          op.alter_column("users", "name", new_column_name="full_name")

      def downgrade():
          op.alter_column("users", "name", new_column_name="full_name")
    `, errors: [{ line: 2 }] },
    { name: 'a dropped constraint must be recreated (guards and autocommit do not matter)', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              op.drop_constraint("uq_users_email", "users", type_="unique")
          with op.get_context().autocommit_block():
              op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)

      def downgrade():
          op.execute("SELECT 1")
    `, errors: [
      { line: 4, message: /expected create_unique_constraint\('uq_users_email', 'users', \.\.\.\)/ },
      { line: 6, message: /expected create_index\('ix_users_email', 'users', \[<columns>\]\)/ },
    ] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          # preflight: ignore[downgrade-incomplete] kept on rollback: the old code ignores it
          op.add_column("users", sa.Column("fax", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
    `, errors: [{ line: 4, suppressed: true }] },
  ],
});

async function operations(code: string): Promise<{ up: Operation[]; down: Operation[] }> {
  const facts = await parseSource(code);
  return {
    up: facts.operations.filter((o) => o.function === 'upgrade'),
    down: facts.operations.filter((o) => o.function === 'downgrade'),
  };
}

describe('findDowngradeInverse', () => {
  it('returns the downgrade operation that undoes an upgrade operation', async () => {
    const { up, down } = await operations(`
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.create_index('ix_users_email', 'users', ['email'])

      def downgrade():
          op.drop_index('ix_users_email')
          with op.batch_alter_table('users') as batch_op:
              batch_op.drop_column('phone')
    `);
    expect(findDowngradeInverse(up[0]!, down)).toBe(down[1]);
    expect(findDowngradeInverse(up[1]!, down)).toBe(down[0]);
    expect(hasInverse(up[0]!, [])).toBe(false);
    expect(missingInverses(up, down)).toEqual([]);
    expect(missingInverses(up, down.slice(0, 1)).map((m) => m.expected)).toEqual(["drop_column('users', 'phone')"]);
  });

  it('tells operations it cannot judge apart', async () => {
    const { up } = await operations(`
      def upgrade():
          op.execute("UPDATE users SET a = 1 WHERE a IS NULL")
          op.drop_table(name)
          op.create_index('ix_a', 'a', ['x'])
    `);
    expect(up.map(isCheckable)).toEqual([false, false, true]);
    expect(up.map(expectedInverse)).toEqual([undefined, undefined, "drop_index('ix_a', table_name='a')"]);
  });
});
