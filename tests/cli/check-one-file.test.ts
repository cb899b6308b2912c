// `check FILE` analyses FILE and what its findings depend on, and reads the other version files for
// their revision variables only (src/cli/check-focus.ts). Its report must be the full check's,
// filtered to FILE: findings (graph findings on FILE too), heads, lock tables, baseline counts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';
import { migrationSource, writeGeneratedHistory, type GeneratedHistory } from '../support/generated-history.js';

interface JsonReport {
  migrations: number;
  findings: { rule: string; file: string }[];
  locks?: { file: string }[];
  baseline?: { stale: unknown[] };
}

async function checkJson(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<{ report: JsonReport; stdout: string; code: number }> {
  const result = await runCli(['check', '--format', 'json', '--no-cache', ...args], { cwd, env });
  expect(result.stderr).toBe('');
  return { report: JSON.parse(result.stdout) as JsonReport, stdout: result.stdout, code: result.code };
}

/** The full check's report as `check FILE` must print it: the findings and lock tables of FILE only. */
function filtered(full: JsonReport, file: string): JsonReport {
  return {
    ...full,
    migrations: 1,
    findings: full.findings.filter((finding) => finding.file === file),
    ...(full.locks ? { locks: full.locks.filter((table) => table.file === file) } : {}),
  };
}

async function expectSameAsFull(cwd: string, files: string[]): Promise<void> {
  const full = await checkJson(cwd);
  for (const file of files) {
    const one = await checkJson(cwd, [file]);
    expect(one.report, file).toEqual(filtered(full.report, file));
    // The exit code follows the file's own findings.
    expect(one.code, file).toBe(one.report.findings.some((f) => (f as { severity?: string; baselined?: boolean }).severity === 'error' && !(f as { baselined?: boolean }).baselined) ? 1 : 0);
  }
}

const version = (root: string, name: string): string => join('migrations', 'versions', name);

describe('check FILE reports what the full check reports for FILE', () => {
  it('on the example project, for every migration', async () => {
    const names = readdirSync(join(EXAMPLE_SHOP, 'migrations', 'versions')).filter((name) => name.endsWith('.py'));
    await expectSameAsFull(EXAMPLE_SHOP, names.map((name) => version(EXAMPLE_SHOP, name)));
  });

  describe('on a generated history with graph problems, type changes and a baseline', () => {
    let history: GeneratedHistory;
    let root: string;
    const extra = (name: string, revision: string, down: string | null, upgrade: string, downgrade = '    pass'): string => {
      writeFileSync(join(history.versionsDir, name), migrationSource({ revision, downRevision: down, message: name, upgrade, downgrade }));
      return version(root, name);
    };
    const files: Record<string, string> = {};

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'preflight-one-file-'));
      history = writeGeneratedHistory(root, { count: 150 });
      const head = history.head;
      // The type a later alter_column widens comes from two migrations back: check FILE must read it there.
      files.creates = extra('f00000000001_create_labels.py', 'f00000000001', head, '    op.create_table("labels", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String(50)))', '    op.drop_table("labels")');
      files.between = extra('f00000000002_add_color.py', 'f00000000002', 'f00000000001', '    op.add_column("labels", sa.Column("color", sa.String(7), nullable=True))', '    op.drop_column("labels", "color")');
      files.widens = extra('f00000000003_widen_label_name.py', 'f00000000003', 'f00000000002', '    op.alter_column("labels", "name", type_=sa.String(200))', '    op.alter_column("labels", "name", type_=sa.String(50))');
      files.narrows = extra('f00000000004_shorten_color.py', 'f00000000004', 'f00000000003', '    op.alter_column("labels", "color", type_=sa.String(6))');
      // A second head, a parent that does not exist, a copied revision id.
      files.secondHead = extra('f00000000005_second_head.py', 'f00000000005', history.revisions[60]!, '    op.add_column("orders", sa.Column("gift", sa.Boolean(), nullable=True))');
      files.orphan = extra('f00000000006_orphan.py', 'f00000000006', 'deadbeef0000', '    pass');
      files.copy = extra('f00000000007_copied.py', history.revisions[20]!, history.revisions[19]!, '    op.drop_column("users", "nickname")');
      // Accept everything, then fix one accepted finding elsewhere: the baseline has a stale entry.
      const accepted = await runCli(['baseline'], { cwd: root });
      expect(accepted.code).toBe(0);
      writeFileSync(join(root, files.narrows), readFileSync(join(root, files.narrows), 'utf8').replace('sa.String(6)', 'sa.String(60)'));
    });

    it('agrees file by file, graph findings and the stale baseline entry included', async () => {
      const full = (await checkJson(root)).report;
      const rules = (file: string) => full.findings.filter((f) => f.file === file).map((f) => f.rule);
      // The cases are what they are meant to be.
      expect(rules(files.widens!)).not.toContain('change-column-type');
      expect(rules(files.orphan!)).toContain('missing-down-revision');
      expect(rules(files.copy!)).toContain('duplicate-revision');
      expect(full.findings.some((f) => f.rule === 'multiple-heads')).toBe(true);
      expect(full.baseline?.stale.length).toBeGreaterThan(0);
      const headFinding = full.findings.find((f) => f.rule === 'multiple-heads')!.file;
      const someGenerated = readdirSync(history.versionsDir).sort().filter((_, i) => i % 37 === 5).map((name) => version(root, name));
      await expectSameAsFull(root, [...new Set([...Object.values(files), headFinding, ...someGenerated])]);
    });

    it('never stores a header read in the facts cache as the facts of its file', async () => {
      // Without the baseline (check FILE would read the files it names in full).
      const project = mkdtempSync(join(tmpdir(), 'preflight-one-file-nobaseline-'));
      cpSync(root, project, { recursive: true });
      rmSync(join(project, '.preflight-baseline.json'));
      const cache = mkdtempSync(join(tmpdir(), 'preflight-one-file-cache-'));
      const env = { PREFLIGHT_CACHE_DIR: cache };
      const one = await runCli(['check', '--format', 'json', files.widens!], { cwd: project, env });
      const factsFile = readdirSync(cache).find((name) => name.startsWith('facts-'))!;
      const entries = Object.values((JSON.parse(readFileSync(join(cache, factsFile), 'utf8')) as { entries: Record<string, { facts: { path: string } }> }).entries);
      // FILE and the two migrations before it that change-column-type reads; not one of the other 150.
      expect(entries.map((entry) => relative(project, entry.facts.path)).sort()).toEqual([files.creates, files.between, files.widens].sort());
      // A full check on that cache then reads its other files in full: its report is the uncached one.
      const cached = await runCli(['check', '--format', 'json'], { cwd: project, env });
      const uncached = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: project });
      expect(cached.stdout).toBe(uncached.stdout);
      expect(JSON.parse(one.stdout)).toEqual(filtered(JSON.parse(uncached.stdout) as JsonReport, files.widens!));
    });
  });

  it('reads a file whose revision is set after its functions in full (the header read is not certain)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'preflight-one-file-late-'));
    cpSync(EXAMPLE_SHOP, root, { recursive: true });
    const name = readdirSync(join(root, 'migrations', 'versions')).find((file) => file.startsWith('2fee88dab64c'))!;
    const path = join(root, 'migrations', 'versions', name);
    // Alembic reads the module's last binding: this file now claims another revision, and the chain breaks.
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nrevision = "0a0a0a0a0a0a"\n`);
    const full = (await checkJson(root)).report;
    expect(full.findings.some((f) => f.rule === 'missing-down-revision')).toBe(true);
    const others = readdirSync(join(root, 'migrations', 'versions')).filter((file) => file.endsWith('.py') && file !== name);
    await expectSameAsFull(root, others.slice(0, 4).map((file) => version(root, file)));
  });
});
