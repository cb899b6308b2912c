import { expect, it } from 'vitest';
import { changeColumnType } from '../../src/rules/change-column-type.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(changeColumnType, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: changeColumnType.good },
    { name: 'existing_type alone is not a type change', code: `
      def upgrade():
          op.alter_column("orders", "total_cents", existing_type=sa.Integer(), nullable=False)
    ` },
    { name: 'type change in downgrade is not checked', code: `
      def downgrade():
          op.alter_column("orders", "total", type_=sa.Integer())
    ` },
    { name: 'widening a varchar is catalog-only on PostgreSQL', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(length=120), type_=sa.String(length=255))
    ` },
    { name: 'varchar to text is catalog-only on PostgreSQL (batch mode)', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column("bio", existing_type=sa.VARCHAR(200), type_=sa.Text())
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: changeColumnType.bad, errors: [{ line: 2, message: /changes the type of orders\.total to sa\.Numeric\(12, 2\)/ }] },
    { name: 'batch mode, multi-line, with postgresql_using', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column(
                  "age",
                  existing_type=sa.String(),
                  type_=sa.Integer(),
                  postgresql_using="age::integer",
              )
    `, errors: [{ line: 3, message: /users\.age to sa\.Integer\(\)/ }] },
    { name: 'narrowing a varchar can fail on existing data', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(255), type_=sa.String(100))
    `, errors: [{ line: 2 }] },
    { name: 'widening without existing_type cannot be proven safe', code: `
      def upgrade():
          op.alter_column("users", "email", type_=sa.String(length=255))
    `, errors: [{ line: 2 }] },
    { name: 'widening is not exempt on other dialects', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(length=120), type_=sa.String(length=255))
    `, errors: [{ line: 2 }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "e5"
      down_revision: Union[str, None] = "d4"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.alter_column(TABLE, "status", type_=sa.Enum("new", "paid", name="order_status"))
    `, errors: [{ line: 7, message: /orders\.status/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[change-column-type] lookup table with 12 rows
          op.alter_column("countries", "code", type_=sa.CHAR(2))
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('change-column-type: help adds a new column with the new type and backfills it', async () => {
  const [finding] = await findingsFor(changeColumnType, { code: `
    def upgrade():
        op.alter_column("users", "age", type_=sa.Integer(), postgresql_using="age::integer")
  ` });
  expect(finding?.help).toContain('op.add_column("users", sa.Column("age_new", sa.Integer(), nullable=True))');
  expect(finding?.help).toContain('op.execute("UPDATE users SET age_new = age::integer WHERE age_new IS NULL")');
});
