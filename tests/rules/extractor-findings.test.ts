// Findings that depend on what the extractor follows: helper functions (with the via-chain in the
// message), loops over literals, SQL in variables and templates, dialect branches, unreadable revisions.
import { ruleTester } from '../support/rule-tester.js';
import { dropTable } from '../../src/rules/drop-table.js';
import { dropColumn } from '../../src/rules/drop-column.js';
import { destructiveRawSql } from '../../src/rules/destructive-raw-sql.js';
import { missingDownRevision } from '../../src/rules/graph-rules.js';
import { rawSqlStringExecute } from '../../src/rules/raw-sql-string-execute.js';

ruleTester(dropTable, {
  valid: [
    { name: 'a helper that nothing calls contributes nothing', code: `
      def _cleanup():
          op.drop_table("audit_log")

      def upgrade():
          op.add_column("users", sa.Column("note", sa.Text(), nullable=True))
    ` },
    { name: 'a SQLite-only branch does not run on PostgreSQL', code: `
      def upgrade():
          if op.get_bind().dialect.name == "sqlite":
              op.drop_table("_alembic_tmp_users")
    ` },
  ],
  invalid: [
    { name: 'a drop inside a helper is reported at the helper, naming the call', code: `
      def _drop_legacy(table):
          op.drop_table(table)

      def upgrade():
          _drop_legacy("audit_log")
    `, errors: [{ line: 2, message: /^upgrade drops table audit_log \(through _drop_legacy\(\) at line 5\): its data is lost/ }] },
    { name: 'a chain of helpers', code: `
      def upgrade():
          _migrate()

      def _migrate():
          _drop("sessions")

      def _drop(name):
          op.drop_table(name)
    `, errors: [{ line: 8, message: /drops table sessions \(through _migrate\(\) at line 2, then _drop\(\) at line 5\)/ }] },
    { name: 'each table of a literal loop is its own finding', code: `
      def upgrade():
          for table in ("tmp_import", "tmp_export"):
              op.drop_table(table)
    `, errors: [
      { line: 3, message: /drops table tmp_import/ },
      { line: 3, message: /drops table tmp_export/ },
    ] },
    { name: 'the same SQLite-only branch is judged when the project runs on SQLite', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          if op.get_bind().dialect.name == "sqlite":
              op.drop_table("_alembic_tmp_users")
    `, errors: [{ line: 3, message: /drops table _alembic_tmp_users/ }] },
  ],
});

ruleTester(dropColumn, {
  valid: [
    { name: 'a loop over an empty tuple drops nothing', code: `
      def upgrade():
          for column in ():
              op.drop_column("users", column)
    ` },
  ],
  invalid: [
    { name: 'tuples unpacked from a module-level list', code: `
      RETIRED = [("users", "fax"), ("orders", "telex")]

      def upgrade():
          for table, column in RETIRED:
              op.drop_column(table, column)
    `, errors: [
      { line: 5, message: /drops column users\.fax/ },
      { line: 5, message: /drops column orders\.telex/ },
    ] },
  ],
});

ruleTester(destructiveRawSql, {
  valid: [
    { name: 'MySQL-only raw SQL under an early return does not run on PostgreSQL', code: `
      def upgrade():
          bind = op.get_bind()
          if bind.dialect.name != "mysql":
              return
          op.execute("DELETE FROM sessions")
    ` },
    { name: 'MySQL-only raw SQL in the else branch of a PostgreSQL test', code: `
      def upgrade():
          if op.get_context().dialect.name == "postgresql":
              op.execute("DELETE FROM sessions WHERE expires_at < now()")
          else:
              op.execute("DELETE FROM sessions")
    ` },
  ],
  invalid: [
    { name: 'the same early return, on MySQL', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          bind = op.get_bind()
          if bind.dialect.name != "mysql":
              return
          op.execute("DELETE FROM sessions")
    `, errors: [{ line: 5, message: /deletes every row of sessions/ }] },
    { name: 'SQL held in a variable and executed later', code: `
      PURGE = sa.text("DELETE FROM sessions")

      def upgrade():
          conn = op.get_bind()
          conn.execute(PURGE)
    `, errors: [{ line: 5, message: /deletes every row of sessions/ }] },
    { name: 'an f-string over a loop variable', code: `
      def upgrade():
          for table in ("sessions", "tokens"):
              op.execute(f"TRUNCATE {table}")
    `, errors: [
      { line: 3, message: /sessions/ },
      { line: 3, message: /tokens/ },
    ] },
  ],
});

ruleTester(missingDownRevision, {
  valid: [
    { name: 'revision and down_revision unpacked from one tuple', code: `
      revision, down_revision = "a1b2c3", None
    ` },
  ],
  invalid: [
    { name: 'a computed revision: Preflight says it could not determine it, and where', code: `
      revision = make_revision()
      down_revision = None

      def upgrade():
          pass
    `, errors: [{ line: 1, message: /^Preflight could not determine the revision at 0001_test\.py:1: revision = make_revision\(\) is not a string/ }] },
    { name: 'an id Alembic refuses', code: `
      """add users"""
      revision = "2024-05-01"
      down_revision = None
    `, errors: [{ line: 2, message: /could not determine the revision at 0001_test\.py:2: revision "2024-05-01" contains '-'/ }] },
    { name: 'no revision variable at all', code: `
      def upgrade():
          pass
    `, errors: [{ line: 1, message: /could not determine the revision at 0001_test\.py:1: the file has no `revision = "…"` variable/ }] },
  ],
});

ruleTester(rawSqlStringExecute, {
  valid: [
    { name: 'a helper that wraps its SQL in text()', code: `
      def _copy_principals(conn):
          conn.execute(sa.text("INSERT INTO acl.principals (user_id) SELECT user_id FROM acl.legacy"))

      def upgrade():
          _copy_principals(op.get_bind())
    ` },
  ],
  invalid: [
    {
      name: 'a helper called for two tables reports its plain-string SQL once, not once per call',
      code: `
        def _copy_principals(conn, table):
            conn.execute("INSERT INTO acl.principals (user_id) SELECT user_id FROM acl.legacy")

        def upgrade():
            conn = op.get_bind()
            _copy_principals(conn, "events")
            _copy_principals(conn, "categories")
      `,
      errors: [{ line: 2, message: /^conn\.execute\(\) is given a plain SQL string/ }],
    },
  ],
});
