import { describe, expect, it } from 'vitest';
import { missingDowngrade } from '../../src/rules/missing-downgrade.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { GUIDE } from '../support/guide-snippets.js';

ruleTester(missingDowngrade, {
  valid: [
    { name: 'an upgrade that only validates constraints an earlier migration added (notify 0232)', code: `
      def upgrade():
          op.execute("ALTER TABLE notifications VALIDATE CONSTRAINT chk_notifications_postage_null")
          op.execute("ALTER TABLE notification_history VALIDATE CONSTRAINT chk_notification_history_postage_null")

      def downgrade():
          pass
    ` },
    { name: 'an upgrade that only moves data, its SQL written through textwrap.dedent (notify 0500)', code: `
      import textwrap
      from sqlalchemy import text

      def upgrade():
          conn = op.get_bind()
          conn.execute(
              text(
                  textwrap.dedent(
                      """
                      UPDATE services
                      SET international_sms_message_limit = 100
                      WHERE international_sms_message_limit IS NULL
                      """
                  )
              )
          )

      def downgrade():
          pass
    ` },
    { name: 'data-only upgrades through sa.DDL("…") and sa.text("…").bindparams(…) (osparc, securedrop)', code: `
      def upgrade():
          op.execute(sa.DDL("UPDATE users SET email=lower(email)"))
          for key in keys:
              op.execute(
                  sa.text(
                      """
                      UPDATE sources
                      SET pgp_public_key=:pgp_public_key
                      WHERE filesystem_id=:filesystem_id
                      """
                  ).bindparams(pgp_public_key=key.public, filesystem_id=key.id)
              )


      def downgrade():
          # no downgrade
          pass
    ` },
    { name: 'the documented good example', code: missingDowngrade.good },
    { name: "the guide's Adding a Column pattern", code: GUIDE.addingAColumn },
    { name: "the guide's Adding an ENUM Value pattern (empty downgrade with a comment)", code: GUIDE.addingAnEnumValue },
    { name: 'enum value in an autocommit block, documented downgrade with a docstring and comment', code: `
      def upgrade() -> None:
          with op.get_context().autocommit_block():
              op.execute(sa.text("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended'"))

      def downgrade() -> None:
          """PostgreSQL cannot drop enum values."""
          # The value stays; rolling back leaves it unused.
    ` },
    { name: 'an empty upgrade with an empty downgrade (merge revision, annotated variables)', code: `
      from typing import Sequence, Union
      revision: str = "m1"
      down_revision: Union[str, Sequence[str], None] = ("a1", "b1")

      def upgrade() -> None:
          pass

      def downgrade() -> None:
          pass
    ` },
    { name: 'a downgrade that raises is a deliberate choice', code: `
      def upgrade():
          op.execute("DELETE FROM sessions WHERE expires_at < now()")

      def downgrade():
          raise NotImplementedError("expired sessions cannot be restored")
    ` },
    { name: 'a data-only upgrade (SQL UPDATE and DELETE, docstring-only downgrade) changes no schema', code: `
      def upgrade():
          connection = op.get_bind()
          connection.execute(sa.text("UPDATE users SET email = lower(email) WHERE email <> lower(email)"))
          op.execute("DELETE FROM sessions WHERE true")

      def downgrade():
          """No-op."""
    ` },
    { name: 'a backfill with session settings and an INSERT … SELECT, empty downgrade', code: `
      def upgrade():
          op.execute("SET statement_timeout = 60000")
          op.execute("SET lock_timeout = 60000")
          op.execute("INSERT INTO release_links (release_id, url) SELECT id, homepage FROM releases WHERE homepage IS NOT NULL")
          op.execute("UPDATE releases SET homepage = NULL")

      def downgrade():
          pass
    ` },
    { name: 'rows moved by a WITH … DELETE … RETURNING, a MERGE, an ANALYZE and a LOCK are data steps', code: `
      def upgrade():
          op.execute("LOCK TABLE sessions IN SHARE MODE")
          op.execute("WITH moved AS (DELETE FROM sessions WHERE expired RETURNING *) INSERT INTO sessions_archive SELECT * FROM moved")
          op.execute("MERGE INTO totals t USING daily d ON t.day = d.day WHEN MATCHED THEN UPDATE SET n = d.n")
          op.execute("ANALYZE sessions_archive")

      def downgrade():
          pass
    ` },
    { name: 'scratch tables made by SELECT … INTO TEMP and by a commented, lower-case CREATE TEMP TABLE … AS', code: `
      def upgrade():
          op.execute("SELECT user_id INTO TEMP seen FROM logins WHERE at > now() - interval '1 day'")
          op.execute("""
              -- the users to keep
              create temp table keep as select id from users where id in (select user_id from seen)
          """)
          op.execute("DELETE FROM users WHERE id NOT IN (SELECT id FROM keep)")

      def downgrade():
          pass
    ` },
    { name: 'SQLAlchemy Core and bulk_insert data steps are data too', code: `
      accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("plan", sa.String))

      def upgrade():
          conn = op.get_bind()
          conn.execute(accounts.update().where(accounts.c.plan.is_(None)).values(plan="free"))
          op.bulk_insert(accounts, [{"id": 1, "plan": "staff"}])

      def downgrade():
          pass
    ` },
    { name: 'a Core select held in a variable, whose rows a loop rewrites, is a read', code: `
      def upgrade():
          conn = op.get_bind()
          articles = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("slug"))
          pending = sa.select(articles.c.id, articles.c.title).where(articles.c.slug.is_(None))
          for row in conn.execute(pending):
              conn.execute(articles.update().where(articles.c.id == row.id).values(slug=slugify(row.title)))

      def downgrade():
          pass
    ` },
    { name: 'a temporary table used to rewrite rows leaves nothing behind', code: `
      def upgrade():
          op.execute("""
              CREATE TEMPORARY TABLE merged_users AS SELECT old_id, new_id FROM user_merges;
              UPDATE orders SET user_id = m.new_id FROM merged_users m WHERE orders.user_id = m.old_id;
          """)
          op.execute("DROP TABLE merged_users")

      def downgrade():
          pass
    ` },
    { name: 'a data fix between DISABLE TRIGGER and ENABLE TRIGGER, with an f-string UPDATE', code: `
      def upgrade():
          op.execute("ALTER TABLE shifts DISABLE TRIGGER check_overlap")
          op.execute(f"UPDATE shifts SET ends_at = starts_at + interval '1 hour' WHERE {CONDITION}")
          op.execute("ALTER TABLE shifts ENABLE TRIGGER check_overlap")

      def downgrade():
          pass
    ` },
    { name: 'a batch downgrade undoing the upgrade', code: `
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(length=32), nullable=True))

      def downgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("phone")
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: missingDowngrade.bad, errors: [{ line: 4, severity: 'error', message: /downgrade\(\) does nothing, so rolling back leaves add_column users\.phone in place/ }] },
    { name: 'no downgrade function at all', code: `
      def upgrade():
          op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 1, message: /no downgrade\(\) function/ }] },
    { name: 'a comment does not excuse an empty downgrade of a reversible upgrade (batch)', code: `
      def upgrade() -> None:
          # SQLite refuses ADD COLUMN ... NOT NULL without a default, so recreate the table.
          with op.batch_alter_table("orders", recreate="always") as batch_op:
              batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=False))

      def downgrade() -> None:
          # nothing to do
          pass
    `, errors: [{ line: 6, message: /add_column orders\.currency/ }] },
    { name: 'an enum value without an explanation is a warning that says why', code: `
      def upgrade():
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")

      def downgrade():
          pass
    `, errors: [{ line: 4, severity: 'warning', message: /enum user_status, which PostgreSQL cannot remove; the empty downgrade\(\) must say in a comment how to roll back/ }] },
    { name: "comments in upgrade() do not explain the downgrade, wherever upgrade() is", code: `
      def downgrade():
          pass

      def upgrade():
          # Postgres requires this approach
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
    `, errors: [{ line: 1, severity: 'warning' }] },
    { name: "autogenerate's markers are no explanation (osparc)", code: `
      def upgrade():
          op.execute(sa.DDL("ALTER TYPE pricingplanclassification ADD VALUE 'LICENSE'"))


      def downgrade():
          # ### commands auto generated by Alembic - please adjust! ###
          pass
          # ### end Alembic commands ###
    `, errors: [{ line: 5, severity: 'warning', message: /enum pricingplanclassification, which PostgreSQL cannot remove/ }] },
    { name: 'an enum value with no downgrade at all is a warning too', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
    `, errors: [{ line: 1, severity: 'warning' }] },
    { name: 'an enum value plus a column is not known-irreversible', code: `
      def upgrade():
          op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
          op.add_column("users", sa.Column("suspended_at", sa.DateTime(), nullable=True))

      def downgrade():
          # enum values cannot be removed
          pass
    `, errors: [{ line: 5, severity: 'error' }] },
    { name: 'suppressed with a reason on the def line', code: `
      def upgrade():
          op.execute("ALTER TABLE users ADD COLUMN email_lower text")

      # preflight: ignore[missing-downgrade] the column is dropped by the contract migration
      def downgrade():
          pass
    `, errors: [{ line: 5, suppressed: true }] },
    { name: 'a schema change among data steps is still one, and only it is named', code: `
      def upgrade():
          op.execute("CREATE TEMPORARY TABLE seen AS SELECT DISTINCT user_id FROM logins")
          op.add_column("users", sa.Column("last_login_at", sa.DateTime(), nullable=True))
          op.execute("UPDATE users SET last_login_at = now() WHERE id IN (SELECT user_id FROM seen)")

      def downgrade():
          pass
    `, errors: [{ line: 6, message: /^downgrade\(\) does nothing, so rolling back leaves add_column users\.last_login_at in place$/ }] },
    { name: 'SELECT … INTO creates a table: a schema change, though it starts with SELECT', code: `
      def upgrade():
          op.execute("SELECT id, email INTO users_archive FROM users WHERE deleted")

      def downgrade():
          pass
    `, errors: [{ line: 4, message: /leaves execute "SELECT id, email INTO users_archive/ }] },
    { name: 'SQL the parser cannot read (a variable) may change the schema', code: `
      def upgrade():
          statement = build_statement()
          op.execute(statement)

      def downgrade():
          pass
    `, errors: [{ line: 5, message: /^downgrade\(\) does nothing, so rolling back leaves execute\(statement\) in place$/ }] },
    { name: 'a loop over the rows of another query does not make an unreadable statement a read', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(search_trigger_ddl)
          for row in conn.execute(sa.select(documents.c.id)):
              conn.execute(documents.update().where(documents.c.id == row.id).values(indexed=True))

      def downgrade():
          pass
    `, errors: [{ line: 7, message: /^downgrade\(\) does nothing, so rolling back leaves execute\(search_trigger_ddl\) in place$/ }] },
  ],
});

describe('missing-downgrade help', () => {
  it('writes the downgrade with the inverses in reverse order', async () => {
    const [finding] = await findingsFor(missingDowngrade, { code: `
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.create_index('ix_users_phone', 'users', ['phone'])
          op.execute("UPDATE users SET phone = '' WHERE phone IS NULL")
    ` });
    expect(finding?.help).toContain(`    def downgrade():
        # TODO: undo op.execute("UPDATE users SET phone = '' WHERE phone IS NULL")
        op.drop_index('ix_users_phone', table_name='users')
        op.drop_column('users', 'phone')`);
  });
});
