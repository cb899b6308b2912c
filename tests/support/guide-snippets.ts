/**
 * The guide's own snippets (../shared/seed/migration-best-practices.md): code that follows
 * the guide, used as valid cases by the rule tests.
 */
export const GUIDE = {
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
export function guideCases(except: (keyof typeof GUIDE)[] = []): { name: string; code: string }[] {
  return Object.entries(GUIDE)
    .filter(([name]) => !except.includes(name as keyof typeof GUIDE))
    .map(([name, code]) => ({ name: `guide snippet: ${name}`, code }));
}
