/** Drift check: the README's rule table is exactly what scripts/generate-docs.mjs makes from the rule modules. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { REPO_ROOT } from '../support/cli.js';

const SCRIPT = join(REPO_ROOT, 'scripts', 'generate-docs.mjs');
const README = join(REPO_ROOT, 'README.md');

function generator(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function section(readme: string): string {
  const start = readme.indexOf('<!-- rules:start -->');
  const end = readme.indexOf('<!-- rules:end -->');
  expect(start, 'README.md has a <!-- rules:start --> marker').toBeGreaterThanOrEqual(0);
  expect(end, 'README.md has a <!-- rules:end --> marker after it').toBeGreaterThan(start);
  return readme.slice(start, end + '<!-- rules:end -->'.length);
}

describe('README rule table', () => {
  it('is what the generator makes from the rule modules (run node scripts/generate-docs.mjs)', async () => {
    const generated = await generator(['--stdout']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(section(readFileSync(README, 'utf8'))).toBe(generated.stdout.trimEnd());
  });

  it('lists every rule with its severity, summary and the checklist items it decides', async () => {
    const { stdout } = await generator(['--stdout']);
    const rows = stdout.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(RULES.length);
    RULES.forEach((rule, index) => {
      const row = rows[index]!;
      expect(row.startsWith(`| \`${rule.id}\` | ${rule.severity} | `)).toBe(true);
      expect(row).toContain(rule.summary.replace(/\|/g, '\\|'));
      for (const item of rule.decides ?? []) expect(row).toContain(`\`${item}\``);
    });
  });

  it('--check fails on a README whose table drifted and passes once regenerated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-readme-'));
    const copy = join(dir, 'README.md');
    writeFileSync(copy, readFileSync(README, 'utf8').replace(/\| `drop-table` \| error \|/, '| `drop-table` | warning |'));
    const drifted = await generator(['--check', '--readme', copy]);
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toContain('out of date');
    expect((await generator(['--readme', copy])).code).toBe(0);
    expect((await generator(['--check', '--readme', copy])).code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(README, 'utf8'));
  });
});
