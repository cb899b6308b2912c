// The runner's memo: migration-scope results of an unchanged migration are taken from an
// earlier run (check keeps them in its facts cache); other settings, another file role or
// other rules never reuse them.
import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { runRules, type MigrationReport, type RuleMemo } from '../../src/rules/runner.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/model/settings.js';
import { type AnalyzedMigration } from '../../src/model/facts.js';
import { parseSource } from '../support/parser.js';

class CountingMemo implements RuleMemo {
  readonly stored = new Map<string, MigrationReport[]>();
  hits = 0;
  getReports(key: string): MigrationReport[] | undefined {
    const reports = this.stored.get(key);
    if (reports) this.hits++;
    return reports;
  }
  setReports(key: string, reports: MigrationReport[]): void {
    this.stored.set(key, reports);
  }
}

const SOURCE = `
  from alembic import op
  import sqlalchemy as sa

  revision = "a1"
  down_revision = None

  def upgrade():
      op.drop_column("users", "legacy")
      op.add_column("users", sa.Column("phone", sa.String(), nullable=False))

  def downgrade():
      op.drop_column("users", "phone")
`;

async function migration(file = 'versions/a1_change.py'): Promise<AnalyzedMigration> {
  return analyzeMigration(await parseSource(SOURCE, file));
}

function run(migrations: AnalyzedMigration[], memo: RuleMemo, settings: Partial<RuleSettings> = {}, severities = {}) {
  return runRules({
    migrations,
    graph: buildRevisionGraph(migrations.map((m) => m.facts)),
    settings: { ...DEFAULT_RULE_SETTINGS, ...settings },
    severities,
    memo,
  });
}

describe('runRules with a memo', () => {
  it('gives the same findings from the memo as from the rules', async () => {
    const memo = new CountingMemo();
    const migrations = [await migration()];
    const first = run(migrations, memo);
    expect(memo.hits).toBe(0);
    expect(first.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'add-column-not-null-without-default']));
    const second = run(migrations, memo);
    expect(memo.hits).toBe(1);
    expect(second).toEqual(first);
  });

  it('does not reuse results under other settings or with a rule turned off', async () => {
    const memo = new CountingMemo();
    const migrations = [await migration()];
    run(migrations, memo);
    const guarded = run(migrations, memo, { guardVariables: ['DEPLOY_ENV'] });
    expect(memo.hits).toBe(0);
    const withoutDropColumn = run(migrations, memo, {}, { 'drop-column': 'off' });
    expect(memo.hits).toBe(0);
    expect(withoutDropColumn.map((f) => f.rule)).not.toContain('drop-column');
    expect(guarded.map((f) => f.rule)).toContain('drop-column');
  });

  it('keeps results of the reset migration apart from the same file under another name', async () => {
    const memo = new CountingMemo();
    run([await migration('versions/001_initial_clean_schema.py')], memo);
    run([await migration('versions/a1_change.py')], memo);
    expect(memo.hits).toBe(0);
    expect(memo.stored.size).toBe(2);
  });

  it('applies suppressions and severities to remembered reports as to fresh ones', async () => {
    const memo = new CountingMemo();
    const suppressed = await analyzeMigration(
      await parseSource(SOURCE.replace('      op.drop_column("users", "legacy")', '      op.drop_column("users", "legacy")  # preflight: ignore[drop-column] unused since v2'), 'versions/a1_change.py'),
    );
    const fresh = run([suppressed], memo, {}, { 'add-column-not-null-without-default': 'warning' });
    const remembered = run([suppressed], memo, {}, { 'add-column-not-null-without-default': 'warning' });
    expect(memo.hits).toBe(1);
    expect(remembered).toEqual(fresh);
    expect(remembered.find((f) => f.rule === 'drop-column')).toMatchObject({ suppressed: true, suppressReason: 'unused since v2' });
    expect(remembered.find((f) => f.rule === 'add-column-not-null-without-default')?.severity).toBe('warning');
  });
});
