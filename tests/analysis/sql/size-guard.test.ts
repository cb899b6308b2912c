/**
 * SQL past the size limit is not handed to libpg-query, and what its wasm prints on a FATAL error
 * (out of memory) goes to stderr, never into the report on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSql, MAX_SQL_LENGTH } from '../../../src/analysis/sql/analyze.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const rows = (count: number): string => `INSERT INTO order_items (id, sku) VALUES ${Array.from({ length: count }, (_, i) => `(${i}, 'sku-${i}')`).join(', ')}`;

describe('SQL size guard', () => {
  it('refuses SQL above the limit with its size, and parses SQL below it', async () => {
    const big = rows(80_000);
    expect(big.length).toBeGreaterThan(MAX_SQL_LENGTH);
    expect(await analyzeSql(big)).toEqual({
      ok: false,
      error: `too large to analyse (${(big.length / 1e6).toFixed(1)} MB; Preflight parses SQL strings up to 1 MB)`,
      offset: big.length,
      tooLarge: true,
    });
    const small = rows(1_000);
    expect(await analyzeSql(small)).toMatchObject({ ok: true, statements: [{ kind: 'insert', targets: ['order_items'] }] });
  });

  it('check --format json on a migration with 20 MB of SQL prints only the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-bigsql-'));
    try {
      cpSync(join(ROOT, 'examples', 'shop'), dir, { recursive: true });
      const sql = rows(850_000); // ~20 MB
      writeFileSync(
        join(dir, 'migrations', 'versions', 'ffff00000001_seed_order_items.py'),
        `"""seed order items"""\nrevision = "ffff00000001"\ndown_revision = "f5f4ae3110f6"\n\nfrom alembic import op\n\n\ndef upgrade():\n    op.execute("${sql}")\n\n\ndef downgrade():\n    op.execute("DELETE FROM order_items")\n`,
      );
      const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'preflight.js'), 'check', '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(result.stderr).not.toMatch(/FATAL|\n\s+at /);
      const report = JSON.parse(result.stdout);
      const finding = report.findings.find((f: { rule: string; file: string }) => f.rule === 'unparseable-sql' && f.file.endsWith('ffff00000001_seed_order_items.py'));
      expect(finding.message).toMatch(/too large to analyse \(\d+\.\d MB/);
      expect([0, 1]).toContain(result.status);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("keeps libpg-query's FATAL message off stdout and the exit code at 0", () => {
    // Past the guard on purpose: the wasm runs out of memory and PostgreSQL's FATAL handler prints.
    const script = `
      const { analyzeSql } = await import(${JSON.stringify(join(ROOT, 'dist', 'analysis', 'sql', 'analyze.js'))});
      await analyzeSql('SELECT 1');
      const { parse } = await import('libpg-query');
      const sql = 'INSERT INTO t VALUES ' + Array.from({ length: 2_500_000 }, (_, i) => '(' + i + ", 'x')").join(',');
      const exitCode = process.exitCode;
      try { await parse(sql); } catch {}
      process.exitCode = exitCode;
      console.error('parsed after:', (await analyzeSql('SELECT 1')).ok);
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Terminating process due to FATAL error');
    expect(result.stderr).toContain('parsed after: true');
  }, 120_000);
});
