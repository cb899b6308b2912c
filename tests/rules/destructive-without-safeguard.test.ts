import { describe, expect, it } from 'vitest';
import { destructiveWithoutSafeguard } from '../../src/rules/destructive-without-safeguard.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(destructiveWithoutSafeguard, {
  valid: [
    { name: 'the documented good example', code: destructiveWithoutSafeguard.good },
    { name: "the guide's production safeguard at the top of upgrade (annotated variables)", code: `
      import os
      from typing import Union

      revision: str = "855fa6dab719"
      down_revision: Union[str, None] = "db52892fc5f1"

      def upgrade() -> None:
          env = os.getenv('ENVIRONMENT', 'development')

          if env == 'production':
              # Extra validation for production
              raise Exception("Review this migration before running in production!")

          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column("username")
          op.execute("DELETE FROM sessions")
    ` },
    { name: 'guarded by an if around the step (os.environ, destructive flag)', code: `
      import os
      def upgrade():
          if os.environ.get("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_table("legacy_coupons")
    ` },
    { name: 'non-destructive steps need no safeguard', code: `
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
          op.execute("UPDATE users SET phone = '' WHERE phone IS NULL")
    ` },
    { name: 'drops in downgrade are not upgrade steps', code: `
      def upgrade():
          op.add_column('users', sa.Column('phone', sa.String(), nullable=True))

      def downgrade():
          op.drop_column('users', 'phone')
    ` },
    { name: 'a custom guard variable from the settings', settings: { guardVariables: ['APP_ENV'] }, code: `
      import os
      def upgrade():
          if os.getenv("APP_ENV") == "prod":
              raise RuntimeError("not in prod")
          op.drop_column("users", "legacy")
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: destructiveWithoutSafeguard.bad, errors: [{ line: 2, severity: 'warning', message: /drop_column users\.username runs without a production safeguard/ }] },
    { name: 'every unguarded step: drop_table, batch drop_column, raw SQL (multi-line)', code: `
      def upgrade():
          op.drop_table("legacy_coupons")
          with op.batch_alter_table("orders") as batch_op:
              batch_op.drop_column(
                  "legacy",
              )
          connection = op.get_bind()
          connection.execute(sa.text("DELETE FROM sessions"))
    `, errors: [
      { line: 2, message: /drop_table\("legacy_coupons"\)/ },
      { line: 4, message: /drop_column orders\.legacy/ },
      { line: 8, message: /raw SQL that deletes every row of sessions \(no WHERE\)/ },
    ] },
    { name: 'a guard on an unrelated variable does not count', code: `
      import os
      def upgrade():
          if os.getenv("FEATURE_X") == "1":
              op.drop_column("users", "legacy")
    `, errors: [{ line: 4 }] },
    { name: 'a step before the safeguard is not protected by it', code: `
      import os
      def upgrade():
          op.drop_column("users", "legacy")
          if os.getenv("ENVIRONMENT") == "production":
              raise Exception("stop")
          op.drop_column("users", "older")
    `, errors: [{ line: 3, message: /users\.legacy/ }] },
    { name: 'inside an autocommit block', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("TRUNCATE audit_log")
    `, errors: [{ line: 3, message: /truncates audit_log/ }] },
    { name: 'ENVIRONMENT no longer counts when the settings drop it', settings: { guardVariables: ['APP_ENV'] }, code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise Exception("stop")
          op.drop_column("users", "legacy")
    `, errors: [{ line: 5, message: /no check of APP_ENV guards it/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[destructive-without-safeguard] table is empty in every environment
          op.drop_table("tmp_import")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

describe('destructive-without-safeguard help', () => {
  it("shows the guide's safeguard around the user's own operation", async () => {
    const [finding] = await findingsFor(destructiveWithoutSafeguard, { code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.drop_column(
                  "username",
              )
    ` });
    expect(finding?.help).toContain(`    def upgrade():
        env = os.getenv('ENVIRONMENT', 'development')

        if env == 'production':
            raise Exception("Review this migration before running in production!")

        with op.batch_alter_table('users') as batch_op:
            batch_op.drop_column(
                "username",
            )`);
  });
});
