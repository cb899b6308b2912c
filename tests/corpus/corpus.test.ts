/**
 * Preflight on real histories (tests/corpus/manifest.json): every project present in
 * tests/corpus/projects/ (copied by scripts/corpus.mjs; not committed) is checked end to end:
 * `check` exits 0 or 1 with valid JSON and no stack trace, reports no parse-error (the files are
 * real, loadable Python), and Preflight's revision graph is Alembic's own (tests/corpus/alembic_graph.py:
 * heads, and each revision's down revisions and depends_on). A project that is not present is
 * skipped with its name, so a clone without the corpus still runs the rest of the suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/io/load-project.js';
import { REPO_ROOT, runCli } from '../support/cli.js';

interface ManifestProject {
  name: string;
  repo: string;
  commit: string;
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
    });
  }
});
