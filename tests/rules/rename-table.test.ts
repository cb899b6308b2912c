import { expect, it } from 'vitest';
import { renameTable } from '../../src/rules/rename-table.js';
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

ruleTester(renameTable, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good (a view keeps the old name)', code: renameTable.good },
    { name: 'CREATE OR REPLACE VIEW with schema, before the rename, via a connection', code: `
      def upgrade():
          conn = op.get_bind()
          op.rename_table("customers", "clients")
          conn.execute(sa.text("CREATE OR REPLACE VIEW public.customers AS SELECT * FROM clients"))
    ` },
    { name: 'a rename in downgrade (reverting the upgrade) is not flagged', code: `
      def upgrade():
          op.create_table("clients", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          op.rename_table("clients", "customers")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: renameTable.bad, errors: [{ line: 2, message: /renames table customers to clients/ }] },
    { name: 'multi-line with keywords', code: `
      def upgrade():
          op.rename_table(
              old_table_name="customers",
              new_table_name="clients",
          )
    `, errors: [{ line: 2, message: /customers to clients/ }] },
    { name: 'a view with another name does not keep the old one', code: `
      def upgrade():
          op.rename_table("customers", "clients")
          op.execute("CREATE VIEW customer_list AS SELECT id FROM clients")
    `, errors: [{ line: 2 }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "g7"
      down_revision: Union[str, None] = "f6"
      OLD: str = "legacy_coupons"

      def upgrade() -> None:
          op.rename_table(OLD, "_deprecated_legacy_coupons")
    `, errors: [{ line: 7, message: /legacy_coupons to _deprecated_legacy_coupons/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[rename-table] no code reads legacy_coupons since v3
          op.rename_table("legacy_coupons", "_deprecated_legacy_coupons")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('rename-table: help shows the view with the user\'s names', async () => {
  const [finding] = await findingsFor(renameTable, { code: renameTable.bad });
  expect(finding?.help).toContain('op.rename_table("customers", "clients")');
  expect(finding?.help).toContain('op.execute("CREATE VIEW customers AS SELECT * FROM clients")');
});
