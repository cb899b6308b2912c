/**
 * Project policies in [tool.preflight] (`downgrades`, `exclude`), `init` on a project with a
 * pyproject.toml, and baselined findings in `review` and its record: on git copies of the example.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/review/record/schema.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';
import { initRepository } from '../support/git-repo.js';

const root = mkdtempSync(join(tmpdir(), 'preflight-policies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com' };

let counter = 0;
async function shop(config?: string): Promise<string> {
  const dir = join(root, `shop-${++counter}`);
  cpSync(EXAMPLE_SHOP, dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, '.preflight.toml'), config);
  await initRepository(dir);
  return dir;
}

const rulesOf = async (dir: string) => {
  const result = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: dir, env });
  return JSON.parse(result.stdout).findings as { rule: string; severity: string; file: string }[];
};

describe('downgrades policy', () => {
  it('"none" turns missing-downgrade and downgrade-incomplete off; "optional" makes them warnings; the default keeps the error', async () => {
    const required = await rulesOf(await shop());
    expect(required.filter((f) => f.rule === 'missing-downgrade').map((f) => f.severity)).toContain('error');

    const optional = await rulesOf(await shop('downgrades = "optional"\n'));
    const downgradeRules = optional.filter((f) => f.rule === 'missing-downgrade' || f.rule === 'downgrade-incomplete');
    expect(downgradeRules.length).toBeGreaterThan(0);
    expect(new Set(downgradeRules.map((f) => f.severity))).toEqual(new Set(['warning']));

    const none = await rulesOf(await shop('downgrades = "none"\n'));
    expect(none.filter((f) => f.rule === 'missing-downgrade' || f.rule === 'downgrade-incomplete')).toEqual([]);
    // The other rules still run.
    expect(none.some((f) => f.rule === 'drop-table')).toBe(true);
  });

  it('an explicit [rules] severity still wins over the policy', async () => {
    const findings = await rulesOf(await shop('downgrades = "none"\n[rules]\nmissing-downgrade = "error"\n'));
    expect(findings.filter((f) => f.rule === 'missing-downgrade').map((f) => f.severity)).toContain('error');
  });

  it('preflight config shows the policy and where the rule severities came from', async () => {
    const dir = await shop('downgrades = "none"\n');
    const result = await runCli(['config', '--format', 'json'], { cwd: dir, env });
    const config = JSON.parse(result.stdout);
    expect(config.values.rules).toMatchObject({ 'missing-downgrade': 'off', 'downgrade-incomplete': 'off' });
    expect(config.sources['rules.missing-downgrade']).toBe('.preflight.toml (downgrades = "none")');
  });
});

describe('exclude', () => {
  it('drops the findings of matching version files; the graph still has them', async () => {
    const dir = await shop('exclude = ["migrations/versions/eaa6964182da_*.py", "001_initial_*.py"]\n');
    const findings = await rulesOf(dir);
    expect(findings.some((f) => f.file.includes('eaa6964182da'))).toBe(false);
    expect(findings.some((f) => f.file.includes('001_initial'))).toBe(false);
    // Its child still finds its parent: no missing-down-revision.
    expect(findings.some((f) => f.rule === 'missing-down-revision')).toBe(false);
    expect(findings.some((f) => f.file.includes('f5f4ae3110f6'))).toBe(true);
  });
});

describe('init on a project with a pyproject.toml', () => {
  it('appends [tool.preflight] and keeps everything else byte for byte; proposes "none" when no migration has a downgrade', async () => {
    const dir = join(root, 'no-downgrades');
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    const versions = join(dir, 'migrations', 'versions');
    // A team that never writes downgrades: every downgrade() is `pass`.
    for (const name of readdirSync(versions)) {
      const path = join(versions, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/def downgrade\(\)( -> None)?:[\s\S]*$/, 'def downgrade() -> None:\n    pass\n'));
    }
    const pyproject = '[project]\nname = "shop"\nversion = "1.0"\n\n[tool.ruff]\nline-length = 100 # ours\n';
    writeFileSync(join(dir, 'pyproject.toml'), pyproject);
    await initRepository(dir);
    const result = await runCli(['init', '--yes'], { cwd: dir, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Downgrades: 0 of 11 migrations have a downgrade that does something; proposed policy "none"');
    expect(readFileSync(join(dir, 'pyproject.toml'), 'utf8')).toBe(
      `${pyproject}\n[tool.preflight]\ndialect = "sqlite"\ndowngrades = "none"\nbaseline = ".preflight-baseline.json"\n`,
    );
    const check = await runCli(['check'], { cwd: dir, env });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^11 migrations checked \(head f5f4ae3110f6\): 0 errors, 0 warnings, \d+ baselined\n$/);
  });
});

describe('review with a baseline and downgrades = "none"', () => {
  it('the record marks baselined findings; reversible is n/a with the policy as evidence; rollback-plan asks how to roll back', async () => {
    const dir = await shop('downgrades = "none"\n');
    expect((await runCli(['baseline'], { cwd: dir, env })).code).toBe(0);
    const answers = join(root, `answers-${++counter}.json`);
    writeFileSync(
      answers,
      JSON.stringify({
        'alter-not-drop': { answer: 'no', note: 'coupons moved to the promotions service' },
        'production-safeguards': { answer: 'no', note: 'runs in the maintenance window' },
        'tested-on-production-copy': { answer: 'yes', note: 'staging snapshot' },
        'rollback-plan': { answer: 'yes', note: 'restore legacy_coupons from the nightly backup' },
      }),
    );
    const result = await runCli(['review', 'eaa6964182da', '--answers', answers, '--no-sign'], { cwd: dir, env });
    expect(result.stderr).toBe('');
    const parsed = parseRecord(readFileSync(join(dir, 'migrations', 'reviews', 'eaa6964182da.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const record = parsed.record;
    const dropTable = record.findings.find((finding) => finding.rule === 'drop-table')!;
    expect(dropTable).toMatchObject({ suppressed: false, baselined: true });
    const reversible = record.items.find((item) => item.id === 'reversible')!;
    expect(reversible).toMatchObject({ answer: 'n/a', decidedBy: 'auto' });
    expect(reversible.evidence[0]!.message).toBe('downgrades = "none" in [tool.preflight]: this project does not roll back with downgrade()');
    const rollback = record.items.find((item) => item.id === 'rollback-plan')!;
    expect(rollback.evidence.map((e) => e.message).join('\n')).toContain('the note must say how this migration is rolled back');
  });
});

describe('baseline = "path"', () => {
  it('writes and reads the baseline where the configuration says; --update without one is an error', async () => {
    const dir = await shop('baseline = "ci/preflight-baseline.json"\n');
    const update = await runCli(['baseline', '--update'], { cwd: dir, env });
    expect(update.code).toBe(2);
    expect(update.stderr).toBe('preflight: baseline --update: ci/preflight-baseline.json does not exist yet; run `preflight baseline` (without --update) to write it\n');
    const written = await runCli(['baseline'], { cwd: dir, env });
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^wrote ci\/preflight-baseline\.json: \d+ findings accepted/);
    expect(existsSync(join(dir, '.preflight-baseline.json'))).toBe(false);
    const check = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).baseline.file).toBe('ci/preflight-baseline.json');
    const config = JSON.parse((await runCli(['config', '--format', 'json'], { cwd: dir, env })).stdout);
    expect(config.values.baseline).toBe('ci/preflight-baseline.json');
  });
});
