import { unparseableSql } from '../../src/rules/unparseable-sql.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(unparseableSql, {
  valid: [
    { name: 'the documented good example', code: unparseableSql.good },
    { name: "the guide's patterns parse", code: `
      def upgrade():
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
          connection = op.get_bind()
          connection.execute(sa.text("UPDATE users SET new_field = old_field WHERE old_field IS NOT NULL"))
    ` },
    { name: 'SQLAlchemy bind parameters in text() are not syntax errors', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("UPDATE users SET status = :status WHERE id = :id"), {"status": "x", "id": 1})
    ` },
    { name: 'non-literal SQL is not parsed at all', code: `
      def upgrade():
          op.execute(statement_for(table))
    ` },
    { name: 'an unknown table in an f-string stands in as an identifier the parser accepts', code: `
      def upgrade():
          op.execute(f"UPDATE {table} SET a = 1")
    ` },
  ],
  invalid: [
    { name: 'an f-string with a typo in its constant part', code: `
      def upgrade():
          op.execute(f"UPDTE {table} SET a = 1")
    `, errors: [{ line: 2, severity: 'info', message: /syntax error at or near "UPDTE"/ }] },
    { name: 'the documented bad example', code: unparseableSql.bad, errors: [{ line: 2, severity: 'info', message: /syntax error at or near "AFTER"/ }] },
    { name: 'MySQL syntax, multi-line call, in downgrade', code: `
      def upgrade():
          pass

      def downgrade():
          op.execute(
              "ALTER TABLE users MODIFY email VARCHAR(255)"
          )
    `, errors: [{ line: 5, message: /op\.execute\(\): syntax error at or near "MODIFY" \(at character 19: MODIFY email VARCHAR\(255\)\)/ }] },
    { name: 'a typo through connection.execute inside an autocommit block behind a guard', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              with op.get_context().autocommit_block():
                  conn = op.get_bind()
                  conn.execute(sa.text("CREATE INDEX CONCURENTLY ix_a ON users (a)"))
    `, errors: [{ line: 6, message: /conn\.execute\(\)/ }] },
    { name: 'a cast next to a broken statement is still reported', code: `
      def upgrade():
          op.execute("SELECT '1'::int FORM users")
    `, errors: [{ line: 2 }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[unparseable-sql] MySQL-only project
          op.execute("INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 1")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});
