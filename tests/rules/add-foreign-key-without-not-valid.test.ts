import { expect, it } from 'vitest';
import { addForeignKeyWithoutNotValid } from '../../src/rules/add-foreign-key-without-not-valid.js';
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

ruleTester(addForeignKeyWithoutNotValid, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: addForeignKeyWithoutNotValid.good },
    { name: 'postgresql_not_valid=True, multi-line, keywords', code: `
      def upgrade():
          op.create_foreign_key(
              constraint_name="fk_orders_user_id",
              source_table="orders",
              referent_table="users",
              local_cols=["user_id"],
              remote_cols=["id"],
              postgresql_not_valid=True,
          )
    ` },
    { name: 'batch mode with postgresql_not_valid=True', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_foreign_key("fk_orders_user_id", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    ` },
    { name: 'foreign key on a table created in the same migration', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
          op.create_foreign_key("fk_addresses_user_id", "addresses", "users", ["user_id"], ["id"])
    ` },
    { name: 'raw SQL with NOT VALID, then VALIDATE in a later migration', code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")
    ` },
    { name: 'raw SQL VALIDATE CONSTRAINT', code: `
      def upgrade():
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
    ` },
    { name: 'raw SQL FK on a table created by raw SQL in the same migration', code: `
      def upgrade():
          op.execute("CREATE TABLE notes (id serial PRIMARY KEY, user_id int)")
          op.execute("ALTER TABLE notes ADD CONSTRAINT fk_notes_user FOREIGN KEY (user_id) REFERENCES users (id)")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    ` },
    { name: 'downgrade is not checked', code: `
      def downgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: addForeignKeyWithoutNotValid.bad, errors: [{ line: 2, message: /foreign key fk_orders_user_id on orders → users without NOT VALID/ }] },
    { name: 'postgresql_not_valid=False', code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=False)
    `, errors: [{ line: 2 }] },
    { name: 'batch mode, multi-line', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_foreign_key(
                  "fk_orders_user_id",
                  "users",
                  ["user_id"],
                  ["id"],
              )
    `, errors: [{ line: 3, message: /on orders → users/ }] },
    { name: 'autogenerate style: op.f(...) name', code: `
      def upgrade():
          op.create_foreign_key(op.f("fk_orders_user_id_users"), "orders", "users", ["user_id"], ["id"])
    `, errors: [{ line: 2, message: /foreign key fk_orders_user_id_users on orders → users/ }] },
    { name: 'raw SQL ADD CONSTRAINT ... FOREIGN KEY without NOT VALID', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id)"))
    `, errors: [{ line: 3, message: /foreign key on orders without NOT VALID/ }] },
    { name: 'annotated module variables and constants; the FK table is not the created one', code: `
      from typing import Union
      revision: str = "h8"
      down_revision: Union[str, None] = "g7"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.create_table("customers", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_foreign_key(None, TABLE, "customers", ["customer_id"], ["id"])
    `, errors: [{ line: 8, message: /foreign key on orders → customers/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[add-foreign-key-without-not-valid] orders has a few hundred rows
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('add-foreign-key-without-not-valid: help repeats the call with postgresql_not_valid=True and the VALIDATE step', async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], ondelete="CASCADE")
  ` });
  expect(finding?.help).toContain(
    'op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], ondelete="CASCADE", postgresql_not_valid=True)',
  );
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")');
});

it('add-foreign-key-without-not-valid: help for raw SQL appends NOT VALID to the statement', async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.execute("ALTER TABLE orders ADD CONSTRAINT fk_o_u FOREIGN KEY (user_id) REFERENCES users (id);")
  ` });
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders ADD CONSTRAINT fk_o_u FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")');
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_o_u")');
});
