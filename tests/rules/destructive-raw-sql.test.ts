import { destructiveRawSql } from '../../src/rules/destructive-raw-sql.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(destructiveRawSql, {
  valid: [
    { name: 'the documented good example', code: destructiveRawSql.good },
    { name: "the guide's data migration pattern (UPDATE with WHERE, through sa.text)", code: `
      def upgrade():
          op.add_column('users', sa.Column('new_field', sa.String(), nullable=True))
          connection = op.get_bind()
          connection.execute(
              sa.text("UPDATE users SET new_field = old_field WHERE old_field IS NOT NULL")
          )
          op.alter_column('users', 'new_field', nullable=False)
    ` },
    { name: 'non-destructive SQL: ALTER, CREATE, INSERT, enum values', code: `
      def upgrade():
          op.execute("ALTER TABLE users ADD COLUMN phone text")
          op.execute("CREATE INDEX ix_users_phone ON users (phone)")
          op.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
    ` },
    { name: 'DELETE with a WHERE clause', code: `
      def upgrade():
          op.execute("DELETE FROM sessions WHERE expires_at < now()")
    ` },
    { name: 'destructive SQL in downgrade is the inverse of the upgrade', code: `
      def upgrade():
          op.execute("CREATE TABLE audit (id serial primary key)")

      def downgrade():
          op.execute("DROP TABLE audit")
    ` },
    { name: 'SQL whose text is not known at all cannot be judged', code: `
      def upgrade():
          op.execute(build_statement())
    ` },
    { name: 'the reset migration may wipe behind ALLOW_DESTRUCTIVE_MIGRATIONS', file: '001_initial_clean_schema.py', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    ` },
  ],
  invalid: [
    { name: 'an f-string whose constant parts form the statement; the unknown table reads {table}', code: `
      def upgrade():
          op.execute(f"DELETE FROM {table}")
    `, errors: [{ line: 2, message: /deletes every row of \{table\} \(no WHERE\)/ }] },
    { name: 'the documented bad example', code: destructiveRawSql.bad, errors: [{ line: 2, message: /updates every row of users \(no WHERE\)/ }] },
    { name: 'DROP TABLE', code: `
      def upgrade():
          op.execute("DROP TABLE legacy_coupons")
    `, errors: [{ line: 2, message: /drops table legacy_coupons: DROP TABLE legacy_coupons/ }] },
    { name: 'DELETE without WHERE', code: `
      def upgrade():
          op.execute("DELETE FROM sessions")
    `, errors: [{ line: 2, message: /deletes every row of sessions \(no WHERE\): DELETE FROM sessions/ }] },
    { name: 'UPDATE without WHERE through connection.execute (multi-line, sa.text)', code: `
      def upgrade():
          connection = op.get_bind()
          connection.execute(
              sa.text(
                  "UPDATE users "
                  "SET email = lower(trim(email))"
              )
          )
    `, errors: [{ line: 3, message: /updates every row of users \(no WHERE\): UPDATE users SET email = lower\(trim\(email\)\)/ }] },
    { name: 'drops, truncate and DROP COLUMN, one finding per statement', code: `
      def upgrade():
          op.execute("DROP TABLE legacy_coupons; TRUNCATE audit_log")
          op.execute("""
              ALTER TABLE users DROP COLUMN username
          """)
    `, errors: [
      { line: 2, message: /drops table legacy_coupons: DROP TABLE legacy_coupons/ },
      { line: 2, message: /truncates audit_log/ },
      { line: 3, message: /drops column users\.username/ },
    ] },
    { name: 'an ENVIRONMENT guard does not make the DROP acceptable', code: `
      import os
      def upgrade():
          env = os.getenv('ENVIRONMENT', 'development')
          if env == 'production':
              raise Exception("Review this migration before running in production!")
          op.execute("DROP TABLE sessions")
    `, errors: [{ line: 6, message: /drops table sessions/ }] },
    { name: 'inside an autocommit block, via get_bind().execute', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.get_bind().execute(sa.text("DELETE FROM sessions"))
    `, errors: [{ line: 3 }] },
    { name: 'DROP SCHEMA outside the reset migration', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.execute("DROP SCHEMA public CASCADE")
    `, errors: [{ line: 4, message: /drops schema public/ }] },
    { name: 'the reset migration without the flag is still flagged', file: '001_initial_clean_schema.py', code: `
      def upgrade():
          op.execute("DROP SCHEMA public CASCADE")
    `, errors: [{ line: 2 }] },
    { name: 'batch mode does not hide SQL', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
              op.execute("DELETE FROM orders")
    `, errors: [{ line: 4, message: /deletes every row of orders/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.execute("DELETE FROM sessions")  # preflight: ignore[destructive-raw-sql] sessions are disposable: users log in again
    `, errors: [{ line: 2, suppressed: true }] },
  ],
});

// Backfills and scratch tables: nothing that existed before the upgrade is overwritten or lost.
ruleTester(destructiveRawSql, {
  valid: [
    { name: 'UPDATE without WHERE of a column added earlier in the same upgrade is a backfill', code: `
      def upgrade():
          op.add_column("invoices", sa.Column("currency", sa.String(length=3), nullable=True))
          op.execute("UPDATE invoices SET currency = 'EUR'")
          op.alter_column("invoices", "currency", nullable=False)
    ` },
    { name: 'COALESCE backfill right before the column becomes NOT NULL (batch alter)', code: `
      def upgrade():
          op.execute("UPDATE profiles SET bio = COALESCE(bio, '')")
          with op.batch_alter_table("profiles") as batch_op:
              batch_op.alter_column("bio", existing_type=sa.Text(), nullable=False)
    ` },
    { name: 'a temporary table created, used and dropped in one upgrade', code: `
      def upgrade():
          op.execute("CREATE TEMPORARY TABLE dup_tags AS SELECT min(id) AS keep_id, name FROM tags GROUP BY name")
          op.execute("UPDATE tags SET name = lower(name) WHERE id IN (SELECT keep_id FROM dup_tags)")
          op.execute("TRUNCATE dup_tags")
          op.execute("DROP TABLE dup_tags")
    ` },
    { name: 'a table created by op.create_table and dropped again by SQL in the same upgrade', code: `
      def upgrade():
          op.create_table("scratch_ids", sa.Column("id", sa.Integer(), primary_key=True))
          op.execute("DELETE FROM scratch_ids")
          op.execute("DROP TABLE scratch_ids")
    ` },
    { name: 'DROP COLUMN of a column the same upgrade added', code: `
      def upgrade():
          op.add_column("orders", sa.Column("tmp_total", sa.Numeric(), nullable=True))
          op.execute("UPDATE orders SET tmp_total = amount * 100")
          op.execute("ALTER TABLE orders DROP COLUMN tmp_total")
    ` },
  ],
  invalid: [
    { name: 'an UPDATE that also overwrites a column that existed before is still destructive', code: `
      def upgrade():
          op.add_column("invoices", sa.Column("currency", sa.String(length=3), nullable=True))
          op.execute("UPDATE invoices SET currency = 'EUR', amount = 0")
    `, errors: [{ line: 3, message: /updates every row of invoices/ }] },
    { name: 'a table dropped before it is created again existed before', code: `
      def upgrade():
          op.execute("DROP TABLE tags")
          op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 2, message: /drops table tags/ }] },
  ],
});
