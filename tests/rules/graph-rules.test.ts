import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/cli.js';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'projects');
type JsonFinding = { rule: string; file: string; message: string; severity: string };

async function checkJson(dir: string): Promise<{ code: number; findings: JsonFinding[]; heads: string[] }> {
  const result = await runCli(['check', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(result.stdout);
  return { code: result.code, findings: report.findings, heads: report.heads };
}

describe('graph rules through check', () => {
  it('multiple-heads names the heads and the alembic merge command', async () => {
    const { code, findings, heads } = await checkJson(join(FIXTURES, 'two-heads'));
    expect(heads.sort()).toEqual(['a2', 'b1']);
    const multiple = findings.filter((f) => f.rule === 'multiple-heads');
    expect(multiple.length).toBe(2);
    expect(multiple[0]!.message).toMatch(/2 heads \(a2, b1\).*alembic merge -m "merge heads" a2 b1/);
    expect(code).toBe(1);
  });

  it('a merged history has no graph findings', async () => {
    const { findings } = await checkJson(join(FIXTURES, 'merged'));
    expect(findings.filter((f) => ['multiple-heads', 'missing-down-revision', 'duplicate-revision', 'revision-cycle'].includes(f.rule))).toEqual([]);
  });

  it('missing-down-revision, duplicate-revision and revision-cycle are reported at the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-graph-'));
    cpSync(join(FIXTURES, 'linear'), dir, { recursive: true });
    const versions = join(dir, 'versions');
    writeFileSync(join(versions, 'x1_orphan.py'), 'revision = "x1"\ndown_revision = "nope"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n');
    writeFileSync(join(versions, 'y1_copy.py'), 'revision = "x1"\ndown_revision = None\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n');
    writeFileSync(join(versions, 'c1.py'), 'revision = "c1"\ndown_revision = "c2"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n');
    writeFileSync(join(versions, 'c2.py'), 'revision = "c2"\ndown_revision = "c1"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n');
    const { findings } = await checkJson(dir);
    const rules = (id: string) => findings.filter((f) => f.rule === id);
    expect(rules('missing-down-revision')[0]).toMatchObject({ file: 'versions/x1_orphan.py', message: 'down_revision nope of x1 does not exist in any version location' });
    expect(rules('duplicate-revision')[0]).toMatchObject({ file: 'versions/y1_copy.py' });
    expect(rules('revision-cycle')).toHaveLength(1);
  });
});
