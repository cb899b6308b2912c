import { dropColumn } from '../../src/rules/drop-column.js';
import { ruleTester } from '../support/rule-tester.js';

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

ruleTester(dropColumn, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: dropColumn.good },
    { name: 'drop_column in downgrade (op. and batch_op.)', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("phone")
    ` },
    { name: 'commented-out drop, as in the guide', code: `
      def upgrade():
          # op.drop_column('users', 'old_field')
          pass
    ` },
    { name: 'the reset migration behind ALLOW_DESTRUCTIVE_MIGRATIONS', file: '001_initial_clean_schema.py', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_column("users", "username")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad (not in its own migration)', code: dropColumn.bad, errors: [{ line: 3, message: /drops column users\.name.*migration of their own/ }] },
    { name: 'a migration that only drops the column', code: `
      def upgrade():
          op.drop_column("users", "username")
    `, errors: [{ line: 2, message: /^upgrade drops column users\.username: its data is lost and deployed code that still uses it fails$/ }] },
    { name: 'batch mode', code: `
      def upgrade():
          with op.batch_alter_table("users", schema=None) as batch_op:
              batch_op.drop_column("username")
    `, errors: [{ line: 3, message: /users\.username/ }] },
    { name: 'multi-line call with keywords', code: `
      def upgrade():
          op.drop_column(
              table_name="orders",
              column_name="legacy_total",
          )
    `, errors: [{ line: 2, message: /orders\.legacy_total/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "b2"
      down_revision: Union[str, None] = "a1"
      TABLE = "users"
      COLUMN: str = "nickname"

      def upgrade() -> None:
          op.drop_column(TABLE, COLUMN)
    `, errors: [{ line: 8, message: /users\.nickname/ }] },
    { name: "the guide's production guard does not silence it", code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise RuntimeError("take a backup first")
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("username")
    `, errors: [{ line: 6 }] },
    { name: 'suppressed with a reason after the deprecation period', code: `
      def upgrade():
          # preflight: ignore[drop-column] unused since v2.3, see ADR-12
          op.drop_column("users", "username")
    `, errors: [{ line: 3, suppressed: true }] },
    { name: 'two drops, two findings', code: `
      def upgrade():
          op.drop_column("users", "a")
          op.drop_column("users", "b")
    `, errors: [{ line: 2, message: /users\.a/ }, { line: 3, message: /users\.b/ }] },
  ],
});
