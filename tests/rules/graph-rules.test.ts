import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    // One finding for the project, not one per head.
    expect(multiple.length).toBe(1);
    expect(multiple[0]!.message).toMatch(/^2 heads \((a2, b1|b1, a2)\): alembic upgrade head will fail; merge them with: alembic merge -m "merge heads" (a2 b1|b1 a2)$/);
    expect(code).toBe(1);
  });

  it('labelled branches on purpose (each head the head of its own branch label) are not flagged', async () => {
    const { findings, heads } = await checkJson(join(FIXTURES, 'labelled-branches'));
    expect(heads.length).toBe(2);
    expect(findings.filter((f) => f.rule === 'multiple-heads')).toEqual([]);
  });

  it('expand/contract labels held in constants count; a stray second head in one branch is flagged once, without merging the branches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-branches-'));
    cpSync(join(FIXTURES, 'linear'), dir, { recursive: true });
    const versions = join(dir, 'versions');
    for (const name of readdirSync(versions)) if (name.endsWith('.py')) rmSync(join(versions, name));
    const migration = (revision: string, down: string | null, labels = 'None') =>
      `from myproject.db import branches\n\nrevision = "${revision}"\ndown_revision = ${down ? `"${down}"` : 'None'}\nbranch_labels = ${labels}\n\n` +
      'def upgrade():\n    pass\n\ndef downgrade():\n    pass\n';
    writeFileSync(join(versions, 'e1_expand.py'), migration('e1', null, '(branches.EXPAND,)'));
    writeFileSync(join(versions, 'e2_expand.py'), migration('e2', 'e1'));
    writeFileSync(join(versions, 'c1_contract.py'), migration('c1', null, '(branches.CONTRACT,)'));
    writeFileSync(join(versions, 'c2_contract.py'), migration('c2', 'c1'));
    expect((await checkJson(dir)).findings.filter((f) => f.rule === 'multiple-heads')).toEqual([]);

    writeFileSync(join(versions, 'e3_expand.py'), migration('e3', 'e1'));
    const multiple = (await checkJson(dir)).findings.filter((f) => f.rule === 'multiple-heads');
    expect(multiple.length).toBe(1);
    expect(multiple[0]!.message).toMatch(/^3 heads \(.*\): alembic upgrade head will fail; merge (e2, e3|e3, e2) with: alembic merge -m "merge heads" (e2 e3|e3 e2)$/);
    expect(multiple[0]!.message).not.toMatch(/merge.*c2/);
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
