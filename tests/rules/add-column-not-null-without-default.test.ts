import { addColumnNotNullWithoutDefault } from '../../src/rules/add-column-not-null-without-default.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';
import { expect, it } from 'vitest';

ruleTester(addColumnNotNullWithoutDefault, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: addColumnNotNullWithoutDefault.good },
    { name: 'nullable column', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(length=32), nullable=True))
    ` },
    { name: 'nullable by default (no nullable=)', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String()))
    ` },
    { name: 'NOT NULL with a server_default, multi-line', code: `
      def upgrade():
          op.add_column(
              "products",
              sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=False),
          )
    ` },
    { name: 'batch mode with server_default=sa.text(...)', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.add_column(sa.Column("status", sa.String(20), nullable=False, server_default=sa.text("'new'")))
    ` },
    { name: 'identity column: the database numbers existing rows', code: `
      def upgrade():
          op.add_column("events", sa.Column("seq", sa.BigInteger(), sa.Identity(), nullable=False))
    ` },
    { name: "create_table columns are not this rule's business", code: `
      def upgrade():
          op.create_table(
              "addresses",
              sa.Column("id", sa.Integer(), primary_key=True),
              sa.Column("city", sa.String(100), nullable=False),
          )
    ` },
    { name: 'add_column to a table created in the same migration', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("addresses", sa.Column("city", sa.String(100), nullable=False))
    ` },
    { name: 'downgrade re-adding a NOT NULL column is not checked here', code: `
      def upgrade():
          op.drop_column("users", "legacy")

      def downgrade():
          op.add_column("users", sa.Column("legacy", sa.String(), nullable=False))
    ` },
  ],
  invalid: [
    { name: "MySQL fills existing rows with the type's implicit default: a warning that says so (ironic)", settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.add_column('conductor_hardware_interfaces', sa.Column('default', sa.Boolean, nullable=False, default=False))
    `, errors: [{ line: 2, severity: 'warning', message: /^upgrade adds NOT NULL column conductor_hardware_interfaces\.default without a server_default: MySQL gives every existing row the type's implicit default \(0, '' or a zero date\), not a value you chose \(default= is applied by Python/ }] },
    { name: 'rule docs: bad', code: addColumnNotNullWithoutDefault.bad, errors: [{ line: 2, message: /NOT NULL column orders\.currency without a server_default/ }] },
    { name: 'batch mode, recreate="always" (the shop example)', code: `
      def upgrade() -> None:
          # SQLite refuses ADD COLUMN ... NOT NULL without a default, so recreate the table.
          with op.batch_alter_table("orders", recreate="always") as batch_op:
              batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=False))
    `, errors: [{ line: 4, message: /orders\.currency/ }] },
    { name: 'multi-line call', code: `
      def upgrade():
          op.add_column(
              "users",
              sa.Column(
                  "tenant_id",
                  sa.Integer(),
                  nullable=False,
              ),
          )
    `, errors: [{ line: 2, message: /users\.tenant_id/ }] },
    { name: 'a Python-side default= does not fill existing rows', code: `
      def upgrade():
          op.add_column("users", sa.Column("score", sa.Integer(), nullable=False, default=0))
    `, errors: [{ line: 2, message: /default= is applied by Python to new rows only/ }] },
    { name: 'server_default=None is no default', code: `
      def upgrade():
          op.add_column("users", sa.Column("score", sa.Integer(), nullable=False, server_default=None))
    `, errors: [{ line: 2 }] },
    { name: 'primary_key=True implies NOT NULL', code: `
      def upgrade():
          op.add_column("legacy_rows", sa.Column("uuid", sa.String(36), primary_key=True))
    `, errors: [{ line: 2, message: /legacy_rows\.uuid/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "c3"
      down_revision: Union[str, None] = "b2"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.add_column(TABLE, sa.Column("region", sa.String(8), nullable=False))
    `, errors: [{ line: 7, message: /orders\.region/ }] },
    { name: 'a later backfill does not help: the ADD COLUMN itself fails', code: `
      def upgrade():
          op.add_column("users", sa.Column("new_field", sa.String(), nullable=False))
          op.execute("UPDATE users SET new_field = old_field")
    `, errors: [{ line: 2 }] },
    { name: "the guide's production guard does not silence it", code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise Exception("Review this migration before running in production!")
          op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=False))
    `, errors: [{ line: 5 }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=False))  # preflight: ignore[add-column-not-null-without-default] users is empty in every environment
    `, errors: [{ line: 2, suppressed: true }] },
  ],
});

it('add-column-not-null-without-default: help shows the safe steps with the user\'s names and type', async () => {
  const [finding] = await findingsFor(addColumnNotNullWithoutDefault, { code: addColumnNotNullWithoutDefault.bad });
  expect(finding?.help).toContain('op.add_column("orders", sa.Column("currency", sa.String(length=3), nullable=True))');
  expect(finding?.help).toContain('op.execute("UPDATE orders SET currency = <value> WHERE currency IS NULL")');
  expect(finding?.help).toContain('op.alter_column("orders", "currency", nullable=False)');
  expect(finding?.help).toContain('server_default=');
});

ruleTester(addColumnNotNullWithoutDefault, {
  valid: [
    { name: 'an integer primary key column becomes SERIAL and numbers the existing rows', code: `
      def upgrade():
          op.add_column("tag_links", sa.Column("id", sa.Integer(), primary_key=True))
    ` },
    { name: 'a BigInteger primary key in a batch', code: `
      def upgrade():
          with op.batch_alter_table("events") as batch_op:
              batch_op.add_column(sa.Column("id", sa.BigInteger(), nullable=False, primary_key=True))
    ` },
    { name: 'a table the same upgrade emptied first (TRUNCATE / DELETE without WHERE)', code: `
      def upgrade():
          op.execute("TRUNCATE cache_entries")
          op.add_column("cache_entries", sa.Column("owner_id", sa.Integer(), nullable=False))
          op.execute("DELETE FROM sessions")
          op.add_column("sessions", sa.Column("device", sa.String(), nullable=False))
    ` },
  ],
  invalid: [
    { name: 'a primary key that is not an autoincrementing integer still needs values', code: `
      def upgrade():
          op.add_column("tag_links", sa.Column("code", sa.String(length=8), primary_key=True))
          op.add_column("tag_links", sa.Column("n", sa.Integer(), primary_key=True, autoincrement=False))
    `, errors: [{ line: 2, message: /tag_links\.code/ }, { line: 3, message: /tag_links\.n/ }] },
    { name: 'emptied only partly (DELETE … WHERE) or after the add: flagged', code: `
      def upgrade():
          op.execute("DELETE FROM sessions WHERE expired")
          op.add_column("sessions", sa.Column("device", sa.String(), nullable=False))
          op.add_column("cache_entries", sa.Column("owner_id", sa.Integer(), nullable=False))
          op.execute("TRUNCATE cache_entries")
    `, errors: [{ line: 3, message: /sessions\.device/ }, { line: 4, message: /cache_entries\.owner_id/ }] },
  ],
});
