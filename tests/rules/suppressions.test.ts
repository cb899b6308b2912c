import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { parseSource } from '../support/parser.js';

async function run(code: string) {
  const facts = await parseSource(code);
  return runRules({ migrations: [await analyzeMigration(facts)], graph: buildRevisionGraph([facts]), settings: DEFAULT_RULE_SETTINGS, rules: RULES });
}

describe('suppressions', () => {
  it('a suppression without a reason still suppresses but is reported', async () => {
    const findings = await run(`
      revision = "a"
      down_revision = None
      def upgrade():
          op.drop_column("users", "legacy")  # preflight: ignore[drop-column]
      def downgrade():
          op.add_column("users", sa.Column("legacy", sa.String(), nullable=True))
    `);
    expect(findings.find((f) => f.rule === 'drop-column')).toMatchObject({ suppressed: true, suppressReason: '' });
    expect(findings.find((f) => f.rule === 'suppression-without-reason')).toMatchObject({ line: 4, severity: 'error' });
  });

  it('reports unknown ids and suppressions that silence nothing', async () => {
    const findings = await run(`
      revision = "a"
      down_revision = None
      def upgrade():
          # preflight: ignore[drop-colum] typo
          op.add_column("users", sa.Column("x", sa.String(), nullable=True))  # preflight: ignore[drop-table] stale
      def downgrade():
          op.drop_column("users", "x")
    `);
    const unused = findings.filter((f) => f.rule === 'unused-suppression').map((f) => f.message);
    expect(unused).toEqual(['ignore[drop-colum]: unknown rule id', 'ignore[drop-table] suppresses nothing here: remove it']);
  });

  it('several ids in one comment, each with the shared reason', async () => {
    const findings = await run(`
      revision = "a"
      down_revision = None
      import os
      def upgrade():
          # preflight: ignore[drop-table, destructive-without-safeguard] emptied in v2, approved in #88
          op.drop_table("old")
      def downgrade():
          op.create_table("old", sa.Column("id", sa.Integer(), primary_key=True))
    `);
    // Both findings are about the one drop: they are one (suppressed) finding, and neither id is unused.
    const suppressed = findings.filter((f) => f.suppressed).map((f) => [f.rule, f.suppressReason, f.unguarded]);
    expect(suppressed).toEqual([['drop-table', 'emptied in v2, approved in #88', true]]);
    expect(findings.filter((f) => f.rule === 'unused-suppression')).toEqual([]);
    expect(findings.filter((f) => !f.suppressed && f.severity === 'error')).toEqual([]);
  });
});
