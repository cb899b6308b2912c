import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

describe('preflight check on the example project', () => {
  it('reports the bad migrations as path:line:col severity rule message and exits 1', async () => {
    const result = await runCli(['check'], { cwd: EXAMPLE_SHOP });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^migrations\/versions\/eaa6964182da_drop_legacy_coupons\.py:\d+:\d+ error drop-table upgrade drops table legacy_coupons/m);
    expect(result.stdout).toMatch(/11 migrations checked \(head f5f4ae3110f6\): \d+ errors?/);
    expect(result.stderr).toBe('');
  });

  it('emits stable JSON with paths relative to the current directory', async () => {
    const result = await runCli(['-C', 'examples/shop', 'check', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.migrations).toBe(11);
    expect(report.heads).toEqual(['f5f4ae3110f6']);
    const dropTable = report.findings.find((f: { rule: string }) => f.rule === 'drop-table');
    expect(dropTable).toMatchObject({
      severity: 'error',
      file: 'examples/shop/migrations/versions/eaa6964182da_drop_legacy_coupons.py',
      suppressed: false,
    });
    expect(Object.keys(dropTable)).toEqual(expect.arrayContaining(['rule', 'severity', 'file', 'line', 'column', 'message', 'suppressed', 'suppressReason']));
  });

  it('limits the report to the given files', async () => {
    const result = await runCli(['check', 'migrations/versions/2fee88dab64c_add_phone_to_users.py', '--format', 'json'], { cwd: EXAMPLE_SHOP });
    const report = JSON.parse(result.stdout);
    expect(report.findings.every((f: { file: string }) => f.file.includes('2fee88dab64c'))).toBe(true);
    expect(result.code).toBe(0);
  });

  it('gives the same result from the cache on a second run', async () => {
    const first = await runCli(['check', '--format', 'json'], { cwd: EXAMPLE_SHOP });
    const second = await runCli(['check', '--format', 'json'], { cwd: EXAMPLE_SHOP });
    const uncached = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: EXAMPLE_SHOP });
    expect(second.stdout).toBe(first.stdout);
    expect(uncached.stdout).toBe(first.stdout);
  });
});

describe('project discovery errors', () => {
  it('exits 2 with one line saying where it looked when there is no alembic.ini', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'preflight-empty-'));
    const result = await runCli(['check'], { cwd: empty });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no Alembic project found: looked for alembic\.ini .* in .*preflight-empty-/);
  });

  it('reports a syntax error as parse-error at its line and still checks the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-broken-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    writeFileSync(
      join(dir, 'migrations/versions/ffff00000001_broken.py'),
      'revision = "ffff00000001"\ndown_revision = "f5f4ae3110f6"\n\ndef upgrade():\n    op.add_column("users", sa.Column("x"\n',
    );
    const result = await runCli(['check', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    const parseError = report.findings.find((f: { rule: string }) => f.rule === 'parse-error');
    expect(parseError.file).toBe('migrations/versions/ffff00000001_broken.py');
    expect(parseError.line).toBeGreaterThanOrEqual(5);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'drop-table')).toBe(true);
    expect(result.code).toBe(1);
  });

  it('rejects a bad configuration key with exit 2 naming the key path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-config-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    writeFileSync(join(dir, 'pyproject.toml'), '[tool.preflight.rules]\ndrop-tabel = "off"\n');
    const result = await runCli(['check'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pyproject\.toml \[tool\.preflight\]: rules\.drop-tabel: unknown rule id/);
  });

  it('turns a rule off through configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-config-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.preflight.toml'), '[rules]\ndrop-table = "off"\n');
    const result = await runCli(['check', '--format', 'json'], { cwd: join(dir, 'sub') });
    const report = JSON.parse(result.stdout);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'drop-table')).toBe(false);
  });
});

describe('usage', () => {
  it('exits 2 for an unknown option, naming it', async () => {
    const result = await runCli(['check', '--frmat', 'json'], { cwd: EXAMPLE_SHOP });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--frmat/);
  });

  it('prints help with exit 0', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: preflight check/);
  });

  it('takes -C and --config after the command too, as before it', async () => {
    const before = await runCli(['-C', EXAMPLE_SHOP, 'check', '--format', 'json', '--no-cache'], { cwd: tmpdir() });
    const after = await runCli(['check', '--format', 'json', '--no-cache', '-C', EXAMPLE_SHOP], { cwd: tmpdir() });
    const config = await runCli(['check', `--config=${join(EXAMPLE_SHOP, 'alembic.ini')}`, '--format', 'json', '--no-cache'], { cwd: tmpdir() });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(before.code);
    expect(after.stdout).toBe(before.stdout);
    expect(config.stdout).toBe(before.stdout);
  });

  it("lists the global options in a command's --help", async () => {
    const result = await runCli(['check', '--help']);
    expect(result.stdout).toMatch(/Global options \(before or after the command; given twice, the last one counts\):\n {2}-C DIR .*\n {2}--config PATH .*\n {2}--no-color/);
  });
});
