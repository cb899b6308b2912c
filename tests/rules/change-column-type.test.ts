import { expect, it } from 'vitest';
import { changeColumnType } from '../../src/rules/change-column-type.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

// The guide's own snippets (migration-best-practices.md): code that follows the guide.
const GUIDE = {
  alterInsteadOfDrop: `
    def upgrade():
        # Rename column instead of recreating table
        op.alter_column('users', 'old_name', new_column_name='new_name')
  `,
  dataMigrationPattern: `
    def upgrade():
        # Step 1: Add new columns
        op.add_column('users', sa.Column('new_field', sa.String(), nullable=True))

        # Step 2: Migrate data
        connection = op.get_bind()
        connection.execute(
            "UPDATE users SET new_field = old_field WHERE old_field IS NOT NULL"
        )

        # Step 3: Make NOT NULL (if needed) after data is migrated
        op.alter_column('users', 'new_field', nullable=False)

        # Step 4: Drop old column (only after verifying new column works)
        # Consider doing this in a SEPARATE migration after verification
        # op.drop_column('users', 'old_field')
  `,
  productionSafeguards: `
    import os

    def upgrade():
        env = os.getenv('ENVIRONMENT', 'development')

        if env == 'production':
            # Extra validation for production
            # Or block certain operations entirely
            raise Exception("Review this migration before running in production!")

        # ... migration code
  `,
  addingAColumn: `
    def upgrade():
        op.add_column('users', sa.Column('phone', sa.String(), nullable=True))

    def downgrade():
        op.drop_column('users', 'phone')
  `,
  renamingAColumn: `
    def upgrade():
        op.alter_column('users', 'name', new_column_name='full_name')

    def downgrade():
        op.alter_column('users', 'full_name', new_column_name='name')
  `,
  addingAnEnumValue: `
    def upgrade():
        # Postgres requires this approach
        op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")

    def downgrade():
        # Removing enum values is complex - consider migration strategy
        pass
  `,
  creatingAnIndex: `
    def upgrade():
        op.create_index('ix_users_email', 'users', ['email'])

    def downgrade():
        op.drop_index('ix_users_email')
  `,
};

/** Every guide snippet as a valid case, except the ones named (the rule flags them on purpose). */
function guideCases(except: (keyof typeof GUIDE)[] = []): { name: string; code: string }[] {
  return Object.entries(GUIDE)
    .filter(([name]) => !except.includes(name as keyof typeof GUIDE))
    .map(([name, code]) => ({ name: `guide snippet: ${name}`, code }));
}

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
