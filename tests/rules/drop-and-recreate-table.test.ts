import { dropAndRecreateTable } from '../../src/rules/drop-and-recreate-table.js';
import { ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(dropAndRecreateTable, {
  valid: [
    { name: 'a scratch table created and dropped again in the same upgrade (keyword table name) loses nothing', code: `
      def upgrade():
          op.create_table("orders_import", sa.Column("id", sa.Integer(), primary_key=True))
          op.drop_table(
              table_name="orders_import",
          )
    ` },
    { name: 'a TEMPORARY table from CREATE … AS, dropped in the same execute', code: `
      def upgrade():
          op.execute("""
              CREATE TEMPORARY TABLE moved_orders AS SELECT id, customer_id FROM orders WHERE legacy;
              UPDATE invoices SET customer_id = m.customer_id FROM moved_orders m WHERE invoices.order_id = m.id;
              DROP TABLE moved_orders;
          """)
    ` },
    ...guideCases(),
    { name: 'the rule docs: good', code: dropAndRecreateTable.good },
    { name: 'create in upgrade, drop in downgrade', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          op.drop_table("audit")
    ` },
    { name: 'drop and create of different tables', code: `
      def upgrade():
          op.create_table("users_v2", sa.Column("id", sa.Integer(), primary_key=True))
          op.drop_table("legacy_users")
    ` },
    { name: 'drop and recreate in downgrade only', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.drop_table("users")
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    ` },
    { name: 'the reset migration rebuilds tables behind ALLOW_DESTRUCTIVE_MIGRATIONS', file: '001_initial_clean_schema.py', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_table("users")
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    ` },
    { name: 'drop in a loop over reflected names is not a literal table', code: `
      def upgrade():
          for name in sa.inspect(op.get_bind()).get_table_names():
              op.drop_table(name)
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    ` },
  ],
  invalid: [
    { name: 'rows read out before the drop and written back after the create (pgadmin4): the message says what survives', code: `
      def upgrade():
          meta = sa.MetaData()
          meta.reflect(op.get_bind(), only=('user_macros',))
          user_macros_table = sa.Table('user_macros', meta)
          stmt = sa.select(user_macros_table.columns.mid, user_macros_table.columns.name)
          results = op.get_bind().execute(stmt).fetchall()
          op.drop_table('user_macros')
          op.create_table(
              'user_macros',
              sa.Column('id', sa.Integer(), autoincrement=True),
              sa.Column('mid', sa.Integer(), nullable=True),
              sa.Column('name', sa.String(length=1024), nullable=False),
              sa.PrimaryKeyConstraint('id'),
          )
          op.bulk_insert(sa.table('user_macros', sa.column('mid'), sa.column('name')), [{'mid': r[0], 'name': r[1]} for r in results])
    `, errors: [{ line: 7, message: /^upgrade drops table user_macros and creates it again \(at line 8\): the SELECT on line 5 reads first and the bulk_insert on line 15 writes after it, so only what the upgrade copies back survives \(rows or columns it leaves out are lost\), and code still running sees no user_macros in between; change the table in place with ALTER instead$/ }] },
    { name: 'rule docs: bad', code: dropAndRecreateTable.bad, errors: [{ line: 2, message: /drops table users and creates it again/ }] },
    { name: 'drop then multi-line create', code: `
      def upgrade():
          op.drop_table("orders")
          op.create_table(
              "orders",
              sa.Column("id", sa.Integer(), primary_key=True),
              sa.Column("total", sa.Numeric(12, 2), nullable=True),
          )
    `, errors: [{ line: 2, message: /orders.*at line 3/ }] },
    { name: 'annotated module variables and a module constant for the table', code: `
      from typing import Sequence, Union
      revision: str = "a1"
      down_revision: Union[str, None] = None
      TABLE: str = "coupons"

      def upgrade() -> None:
          op.drop_table(TABLE)
          op.create_table(TABLE, sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 7, message: /coupons/ }] },
    { name: 'raw SQL DROP TABLE + CREATE TABLE in one execute', code: `
      def upgrade():
          op.execute("DROP TABLE IF EXISTS sessions; CREATE TABLE sessions (id serial PRIMARY KEY)")
    `, errors: [{ line: 2, message: /sessions.*same execute/ }] },
    { name: 'raw SQL drop, op.create_table, schema-qualified and different case', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("DROP TABLE public.Sessions"))
          op.create_table("sessions", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 3, message: /public\.sessions/ }] },
    { name: 'an ENVIRONMENT guard does not make it safe', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise Exception("Review this migration before running in production!")
          op.drop_table("users")
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 5 }] },
    { name: 'a regular migration with the flag is still flagged', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_table("users")
              op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 4 }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[drop-and-recreate-table] cache table, rebuilt from the source on start
          op.drop_table("search_cache")
          op.create_table("search_cache", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});
