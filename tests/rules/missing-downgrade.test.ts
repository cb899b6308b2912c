import { describe, expect, it } from 'vitest';
import { missingDowngrade } from '../../src/rules/missing-downgrade.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { GUIDE } from '../support/guide-snippets.js';

ruleTester(missingDowngrade, {
  valid: [
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
    { name: 'a data migration with a docstring-only downgrade', code: `
      def upgrade():
          connection = op.get_bind()
          connection.execute(sa.text("UPDATE users SET email = lower(email) WHERE email <> lower(email)"))
          op.execute("DELETE FROM sessions WHERE true")

      def downgrade():
          """No-op."""
    `, errors: [{ line: 6, message: /leaves execute "UPDATE users SET email = lower\(email\) W…", execute "DELETE FROM sessions WHERE true" in place/ }] },
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
          op.execute("UPDATE users SET email = lower(email) WHERE email <> lower(email)")

      # preflight: ignore[missing-downgrade] lower-casing emails cannot be undone
      def downgrade():
          pass
    `, errors: [{ line: 5, suppressed: true }] },
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
