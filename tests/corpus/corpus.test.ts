/**
 * Preflight on real histories (tests/corpus/manifest.json): every project in tests/corpus/projects/
 * (committed, copied by scripts/corpus.mjs) is checked end to end:
 * `check` exits 0 or 1 with valid JSON and no stack trace, reports no parse-error (the files are
 * real, loadable Python), and Preflight's revision graph is Alembic's own (tests/corpus/alembic_graph.py:
 * heads, and each revision's down revisions and depends_on). A project the manifest marks
 * `"committed": false` is skipped with its name where it has not been copied.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/io/load-project.js';
import { REPO_ROOT, runCli } from '../support/cli.js';
import { migrationSource } from '../support/generated-history.js';
import { commitAll, git, initRepository } from '../support/git-repo.js';

interface ManifestProject {
  name: string;
  repo: string;
  commit: string;
  committed?: boolean;
}

interface AlembicGraph {
  heads: string[];
  revisions: Record<string, { down: string[]; dependsOn: string[]; path: string }>;
}

const CORPUS = join(REPO_ROOT, 'tests', 'corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { projects: ManifestProject[] };

function alembicGraph(ini: string): AlembicGraph {
  const out = execFileSync('/usr/bin/python3', [join(CORPUS, 'alembic_graph.py'), ini], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return JSON.parse(out) as AlembicGraph;
}

describe('real histories (tests/corpus)', () => {
  it('every committed project is in tests/corpus/projects, with its licence and source commit', () => {
    for (const project of manifest.projects.filter((p) => p.committed !== false)) {
      const root = join(CORPUS, 'projects', project.name);
      expect(existsSync(join(root, 'alembic.ini')), project.name).toBe(true);
      expect(readFileSync(join(root, 'SOURCE.md'), 'utf8'), project.name).toContain(`${project.repo} at ${project.commit}`);
      expect(readdirSync(root).some((name) => /^licen[cs]e/i.test(name)), `${project.name}: licence file`).toBe(true);
    }
  });

  for (const project of manifest.projects) {
    const root = join(CORPUS, 'projects', project.name);
    const ini = join(root, 'alembic.ini');
    const present = existsSync(ini);
    describe.skipIf(!present)(`${project.name} (${project.repo} @ ${project.commit.slice(0, 12)})${present ? '' : ': not in tests/corpus/projects'}`, () => {
      it('check runs to the end: exit 0 or 1, JSON on stdout, no stack trace, no parse-error', async () => {
        const result = await runCli(['-C', root, 'check', '--format', 'json', '--no-cache']);
        expect(result.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/);
        expect([0, 1]).toContain(result.code);
        const findings = (JSON.parse(result.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] }).findings;
        const unreadable = findings.filter((f) => f.rule === 'parse-error').map((f) => `${relative(root, f.file)}:${f.line}: ${f.message}`);
        expect(unreadable).toEqual([]);
      });

      it("the revision graph is Alembic's", async () => {
        const alembic = alembicGraph(ini);
        const loaded = await loadProject({ cwd: root, configPath: ini, cache: false });
        expect([...loaded.graph.heads].sort()).toEqual(alembic.heads);
        const ours = Object.fromEntries(
          [...loaded.graph.nodes.values()].map((node) => [node.revision, { down: [...node.downRevisions].sort(), dependsOn: [...node.dependsOn].sort() }]),
        );
        const theirs = Object.fromEntries(Object.entries(alembic.revisions).map(([revision, r]) => [revision, { down: r.down, dependsOn: r.dependsOn }]));
        expect(ours).toEqual(theirs);
        expect(loaded.graph.problems).toEqual([]);
      });

      it('check FILE reports what the full check reports for FILE (the other files read for their revisions only)', async () => {
        type Report = { migrations: number; findings: { file: string; rule: string }[]; locks?: { file: string }[] };
        const run = async (args: string[]): Promise<Report> => JSON.parse((await runCli(['check', '--format', 'json', '--no-cache', ...args], { cwd: root })).stdout) as Report;
        const full = await run([]);
        // Files with findings a project rule makes (type changes read earlier migrations), then the first and last with findings.
        const withFindings = [...new Set(full.findings.map((finding) => finding.file))];
        const project = [...new Set(full.findings.filter((finding) => finding.rule === 'change-column-type').map((finding) => finding.file))];
        for (const file of [...new Set([...project.slice(0, 2), ...withFindings.slice(0, 1), ...withFindings.slice(-1)])]) {
          const one = await run([file]);
          expect(one, file).toEqual({
            ...full,
            migrations: 1,
            findings: full.findings.filter((finding) => finding.file === file),
            ...(full.locks ? { locks: full.locks.filter((table) => table.file === file) } : {}),
          });
        }
      }, 120_000);
    });
  }
});

/**
 * Adoption on a real history (warehouse, 288 migrations, the largest of the corpus), in a temporary git
 * repository: the first check fails; `init --yes`, commit, and check passes; a new migration that drops a
 * table fails it alone, and `check --since main` reports only that file.
 */
const ADOPT = join(CORPUS, 'projects', 'warehouse');
describe.skipIf(!existsSync(join(ADOPT, 'alembic.ini')))(`adopting Preflight on a real history (warehouse)${existsSync(join(ADOPT, 'alembic.ini')) ? '' : ': not in tests/corpus/projects'}`, () => {
  it('init, commit, check passes; a new drop_table fails alone, also with --since', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'preflight-adopt-real-'));
    try {
      cpSync(join(ADOPT, 'migrations'), join(repo, 'migrations'), { recursive: true });
      cpSync(join(ADOPT, 'alembic.ini'), join(repo, 'alembic.ini'));
      await initRepository(repo, 'the project as it is');
      const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
      const first = await runCli(['check', '--no-cache'], { cwd: repo, env });
      expect(first.code).toBe(1);

      const init = await runCli(['init', '--yes'], { cwd: repo, env });
      expect(init.code).toBe(0);
      await commitAll(repo, 'adopt Preflight');
      const adopted = await runCli(['check', '--no-cache'], { cwd: repo, env });
      expect(adopted.stderr).toBe('');
      expect(adopted.code).toBe(0);
      expect(adopted.stdout).toMatch(/288 migrations checked \(head 964076d0c4ad\): 0 errors, 0 warnings, \d+ baselined/);

      await git(repo, ['checkout', '-q', '-b', 'drop-journals']);
      const file = join(repo, 'migrations', 'versions', 'feed00000001_drop_journals.py');
      writeFileSync(
        file,
        migrationSource({
          revision: 'feed00000001',
          downRevision: '964076d0c4ad',
          message: 'drop journals',
          upgrade: '    op.drop_table("journals")',
          downgrade: '    pass',
        }),
      );
      await commitAll(repo, 'drop journals');
      for (const args of [['check', '--no-cache', '--format', 'json'], ['check', '--no-cache', '--format', 'json', '--since', 'main']]) {
        const result = await runCli(args, { cwd: repo, env });
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout) as { findings: { file: string; rule: string; baselined?: boolean }[] };
        const fresh = report.findings.filter((finding) => !finding.baselined);
        expect(new Set(fresh.map((finding) => finding.file))).toEqual(new Set(['migrations/versions/feed00000001_drop_journals.py']));
        expect(fresh.map((finding) => finding.rule)).toContain('drop-table');
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});
