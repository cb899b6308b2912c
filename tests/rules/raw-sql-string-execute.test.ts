import { expect, it } from 'vitest';
import { rawSqlStringExecute } from '../../src/rules/raw-sql-string-execute.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { GUIDE } from '../support/guide-snippets.js';

ruleTester(rawSqlStringExecute, {
  valid: [
    { name: 'the documented good example', code: rawSqlStringExecute.good },
    {
      name: "the guide's data migration pattern, with sa.text()",
      code: GUIDE.dataMigrationPattern.replace(/("UPDATE users SET new_field[^"]*")/, 'sa.text($1)'),
    },
    { name: 'op.execute accepts a plain string', code: `
      def upgrade():
          op.execute("UPDATE users SET active = true WHERE active IS NULL")
    ` },
    { name: 'text() imported bare, f-string inside text()', code: `
      from sqlalchemy import text
      def upgrade():
          conn = op.get_bind()
          conn.execute(text(f"UPDATE {TABLE} SET a = 1 WHERE a IS NULL"))
    ` },
    { name: 'exec_driver_sql takes a plain string on purpose', code: `
      def upgrade():
          op.get_bind().exec_driver_sql("UPDATE users SET a = 1 WHERE a IS NULL")
    ` },
    { name: 'Core constructs and variables are left alone', code: `
      def upgrade():
          bind = op.get_bind()
          users = sa.table("users", sa.column("active"))
          bind.execute(users.update().values(active=True))
          bind.execute(sa.update(users).values(active=True))
          bind.execute(statement)
    ` },
    { name: 'inside an autocommit block and under a guard, wrapped', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              with op.get_context().autocommit_block():
                  op.get_bind().execute(sa.text("VACUUM users"))
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: rawSqlStringExecute.bad, errors: [{ line: 3 }] },
    { name: "the guide's data migration snippet as written (plain string)", code: GUIDE.dataMigrationPattern, errors: [{ line: 7, message: /connection\.execute\(\) is given a plain SQL string \(UPDATE users SET new_field = old_field.*sa\.text\(\)/ }] },
    { name: 'op.get_bind().execute inline, annotated module variables', code: `
      from typing import Union
      revision: str = "abc"
      down_revision: Union[str, None] = None

      def upgrade() -> None:
          op.get_bind().execute("DELETE FROM sessions WHERE expires_at < now()")
    `, errors: [{ line: 6, message: /op\.get_bind\(\)\.execute\(\).*DELETE FROM sessions/ }] },
    { name: 'f-string, % formatting and .format() are strings too', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(f"UPDATE {table} SET a = 1")
          conn.execute("UPDATE %s SET a = 1" % table)
          conn.execute("UPDATE {} SET a = 1".format(table))
    `, errors: [{ line: 3, message: /string expression/ }, { line: 4 }, { line: 5 }] },
    { name: 'a string constant passed by name resolves to the literal', code: `
      SQL = "UPDATE users SET a = 1 WHERE a IS NULL"
      def upgrade():
          bind = op.get_bind()
          bind.execute(SQL)
    `, errors: [{ line: 4, message: /UPDATE users SET a = 1/ }] },
    { name: 'in downgrade too, inside autocommit and behind a guard', code: `
      import os
      def upgrade():
          pass

      def downgrade():
          if os.getenv("ENVIRONMENT") != "production":
              with op.get_context().autocommit_block():
                  conn = op.get_bind()
                  conn.execute("DROP INDEX CONCURRENTLY ix_a")
    `, errors: [{ line: 9 }] },
    { name: 'connection from a with block', code: `
      def upgrade():
          with op.get_bind().connect() as c:
              c.execute("SELECT 1")
    `, errors: [{ line: 3 }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          conn = op.get_bind()
          # preflight: ignore[raw-sql-string-execute] pinned to SQLAlchemy 1.3 until the upgrade
          conn.execute("UPDATE users SET a = 1 WHERE a IS NULL")
    `, errors: [{ line: 4, suppressed: true }] },
  ],
});

it('raw-sql-string-execute: a statement with DBAPI %s placeholders and values is pointed to exec_driver_sql, not sa.text()', async () => {
  const findings = await findingsFor(rawSqlStringExecute, { code: `
    def upgrade():
        conn = op.get_bind()
        label_id = conn.execute('SELECT id FROM labels WHERE name = %s', ('urgent',)).scalar()
        for ticket_id, label in conn.execute('SELECT id, label FROM tickets'):
            conn.execute('UPDATE tickets SET label_id = %s WHERE id = %s', label_id, ticket_id)
        conn.execute('''
            INSERT INTO ticket_labels (ticket_id, label_id) VALUES (%(ticket)s, %(label)s)
        ''', [{'ticket': t, 'label': label_id} for t in OPEN_TICKETS])
  ` });
  expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
    [3, 'conn.execute() is given a plain SQL string with DBAPI %s parameters (SELECT id FROM labels WHERE name = %s): ' +
      'SQLAlchemy 2.x raises "Not an executable object"; run it with conn.exec_driver_sql()'],
    [4, 'conn.execute() is given a plain SQL string (SELECT id, label FROM tickets): ' +
      'SQLAlchemy 2.x raises "Not an executable object"; wrap it in sa.text()'],
    [5, 'conn.execute() is given a plain SQL string with DBAPI %s parameters (UPDATE tickets SET label_id = %s WHERE id = %s): ' +
      'SQLAlchemy 2.x raises "Not an executable object"; run it with conn.exec_driver_sql()'],
    [6, 'conn.execute() is given a plain SQL string with DBAPI %s parameters (INSERT INTO ticket_labels (ticket_id, label_id) VALUES (%(t…): ' +
      'SQLAlchemy 2.x raises "Not an executable object"; run it with conn.exec_driver_sql()'],
  ]);
  expect(findings[0]?.help).toContain("conn.exec_driver_sql('SELECT id FROM labels WHERE name = %s', ('urgent',))");
  // SQLAlchemy 1.x's positional values become the one tuple exec_driver_sql takes.
  expect(findings[2]?.help).toContain("conn.exec_driver_sql('UPDATE tickets SET label_id = %s WHERE id = %s', (label_id, ticket_id))");
  expect(findings[2]?.help).not.toContain('execute(sa.text(');
});

