// The schema-change model: op calls and raw SQL become the same changes, in the order they run.
import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../../src/analysis/analyze-migration.js';
import { schemaChanges } from '../../../src/analysis/operations/schema-changes.js';
import { parseSource } from '../../support/parser.js';

async function changesOf(upgradeBody: string, fn: 'upgrade' | 'downgrade' = 'upgrade') {
  const code = `
    from alembic import op
    import sqlalchemy as sa

    revision = "a1"
    down_revision = None

    def upgrade():
${upgradeBody.replace(/^\n/, '').split('\n').map((line) => `        ${line}`).join('\n')}

    def downgrade():
        pass
  `;
  const migration = await analyzeMigration(await parseSource(code));
  return schemaChanges(migration, fn).map(({ kind, table, column, name, otherTable, value, onNewTable, origin, operation }) => ({
    kind,
    ...(table === undefined ? {} : { table }),
    ...(column === undefined ? {} : { column }),
    ...(name === undefined ? {} : { name }),
    ...(otherTable === undefined ? {} : { otherTable }),
    ...(value === undefined ? {} : { value }),
    ...(onNewTable ? { onNewTable } : {}),
    origin,
    line: operation.line,
  }));
}

describe('schema changes', () => {
  it('reads an op call and the same change written as SQL alike', async () => {
    const changes = await changesOf(`
op.create_index("ix_orders_user_id", "orders", ["user_id"])
op.execute("CREATE INDEX ix_orders_placed_at ON orders (placed_at)")
op.drop_index("ix_orders_old", table_name="orders", postgresql_concurrently=True)
op.execute("DROP INDEX CONCURRENTLY ix_orders_older")
`);
    expect(changes).toEqual([
      { kind: 'create-index', table: 'orders', name: 'ix_orders_user_id', origin: 'op', line: 8 },
      { kind: 'create-index', table: 'orders', name: 'ix_orders_placed_at', origin: 'sql', line: 9 },
      { kind: 'drop-index-concurrently', table: 'orders', name: 'ix_orders_old', origin: 'op', line: 10 },
      { kind: 'drop-index-concurrently', name: 'ix_orders_older', origin: 'sql', line: 11 },
    ]);
  });

  it('tells column defaults apart: constant, volatile (op and SQL), serial, identity, stored generated', async () => {
    const changes = await changesOf(`
op.add_column("users", sa.Column("plan", sa.String(), nullable=False, server_default="free"))
op.add_column("users", sa.Column("created_at", sa.DateTime(), server_default=sa.text("now()")))
op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
op.add_column("users", sa.Column("salt", sa.Float(), server_default=sa.func.random()))
op.add_column("users", sa.Column("id", sa.Integer(), primary_key=True))
op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity()))
op.add_column("users", sa.Column("name_lower", sa.String(), sa.Computed("lower(name)")))
op.execute("ALTER TABLE users ADD COLUMN ref uuid NOT NULL DEFAULT gen_random_uuid(), ADD COLUMN n serial, ADD COLUMN c int DEFAULT 0")
`);
    expect(changes.map((change) => `${change.kind} ${change.column}`)).toEqual([
      'add-column-not-null-default-constant plan',
      'add-column-default-constant created_at',
      'add-column-default-volatile token',
      'add-column-default-volatile salt',
      'add-column-serial id',
      'add-column-identity seq',
      'add-column-stored-generated name_lower',
      'add-column-default-volatile ref',
      'add-column-serial n',
      'add-column-default-constant c',
    ]);
  });

  it('splits alter_column into its changes, and knows a widening from existing_type', async () => {
    const changes = await changesOf(`
op.alter_column("users", "email", existing_type=sa.String(64), type_=sa.String(255), nullable=False)
op.alter_column("users", "age", type_=sa.BigInteger(), server_default=None)
op.alter_column("users", "nick", new_column_name="nickname")
op.execute("ALTER TABLE users ALTER COLUMN score TYPE bigint, ALTER COLUMN score SET NOT NULL, ALTER COLUMN score SET DEFAULT 0")
`);
    expect(changes.map((change) => `${change.kind} ${change.table}.${change.column}`)).toEqual([
      'alter-column-type-binary-coercible users.email',
      'set-not-null users.email',
      'alter-column-type users.age',
      'drop-default users.age',
      'rename-column users.nick',
      'alter-column-type users.score',
      'set-not-null users.score',
      'set-default users.score',
    ]);
  });

  it('knows timestamp ↔ timestamptz from existing_type (no rewrite from PostgreSQL 12 in UTC)', async () => {
    const changes = await changesOf(`
op.alter_column("events", "starts_at", existing_type=sa.DateTime(), type_=sa.DateTime(timezone=True))
op.alter_column("events", "ends_at", existing_type=postgresql.TIMESTAMP(timezone=True), type_=sa.DateTime())
op.alter_column("events", "seen_at", existing_type=sa.DateTime(timezone=True), type_=sa.DateTime(timezone=True), nullable=True)
`);
    expect(changes.map((change) => `${change.kind} ${change.table}.${change.column}`)).toEqual([
      'alter-column-type-timestamptz-utc events.starts_at',
      'alter-column-type-timestamptz-utc events.ends_at',
      'alter-column-type events.seen_at',
      'drop-not-null events.seen_at',
    ]);
  });

  it('reads constraints: NOT VALID, USING INDEX, the referenced table, and what VALIDATE validates', async () => {
    const changes = await changesOf(`
op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])
op.create_check_constraint("ck_orders_total", "orders", "total >= 0", postgresql_not_valid=True)
op.create_unique_constraint("uq_orders_ref", "orders", ["ref"])
op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shops (id) NOT VALID")
op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_shop")
op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total")
op.execute("ALTER TABLE orders ADD CONSTRAINT uq_orders_code UNIQUE USING INDEX ix_orders_code")
op.drop_constraint("fk_orders_old", "orders", type_="foreignkey")
`);
    expect(changes.map((change) => `${change.kind} ${change.name}${change.otherTable ? ` → ${change.otherTable}` : ''}`)).toEqual([
      'add-foreign-key fk_orders_user → users',
      'add-check-constraint-not-valid ck_orders_total',
      'add-unique-constraint uq_orders_ref',
      'add-foreign-key-not-valid fk_orders_shop → shops',
      'validate-foreign-key fk_orders_shop',
      'validate-check-constraint ck_orders_total',
      'add-unique-using-index uq_orders_code',
      'drop-foreign-key fk_orders_old',
    ]);
  });

  it("reads unique and primary key columns (op and SQL) and names written through op.f()", async () => {
    const code = `
    from alembic import op

    def upgrade():
        op.create_unique_constraint("uq_users_email", "users", ["email", "tenant_id"])
        op.execute("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id)")
        with op.batch_alter_table("orders") as batch_op:
            batch_op.create_primary_key("orders_pkey", ["id"])
        op.drop_index(op.f("ix_users_name"), table_name="users")
    `;
    const migration = await analyzeMigration(await parseSource(code));
    expect(schemaChanges(migration, 'upgrade').map(({ kind, table, name, columns }) => ({ kind, table, name, columns }))).toEqual([
      { kind: 'add-unique-constraint', table: 'users', name: 'uq_users_email', columns: ['email', 'tenant_id'] },
      { kind: 'add-primary-key', table: 'users', name: 'users_pkey', columns: ['id'] },
      { kind: 'add-primary-key', table: 'orders', name: 'orders_pkey', columns: ['id'] },
      { kind: 'drop-index', table: 'users', name: 'ix_users_name', columns: undefined },
    ]);
  });

  it('reads a constraint name given through the naming-convention marker op.f() / batch_op.f()', async () => {
    const changes = await changesOf(`
op.create_check_constraint(op.f("ck_orders_total"), "orders", "total >= 0", postgresql_not_valid=True)
with op.batch_alter_table("orders") as batch_op:
    batch_op.create_foreign_key(batch_op.f("fk_orders_user_id"), "users", ["user_id"], ["id"])
op.create_index(sa.func.f("ix_orders_x"), "orders", ["x"])
`);
    expect(changes.map((change) => `${change.kind} ${change.table} ${change.name}`)).toEqual([
      'add-check-constraint-not-valid orders ck_orders_total',
      'add-foreign-key orders fk_orders_user_id',
      'create-index orders undefined',
    ]);
  });

  it('reads the referenced table of a batch create_foreign_key (one positional argument fewer)', async () => {
    const changes = await changesOf(`
with op.batch_alter_table("orders") as batch_op:
    batch_op.create_foreign_key("fk_orders_user", "users", ["user_id"], ["id"])
`);
    expect(changes).toEqual([{ kind: 'add-foreign-key', table: 'orders', name: 'fk_orders_user', otherTable: 'users', origin: 'op', line: 9 }]);
  });

  it('marks changes to a table created earlier in the same upgrade', async () => {
    const changes = await changesOf(`
op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id")))
op.create_index("ix_invoices_user_id", "invoices", ["user_id"])
op.create_index("ix_users_email", "users", ["email"])
`);
    expect(changes).toEqual([
      { kind: 'create-table-with-foreign-key', table: 'invoices', otherTable: 'users', origin: 'op', line: 8 },
      { kind: 'create-index', table: 'invoices', name: 'ix_invoices_user_id', onNewTable: true, origin: 'op', line: 9 },
      { kind: 'create-index', table: 'users', name: 'ix_users_email', origin: 'op', line: 10 },
    ]);
  });

  it('keeps a table made in the upgrade new under the name it is renamed to (conda-store: create a copy, drop, rename)', async () => {
    const changes = await changesOf(`
op.create_table("conda_package_tmp", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.Unicode(255)))
op.drop_table("conda_package")
op.rename_table("conda_package_tmp", "conda_package")
op.create_index("ix_conda_package_name", "conda_package", ["name"])
op.create_index("ix_build_name", "build", ["name"])
`);
    expect(changes.filter((change) => change.kind === 'create-index')).toEqual([
      { kind: 'create-index', table: 'conda_package', name: 'ix_conda_package_name', onNewTable: true, origin: 'op', line: 11 },
      { kind: 'create-index', table: 'build', name: 'ix_build_name', origin: 'op', line: 12 },
    ]);
  });

  it('reads timeouts, renames, data changes and enum values from SQL', async () => {
    const changes = await changesOf(`
op.execute("SET lock_timeout = '5s'")
op.execute("SET LOCAL statement_timeout TO 1000")
op.execute("ALTER TABLE accounts RENAME TO customers")
op.execute("ALTER TABLE customers RENAME COLUMN nick TO nickname")
op.execute("UPDATE customers SET plan = 'free' WHERE plan IS NULL; DELETE FROM sessions; TRUNCATE audit_log")
op.execute("ALTER TYPE order_status ADD VALUE 'refunded'")
`);
    expect(changes.map((change) => [change.kind, change.table ?? change.name ?? change.value, change.column].filter(Boolean).join(' '))).toEqual([
      'set-lock-timeout 5s',
      'set-statement-timeout 1000',
      'rename-table accounts',
      'rename-column customers nick',
      'update customers',
      'delete sessions',
      'truncate audit_log',
      'enum-add-value order_status',
    ]);
  });

  it('knows SET NOT NULL after a validated CHECK (c IS NOT NULL) skips its scan, as op calls and as SQL', async () => {
    const changes = await changesOf(`
op.create_check_constraint("ck_users_email_nn", "users", "email IS NOT NULL", postgresql_not_valid=True)
op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_nn")
op.alter_column("users", "email", nullable=False)
op.execute("ALTER TABLE users ADD CONSTRAINT ck_users_phone_nn CHECK (phone IS NOT NULL) NOT VALID")
op.alter_column("users", "phone", nullable=False)
op.execute("ALTER TABLE users ADD CONSTRAINT ck_users_name_nn CHECK (name IS NOT NULL)")
op.execute("ALTER TABLE users ALTER COLUMN name SET NOT NULL")
`);
    expect(changes.filter((change) => change.kind.startsWith('set-not-null')).map((change) => `${change.kind} ${change.column}`)).toEqual([
      'set-not-null-with-check email',
      'set-not-null phone', // its CHECK is not validated yet: the scan happens
      'set-not-null-with-check name',
    ]);
  });

  it('keeps upgrade and downgrade apart', async () => {
    const code = `
from alembic import op

revision = "a1"
down_revision = None

def upgrade():
    op.create_index("ix_a", "t", ["a"])

def downgrade():
    op.drop_index("ix_a", table_name="t")
`;
    const migration = await analyzeMigration(await parseSource(code));
    expect(schemaChanges(migration, 'upgrade').map((change) => change.kind)).toEqual(['create-index']);
    expect(schemaChanges(migration, 'downgrade').map((change) => change.kind)).toEqual(['drop-index']);
  });
});
