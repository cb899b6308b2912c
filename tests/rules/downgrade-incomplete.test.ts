import { describe, expect, it } from 'vitest';
import {
  downgradeIncomplete,
  expectedInverse,
  findDowngradeInverse,
  hasInverse,
  isCheckable,
  missingInverses,
} from '../../src/rules/downgrade-incomplete.js';
import type { Operation } from '../../src/model/facts.js';
import { parseSource } from '../support/parser.js';
import { ruleTester } from '../support/rule-tester.js';
import { SQLITE_TABLE_REBUILD } from '../support/real-patterns.js';

ruleTester(downgradeIncomplete, {
  valid: [
    { name: "a function of another module the downgrade gives the constraint's name may drop it (rucio's try_drop_constraint)", code: `
      from alembic.op import create_check_constraint
      from rucio.db.sqla.util import try_drop_constraint

      def upgrade():
          try_drop_constraint('REQUESTS_STATE_CHK', 'requests')
          create_check_constraint(constraint_name='REQUESTS_STATE_CHK', table_name='requests', condition="state in ('Q', 'W')")

      def downgrade():
          try_drop_constraint('REQUESTS_STATE_CHK', 'requests')
          create_check_constraint(constraint_name='REQUESTS_STATE_CHK', table_name='requests', condition="state in ('Q')")
    ` },
    { name: 'a downgrade that rebuilds the table under a scratch name and renames it over the old one (manila)', code: `
      TABLE_NAME = 'drivers_private_data'

      def upgrade():
          op.drop_constraint('PRIMARY', TABLE_NAME, type_='primary')
          op.create_primary_key('DRIVERS_PRIVATE_PK', TABLE_NAME, ['entity_uuid', 'key'])
          op.drop_column(TABLE_NAME, 'host')


      def downgrade():
          migration_table_name = "_migrating_%(table)s_%(session)s" % {'table': TABLE_NAME, 'session': uuidutils.generate_uuid()[:8]}
          migration_table = op.create_table(
              migration_table_name,
              sa.Column('host', sa.String(255), nullable=False, primary_key=True),
              sa.Column('entity_uuid', sa.String(36), nullable=False, primary_key=True),
              sa.Column('key', sa.String(255), nullable=False, primary_key=True),
          )
          op.bulk_insert(migration_table, [])
          op.drop_table(TABLE_NAME)
          op.rename_table(migration_table_name, TABLE_NAME)
    ` },
    { name: 'a column swapped in under a scratch name and renamed to the old one, both ways (prefect)', code: `
      def upgrade():
          op.add_column("variable", sa.Column("json_value", JSON, nullable=True))
          op.execute("UPDATE variable SET json_value = to_json(value)")
          op.drop_column("variable", "value")
          op.alter_column("variable", "json_value", new_column_name="value")


      def downgrade():
          op.add_column("variable", sa.Column("string_value", sa.String, nullable=True))
          op.execute("UPDATE variable SET string_value = value::text")
          op.drop_column("variable", "value")
          op.alter_column("variable", "string_value", new_column_name="value", nullable=False)
    ` },
    { name: 'a dropped column comes back with the table the downgrade rebuilds, by op or by SQL (securedrop)', code: `
      def upgrade():
          with op.batch_alter_table("sources", schema=None) as batch_op:
              batch_op.drop_column("flagged")
          with op.batch_alter_table("journalists", schema=None) as batch_op:
              batch_op.drop_column("session_nonce")


      def downgrade():
          conn = op.get_bind()
          op.rename_table("sources", "sources_tmp")
          conn.execute(sa.text('CREATE TABLE "sources" (id INTEGER NOT NULL, flagged BOOLEAN, PRIMARY KEY (id))'))
          conn.execute("INSERT INTO sources (id) SELECT id FROM sources_tmp")
          op.drop_table("sources_tmp")
          op.rename_table("journalists", "journalists_tmp")
          op.create_table("journalists", sa.Column("id", sa.Integer(), nullable=False), sa.Column("session_nonce", sa.Integer(), nullable=False))
          conn.execute("INSERT INTO journalists SELECT id, 0 FROM journalists_tmp")
          op.drop_table("journalists_tmp")
    ` },
    { name: 'a table rebuilt through a rename (securedrop): the downgrade undoes the column it added', code: SQLITE_TABLE_REBUILD },
    { name: 'a column rebuilt through a rename, in the upgrade and the downgrade (osparc)', code: `
      def upgrade():
          op.alter_column("comp_pipeline", "state", new_column_name="deprecated_state")
          op.add_column("comp_pipeline", sa.Column("state", sa.Enum("NOT_STARTED", "SUCCESS", name="statetype"), nullable=False, server_default="NOT_STARTED"))
          op.execute("UPDATE comp_pipeline SET state = 'SUCCESS' WHERE deprecated_state = 'done'")
          op.drop_column("comp_pipeline", "deprecated_state")


      def downgrade():
          op.alter_column("comp_pipeline", "state", new_column_name="deprecated_state")
          op.add_column("comp_pipeline", sa.Column("state", sa.String(), nullable=True))
          op.execute("UPDATE comp_pipeline SET state = 'done' WHERE deprecated_state = 'SUCCESS'")
          op.drop_column("comp_pipeline", "deprecated_state")
    ` },
    { name: 'the documented good example', code: downgradeIncomplete.good },
    { name: "the guide's Common Patterns", code: `
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.alter_column('users', 'name', new_column_name='full_name')
          op.create_index('ix_users_email', 'users', ['email'])

      def downgrade():
          op.drop_index('ix_users_email')
          op.alter_column('users', 'full_name', new_column_name='name')
          op.drop_column('users', 'phone')
    ` },
    { name: 'batch operations match plain ones by table and column (multi-line)', code: `
      def upgrade() -> None:
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column(
                  "name",
                  new_column_name="full_name",
                  existing_type=sa.String(length=120),
              )
              batch_op.add_column(sa.Column("phone", sa.String(), nullable=True))

      def downgrade() -> None:
          op.drop_column("users", "phone")
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column("full_name", new_column_name="name")
    ` },
    { name: 'dropping the new table undoes its indexes and constraints; op.f() names', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_index(op.f("ix_addresses_user_id"), "addresses", ["user_id"])
          op.create_unique_constraint("uq_addresses_line1", "addresses", ["line1"])
          op.create_foreign_key("fk_addresses_users", "addresses", "users", ["user_id"], ["id"])

      def downgrade():
          op.drop_index(op.f("ix_addresses_user_id"), table_name="addresses")
          op.drop_table("addresses")
    ` },
    { name: 'renames, constraints and drops with their inverses', code: `
      def upgrade():
          op.rename_table("customers", "clients")
          op.drop_constraint("uq_users_email", "users", type_="unique")
          op.create_check_constraint("ck_price_positive", "products", "price_cents > 0")
          op.drop_index("ix_old", table_name="users")
          op.drop_column("users", "username")
          op.drop_table("legacy_coupons")

      def downgrade():
          op.create_table("legacy_coupons", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("users", sa.Column("username", sa.String(length=50), nullable=True))
          op.create_index("ix_old", "users", ["old"])
          op.drop_constraint("ck_price_positive", "products", type_="check")
          op.create_unique_constraint("uq_users_email", "users", ["email"])
          op.rename_table(new_table_name="customers", old_table_name="clients")
    ` },
    { name: 'raw SQL in the downgrade counts as an inverse', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.execute("ALTER TABLE users DROP COLUMN phone")
          op.execute("DROP TABLE public.audit")
    ` },
    { name: 'missing or empty downgrades are left to missing-downgrade', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          pass
    ` },
    { name: 'a downgrade that only raises is a deliberate choice', code: `
      def upgrade():
          op.drop_table("legacy_coupons")

      def downgrade():
          raise NotImplementedError("legacy_coupons cannot be restored")
    ` },
    { name: 'operations without a known inverse or with computed names are not checked', code: `
      import os
      def upgrade():
          op.execute("UPDATE users SET a = 1 WHERE a IS NULL")
          op.alter_column("users", "total", nullable=False)
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              for table_name in sa.inspect(op.get_bind()).get_table_names():
                  op.drop_table(table_name)

      def downgrade():
          op.alter_column("users", "total", nullable=True)
    ` },
  ],
  invalid: [
    { name: 'a call given other names, or a function of the module whose body does not drop it, is no inverse', code: `
      def _log(name):
          print(name)

      def upgrade():
          op.create_check_constraint('REQUESTS_STATE_CHK', 'requests', "state in ('Q', 'W')")
          op.create_index('ix_requests_state', 'requests', ['state'])

      def downgrade():
          _log('REQUESTS_STATE_CHK')
          log.info('dropping', 'ix_requests_state_old')
          op.drop_index('ix_requests_created')
    `, errors: [
      { line: 5, message: /^create_check_constraint REQUESTS_STATE_CHK has no inverse in downgrade/ },
      { line: 6, message: /^create_index ix_requests_state has no inverse in downgrade/ },
    ] },
    { name: 'batch drop_column given the table too: batch mode takes the column only, and Alembic fails (mailu)', code: `
      def upgrade():
          with op.batch_alter_table('user') as batch:
              batch.add_column(sa.Column('enabled', sa.Boolean(), nullable=False, server_default=sa.sql.expression.true()))

      def downgrade():
          with op.batch_alter_table('user') as batch:
              batch.drop_column('user', 'enabled')
    `, errors: [{ line: 3, message: /^add_column user\.enabled has no working inverse in downgrade: batch\.drop_column at line 7 is given the table's name too \('user', 'enabled'\), but in batch mode drop_column takes the column only and Alembic fails on it \(TypeError\); write batch\.drop_column\('enabled'\)$/ }] },
    { name: "drop_column given a Column, not the name: Alembic fails on it (jupyterhub)", code: `
      def upgrade():
          op.add_column('spawners', sa.Column('user_options', JSONDict()))


      def downgrade():
          op.drop_column('spawners', sa.Column('user_options'))
    `, errors: [{ line: 2, message: /^add_column spawners\.user_options has no working inverse in downgrade: drop_column at line 6 is given sa\.Column\('user_options'\), not the column's name, and Alembic fails on it \(AttributeError\); write drop_column\('spawners', 'user_options'\)$/ }] },
    { name: 'the documented bad example', code: downgradeIncomplete.bad, errors: [{ line: 2, severity: 'warning', message: "add_column users.phone has no inverse in downgrade (expected drop_column('users', 'phone'))" }] },
    { name: 'each missing inverse is reported at its upgrade operation', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
          op.alter_column("users", "name", new_column_name="full_name")
          with op.batch_alter_table("orders") as batch_op:
              batch_op.drop_column(
                  "legacy",
              )
              batch_op.create_index("ix_orders_status", ["status"])
          op.rename_table("a", "b")
          op.create_foreign_key("fk_orders_users", "orders", "users", ["user_id"], ["id"])

      def downgrade():
          op.drop_column("users", "phone")
    `, errors: [
      { line: 2, message: "create_table audit has no inverse in downgrade (expected drop_table('audit'))" },
      { line: 3, message: "alter_column users.name → full_name has no inverse in downgrade (expected alter_column('users', 'full_name', new_column_name='name'))" },
      { line: 5, message: "drop_column orders.legacy has no inverse in downgrade (expected add_column('orders', sa.Column('legacy', <type>, nullable=True)))" },
      { line: 8, message: "create_index ix_orders_status has no inverse in downgrade (expected drop_index('ix_orders_status', table_name='orders'))" },
      { line: 9, message: "rename_table a → b has no inverse in downgrade (expected rename_table('b', 'a'))" },
      { line: 10, message: "create_foreign_key fk_orders_users has no inverse in downgrade (expected drop_constraint('fk_orders_users', 'orders', type_='foreignkey'))" },
    ] },
    { name: 'the inverse must name the same table and column', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          op.add_column("orders", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
          op.drop_column("orders", "fax")
    `, errors: [{ line: 3, message: /add_column orders\.phone/ }] },
    { name: 'a rename reversed the wrong way round is not an inverse', code: `
      def upgrade():
          op.alter_column("users", "name", new_column_name="full_name")

      def downgrade():
          op.alter_column("users", "name", new_column_name="full_name")
    `, errors: [{ line: 2 }] },
    { name: 'a dropped constraint must be recreated (guards and autocommit do not matter)', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              op.drop_constraint("uq_users_email", "users", type_="unique")
          with op.get_context().autocommit_block():
              op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)

      def downgrade():
          op.execute("SELECT 1")
    `, errors: [
      { line: 4, message: /expected create_unique_constraint\('uq_users_email', 'users', \.\.\.\)/ },
      { line: 6, message: /expected create_index\('ix_users_email', 'users', \[<columns>\]\)/ },
    ] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          # preflight: ignore[downgrade-incomplete] kept on rollback: the old code ignores it
          op.add_column("users", sa.Column("fax", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "phone")
    `, errors: [{ line: 4, suppressed: true }] },
  ],
});

/** The convention SQLAlchemy's documentation recommends, as a project's env.py declares it. */
const USUAL_CONVENTION = {
  ix: 'ix_%(column_0_label)s',
  uq: 'uq_%(table_name)s_%(column_0_name)s',
  ck: 'ck_%(table_name)s_%(constraint_name)s',
  fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',
  pk: 'pk_%(table_name)s',
};
const withConvention = { namingConvention: USUAL_CONVENTION };

// Shapes seen in real histories: names made by a naming convention, constraints PostgreSQL drops
// with their column, rebuilt indexes, loops and raw SQL in the downgrade.
ruleTester(downgradeIncomplete, {
  valid: [
    { name: "env.py's convention: a check constraint is dropped by its converted name", settings: withConvention, code: `
      def upgrade():
          op.create_check_constraint("valid_user", "blocking_principals", "type != 1 OR user_id IS NOT NULL")
          op.create_check_constraint("valid_group", "blocking_principals", "type != 2 OR group_id IS NOT NULL")

      def downgrade():
          op.drop_constraint("ck_blocking_principals_valid_user", "blocking_principals")
          op.drop_constraint(op.f("ck_blocking_principals_valid_group"), "blocking_principals", type_="check")
    ` },
    { name: "env.py's convention names unnamed unique and foreign key constraints", settings: withConvention, code: `
      def upgrade():
          op.create_unique_constraint(None, "members", ["email"])
          op.create_foreign_key(None, "members", "clubs", ["club_id"], ["id"])
          op.create_index(None, "members", ["nick"])

      def downgrade():
          op.drop_index(op.f("ix_members_nick"), table_name="members")
          op.drop_constraint(op.f("fk_members_club_id_clubs"), "members", type_="foreignkey")
          op.drop_constraint("uq_members_email", "members", type_="unique")
    ` },
    { name: 'convention unknown (target_metadata from the models): the usual ck_ name matches', code: `
      def upgrade():
          op.create_check_constraint("duration_no_seconds", "breaks", "date_trunc('minute', duration) = duration", schema="events")

      def downgrade():
          op.drop_constraint("ck_breaks_duration_no_seconds", "breaks", schema="events")
    ` },
    { name: 'convention unknown: an index or constraint dropped by the upgrade comes back unnamed', code: `
      def upgrade():
          op.drop_index("ix_rooms_is_active", table_name="rooms", schema="roombooking")
          op.drop_constraint("uq_equipment_name_location_id", "equipment", schema="roombooking")
          op.drop_constraint("pk_bookable_hours", "bookable_hours", schema="roombooking")

      def downgrade():
          op.create_primary_key(None, "bookable_hours", ["start_time", "room_id"], schema="roombooking")
          op.create_unique_constraint(None, "equipment", ["name", "location_id"], schema="roombooking")
          op.create_index(None, "rooms", ["is_active"], schema="roombooking")
    ` },
    { name: 'indexes and constraints on a column go with it when the downgrade drops the column', code: `
      def upgrade():
          op.add_column("shopping_lists", sa.Column("owner_id", sa.Integer(), nullable=True))
          op.create_index(op.f("ix_shopping_lists_owner_id"), "shopping_lists", ["owner_id"])
          with op.batch_alter_table("shopping_lists") as batch_op:
              batch_op.create_foreign_key("fk_shopping_lists_owner", "users", ["owner_id"], ["id"])
              batch_op.create_unique_constraint("uq_shopping_lists_owner_name", ["name", "owner_id"])
          op.create_check_constraint("owner_positive", "shopping_lists", f"owner_id > {0}")
          op.create_index("ix_shopping_lists_owner_lower", "shopping_lists", [sa.text("lower(owner_id::text)")])

      def downgrade():
          # Autogenerate's unnamed drop would fail; dropping the column takes the key with it.
          op.drop_column("shopping_lists", "owner_id")
    ` },
    { name: 'an index the upgrade rebuilds or only uses for its data migration needs no inverse', code: `
      INDEX = "ix_files_path"

      def upgrade():
          with op.get_context().autocommit_block():
              op.drop_index(INDEX, table_name="files", if_exists=True, postgresql_concurrently=True)
              op.create_index(INDEX, "files", ["path"], postgresql_concurrently=True)
          op.create_index("ix_logins_ip_migration", "logins", ["ip_address"])
          op.execute("UPDATE logins SET ip_address_id = 1 WHERE ip_address_id IS NULL")
          op.drop_index("ix_logins_ip_migration", table_name="logins")

      def downgrade():
          with op.get_context().autocommit_block():
              op.drop_index(INDEX, table_name="files", postgresql_concurrently=True)
    ` },
    { name: 'a constraint replaced in the upgrade and put back in the downgrade', code: `
      def upgrade():
          op.drop_constraint("ck_abstracts_valid_state", "abstracts", schema="event_abstracts")
          op.create_check_constraint("valid_state", "abstracts", "state IN (1, 2, 3, 4)", schema="event_abstracts")

      def downgrade():
          op.drop_constraint("ck_abstracts_valid_state", "abstracts", schema="event_abstracts")
          op.create_check_constraint("valid_state", "abstracts", "state IN (1, 2, 3)", schema="event_abstracts")
    ` },
    { name: 'a downgrade loop over a literal tuple, as one operation per item', code: `
      def upgrade():
          op.add_column("reports", sa.Column("starts_at", sa.DateTime(), nullable=True))
          op.add_column("reports", sa.Column("ends_at", sa.DateTime(), nullable=True))

      def downgrade():
          op.drop_column("reports", "starts_at")
          op.drop_column("reports", "ends_at")
    ` },
    { name: 'a downgrade loop Preflight cannot read may be the inverse', code: `
      COLUMNS = load_columns()

      def upgrade():
          op.add_column("reports", sa.Column("starts_at", sa.DateTime(), nullable=True))
          op.create_index("ix_reports_starts_at", "reports", ["starts_at"])

      def downgrade():
          for name in COLUMNS:
              op.drop_column("reports", name)
    ` },
    { name: 'raw SQL inverses: DROP INDEX, DROP CONSTRAINT, DROP COLUMN, CREATE INDEX, ADD CONSTRAINT', code: `
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"])
          op.create_unique_constraint("uq_users_nick", "users", ["nick"])
          op.create_index("ix_users_phone", "users", ["phone"])
          op.drop_index("releases_name_ts_idx", table_name="releases")
          op.drop_constraint("orders_total_positive", "orders", type_="check")

      def downgrade():
          op.execute("DROP INDEX ix_users_email")
          op.execute("ALTER TABLE users DROP CONSTRAINT uq_users_nick")
          op.execute("ALTER TABLE users DROP COLUMN phone")
          op.execute("CREATE INDEX releases_name_ts_idx ON releases USING gin (to_tsvector('english', name))")
          op.execute("ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0)")
    ` },
  ],
  invalid: [
    { name: "env.py's convention: an unnamed constraint without inverse is reported by its converted name", settings: withConvention, code: `
      def upgrade():
          op.create_unique_constraint(None, "members", ["email"])

      def downgrade():
          op.drop_column("members", "nick")
    `, errors: [{ line: 2, message: "create_unique_constraint uq_members_email has no inverse in downgrade (expected drop_constraint(op.f('uq_members_email'), 'members', type_='unique'))" }] },
    { name: 'a MetaData(naming_convention=…) built in the migration names its unnamed constraints', code: `
      def upgrade():
          meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
          op.create_unique_constraint(None, "members", ["email"])

      def downgrade():
          op.drop_constraint("uq_members_nick", "members", type_="unique")
    `, errors: [{ line: 3, message: /create_unique_constraint uq_members_email has no inverse/ }] },
    { name: 'a module-level convention dict passed to MetaData by name, with class keys', code: `
      CONVENTION = {
          sa.UniqueConstraint: "uq_%(table_name)s_%(column_0_name)s",
          "ix": "ix_%(column_0_label)s",
      }
      metadata = sa.MetaData(naming_convention=CONVENTION)

      def upgrade():
          op.create_unique_constraint(None, "members", ["email"])

      def downgrade():
          op.drop_constraint("uq_members_nick", "members", type_="unique")
    `, errors: [{ line: 8, message: /create_unique_constraint uq_members_email has no inverse/ }] },
    { name: "env.py's convention: the name as written is not the constraint's name", settings: withConvention, code: `
      def upgrade():
          op.create_check_constraint("valid_user", "principals", "user_id IS NOT NULL")

      def downgrade():
          op.drop_constraint("valid_user", "principals")
    `, errors: [{ line: 2, message: "create_check_constraint ck_principals_valid_user has no inverse in downgrade (expected drop_constraint(op.f('ck_principals_valid_user'), 'principals', type_='check'))" }] },
    { name: 'dropping another column keeps the index; a loop over indexes does not drop a column', code: `
      def upgrade():
          op.add_column("reports", sa.Column("starts_at", sa.DateTime(), nullable=True))
          op.create_index("ix_reports_starts_at", "reports", ["starts_at"])

      def downgrade():
          for name in INDEXES:
              op.drop_index(name, table_name="reports")
          op.drop_column("reports", "ends_at")
    `, errors: [{ line: 2, message: /add_column reports\.starts_at has no inverse/ }] },
    { name: 'a check constraint on columns the downgrade keeps', code: `
      def upgrade():
          op.add_column("categories", sa.Column("wallet_mode", sa.Integer(), nullable=False, server_default="0"))
          op.create_check_constraint("root_not_inheriting", "categories", "(id != 0) OR (parent_mode != 1)")

      def downgrade():
          op.drop_column("categories", "wallet_mode")
    `, errors: [{ line: 3, message: /create_check_constraint root_not_inheriting has no inverse/ }] },
    { name: 'an index dropped for good in the upgrade must come back', code: `
      def upgrade():
          op.drop_index("ix_orders_status", table_name="orders")
          op.create_index("ix_orders_status_created", "orders", ["status", "created_at"])

      def downgrade():
          op.drop_index("ix_orders_status_created", table_name="orders")
    `, errors: [{ line: 2, message: /drop_index ix_orders_status has no inverse/ }] },
  ],
});

async function operations(code: string): Promise<{ up: Operation[]; down: Operation[] }> {
  const facts = await parseSource(code);
  return {
    up: facts.operations.filter((o) => o.function === 'upgrade'),
    down: facts.operations.filter((o) => o.function === 'downgrade'),
  };
}

describe('findDowngradeInverse', () => {
  it('returns the downgrade operation that undoes an upgrade operation', async () => {
    const { up, down } = await operations(`
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.create_index('ix_users_email', 'users', ['email'])

      def downgrade():
          op.drop_index('ix_users_email')
          with op.batch_alter_table('users') as batch_op:
              batch_op.drop_column('phone')
    `);
    expect(findDowngradeInverse(up[0]!, down)).toBe(down[1]);
    expect(findDowngradeInverse(up[1]!, down)).toBe(down[0]);
    expect(hasInverse(up[0]!, [])).toBe(false);
    expect(missingInverses(up, down)).toEqual([]);
    expect(missingInverses(up, down.slice(0, 1)).map((m) => m.expected)).toEqual(["drop_column('users', 'phone')"]);
  });

  it('vouches for drops that take an index along, not for loops or conventions it cannot read', async () => {
    const { up, down } = await operations(`
      def upgrade():
          op.create_index('ix_reports_owner', 'reports', ['owner_id'])
          op.add_column('reports', sa.Column('starts_at', sa.DateTime(), nullable=True))
          op.drop_constraint('uq_reports_code', 'reports', type_='unique')

      def downgrade():
          op.drop_column('reports', 'owner_id')
          for name in COLUMNS:
              op.drop_column('reports', name)
          op.create_unique_constraint(None, 'reports', ['year', 'code'])
    `);
    expect(findDowngradeInverse(up[0]!, down)).toBe(down[0]);
    // Neither the checklist's "reversible" nor the rule's finding: the rule stays silent, the checklist asks.
    expect(findDowngradeInverse(up[1]!, down)).toBeUndefined();
    expect(findDowngradeInverse(up[2]!, down)).toBeUndefined();
    expect(missingInverses(up, down)).toEqual([]);
  });

  it('tells operations it cannot judge apart', async () => {
    const { up } = await operations(`
      def upgrade():
          op.execute("UPDATE users SET a = 1 WHERE a IS NULL")
          op.drop_table(name)
          op.create_index('ix_a', 'a', ['x'])
    `);
    expect(up.map(isCheckable)).toEqual([false, false, true]);
    expect(up.map(expectedInverse)).toEqual([undefined, undefined, "drop_index('ix_a', table_name='a')"]);
  });
});
