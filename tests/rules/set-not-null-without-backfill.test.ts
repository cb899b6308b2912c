import { expect, it } from 'vitest';
import { setNotNullWithoutBackfill } from '../../src/rules/set-not-null-without-backfill.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(setNotNullWithoutBackfill, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: setNotNullWithoutBackfill.good },
    { name: 'the shop example: get_bind().execute(sa.text(...)) backfill, then batch alter', code: `
      def upgrade() -> None:
          op.add_column("orders", sa.Column("total_cents", sa.Integer(), nullable=True))
          op.get_bind().execute(
              sa.text(
                  "UPDATE orders SET total_cents = ("
                  "SELECT COALESCE(SUM(order_items.quantity * order_items.unit_price_cents), 0) "
                  "FROM order_items WHERE order_items.order_id = orders.id"
                  ") WHERE total_cents IS NULL"
              )
          )
          with op.batch_alter_table("orders") as batch_op:
              batch_op.alter_column("total_cents", existing_type=sa.Integer(), nullable=False)
    ` },
    { name: 'added in the same upgrade with a server_default', code: `
      def upgrade():
          op.add_column("users", sa.Column("active", sa.Boolean(), nullable=True, server_default=sa.true()))
          op.alter_column("users", "active", nullable=False)
    ` },
    { name: 'a column added NOT NULL is add-column-not-null-without-default\'s business', code: `
      def upgrade():
          op.add_column("users", sa.Column("region", sa.String(), nullable=False))
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'nullable=True is not SET NOT NULL', code: `
      def upgrade():
          op.alter_column("users", "nickname", nullable=True)
    ` },
    { name: 'f-string SQL that mentions the column counts (lenient)', code: `
      def upgrade():
          for table in ("users", "admins"):
              op.execute(sa.text(f"UPDATE {table} SET email = lower(email) WHERE email IS NULL"))
          op.alter_column("users", "email", nullable=False)
    ` },
    { name: 'SQLAlchemy Core update() through op.execute mentions the column (lenient)', code: `
      users = sa.table("users", sa.column("status", sa.String()))

      def upgrade():
          op.execute(users.update().where(users.c.status.is_(None)).values(status="active"))
          op.alter_column("users", "status", nullable=False)
    ` },
    { name: 'SQL in a DO block the summary cannot see into, mentioning the column', code: `
      def upgrade():
          op.execute("DO $$ BEGIN UPDATE users SET region = 'eu' WHERE region IS NULL; END $$")
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'UPDATE with a schema-qualified, upper-case table name', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("UPDATE public.USERS SET Region = 'eu' WHERE region IS NULL"))
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'SQL held in a local variable', code: `
      def upgrade():
          backfill = "UPDATE users SET region = 'eu' WHERE region IS NULL"
          op.execute(backfill)
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'a table created in the same migration is empty', code: `
      def upgrade():
          op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String()))
          op.alter_column("tags", "name", nullable=False)
    ` },
    { name: 'SET NOT NULL in downgrade is not checked', code: `
      def upgrade():
          op.alter_column("users", "nickname", nullable=True)

      def downgrade():
          op.alter_column("users", "nickname", nullable=False)
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: setNotNullWithoutBackfill.bad, errors: [{ line: 3, message: /adds users\.new_field \(line 2\) and makes it NOT NULL without backfilling it/ }] },
    { name: 'plain SET NOT NULL of an existing column', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(), nullable=False)
    `, errors: [{ line: 2, message: /^upgrade makes users\.email NOT NULL without backfilling it first/ }] },
    { name: 'batch mode, multi-line', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.alter_column(
                  "total_cents",
                  existing_type=sa.Integer(),
                  nullable=False,
              )
    `, errors: [{ line: 3, message: /orders\.total_cents/ }] },
    { name: 'the backfill comes after the ALTER', code: `
      def upgrade():
          op.add_column("users", sa.Column("new_field", sa.String(), nullable=True))
          op.alter_column("users", "new_field", nullable=False)
          op.execute("UPDATE users SET new_field = old_field")
    `, errors: [{ line: 3 }] },
    { name: 'the UPDATE fills another column', code: `
      def upgrade():
          op.execute("UPDATE users SET other_field = 'x' WHERE other_field IS NULL")
          op.alter_column("users", "new_field", nullable=False)
    `, errors: [{ line: 3 }] },
    { name: 'the UPDATE is on another table', code: `
      def upgrade():
          op.execute("UPDATE admins SET new_field = 'x' WHERE new_field IS NULL")
          op.alter_column("users", "new_field", nullable=False)
    `, errors: [{ line: 3 }] },
    { name: 'a server_default set by alter_column does not fill existing NULLs', code: `
      def upgrade():
          op.alter_column("users", "region", server_default="eu", nullable=False)
    `, errors: [{ line: 2, message: /applies to new rows only/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "d4"
      down_revision: Union[str, None] = "c3"
      TABLE: str = "users"

      def upgrade() -> None:
          op.alter_column(TABLE, "region", nullable=False)
    `, errors: [{ line: 7, message: /users\.region/ }] },
    { name: 'suppressed: backfilled by an earlier migration', code: `
      def upgrade():
          # preflight: ignore[set-not-null-without-backfill] backfilled in 3f2a1b (every row has a region)
          op.alter_column("users", "region", nullable=False)
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('set-not-null-without-backfill: help shows the backfill with the user\'s names', async () => {
  const [finding] = await findingsFor(setNotNullWithoutBackfill, { code: setNotNullWithoutBackfill.bad });
  expect(finding?.help).toContain('op.execute("UPDATE users SET new_field = <value> WHERE new_field IS NULL")');
  expect(finding?.help).toContain('op.alter_column("users", "new_field", nullable=False)');
});
