import { describe, expect, it } from 'vitest';
import { enumAddValueInTransaction } from '../../src/rules/enum-add-value-in-transaction.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { GUIDE } from '../support/guide-snippets.js';

ruleTester(enumAddValueInTransaction, {
  valid: [
    { name: 'the documented good example', code: enumAddValueInTransaction.good },
    { name: 'inside autocommit_block, through the connection, behind a guard', code: `
      import os
      def upgrade() -> None:
          if os.getenv("ENVIRONMENT") != "production":
              with op.get_context().autocommit_block():
                  conn = op.get_bind()
                  conn.execute(
                      sa.text("ALTER TYPE user_status ADD VALUE 'suspended'")
                  )
          op.execute("UPDATE users SET status = 'suspended' WHERE banned")
    ` },
    { name: 'other enum changes and other dialects are not this rule', code: `
      def upgrade():
          op.execute("ALTER TYPE user_status RENAME VALUE 'banned' TO 'suspended'")
          op.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')")
    ` },
    { name: 'not PostgreSQL', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: enumAddValueInTransaction.bad, errors: [{ line: 2, message: /ALTER TYPE user_status ADD VALUE 'suspended' runs inside the migration's transaction: PostgreSQL < 12 refuses it, and 12\+ cannot use the new value until the transaction commits; run it in op.get_context\(\).autocommit_block\(\)/ }] },
    { name: "the guide's Adding an ENUM Value snippet still runs in the transaction", code: GUIDE.addingAnEnumValue, errors: [{ line: 3 }] },
    { name: 'using the value later in the same migration fails on every version', code: `
      def upgrade():
          op.execute("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended' AFTER 'active'")
          connection = op.get_bind()
          connection.execute(
              sa.text("UPDATE users SET status = 'suspended' WHERE banned_at IS NOT NULL")
          )
    `, errors: [{ line: 2, message: /line 4 uses it, which fails on every version/ }] },
    { name: 'schema-qualified type, multi-statement SQL, in batch mode and in downgrade', code: `
      def upgrade():
          pass

      def downgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.add_column(sa.Column("x", sa.Integer(), nullable=True))
              op.execute("""
                  ALTER TYPE public.user_status ADD VALUE 'a';
                  ALTER TYPE public.user_status ADD VALUE 'b';
              """)
    `, errors: [{ line: 7, message: /public\.user_status ADD VALUE 'a'/ }, { line: 7, message: /ADD VALUE 'b'/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[enum-add-value-in-transaction] env.py runs each migration with transaction_per_migration and PG 15
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

describe('enum-add-value-in-transaction help', () => {
  it("wraps the user's own statement in autocommit_block, with IF NOT EXISTS", async () => {
    const [finding] = await findingsFor(enumAddValueInTransaction, { code: enumAddValueInTransaction.bad });
    expect(finding?.help).toContain(`    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended'")`);
  });
});
