import { dropColumn } from '../../src/rules/drop-column.js';
import { ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(dropColumn, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: dropColumn.good },
    { name: 'drop_column in downgrade (op. and batch_op.)', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("phone")
    ` },
    { name: 'commented-out drop, as in the guide', code: `
      def upgrade():
          # op.drop_column('users', 'old_field')
          pass
    ` },
    { name: 'the reset migration behind ALLOW_DESTRUCTIVE_MIGRATIONS', file: '001_initial_clean_schema.py', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_column("users", "username")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad (not in its own migration)', code: dropColumn.bad, errors: [{ line: 3, message: /drops column users\.name.*migration of their own/ }] },
    { name: 'a migration that only drops the column', code: `
      def upgrade():
          op.drop_column("users", "username")
    `, errors: [{ line: 2, message: /^upgrade drops column users\.username: its data is lost and deployed code that still uses it fails$/ }] },
    { name: 'op functions imported on their own and called bare (rucio), inside a dialect branch', code: `
      from alembic import context
      from alembic.op import add_column, drop_column

      def upgrade():
          if context.get_context().dialect.name in ["oracle", "mysql", "postgresql"]:
              drop_column("distances", "submitted", schema=schema)
    `, errors: [{ line: 6, message: /^upgrade drops column distances\.submitted: its data is lost/ }] },
    { name: 'the rows copied first through a loop over Core tables (gnocchi): what the copy keeps is named, not "its data is lost"', code: `
      resource = sa.Table('resource', sa.MetaData(), sa.Column('id', sa.Integer), sa.Column('tmp_user_id', sa.String(36)), sa.Column('user_id', sa.String(32)))
      history = sa.Table('resource_history', sa.MetaData(), sa.Column('id', sa.Integer), sa.Column('tmp_user_id', sa.String(36)), sa.Column('user_id', sa.String(32)))

      def upgrade():
          connection = op.get_bind()
          for helper in [resource, history]:
              for row in connection.execute(helper.select()):
                  connection.execute(helper.update().where(helper.c.id == row.id).values(user_id=str(row.tmp_user_id)))
          op.drop_column('resource', 'tmp_user_id')
    `, errors: [{ line: 9, message: /^upgrade drops column resource\.tmp_user_id, which the SELECT on line 7 reads first and the UPDATE on line 8 writes after it: deployed code that still uses it fails, and any value the upgrade does not carry over is lost/ }] },
    { name: 'batch mode', code: `
      def upgrade():
          with op.batch_alter_table("users", schema=None) as batch_op:
              batch_op.drop_column("username")
    `, errors: [{ line: 3, message: /users\.username/ }] },
    { name: 'multi-line call with keywords', code: `
      def upgrade():
          op.drop_column(
              table_name="orders",
              column_name="legacy_total",
          )
    `, errors: [{ line: 2, message: /orders\.legacy_total/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "b2"
      down_revision: Union[str, None] = "a1"
      TABLE = "users"
      COLUMN: str = "nickname"

      def upgrade() -> None:
          op.drop_column(TABLE, COLUMN)
    `, errors: [{ line: 8, message: /users\.nickname/ }] },
    { name: "the guide's production guard does not silence it", code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise RuntimeError("take a backup first")
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("username")
    `, errors: [{ line: 6 }] },
    { name: 'suppressed with a reason after the deprecation period', code: `
      def upgrade():
          # preflight: ignore[drop-column] unused since v2.3, see ADR-12
          op.drop_column("users", "username")
    `, errors: [{ line: 3, suppressed: true }] },
    { name: 'values carried over by an UPDATE first: not "lost", but deployed code still fails', code: `
      def upgrade():
          op.add_column("customers", sa.Column("contact", postgresql.JSONB(), nullable=True))
          op.execute("""
              UPDATE customers SET contact = jsonb_build_object('phone', phone_number)
              WHERE phone_number IS NOT NULL
          """)
          op.drop_column("customers", "phone_number")
    `, errors: [{ line: 7, message: /^upgrade drops column customers\.phone_number, which the UPDATE on line 3 reads first: deployed code that still uses it fails, and any value that statement does not carry over is lost; drop columns in a migration of their own$/ }] },
    { name: 'an UPDATE that only clears the column carries nothing over', code: `
      def upgrade():
          op.execute("UPDATE customers SET phone_number = NULL")
          op.drop_column("customers", "phone_number")
    `, errors: [{ line: 3, message: /^upgrade drops column customers\.phone_number: its data is lost and deployed code that still uses it fails;/ }] },
    { name: 'a column name inside a string literal is not a read of the column', code: `
      def upgrade():
          op.execute("UPDATE customers SET settings = settings - 'phone_number'")
          op.drop_column("customers", "phone_number")
    `, errors: [{ line: 3, message: /^upgrade drops column customers\.phone_number: its data is lost/ }] },
    { name: 'an INSERT … SELECT into a new table reads the column', code: `
      def upgrade():
          op.execute("INSERT INTO customer_phones (customer_id, number) SELECT id, phone_number FROM customers")
          op.drop_column("customers", "phone_number")
    `, errors: [{ line: 3, message: /^upgrade drops column customers\.phone_number, which the INSERT on line 2 reads first: / }] },
    { name: 'a copy in a WITH clause (INSERT … SELECT … RETURNING, then UPDATE) reads the column', code: `
      def upgrade():
          op.execute("""
              WITH copied AS (
                  INSERT INTO customer_notes (customer_id, body) SELECT id, COALESCE(note, '') FROM customers RETURNING id, customer_id
              )
              UPDATE customers SET note_id = copied.id FROM copied WHERE customers.id = copied.customer_id
          """)
          op.drop_column("customers", "note")
    `, errors: [{ line: 8, message: /^upgrade drops column customers\.note, which the UPDATE on line 2 reads first: / }] },
    { name: 'a Python loop over a Core select of a module-level table() copies the column before the drop', code: `
      import sqlalchemy as sa
      from alembic import op
      from sqlalchemy.sql import column, table

      prefs = table("user_prefs", column("id"), column("kind"), column("int_value"), column("text_value"), column("value"))

      def upgrade():
          conn = op.get_bind()
          op.add_column("user_prefs", sa.Column("value", sa.JSON(), nullable=True))
          for row in conn.execute(sa.select(prefs)).all():
              value = row.int_value if row.kind == "int" else row.text_value
              conn.execute(prefs.update().where(prefs.c.id == row.id).values(value=value))
          op.drop_column("user_prefs", "int_value")
    `, errors: [{ line: 13, message: /^upgrade drops column user_prefs\.int_value, which the SELECT on line 10 reads first and the UPDATE on line 12 writes after it: deployed code that still uses it fails, and any value the upgrade does not carry over is lost; drop columns in a migration of their own$/ }] },
    { name: 'a Core select through session.query() of an sa.Table, written elsewhere by a later loop', code: `
      import sqlalchemy as sa
      from alembic import op

      TABLE = "routers"
      routers = sa.Table(TABLE, sa.MetaData(), sa.Column("id", sa.String(36)), sa.Column("description", sa.String(255)))
      attributes = sa.Table("router_attributes", sa.MetaData(), sa.Column("router_id", sa.String(36)), sa.Column("description", sa.String(255)))

      def copy_descriptions():
          session = sa.orm.Session(bind=op.get_bind())
          rows = []
          for row in session.query(routers):
              rows.append({"id": row[0], "description": row[1]})
          for row in rows:
              session.execute(attributes.insert().values(router_id=row["id"], description=row["description"]))
          session.commit()

      def upgrade():
          copy_descriptions()
          op.drop_column(TABLE, "description")
    `, errors: [{ line: 19, message: /^upgrade drops column routers\.description, which the SELECT on line 11 \(through copy_descriptions\(\) at line 18\) reads first and the INSERT on line 14 writes after it: / }] },
    { name: 'a Core UPDATE whose values() read the old column copies it in the database', code: `
      import sqlalchemy as sa
      from alembic import op

      def upgrade():
          op.add_column("jobs", sa.Column("legacy_cron", sa.String(20), nullable=True))
          jobs = sa.table("jobs", sa.column("cron"), sa.column("legacy_cron"))
          op.execute(jobs.update().values({"legacy_cron": jobs.c.cron}))
          op.drop_column("jobs", "cron")
    `, errors: [{ line: 8, message: /^upgrade drops column jobs\.cron, which the UPDATE on line 7 reads first: deployed code that still uses it fails, and any value that statement does not carry over is lost;/ }] },
    { name: 'a Core select of the table that does not declare the column, or is never written back, copies nothing', code: `
      import sqlalchemy as sa
      from alembic import op

      prefs = sa.table("user_prefs", sa.column("id"), sa.column("kind"))

      def upgrade():
          conn = op.get_bind()
          kinds = [row.kind for row in conn.execute(sa.select(prefs))]
          conn.execute(prefs.update().values(kind="int"))
          op.drop_column("user_prefs", "int_value")
    `, errors: [{ line: 10, message: /^upgrade drops column user_prefs\.int_value: its data is lost/ }] },
    { name: 'counting the rows of a Core table reads none of its columns', code: `
      import sqlalchemy as sa
      from alembic import op

      prefs = sa.table("user_prefs", sa.column("id"), sa.column("int_value"))

      def upgrade():
          conn = op.get_bind()
          total = conn.execute(sa.select(sa.func.count()).select_from(prefs)).scalar()
          conn.execute(prefs.update().values(id=total))
          op.drop_column("user_prefs", "int_value")
    `, errors: [{ line: 10, message: /^upgrade drops column user_prefs\.int_value: its data is lost/ }] },
    { name: 'rows selected but never written anywhere are lost', code: `
      import sqlalchemy as sa
      from alembic import op

      prefs = sa.table("user_prefs", sa.column("id"), sa.column("int_value"))

      def upgrade():
          conn = op.get_bind()
          for row in conn.execute(sa.select(prefs)):
              print(row.int_value)
          op.drop_column("user_prefs", "int_value")
    `, errors: [{ line: 10, message: /^upgrade drops column user_prefs\.int_value: its data is lost/ }] },
    { name: 'a SQL SELECT that only filters on the column carries nothing of it, even with a write after it', code: `
      from alembic import op

      def upgrade():
          conn = op.get_bind()
          for (item_id,) in conn.execute("SELECT id FROM catalog_items WHERE location_id <> 1"):
              conn.execute("UPDATE catalog_items SET name = name || ' (moved)' WHERE id = %s", (item_id,))
          op.drop_column("catalog_items", "location_id")
    `, errors: [{ line: 7, message: /^upgrade drops column catalog_items\.location_id: its data is lost/ }] },
    { name: 'an INSERT … SELECT * copies every column', code: `
      def upgrade():
          op.execute("INSERT INTO customers_archive SELECT * FROM customers")
          op.drop_column("customers", "fax")
    `, errors: [{ line: 3, message: /^upgrade drops column customers\.fax, which the INSERT on line 2 reads first: / }] },
    { name: 'a migration of its own: only drops, after setting lock and statement timeouts', code: `
      import sqlalchemy as sa
      from alembic import op

      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("SET statement_timeout = 60000"))
          conn.execute(sa.text("SET lock_timeout = 60000"))
          op.drop_column("accounts", "legacy_flag")
          op.drop_table("account_legacy_flags")
    `, errors: [{ line: 8, message: /^upgrade drops column accounts\.legacy_flag: its data is lost and deployed code that still uses it fails$/ }] },
    { name: 'a migration that also changes data is not the drop\'s own', code: `
      import sqlalchemy as sa
      from alembic import op

      def upgrade():
          op.execute("SET lock_timeout = 60000; UPDATE accounts SET plan = 'free' WHERE plan IS NULL")
          op.drop_column("accounts", "legacy_flag")
    `, errors: [{ line: 6, message: /^upgrade drops column accounts\.legacy_flag: its data is lost and deployed code that still uses it fails; drop columns in a migration of their own$/ }] },
    { name: 'a value read into Python before the drop and written after it is carried over', code: `
      from alembic import op

      def upgrade():
          conn = op.get_bind()
          default_theme = conn.execute("SELECT default_theme_id FROM sites WHERE is_primary").scalar()
          op.add_column("themes", sa.Column("is_default", sa.Boolean(), nullable=False, server_default="false"))
          op.drop_column("sites", "default_theme_id")
          conn.execute("UPDATE themes SET is_default = true WHERE id = %s", (default_theme,))
    `, errors: [{ line: 7, message: /^upgrade drops column sites\.default_theme_id, which the SELECT on line 5 reads first and the UPDATE on line 8 writes after it: / }] },
    { name: 'a Core copy in a MySQL-only branch carries nothing on PostgreSQL', code: `
      import sqlalchemy as sa
      from alembic import op

      prefs = sa.table("user_prefs", sa.column("id"), sa.column("int_value"), sa.column("value"))

      def upgrade():
          conn = op.get_bind()
          if conn.dialect.name == "mysql":
              for row in conn.execute(sa.select(prefs)):
                  conn.execute(prefs.update().where(prefs.c.id == row.id).values(value=row.int_value))
          op.drop_column("user_prefs", "int_value")
    `, errors: [{ line: 11, message: /^upgrade drops column user_prefs\.int_value: its data is lost/ }] },
    { name: 'a helper called for each pair of Core tables copies each column', code: `
      import sqlalchemy as sa
      from alembic import op

      orders = sa.table("orders", sa.column("id"), sa.column("note"))
      invoices = sa.table("invoices", sa.column("id"), sa.column("memo"))
      notes = sa.table("notes", sa.column("owner_id"), sa.column("body"))

      def _copy(conn, source, column):
          for row in conn.execute(sa.select(source)):
              conn.execute(notes.insert().values(owner_id=row.id, body=row[column]))

      def upgrade():
          conn = op.get_bind()
          _copy(conn, orders, "note")
          _copy(conn, invoices, "memo")
          op.drop_column("orders", "note")
          op.drop_column("invoices", "memo")
    `, errors: [
      { line: 16, message: /^upgrade drops column orders\.note, which the SELECT on line 9 \(through _copy\(\) at line 14\) reads first and the INSERT on line 10 writes after it: / },
      { line: 17, message: /^upgrade drops column invoices\.memo, which the SELECT on line 9 \(through _copy\(\) at line 15\) reads first and the INSERT on line 10 writes after it: / },
    ] },
    { name: 'two drops, two findings', code: `
      def upgrade():
          op.drop_column("users", "a")
          op.drop_column("users", "b")
    `, errors: [{ line: 2, message: /users\.a/ }, { line: 3, message: /users\.b/ }] },
  ],
});

ruleTester(dropColumn, {
  valid: [
    { name: 'a column added and dropped within the same upgrade', code: `
      def upgrade():
          op.add_column("orders", sa.Column("tmp_rank", sa.Integer(), nullable=True))
          op.execute("UPDATE orders SET tmp_rank = 1")
          op.drop_column("orders", "tmp_rank")
    ` },
    { name: 'a column of a table created in the same upgrade (batch)', code: `
      def upgrade():
          op.create_table("labels", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("legacy", sa.String()))
          with op.batch_alter_table("labels") as batch_op:
              batch_op.drop_column("legacy")
    ` },
  ],
  invalid: [
    { name: 'in a loop over a non-literal iterable: no <table> placeholder', code: `
      def upgrade():
          for table in AUDITED_TABLES:
              op.drop_column(table, "updated_by")
    `, errors: [{ line: 3, message: /^upgrade drops column updated_by of each table in AUDITED_TABLES: / }] },
  ],
});
