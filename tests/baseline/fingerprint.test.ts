import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildBaseline, matchBaseline, serializeBaseline, type Baseline } from '../../src/baseline/baseline.js';
import { excludeMatcher } from '../../src/baseline/exclude.js';
import { fingerprintFinding, normalizeSource } from '../../src/baseline/fingerprint.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { runRules } from '../../src/rules/runner.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { type Finding } from '../../src/model/findings.js';
import { parseSource } from '../support/parser.js';

const ORIGINAL = `
  """drop the legacy coupons"""
  from alembic import op
  import sqlalchemy as sa

  revision = "c0ffee000001"
  down_revision = None


  def upgrade():
      op.add_column("orders", sa.Column("coupon_code", sa.String(32), nullable=True))
      op.drop_table("legacy_coupons")


  def downgrade():
      op.drop_column("orders", "coupon_code")
`;

async function fingerprints(source: string, file = 'versions/c0ffee000001_drop_coupons.py'): Promise<{ rule: string; fingerprint: string }[]> {
  const facts = await parseSource(source, file);
  const migration = await analyzeMigration(facts);
  const findings = runRules({ migrations: [migration], graph: buildRevisionGraph([facts]), settings: DEFAULT_RULE_SETTINGS });
  return findings
    .filter((finding) => finding.rule === 'drop-table')
    .map((finding) => ({ rule: finding.rule, fingerprint: fingerprintFinding(finding, facts) }));
}

describe('baseline fingerprints', () => {
  it('survive reformatting: whitespace, line breaks, trailing commas, quotes and comments', async () => {
    const before = await fingerprints(ORIGINAL);
    const reformatted = ORIGINAL.replace(
      'op.drop_table("legacy_coupons")',
      `# coupons moved to the billing service in 2019
      op.drop_table(
          'legacy_coupons',  # gone
      )`,
    ).replace('def upgrade():', '# a comment added above\n\n\n  def upgrade():');
    const after = await fingerprints(reformatted);
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
  });

  it('survive a rename of the file (the revision stays)', async () => {
    expect(await fingerprints(ORIGINAL, 'versions/2019_03_01_drop_coupons.py')).toEqual(await fingerprints(ORIGINAL));
  });

  it('do not survive a change to the operation itself', async () => {
    const edited = await fingerprints(ORIGINAL.replace('op.drop_table("legacy_coupons")', 'op.drop_table("legacy_coupons", schema="billing")'));
    expect(edited).toHaveLength(1);
    expect(edited[0]!.fingerprint).not.toBe((await fingerprints(ORIGINAL))[0]!.fingerprint);
  });

  it('do not survive a change of revision (another migration with the same operation)', async () => {
    const other = await fingerprints(ORIGINAL.replace('c0ffee000001', 'c0ffee000002'));
    expect(other[0]!.fingerprint).not.toBe((await fingerprints(ORIGINAL))[0]!.fingerprint);
  });

  it('normalise SQL in triple-quoted strings by its words, not its indentation', () => {
    expect(normalizeSource('op.execute("""\n    DROP TABLE a\n""")')).toBe(normalizeSource('op.execute(\n    """DROP TABLE a"""\n)'));
    expect(normalizeSource('op.execute("DROP TABLE a")')).not.toBe(normalizeSource('op.execute("DROP TABLE b")'));
    // A # inside a string is SQL, not a comment.
    expect(normalizeSource(`op.execute("SELECT '#1'")`)).toContain("'#1'");
  });
});

