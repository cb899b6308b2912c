import { expect, it } from 'vitest';
import { createIndexNotConcurrently } from '../../src/rules/create-index-not-concurrently.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(createIndexNotConcurrently, {
  valid: [
    // The guide's "Creating an Index" snippet predates this rule and is flagged (see invalid).
    ...guideCases(['creatingAnIndex']),
    { name: 'the rule docs: good', code: createIndexNotConcurrently.good },
    { name: 'concurrently inside autocommit_block, multi-line, unique', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index(
                  "ix_users_email",
                  "users",
                  ["email"],
                  unique=True,
                  postgresql_concurrently=True,
              )
    ` },
    { name: 'index on a table created in the same migration (the shop example)', code: `
      def upgrade() -> None:
          op.create_table(
              "addresses",
              sa.Column("id", sa.Integer(), primary_key=True),
              sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
          )
          op.create_index("ix_addresses_user_id", "addresses", ["user_id"])
    ` },
    { name: 'raw SQL CREATE INDEX CONCURRENTLY inside autocommit_block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_user_id ON orders (user_id)")
    ` },
    { name: 'raw SQL index on a table created by raw SQL in the same execute', code: `
      def upgrade():
          op.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text); CREATE INDEX ix_notes_body ON notes (body)")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"])
    ` },
    // It would fail at run time: concurrently-outside-autocommit reports it, this rule does not report it twice.
    { name: 'concurrently outside autocommit_block: the other rule', code: `
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)
          conn = op.get_bind()
          conn.execute(sa.text("CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id)"))
    ` },
    { name: 'downgrade is not checked', code: `
      def upgrade():
          op.drop_index("ix_users_email", table_name="users")

      def downgrade():
          op.create_index("ix_users_email", "users", ["email"])
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: createIndexNotConcurrently.bad, errors: [{ line: 2, message: /creates index ix_users_email on users without CONCURRENTLY/ }] },
    { name: "guide snippet: creatingAnIndex (predates the rule; flagged on purpose)", code: `
      def upgrade():
          op.create_index('ix_users_email', 'users', ['email'])

      def downgrade():
          op.drop_index('ix_users_email')
    `, errors: [{ line: 2, message: /ix_users_email on users/ }] },
    { name: 'autocommit_block without concurrently', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_index("ix_users_email", "users", ["email"])
    `, errors: [{ line: 3, message: /without CONCURRENTLY/ }] },
    { name: 'batch mode, multi-line', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_index(
                  "ix_orders_user_id",
                  ["user_id"],
              )
    `, errors: [{ line: 3, message: /ix_orders_user_id on orders/ }] },
    { name: 'autogenerate style: batch_op.f(...) name', code: `
      def upgrade():
          with op.batch_alter_table('users', schema=None) as batch_op:
              batch_op.create_index(batch_op.f('ix_users_email'), ['email'], unique=False)
    `, errors: [{ line: 3, message: /index ix_users_email on users/ }] },
    { name: 'raw SQL CREATE INDEX without CONCURRENTLY', code: `
      def upgrade():
          op.execute("CREATE UNIQUE INDEX ix_users_email ON users (email)")
    `, errors: [{ line: 2, message: /creates an index on users without CONCURRENTLY/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "i9"
      down_revision: Union[str, None] = "h8"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.create_index("ix_orders_created_at", TABLE, ["created_at"])
    `, errors: [{ line: 7, message: /ix_orders_created_at on orders/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.create_index("ix_countries_code", "countries", ["code"])  # preflight: ignore[create-index-not-concurrently] 250 rows
    `, errors: [{ line: 2, suppressed: true }] },
  ],
});

it('create-index-not-concurrently: help wraps the user\'s call in autocommit_block with postgresql_concurrently=True', async () => {
  const [finding] = await findingsFor(createIndexNotConcurrently, { code: `
    def upgrade():
        with op.batch_alter_table("orders") as batch_op:
            batch_op.create_index("ix_orders_user_id", ["user_id"], unique=True)
  ` });
  expect(finding?.help).toContain(
    '    with op.get_context().autocommit_block():\n' +
      '        op.create_index("ix_orders_user_id", "orders", ["user_id"], unique=True, postgresql_concurrently=True)',
  );
});

it('create-index-not-concurrently: help turns batch_op.f into op.f', async () => {
  const [finding] = await findingsFor(createIndexNotConcurrently, { code: `
    def upgrade():
        with op.batch_alter_table('users', schema=None) as batch_op:
            batch_op.create_index(batch_op.f('ix_users_email'), ['email'], unique=False)
  ` });
  expect(finding?.help).toContain(`op.create_index(op.f('ix_users_email'), "users", ['email'], unique=False, postgresql_concurrently=True)`);
});

it('create-index-not-concurrently: help for raw SQL adds CONCURRENTLY', async () => {
  const [finding] = await findingsFor(createIndexNotConcurrently, { code: `
    def upgrade():
        op.execute("CREATE UNIQUE INDEX ix_users_email ON users (email);")
  ` });
  expect(finding?.help).toContain('op.execute("CREATE UNIQUE INDEX CONCURRENTLY ix_users_email ON users (email)")');
});

ruleTester(createIndexNotConcurrently, {
  valid: [
    { name: 'an index on a temporary table', code: `
      def upgrade():
          op.execute("CREATE TEMPORARY TABLE moved AS SELECT id, old_owner FROM documents")
          op.execute("CREATE INDEX ix_moved_owner ON moved (old_owner)")
          op.execute("DROP TABLE moved")
    ` },
    { name: 'a scratch index created and dropped within the same upgrade', code: `
      def upgrade():
          op.create_index("ix_tmp_events_kind", "events", ["kind"])
          op.execute("DELETE FROM events WHERE kind = 'legacy'")
          op.drop_index("ix_tmp_events_kind", table_name="events")
    ` },
  ],
  invalid: [
    { name: 'an index dropped only by a later migration stays: flagged', code: `
      def upgrade():
          op.drop_index("ix_events_kind", table_name="events")
          op.create_index("ix_events_kind", "events", ["kind", "created_at"])
    `, errors: [{ line: 3, message: /creates index ix_events_kind on events without CONCURRENTLY/ }] },
  ],
});

it('create-index-not-concurrently: a table passed to a helper from an outer loop is named by that loop, not by the inner loop over indexes', async () => {
  const result = await findingsFor(createIndexNotConcurrently, { code: `
    def _rename_index(ix, table_name):
        op.drop_index(ix["name"], table_name=table_name)
        op.create_index(ix["name"].replace("owner", "account"), table_name, ["account_id"])

    def upgrade():
        insp = sa.inspect(op.get_bind())
        for table in insp.get_table_names():
            for ix in insp.get_indexes(table):
                if "owner" in ix["name"]:
                    _rename_index(ix, table)
  ` });
  expect(result.map((f) => f.message)).toEqual([
    'upgrade creates an index on each table in insp.get_table_names() without CONCURRENTLY: CREATE INDEX takes SHARE on ' +
      'each table in insp.get_table_names() (blocks writes (INSERT/UPDATE/DELETE), not reads) until the whole `alembic upgrade` ' +
      'run commits (one transaction for all its migrations)',
  ]);
});

it('create-index-not-concurrently: a table that no loop binds is named as written, even inside a loop', async () => {
  const result = await findingsFor(createIndexNotConcurrently, { code: `
    def upgrade():
        table = op.get_context().opts["audit_table"]
        for column in op.get_context().opts["audit_columns"]:
            op.create_index(None, table, [column])
  ` });
  expect(result.map((f) => f.message)).toEqual([
    'upgrade creates an index on table without CONCURRENTLY: CREATE INDEX takes SHARE on table (blocks writes ' +
      '(INSERT/UPDATE/DELETE), not reads) until the whole `alembic upgrade` run commits (one transaction for all its migrations)',
  ]);
});

it('create-index-not-concurrently: op call and raw SQL are judged alike, and the finding carries the SHARE lock', async () => {
  const result = await findingsFor(createIndexNotConcurrently, { code: `
    def upgrade():
        op.create_index("ix_orders_user_id", "orders", ["user_id"])
        op.execute(sa.text("CREATE INDEX ix_orders_placed_at ON orders (placed_at)"))
        op.execute("CREATE INDEX ix_orders_tmp ON orders (status)")
        op.execute("UPDATE orders SET archived = true WHERE status = 'old'")
        op.execute("DROP INDEX ix_orders_tmp")
  `, settings: { transactionPerMigration: true } });
  expect(result.map((f) => `${f.line}: ${f.message}`)).toEqual([
    '2: upgrade creates index ix_orders_user_id on orders without CONCURRENTLY: CREATE INDEX takes SHARE on orders ' +
      '(blocks writes (INSERT/UPDATE/DELETE), not reads) until this migration commits',
    '3: upgrade creates an index on orders without CONCURRENTLY: CREATE INDEX takes SHARE on orders ' +
      '(blocks writes (INSERT/UPDATE/DELETE), not reads) until this migration commits',
  ]);
  expect(result.map((f) => f.lock)).toEqual([
    { table: 'orders', mode: 'SHARE', blocks: 'blocks writes (INSERT/UPDATE/DELETE), not reads', rewrite: false, scan: true, heldUntil: 'migration' },
    { table: 'orders', mode: 'SHARE', blocks: 'blocks writes (INSERT/UPDATE/DELETE), not reads', rewrite: false, scan: true, heldUntil: 'migration' },
  ]);
  expect(result[1]?.help).toContain('        op.execute("CREATE INDEX CONCURRENTLY ix_orders_placed_at ON orders (placed_at)")');
});
