import { expect, it } from 'vitest';
import { addColumnVolatileDefault } from '../../src/rules/add-column-volatile-default.js';
import { addColumnNotNullWithoutDefault } from '../../src/rules/add-column-not-null-without-default.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

const REWRITE = 'and rewrites users and its indexes under ACCESS EXCLUSIVE (blocks reads and writes), held until the whole `alembic upgrade` run commits (one transaction for all its migrations)';

ruleTester(addColumnVolatileDefault, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: addColumnVolatileDefault.good },
    { name: 'constant and stable defaults do not rewrite (PostgreSQL 11+)', code: `
      def upgrade():
          op.add_column("users", sa.Column("plan", sa.String(), nullable=False, server_default="free"))
          op.add_column("users", sa.Column("created_at", sa.DateTime(), server_default=sa.text("now()")))
          op.add_column("users", sa.Column("seen_at", sa.DateTime(), server_default=sa.func.now()))
          op.add_column("users", sa.Column("active", sa.Boolean(), server_default=sa.false()))
          op.execute("ALTER TABLE users ADD COLUMN score int NOT NULL DEFAULT 0, ADD COLUMN born timestamptz DEFAULT current_timestamp")
    ` },
    { name: 'a volatile default set with alter_column changes only new rows', code: `
      def upgrade():
          op.alter_column("users", "token", server_default=sa.text("gen_random_uuid()"))
          op.execute("ALTER TABLE users ALTER COLUMN salt SET DEFAULT random()")
    ` },
    { name: 'an integer primary key with autoincrement=False is a plain column', code: `
      def upgrade():
          op.add_column("users", sa.Column("legacy_id", sa.Integer(), primary_key=True, autoincrement=False, nullable=True))
    ` },
    { name: 'a virtual generated column (persisted=False) is not stored', code: `
      def upgrade():
          op.add_column("users", sa.Column("name_lower", sa.String(), sa.Computed("lower(name)", persisted=False)))
    ` },
    { name: 'columns of a table created in the same migration (op and SQL)', code: `
      def upgrade():
          op.create_table("api_keys", sa.Column("name", sa.String()))
          op.add_column("api_keys", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("api_keys", sa.Column("secret", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
          op.execute("CREATE TABLE webhooks (url text)")
          op.execute("ALTER TABLE webhooks ADD COLUMN id bigserial, ADD COLUMN token uuid DEFAULT gen_random_uuid()")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    ` },
    { name: 'downgrade is not checked', code: `
      def downgrade():
          op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: addColumnVolatileDefault.bad, errors: [{ line: 2, message:
      `upgrade adds column users.token with a volatile default (gen_random_uuid()): PostgreSQL computes it for every existing row ${REWRITE}` }] },
    { name: 'sa.func.random(), clock_timestamp() in text, uuid_generate_v4 in SQL', code: `
      def upgrade():
          op.add_column("users", sa.Column("salt", sa.Float(), server_default=sa.func.random()))
          op.add_column("users", sa.Column("touched_at", sa.DateTime(), nullable=False, server_default=sa.text("clock_timestamp()")))
          op.execute("ALTER TABLE users ADD COLUMN ref uuid NOT NULL DEFAULT uuid_generate_v4()")
    `, errors: [
      { line: 2, message: /adds column users.salt with a volatile default \(random\(\)\)/ },
      { line: 3, message: /adds column users.touched_at with a volatile default \(clock_timestamp\(\)\)/ },
      { line: 4, message: /adds column users.ref with a volatile default \(uuid_generate_v4\(\)\)/ },
    ] },
    { name: 'stored generated, identity and an integer primary key (SERIAL), op calls', code: `
      def upgrade():
          op.add_column("users", sa.Column("name_lower", sa.String(), sa.Computed("lower(name)")))
          op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity()))
          op.add_column("users", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [
      { line: 2, message: `upgrade adds stored generated column users.name_lower: PostgreSQL computes it for every existing row ${REWRITE}` },
      { line: 3, message: /adds identity column users.seq: PostgreSQL numbers every existing row from its sequence and rewrites users/ },
      { line: 4, message: /adds integer primary key column users.id, which SQLAlchemy renders as SERIAL: PostgreSQL fills its nextval\(\) default/ },
    ] },
    { name: 'raw SQL: serial, identity, generated stored, through sa.text and the connection', code: `
      def upgrade():
          op.execute(sa.text("ALTER TABLE users ADD COLUMN n bigserial"))
          conn = op.get_bind()
          conn.execute(sa.text("ALTER TABLE users ADD COLUMN k int GENERATED ALWAYS AS IDENTITY, ADD COLUMN g text GENERATED ALWAYS AS (lower(name)) STORED"))
    `, errors: [
      { line: 2, message: /adds serial column users.n: PostgreSQL fills its nextval\(\) default for every existing row and rewrites users/ },
      { line: 4, message: /adds identity column users.k/ },
      { line: 4, message: /adds stored generated column users.g/ },
    ] },
    { name: 'batch mode: the batch names the table', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.add_column(sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    `, errors: [{ line: 3, message: /adds column users.token with a volatile default \(gen_random_uuid\(\)\)/ }] },
    { name: 'a volatile text() default after a MySQL-only branch is still read', code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("ALTER TABLE users ENGINE=InnoDB")
          op.add_column("users", sa.Column("token", sa.String(36), server_default=sa.text("uuid_generate_v4()::text")))
    `, errors: [{ line: 4, message: /adds column users.token with a volatile default \(uuid_generate_v4\(\)::text\)/ }] },
    { name: 'a long, multi-line default is named by the volatile functions it calls', code: `
      def upgrade():
          op.add_column("users", sa.Column("secret", sa.String(), nullable=False, server_default=sa.text("""
              md5(random()::text || ':' || clock_timestamp()::text)
          """)))
    `, errors: [{ line: 2, message: /^upgrade adds column users.secret with a volatile default \(calls clock_timestamp\(\), random\(\)\): PostgreSQL computes it/ }] },
    { name: 'in an autocommit block the rewrite still blocks, until the statement ends', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    `, errors: [{ line: 3, message: /held until the statement ends \(autocommit block\)$/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[add-column-volatile-default] users has a few hundred rows
          op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('add-column-volatile-default: help adds the column plain, sets the default for new rows, backfills in batches', async () => {
  const [finding] = await findingsFor(addColumnVolatileDefault, { code: `
    def upgrade():
        op.add_column("users", sa.Column("token", sa.Uuid(), nullable=False, server_default=sa.text("gen_random_uuid()")))
  ` });
  expect(finding?.help).toBe(
    'Add the column without the default (no rewrite), then set the default for new rows only:\n' +
      '    op.add_column("users", sa.Column("token", sa.Uuid(), nullable=True))\n' +
      '    op.alter_column("users", "token", server_default=sa.text("gen_random_uuid()"))\n' +
      'and backfill the existing rows in batches, each its own transaction (a later migration or a script):\n' +
      '    UPDATE users SET token = gen_random_uuid() WHERE token IS NULL AND ... -- e.g. 10,000 rows at a time\n' +
      'then make it NOT NULL without a long lock: add CHECK (token IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL.',
  );
  expect(finding?.lock).toEqual({ table: 'users', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes', rewrite: true, scan: false, heldUntil: 'upgrade' });
});

it('add-column-volatile-default: help for a serial column in SQL names a sequence of the user\'s table', async () => {
  const [finding] = await findingsFor(addColumnVolatileDefault, { code: `
    def upgrade():
        op.execute("ALTER TABLE users ADD COLUMN n bigserial")
  ` });
  expect(finding?.help).toContain('op.execute("ALTER TABLE users ADD COLUMN n bigint")');
  expect(finding?.help).toContain('op.execute("CREATE SEQUENCE users_n_seq OWNED BY users.n")');
  expect(finding?.help).toContain(`op.execute("ALTER TABLE users ALTER COLUMN n SET DEFAULT nextval('users_n_seq')")`);
});

it('add-column-volatile-default: an integer primary key added to an existing table is this rule\'s finding, not a NOT NULL one', async () => {
  const code = `
    def upgrade():
        op.add_column("users", sa.Column("id", sa.Integer(), primary_key=True))
        op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity(), nullable=False))
  `;
  expect((await findingsFor(addColumnVolatileDefault, { code })).map((finding) => finding.line)).toEqual([2, 3]);
  expect(await findingsFor(addColumnNotNullWithoutDefault, { code })).toEqual([]);
});

it('add-column-volatile-default: with schema= the message names the qualified table and the help keeps schema=', async () => {
  const [finding] = await findingsFor(addColumnVolatileDefault, { code: `
    def upgrade():
        op.add_column("users", sa.Column("secret", postgresql.UUID(), nullable=False, server_default=sa.text("gen_random_uuid()")), schema="accounts")
  ` });
  expect(finding?.message).toMatch(/^upgrade adds column accounts.users.secret with a volatile default \(gen_random_uuid\(\)\)/);
  expect(finding?.help).toContain('op.add_column("users", sa.Column("secret", postgresql.UUID(), nullable=True), schema="accounts")');
  expect(finding?.help).toContain('op.alter_column("users", "secret", server_default=sa.text("gen_random_uuid()"), schema="accounts")');
  expect(finding?.help).toContain('UPDATE accounts.users SET secret = gen_random_uuid() WHERE secret IS NULL');
});