describe('baseline matching', () => {
  const finding = (rule: string, line: number, extra: Partial<Finding> = {}): Finding => ({
    rule,
    severity: 'error',
    file: '/p/versions/a.py',
    line,
    column: 5,
    message: `${rule} at ${line}`,
    suppressed: false,
    revision: 'aaaa',
    ...extra,
  });

  it('accepts each finding once per entry, reports unmatched entries as stale, and sorts the file', () => {
    const accepted = [
      { finding: finding('drop-table', 10), fingerprint: 'aa11' },
      { finding: finding('drop-column', 12), fingerprint: 'bb22' },
      { finding: finding('drop-column', 14, { suppressed: true, suppressReason: 'ok' }), fingerprint: 'cc33' },
    ];
    const baseline = buildBaseline(accepted, () => 'versions/a.py');
    expect(baseline.entries.map((entry) => entry.rule)).toEqual(['drop-column', 'drop-table']);
    const now = [
      { finding: finding('drop-table', 30), fingerprint: 'aa11' },
      { finding: finding('drop-table', 31), fingerprint: 'aa11' },
      { finding: finding('drop-table', 40), fingerprint: 'dd44' },
    ];
    const match = matchBaseline(now, baseline);
    expect(match.baselined).toEqual([true, false, false]);
    expect(match.stale.map((entry) => entry.fingerprint)).toEqual(['bb22']);
    expect(match.kept.map((entry) => entry.fingerprint)).toEqual(['aa11']);
  });

  it('serialises the same baseline to the same bytes whatever the order of the findings', () => {
    const a = { finding: finding('drop-table', 10), fingerprint: 'aa11' };
    const b = { finding: finding('drop-column', 12, { file: '/p/versions/b.py' }), fingerprint: 'bb22' };
    const rel = (file: string) => file.replace('/p/', '');
    const first: Baseline = buildBaseline([a, b], rel);
    expect(serializeBaseline(first)).toBe(serializeBaseline(buildBaseline([b, a], rel)));
    expect(JSON.parse(serializeBaseline(first)).version).toBe(1);
  });
});

describe('exclude globs', () => {
  it('match paths relative to the configuration folder; a pattern without a slash matches the file name', () => {
    const excluded = excludeMatcher(['migrations/versions/vendor/**', '*_generated.py', './legacy/?_old.py']);
    expect(excluded('migrations/versions/vendor/a/b.py')).toBe(true);
    expect(excluded('migrations/versions/abc_generated.py')).toBe(true);
    expect(excluded('legacy/1_old.py')).toBe(true);
    expect(excluded('legacy/12_old.py')).toBe(false);
    expect(excluded('migrations/versions/abc_add_phone.py')).toBe(false);
  });
});

describe('fingerprints of findings on no operation', () => {
  const NO_DOWNGRADE = `
    """add a phone column"""
    from alembic import op
    import sqlalchemy as sa

    revision = "c0ffee000003"
    down_revision = None


    def upgrade():
        op.add_column("users", sa.Column("phone", sa.String(20), nullable=True))


    def downgrade():
        pass
  `;

  async function missingDowngrade(source: string): Promise<{ finding: Finding; fingerprint: string }> {
    const facts = await parseSource(source);
    const migration = await analyzeMigration(facts);
    const finding = runRules({ migrations: [migration], graph: buildRevisionGraph([facts]), settings: DEFAULT_RULE_SETTINGS }).find((f) => f.rule === 'missing-downgrade')!;
    return { finding, fingerprint: fingerprintFinding(finding, facts) };
  }

  it('a finding on the def line is anchored to the function: moving it or rewording the message keeps it', async () => {
    const { finding, fingerprint } = await missingDowngrade(NO_DOWNGRADE);
    const moved = await missingDowngrade(NO_DOWNGRADE.replace('def downgrade():', '# no way back\n    def downgrade():'));
    expect(moved.finding.line).toBe(finding.line + 1);
    expect(moved.fingerprint).toBe(fingerprint);
    const facts = await parseSource(NO_DOWNGRADE);
    expect(fingerprintFinding({ ...finding, message: 'reworded by a newer Preflight' }, facts)).toBe(fingerprint);
  });

  it('a project (graph) finding uses its message, without line numbers', () => {
    const graphFinding: Finding = { rule: 'multiple-heads', severity: 'error', file: '/p/a.py', line: 3, column: 1, message: 'heads a, b (see line 3)', suppressed: false, revision: 'a' };
    expect(fingerprintFinding(graphFinding, undefined)).toBe(fingerprintFinding({ ...graphFinding, line: 9, message: 'heads a, b (see line 9)' }, undefined));
    expect(fingerprintFinding(graphFinding, undefined)).not.toBe(fingerprintFinding({ ...graphFinding, message: 'heads a, b, c (see line 3)' }, undefined));
  });
});
