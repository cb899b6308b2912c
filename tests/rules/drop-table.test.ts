import { dropTable } from '../../src/rules/drop-table.js';
import { ruleTester } from '../support/rule-tester.js';
import { SQLITE_TABLE_REBUILD } from '../support/real-patterns.js';

ruleTester(dropTable, {
  valid: [
    { name: 'the old copy of a rebuilt table, dropped once its rows are copied (securedrop)', code: SQLITE_TABLE_REBUILD },
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
    { name: "rows of a table reflected by OpenStack's load_table helper, copied before the drop (manila)", code: `
      SGSM_TABLE_NAME = 'share_group_snapshot_members'

      def upgrade():
          connection = op.get_bind()
          ssi_table = utils.load_table('share_snapshot_instances', connection)
          ssgm_table = utils.load_table(SGSM_TABLE_NAME, connection)
          ported_data = []
          for ssgm_record in connection.execute(ssgm_table.select()):
              ported_data.append({"id": ssgm_record.id, "size": ssgm_record.size})
          op.bulk_insert(ssi_table, ported_data)
          op.drop_table(SGSM_TABLE_NAME)
    `, errors: [{ line: 11, message: /^upgrade drops table share_group_snapshot_members, which the SELECT on line 8 reads first and the bulk_insert on line 10 writes after it: any row or column the upgrade does not carry over is lost/ }] },
    { name: 'a rebuild that never copies the old rows loses them', code: `
      def upgrade():
          op.rename_table("replies", "replies_tmp")
          op.create_table("replies", sa.Column("id", sa.Integer(), nullable=False))
          op.drop_table("replies_tmp")
    `, errors: [{ line: 4, message: /^upgrade drops table replies_tmp: its data is lost/ }] },
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
    { name: 'rows moved by a Python loop over Core selects of module-level table() objects: not "lost"', code: `
      import sqlalchemy as sa
      from alembic import op
      from sqlalchemy import select
      from sqlalchemy.sql import column, table

      accounts = table("accounts", column("id"), column("settings"))
      account_flags = table("account_flags", column("account_id"), column("name"), column("enabled"))

      def upgrade():
          conn = op.get_bind()
          op.add_column("accounts", sa.Column("settings", sa.JSON(), nullable=True))
          for account in conn.execute(select(accounts)).all():
              flags = conn.execute(select(account_flags).where(account_flags.c.account_id == account.id)).all()
              conn.execute(accounts.update().where(accounts.c.id == account.id).values(settings={f.name: f.enabled for f in flags}))
          op.drop_table("account_flags")
    `, errors: [{ line: 15, message: /^upgrade drops table account_flags, which the SELECT on line 13 reads first and the UPDATE on line 14 writes after it: any row or column the upgrade does not carry over is lost and cannot be restored by a downgrade$/ }] },
    { name: 'rows selected and written back only into the dropped table itself are lost', code: `
      import sqlalchemy as sa
      from alembic import op

      flags = sa.table("account_flags", sa.column("account_id"), sa.column("enabled"))

      def upgrade():
          conn = op.get_bind()
          for row in conn.execute(flags.select()):
              conn.execute(flags.update().where(flags.c.account_id == row.account_id).values(enabled=True))
          op.drop_table("account_flags")
    `, errors: [{ line: 10, message: /^upgrade drops table account_flags: its data is lost/ }] },
    { name: 'rows moved by a loop over a SQL SELECT into INSERTs written in a helper: not "lost"', code: `
      from alembic import op

      def _grant(conn, user_id, team_id):
          conn.execute("INSERT INTO team_permissions (user_id, team_id, permission) VALUES (%s, %s, 'admin')", (user_id, team_id))

      def upgrade():
          conn = op.get_bind()
          for user_id, team_id in conn.execute("SELECT user_id, team_id FROM team_admins"):
              _grant(conn, user_id, team_id)
          op.drop_table("team_admins")
    `, errors: [{ line: 10, message: /^upgrade drops table team_admins, which the SELECT on line 8 reads first and the INSERT on line 4 \(through _grant\(\) at line 9\) writes after it: any row or column the upgrade does not carry over is lost/ }] },
    { name: 'rows selected, then written by an execute whose SQL is built at run time: the message says it may be the copy', code: `
      import sqlalchemy as sa
      from alembic import op
      from textwrap import dedent

      def upgrade():
          conn = op.get_bind()
          rows = conn.execute(sa.text("SELECT user_id, recipe_id FROM user_bookmarks")).all()
          insert = dedent("INSERT INTO user_recipe_flags (user_id, recipe_id, bookmarked) VALUES (:u, :r, true)")
          for user_id, recipe_id in rows:
              conn.execute(sa.text(insert), {"u": user_id, "r": recipe_id})
          op.drop_table("user_bookmarks")
    `, errors: [{ line: 11, message: /^upgrade drops table user_bookmarks, which the SELECT on line 7 reads first and the execute on line 10, whose SQL Preflight cannot read, may write it elsewhere: / }] },
    { name: 'a SELECT that only counts the rows carries none of them', code: `
      from alembic import op

      def upgrade():
          conn = op.get_bind()
          count = conn.execute("SELECT count(*) FROM team_admins").scalar()
          conn.execute("UPDATE teams SET admin_count = 0")
          op.drop_table("team_admins")
    `, errors: [{ line: 7, message: /^upgrade drops table team_admins: its data is lost/ }] },
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
