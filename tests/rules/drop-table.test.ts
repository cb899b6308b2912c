import { dropTable } from '../../src/rules/drop-table.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(dropTable, {
  valid: [
    { name: 'drop_table in downgrade is the inverse of create_table', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          op.drop_table("audit")
    ` },
    { name: 'ALTER instead of DROP', code: `
      def upgrade():
          op.alter_column("users", "old_name", new_column_name="new_name")
    ` },
    { name: 'the reset migration may drop behind ALLOW_DESTRUCTIVE_MIGRATIONS', file: '001_initial_clean_schema.py', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "true":
              op.drop_table("users")
    ` },
  ],
  invalid: [
    { name: 'plain drop_table in upgrade', code: `
      def upgrade():
          op.drop_table('users')  # DESTROYS DATA!
    `, errors: [{ line: 2, message: /drops table users/ }] },
    { name: 'multi-line call with keyword table name', code: `
      def upgrade():
          op.create_table("x")
          op.drop_table(
              table_name="legacy_coupons",
          )
    `, errors: [{ line: 3, message: /legacy_coupons/ }] },
    { name: 'the reset migration without the flag is still flagged', file: '001_initial_clean_schema.py', code: `
      def upgrade():
          op.drop_table("users")
    `, errors: [{ line: 2 }] },
    { name: 'an ENVIRONMENT guard does not make a regular migration drop safe', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              op.drop_table("users")
    `, errors: [{ line: 4 }] },
    { name: 'suppressed with a reason stays in the report, marked', code: `
      def upgrade():
          # preflight: ignore[drop-table] table was emptied and unused since v2.3
          op.drop_table("old_sessions")
    `, errors: [{ line: 3, suppressed: true }] },
    { name: 'suppression on the same line', code: `
      def upgrade():
          op.drop_table("old_sessions")  # preflight: ignore[drop-table] unused since v2.3
    `, errors: [{ line: 2, suppressed: true }] },
    { name: 'rows copied out first by an UPDATE … FROM: not "lost", but what is not carried over is', code: `
      def upgrade():
          op.add_column("accounts", sa.Column("timezone", sa.String(), nullable=True), schema="billing")
          op.execute("""
              UPDATE billing.accounts a SET timezone = p.timezone
              FROM billing.account_preferences p
              WHERE p.account_id = a.id
          """)
          op.drop_table("account_preferences", schema="billing")
    `, errors: [{ line: 8, message: /^upgrade drops table account_preferences, which the UPDATE on line 3 reads first: any row or column that statement does not carry over is lost and cannot be restored by a downgrade$/ }] },
    { name: 'the table named only in a string literal is not read', code: `
      def upgrade():
          op.execute("INSERT INTO audit_log (message) SELECT 'dropped account_preferences'")
          op.drop_table("account_preferences")
    `, errors: [{ line: 3, message: /^upgrade drops table account_preferences: its data is lost/ }] },
  ],
});

ruleTester(dropTable, {
  valid: [
    { name: 'a table created and dropped within the same upgrade (a scratch table)', code: `
      def upgrade():
          op.create_table("import_batches", sa.Column("id", sa.Integer(), primary_key=True))
          op.execute("INSERT INTO import_batches (id) SELECT DISTINCT batch_id FROM imports")
          op.drop_table("import_batches")
    ` },
    { name: 'a temporary table from raw SQL dropped with op.drop_table', code: `
      def upgrade():
          op.execute("CREATE TEMP TABLE old_roles AS SELECT user_id, role FROM users")
          op.drop_table("old_roles")
    ` },
  ],
  invalid: [
    { name: 'a table created only after the drop existed before', code: `
      def upgrade():
          op.drop_table("audit_log")
          op.create_table("audit_log", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 2, message: /drops table audit_log/ }] },
    { name: 'inside a loop over a non-literal iterable the message names the iterable, not <table>', code: `
      def upgrade():
          for name in LEGACY_TABLES:
              op.drop_table(name)
    `, errors: [{ line: 3, message: /^upgrade drops table each table in LEGACY_TABLES: / }] },
  ],
});