it('raw-sql-string-execute: the fix keeps a statement held in a variable, and offers op.execute() only for statements that return no rows', async () => {
  const [select, update] = await findingsFor(rawSqlStringExecute, { code: `
    def upgrade():
        conn = op.get_bind()
        query = 'SELECT id, is_archived FROM projects'
        for project_id, archived in conn.execute(query):
            pass
        conn.execute('UPDATE projects SET is_archived = false WHERE is_archived IS NULL')
  ` });
  expect(select?.help).toContain('conn.execute(sa.text(query))');
  expect(select?.help).not.toContain('op.execute(');
  expect(select?.help).toBe('Wrap the SQL in sa.text() (with `import sqlalchemy as sa`):\n\n    conn.execute(sa.text(query))');
  expect(update?.help).toContain("or let Alembic wrap it: op.execute('UPDATE projects SET is_archived = false WHERE is_archived IS NULL')");
});

it('raw-sql-string-execute: a RETURNING clause returns rows, the word in a string value does not', async () => {
  const [deleted, updated] = await findingsFor(rawSqlStringExecute, { code: `
    def upgrade():
        conn = op.get_bind()
        ids = [row[0] for row in conn.execute("DELETE FROM tokens WHERE expired RETURNING id")]
        conn.execute("UPDATE notices SET body = 'returning customers get 10 %% off' WHERE id = 1")
  ` });
  expect(deleted?.help).not.toContain('op.execute(');
  expect(updated?.help).toContain('or let Alembic wrap it: op.execute("UPDATE notices SET body = \'returning customers get 10 %% off\' WHERE id = 1")');
});
