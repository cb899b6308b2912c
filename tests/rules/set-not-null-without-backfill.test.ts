import { describe, expect, it } from 'vitest';
import { historyFindings, historyMigration } from '../support/history.js';
import { setNotNullWithoutBackfill } from '../../src/rules/set-not-null-without-backfill.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(setNotNullWithoutBackfill, {
  valid: [
    { name: 'the downgrade keeps it NOT NULL: it was NOT NULL before, the upgrade restates it with a type change (mailu)', code: `
      def upgrade():
          with op.batch_alter_table("user") as batch:
              batch.alter_column("quota_bytes", type_=sa.BigInteger(), nullable=False)

      def downgrade():
          with op.batch_alter_table("user") as batch:
              batch.alter_column("quota_bytes", type_=sa.Integer(), nullable=False)
    ` },
    { name: 'the rows that hold NULL are deleted first (securedrop)', code: `
      def upgrade():
          op.execute("DELETE FROM sources WHERE filesystem_id IS NULL")
          with op.batch_alter_table("sources", schema=None) as batch_op:
              batch_op.alter_column("filesystem_id", existing_type=sa.VARCHAR(length=96), nullable=False)
          op.execute("DELETE FROM replies WHERE uuid IS NULL OR filename = ''")
          op.alter_column("replies", "uuid", nullable=False)
    ` },
    ...guideCases(),
    { name: 'the rule docs: good', code: setNotNullWithoutBackfill.good },
    { name: 'the shop example: get_bind().execute(sa.text(...)) backfill, then batch alter', code: `
      def upgrade() -> None:
          op.add_column("orders", sa.Column("total_cents", sa.Integer(), nullable=True))
          op.get_bind().execute(
              sa.text(
                  "UPDATE orders SET total_cents = ("
                  "SELECT COALESCE(SUM(order_items.quantity * order_items.unit_price_cents), 0) "
                  "FROM order_items WHERE order_items.order_id = orders.id"
                  ") WHERE total_cents IS NULL"
              )
          )
          with op.batch_alter_table("orders") as batch_op:
              batch_op.alter_column("total_cents", existing_type=sa.Integer(), nullable=False)
    ` },
    { name: 'added in the same upgrade with a server_default', code: `
      def upgrade():
          op.add_column("users", sa.Column("active", sa.Boolean(), nullable=True, server_default=sa.true()))
          op.alter_column("users", "active", nullable=False)
    ` },
    { name: 'a column added NOT NULL is add-column-not-null-without-default\'s business', code: `
      def upgrade():
          op.add_column("users", sa.Column("region", sa.String(), nullable=False))
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'nullable=True is not SET NOT NULL', code: `
      def upgrade():
          op.alter_column("users", "nickname", nullable=True)
    ` },
    { name: 'f-string SQL that mentions the column counts (lenient)', code: `
      def upgrade():
          for table in ("users", "admins"):
              op.execute(sa.text(f"UPDATE {table} SET email = lower(email) WHERE email IS NULL"))
          op.alter_column("users", "email", nullable=False)
    ` },
    { name: 'SQLAlchemy Core update() through op.execute mentions the column (lenient)', code: `
      users = sa.table("users", sa.column("status", sa.String()))

      def upgrade():
          op.execute(users.update().where(users.c.status.is_(None)).values(status="active"))
          op.alter_column("users", "status", nullable=False)
    ` },
    { name: 'SQL in a DO block the summary cannot see into, mentioning the column', code: `
      def upgrade():
          op.execute("DO $$ BEGIN UPDATE users SET region = 'eu' WHERE region IS NULL; END $$")
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'UPDATE with a schema-qualified, upper-case table name', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("UPDATE public.USERS SET Region = 'eu' WHERE region IS NULL"))
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'SQL held in a local variable', code: `
      def upgrade():
          backfill = "UPDATE users SET region = 'eu' WHERE region IS NULL"
          op.execute(backfill)
          op.alter_column("users", "region", nullable=False)
    ` },
    { name: 'a table created in the same migration is empty', code: `
      def upgrade():
          op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String()))
          op.alter_column("tags", "name", nullable=False)
    ` },
    { name: 'SET NOT NULL in downgrade is not checked', code: `
      def upgrade():
          op.alter_column("users", "nickname", nullable=True)

      def downgrade():
          op.alter_column("users", "nickname", nullable=False)
    ` },
  ],
  invalid: [
    { name: 'a downgrade that makes it nullable again says it was nullable before', code: `
      def upgrade():
          op.alter_column("users", "email", nullable=False)

      def downgrade():
          op.alter_column("users", "email", nullable=True)
    `, errors: [{ line: 2, message: /^upgrade makes users\.email NOT NULL without backfilling it first/ }] },
    { name: 'a DELETE of only some of the NULL rows, or of another column\'s NULLs, is no backfill', code: `
      def upgrade():
          op.execute("DELETE FROM sources WHERE filesystem_id IS NULL AND pending")
          op.alter_column("sources", "filesystem_id", nullable=False)
          op.execute("DELETE FROM replies WHERE filename IS NULL")
          op.alter_column("replies", "uuid", nullable=False)
    `, errors: [{ line: 3, message: /sources\.filesystem_id NOT NULL without backfilling/ }, { line: 5, message: /replies\.uuid NOT NULL/ }] },
    { name: 'rule docs: bad', code: setNotNullWithoutBackfill.bad, errors: [{ line: 3, message: /adds users\.new_field \(line 2\) and makes it NOT NULL without backfilling it/ }] },
    { name: 'plain SET NOT NULL of an existing column', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(), nullable=False)
    `, errors: [{ line: 2, message: /^upgrade makes users\.email NOT NULL without backfilling it first/ }] },
    { name: 'batch mode, multi-line', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.alter_column(
                  "total_cents",
                  existing_type=sa.Integer(),
                  nullable=False,
              )
    `, errors: [{ line: 3, message: /orders\.total_cents/ }] },
    { name: 'the backfill comes after the ALTER', code: `
      def upgrade():
          op.add_column("users", sa.Column("new_field", sa.String(), nullable=True))
          op.alter_column("users", "new_field", nullable=False)
          op.execute("UPDATE users SET new_field = old_field")
    `, errors: [{ line: 3 }] },
    { name: 'the UPDATE fills another column', code: `
      def upgrade():
          op.execute("UPDATE users SET other_field = 'x' WHERE other_field IS NULL")
          op.alter_column("users", "new_field", nullable=False)
    `, errors: [{ line: 3 }] },
    { name: 'the UPDATE is on another table', code: `
      def upgrade():
          op.execute("UPDATE admins SET new_field = 'x' WHERE new_field IS NULL")
          op.alter_column("users", "new_field", nullable=False)
    `, errors: [{ line: 3 }] },
    { name: 'a server_default set by alter_column does not fill existing NULLs', code: `
      def upgrade():
          op.alter_column("users", "region", server_default="eu", nullable=False)
    `, errors: [{ line: 2, message: /applies to new rows only/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "d4"
      down_revision: Union[str, None] = "c3"
      TABLE: str = "users"

      def upgrade() -> None:
          op.alter_column(TABLE, "region", nullable=False)
    `, errors: [{ line: 7, message: /users\.region/ }] },
    { name: 'suppressed: backfilled by an earlier migration', code: `
      def upgrade():
          # preflight: ignore[set-not-null-without-backfill] backfilled in 3f2a1b (every row has a region)
          op.alter_column("users", "region", nullable=False)
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('set-not-null-without-backfill: help shows the backfill with the user\'s names', async () => {
  const [finding] = await findingsFor(setNotNullWithoutBackfill, { code: setNotNullWithoutBackfill.bad });
  expect(finding?.help).toContain('op.execute("UPDATE users SET new_field = <value> WHERE new_field IS NULL")');
  expect(finding?.help).toContain('op.alter_column("users", "new_field", nullable=False)');
});

it('set-not-null-without-backfill: on PostgreSQL the help names the scan-free path only where the version has it', async () => {
  const [on15] = await findingsFor(setNotNullWithoutBackfill, { code: setNotNullWithoutBackfill.bad });
  expect(on15?.help).toContain('on PostgreSQL 15 add CHECK (new_field IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, and SET NOT NULL then skips the scan.');
  const [on11] = await findingsFor(setNotNullWithoutBackfill, { code: setNotNullWithoutBackfill.bad, settings: { pgVersion: 11 } });
  expect(on11?.help).toContain('On PostgreSQL 11, SET NOT NULL always scans every row under an ACCESS EXCLUSIVE lock');
  expect(on11?.help).not.toContain('skips the scan');
  const [onSqlite] = await findingsFor(setNotNullWithoutBackfill, { code: setNotNullWithoutBackfill.bad, settings: { dialect: 'sqlite' } });
  expect(onSqlite?.help).not.toContain('ACCESS EXCLUSIVE');
});

// Backfills as real projects write them: SQLAlchemy Core, ORM sessions, per-row UPDATE loops.
ruleTester(setNotNullWithoutBackfill, {
  valid: [
    { name: 'Core: conn.execute(sa.update(t).values(...)) with a sa.table helper, in a per-row loop', code: `
      releases = sa.table("releases", sa.column("version", sa.Text()), sa.column("canonical_version", sa.Text()))

      def upgrade():
          conn = op.get_bind()
          for release in conn.execute(sa.select(releases.c.version).distinct()):
              conn.execute(
                  sa.update(releases)
                  .where(releases.c.version == release.version)
                  .values(canonical_version=canonicalize(release.version))
              )
          op.alter_column("releases", "canonical_version", nullable=False)
    ` },
    { name: 'Core: a statement built first and executed later, values given as a dict', code: `
      def upgrade():
          sources = sa.table("data_sources", sa.column("id", sa.Integer), sa.column("encrypted_options", sa.LargeBinary))
          stmt = sources.update().values({"encrypted_options": sa.func.encrypt(sources.c.options)})
          op.execute(stmt)
          op.alter_column("data_sources", "encrypted_options", nullable=False)
    ` },
    { name: 'ORM: session.query(...).update() with the column as key', code: `
      def upgrade():
          session = orm.Session(bind=op.get_bind())
          session.query(Food).filter(Food.on_hand.is_(None)).update({Food.on_hand: False}, synchronize_session=False)
          session.query(Unit).update({"use_abbreviation": False})
          session.commit()
          op.alter_column("ingredient_foods", "on_hand", nullable=False)
          op.alter_column("ingredient_units", "use_abbreviation", nullable=False)
    ` },
    { name: 'ORM: objects changed by attribute and committed (the column cannot be seen; same table)', code: `
      def upgrade():
          op.add_column("project_observations", sa.Column("related_name", sa.String(), nullable=True))
          session = sa.orm.Session(bind=op.get_bind())
          for observation in session.scalars(sa.select(ProjectObservation)):
              observation.related_name = repr(observation.project)
              session.add(observation)
          session.commit()
          op.alter_column("project_observations", "related_name", nullable=False)
    ` },
    { name: 'per-row UPDATE ... WHERE id = :id in a loop, literal and f-string SQL', code: `
      def upgrade():
          conn = op.get_bind()
          for row in conn.execute(sa.text("SELECT id, name FROM recipes")):
              conn.execute(sa.text("UPDATE recipes SET slug = :slug WHERE id = :id"), {"slug": slugify(row.name), "id": row.id})
          for row in conn.execute(sa.text("SELECT id, note FROM ingredients")):
              conn.execute(sa.text(f"UPDATE {INGREDIENTS} SET note_normalized=:value WHERE id=:id").bindparams(value=row.note.lower(), id=row.id))
          op.alter_column("recipes", "slug", nullable=False)
          op.alter_column("ingredients", "note_normalized", nullable=False)
    ` },
    { name: 'ORM session executing a Core update per row, as the body of a helper reads once inlined', code: `
      def upgrade():
          op.add_column("qos_policies", sa.Column("standard_attr_id", sa.BigInteger(), nullable=True))
          session = sa.orm.Session(bind=op.get_bind())
          for row in session.query(policies):
              res = session.execute(standardattrs.insert().values(resource_type="qos_policies"))
              session.execute(
                  policies.update().values(
                      standard_attr_id=res.inserted_primary_key[0]).where(
                          policies.c.id == row[0])
              )
          session.commit()
          op.alter_column("qos_policies", "standard_attr_id", nullable=False, existing_type=sa.BigInteger())
    ` },
    { name: 'backfill in a helper defined below upgrade() (it runs where upgrade() calls it)', code: `
      devices = sa.table("devices", sa.column("id", sa.Integer), sa.column("serial", sa.String))

      def upgrade():
          fill_serials()
          op.alter_column("devices", "serial", nullable=False, existing_type=sa.String())

      def fill_serials():
          conn = op.get_bind()
          for row in conn.execute(sa.select(devices.c.id).where(devices.c.serial.is_(None))):
              conn.execute(devices.update().values(serial=f"legacy-{row.id}").where(devices.c.id == row.id))
    ` },
    { name: 'backfill looping over a list the helper fills first (rows = [], then append)', code: `
      zones = sa.table("zones", sa.column("id", sa.String), sa.column("region", sa.String))

      def backfill_regions():
          session = sa.orm.Session(bind=op.get_bind())
          pending = []
          for row in session.query(zones):
              pending.append({"id": row[0], "region": row[1] or "default"})
          for item in pending:
              session.execute(zones.update().values(region=item["region"]).where(zones.c.id == item["id"]))
          session.commit()

      def upgrade():
          backfill_regions()
          op.alter_column("zones", "region", nullable=False, existing_type=sa.String(64))
    ` },
    { name: 'op.bulk_insert into a table the migration creates', code: `
      def upgrade():
          roles = op.create_table("roles", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String(), nullable=True))
          op.bulk_insert(roles, [{"id": 1, "name": "admin"}, {"id": 2, "name": "member"}])
          op.alter_column("roles", "name", nullable=False)
    ` },
  ],
  invalid: [
    { name: 'a helper that backfills, called only after the ALTER', code: `
      devices = sa.table("devices", sa.column("id", sa.Integer), sa.column("serial", sa.String))

      def fill_serials():
          op.execute(devices.update().where(devices.c.serial.is_(None)).values(serial="unknown"))

      def upgrade():
          op.alter_column("devices", "serial", nullable=False, existing_type=sa.String())
          fill_serials()
    `, errors: [{ line: 7, message: /makes devices\.serial NOT NULL without backfilling it first/ }] },
    { name: 'Core update that only tests the column in its WHERE', code: `
      users = sa.table("users", sa.column("status", sa.String()), sa.column("active", sa.Boolean()))

      def upgrade():
          op.execute(users.update().where(users.c.status.is_(None)).values(active=False))
          op.alter_column("users", "status", nullable=False)
    `, errors: [{ line: 5, message: /makes users\.status NOT NULL without backfilling it first/ }] },
    { name: 'f-string UPDATE that sets another column', code: `
      def upgrade():
          op.execute(sa.text(f"UPDATE {TABLE} SET archived = false WHERE email IS NULL"))
          op.alter_column("users", "email", nullable=False)
    `, errors: [{ line: 3, message: /users\.email/ }] },
    { name: 'ORM commit after a query of another table', code: `
      def upgrade():
          session = orm.Session(bind=op.get_bind())
          for group in session.query(Group):
              group.slug = slugify(group.name)
          session.commit()
          op.alter_column("users", "slug", nullable=False)
    `, errors: [{ line: 6, message: /users\.slug/ }] },
  ],
});

describe('set-not-null-without-backfill: a backfill in an earlier migration (the guide: data migrations in steps)', () => {
  const migration = historyMigration;
  const findings = (files: string[]) => historyFindings(setNotNullWithoutBackfill, files);

  it('add nullable, backfill in the next migration, SET NOT NULL in the one after: not flagged (notify 0051, 0052)', async () => {
    const result = await findings([
      migration('a1', null, '    op.add_column("jobs", sa.Column("job_status", sa.String(), nullable=True))'),
      migration('b2', 'a1', '    op.execute("UPDATE jobs SET job_status = status WHERE job_status IS NULL")'),
      migration('c3', 'b2', '    op.alter_column("jobs", "job_status", nullable=False)'),
    ]);
    expect(result).toEqual([]);
  });

  it('a backfill before the column was added (dropped and added again since) does not count: flagged', async () => {
    const result = await findings([
      migration('a1', null, '    op.execute("UPDATE jobs SET job_status = status")'),
      migration('b2', 'a1', '    op.drop_column("jobs", "job_status")\n    op.add_column("jobs", sa.Column("job_status", sa.String(), nullable=True))'),
      migration('c3', 'b2', '    op.alter_column("jobs", "job_status", nullable=False)'),
    ]);
    expect(result.map((f) => [f.file, f.line, f.message])).toEqual([
      ['versions/2_m.py', 5, expect.stringMatching(/^upgrade makes jobs\.job_status NOT NULL without backfilling it first/)],
    ]);
  });

  it('NOT NULL since an earlier migration (a primary key, created so), restated with a type change: not flagged (gnocchi)', async () => {
    const result = await findings([
      migration('a1', null, '    op.create_table("metric", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String()))'),
      migration('b2', 'a1', '    op.alter_column("metric", "id", type_=sa.BigInteger(), nullable=False)'),
    ]);
    expect(result).toEqual([]);
  });

  it("a table of the same name in another schema is another table (indico's oauth.tokens and users.tokens): flagged", async () => {
    const result = await findings([
      migration('a1', null, '    op.create_table("tokens", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("scopes", sa.String(), nullable=False), schema="users")'),
      migration('b2', 'a1', '    op.alter_column("tokens", "scopes", nullable=False, schema="oauth")'),
    ]);
    expect(result.map((f) => [f.file, f.line])).toEqual([['versions/1_m.py', 5]]);
  });

  it("on MySQL a type change without existing_nullable=False made it nullable (MODIFY restates the column: quay): flagged", async () => {
    const files = [
      migration('a1', null, '    op.create_table("blobupload", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("byte_count", sa.Integer(), nullable=False))'),
      migration('b2', 'a1', '    op.alter_column("blobupload", "byte_count", existing_type=sa.Integer(), type_=sa.BigInteger())'),
      migration('c3', 'b2', '    op.alter_column("blobupload", "byte_count", existing_type=sa.BigInteger(), nullable=False)'),
    ];
    expect(await findings(files)).toEqual([]);
    const mysql = await historyFindings(setNotNullWithoutBackfill, files, { dialect: 'mysql' });
    expect(mysql.map((f) => [f.file, f.line])).toEqual([['versions/2_m.py', 5]]);
  });

  it('made nullable in between: the earlier NOT NULL no longer holds, flagged', async () => {
    const result = await findings([
      migration('a1', null, '    op.add_column("jobs", sa.Column("owner", sa.String(), nullable=False, server_default="x"))'),
      migration('b2', 'a1', '    op.alter_column("jobs", "owner", nullable=True)'),
      migration('c3', 'b2', '    op.alter_column("jobs", "owner", nullable=False)'),
    ]);
    expect(result.map((f) => [f.file, f.line])).toEqual([['versions/2_m.py', 5]]);
  });

  it('the column added with a server_default in an earlier migration: every row got the default', async () => {
    const result = await findings([
      migration('a1', null, '    op.add_column("jobs", sa.Column("priority", sa.Integer(), nullable=True, server_default="0"))'),
      migration('b2', 'a1', '    op.alter_column("jobs", "priority", nullable=False)'),
    ]);
    expect(result).toEqual([]);
  });
});
