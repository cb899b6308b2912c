import { unparseableSql } from '../../src/rules/unparseable-sql.js';
import { describe, expect, it } from 'vitest';
import { placeholdersToPositional } from '../../src/analysis/analyze-migration.js';
import { destructiveRawSql } from '../../src/rules/destructive-raw-sql.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(unparseableSql, {
  valid: [
    { name: 'a SQL fragment interpolated from a call whose arguments hold quotes (notify 0095)', code: `
      def get_values(permission):
          return "SELECT id, '{}', now() FROM services".format(permission)

      def upgrade():
          op.execute("INSERT INTO service_permissions (service_id, permission, created_at) {}".format(get_values("sms")))
    ` },
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
    { name: 'DBAPI %s and %(name)s placeholders (exec_driver_sql, plain strings) are bind parameters', code: `
      def upgrade():
          conn = op.get_bind()
          conn.exec_driver_sql("UPDATE plans SET price = %s WHERE code = %s", (10, "basic"))
          conn.execute("INSERT INTO audit (actor, note) VALUES (%(actor)s, %(note)s)", {"actor": "m", "note": "n"})
          op.execute("UPDATE users SET name = :name WHERE id = :id")
    ` },
    { name: 'a %% escape next to placeholders, placeholders-looking text in quotes, casts', code: `
      def upgrade():
          conn = op.get_bind()
          conn.exec_driver_sql("UPDATE files SET path = replace(path, '%s', %s) WHERE name LIKE 'tmp%%' AND size %% 2 = 0 AND id = %(id)s::int", ("a", 1))
    ` },
    { name: "a SQLite project's PRAGMA and a MySQL project's backticks are their database's SQL", settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("PRAGMA legacy_alter_table=ON"))
    ` },
    { name: 'MySQL: backticks', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.execute("ALTER TABLE \`users\` MODIFY \`email\` VARCHAR(255) NOT NULL")
    ` },
    { name: 'non-literal SQL is not parsed at all', code: `
      def upgrade():
          op.execute(statement_for(table))
    ` },
    { name: 'an unknown table in an f-string stands in as an identifier the parser accepts', code: `
      def upgrade():
          op.execute(f"UPDATE {table} SET a = 1")
    ` },
    { name: 'an f-string whose unknown part is a SQL fragment, not a name', code: `
      def upgrade():
          whens = " ".join(f"WHEN {code} THEN '{label}'" for code, label in STATUS_LABELS)
          op.execute(f'''
              UPDATE billing.invoices
              SET status_label = CASE status {whens} END
              WHERE status IS NOT NULL
          ''')
          op.execute(f"DELETE FROM audit_log {where_clause}")
    ` },
  ],
  invalid: [
    { name: 'SQL too large to analyse is reported on SQLite too (no rule has read it)', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.execute("INSERT INTO order_items (id) VALUES ${Array.from({ length: 150_000 }, (_, i) => `(${i})`).join(', ')}")
    `, errors: [{ line: 2, message: /too large to analyse \(1\.\d MB; Preflight parses SQL strings up to 1 MB\)/ }] },
    { name: 'an f-string with a typo in its constant part', code: `
      def upgrade():
          op.execute(f"UPDTE {table} SET a = 1")
    `, errors: [{ line: 2, severity: 'info', message: /syntax error at or near "UPDTE"/ }] },
    { name: 'an f-string broken before its unknown part', code: `
      def upgrade():
          op.execute(f"UPDATE invoices SET total = = 0 WHERE id IN ({ids})")
    `, errors: [{ line: 2, message: /syntax error at or near "="/ }] },
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

describe('bind parameters handed to the PostgreSQL parser', () => {
  it('become $n of the same width, outside quoted text, comments, dollar-quoted bodies and casts', () => {
    expect(placeholdersToPositional("UPDATE t SET a = %s, b = %(b)s WHERE c LIKE 'x%%' AND d = 5 %% 2 AND e = %(b)s")).toBe(
      "UPDATE t SET a = $1, b = $2    WHERE c LIKE 'x%%' AND d = 5 %  2 AND e = $2   ",
    );
    expect(placeholdersToPositional("SELECT :a, :a::int, ':no', \"x:y\", $$ :z $$ -- :c")).toBe(
      "SELECT $1, $1::int, ':no', \"x:y\", $$ :z $$ -- :c",
    );
    expect(placeholdersToPositional('UPDATE comments SET revision_id = %s WHERE id IN %s')).toBe(
      'UPDATE comments SET revision_id = $1 WHERE id IN ($2)',
    );
    // Without %-placeholders a %% is SQL (modulo twice is a syntax error PostgreSQL should report).
    expect(placeholdersToPositional('SELECT 5 %% 2')).toBe('SELECT 5 %% 2');
  });

  it('a destructive statement with placeholders is still seen', async () => {
    const findings = await findingsFor(destructiveRawSql, { code: `
      def upgrade():
          conn = op.get_bind()
          conn.exec_driver_sql("UPDATE accounts SET plan = %s", ("free",))
    ` });
    expect(findings.map((f) => [f.line, f.message])).toEqual([[3, expect.stringMatching(/^raw SQL updates every row of accounts \(no WHERE\): UPDATE accounts SET plan = \$1$/)]]);
  });
});
