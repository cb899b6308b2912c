import { describe, expect, it } from 'vitest';
import { destructiveWithoutSafeguard } from '../../src/rules/destructive-without-safeguard.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { runRules, type SeverityOverrides } from '../../src/rules/runner.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { parseSource } from '../support/parser.js';

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

/** Every rule, as `preflight check` runs them: the safeguard part is folded into the destructive finding. */
async function check(code: string, severities: SeverityOverrides = {}) {
  const facts = await parseSource(code);
  const migration = await analyzeMigration(facts);
  return runRules({ migrations: [migration], graph: buildRevisionGraph([facts]), settings: DEFAULT_RULE_SETTINGS, severities })
    .filter((finding) => /^(drop-table|drop-column|destructive-raw-sql|destructive-without-safeguard|unused-suppression)$/.test(finding.rule));
}

describe('one finding per problem: the missing safeguard is part of the destructive finding', () => {
  const DROP = `
    def upgrade():
        op.drop_table("legacy_coupons")

    def downgrade():
        op.create_table("legacy_coupons", sa.Column("id", sa.Integer(), primary_key=True))
  `;

  it('drop_table without a guard: one drop-table finding that says so and shows the guard', async () => {
    const findings = await check(DROP);
    expect(findings.map((f) => [f.rule, f.line, f.severity, f.unguarded])).toEqual([['drop-table', 2, 'error', true]]);
    expect(findings[0]!.message).toBe(
      'upgrade drops table legacy_coupons: its data is lost and cannot be restored by a downgrade, ' +
        'and no production safeguard guards it (no check of ENVIRONMENT or ALLOW_DESTRUCTIVE_MIGRATIONS)',
    );
    expect(findings[0]!.help).toContain("if env == 'production':");
    expect(findings[0]!.help).toContain('op.rename_table("legacy_coupons", "_deprecated_legacy_coupons")');
  });

  it('destructive-without-safeguard = "off" leaves the safeguard part out', async () => {
    const findings = await check(DROP, { 'destructive-without-safeguard': 'off' });
    expect(findings.map((f) => [f.rule, f.unguarded])).toEqual([['drop-table', undefined]]);
    expect(findings[0]!.message).not.toMatch(/safeguard/);
    expect(findings[0]!.help).not.toContain("if env == 'production':");
  });

  it('with the destructive rule off, the safeguard finding appears on its own', async () => {
    const findings = await check(DROP, { 'drop-table': 'off' });
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['destructive-without-safeguard', 2]]);
    expect(findings[0]!.message).toMatch(/^drop_table\("legacy_coupons"\) runs without a production safeguard/);
  });

  it('each destructive statement of one execute gets its own folded finding', async () => {
    const findings = await check(`
      def upgrade():
          op.execute("DELETE FROM sessions; TRUNCATE login_attempts")
    `);
    expect(findings.map((f) => [f.rule, f.unguarded])).toEqual([
      ['destructive-raw-sql', true],
      ['destructive-raw-sql', true],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/deletes every row of sessions.*, and no production safeguard guards it/),
      expect.stringMatching(/truncates login_attempts.*, and no production safeguard guards it/),
    ]);
  });

  it('a drop suppressed on its own leaves the missing safeguard as a finding of its own', async () => {
    const findings = await check(`
      def upgrade():
          op.drop_column("users", "username")  # preflight: ignore[drop-column] unused since 2.3
    `);
    expect(findings.map((f) => [f.rule, f.suppressed])).toEqual([
      ['destructive-without-safeguard', false],
      ['drop-column', true],
    ]);
    expect(findings[1]!.message).not.toMatch(/safeguard/);
  });

  it('the safeguard keeps its own severity: configured as error, the folded warning becomes an error', async () => {
    const findings = await check(`
      def upgrade():
          op.drop_column("users", "username")
    `, { 'destructive-without-safeguard': 'error' });
    expect(findings.map((f) => [f.rule, f.severity, f.unguarded])).toEqual([['drop-column', 'error', true]]);
  });

  it('alone, in a loop over a non-literal iterable, it names the iterable', async () => {
    const findings = await check(`
      def upgrade():
          for name in OBSOLETE_TABLES:
              op.drop_table(name)
    `, { 'drop-table': 'off' });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^drop_table of each table in OBSOLETE_TABLES runs without a production safeguard/),
    ]);
  });

  it('a guarded drop has no safeguard part', async () => {
    const findings = await check(`
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise RuntimeError("review first")
          op.drop_column("users", "username")
    `);
    expect(findings.map((f) => [f.rule, f.unguarded])).toEqual([['drop-column', undefined]]);
  });
});
