import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRevisionGraph } from '../../../src/analysis/graph/graph.js';
import { loadProject } from '../../../src/io/load-project.js';
import { REPO_ROOT } from '../../support/cli.js';
import { parseSource } from '../../support/parser.js';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'projects');

/** Real Alembic: `alembic heads` / `alembic branches`, first token of each revision line. */
function alembic(project: string, command: 'heads' | 'branches'): string[] {
  const out = execFileSync('/usr/bin/python3', ['-m', 'alembic', '-c', join(FIXTURES, project, 'alembic.ini'), command], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return out
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('->'))
    .map((line) => line.trim().split(/\s+/)[0]!);
}

describe('revision graph agrees with real Alembic', () => {
  for (const project of ['linear', 'two-heads', 'merged', 'labelled-branches', 'depends-on', 'annotated']) {
    it(`${project}: heads and branch points`, async () => {
      const loaded = await loadProject({ cwd: REPO_ROOT, configPath: join(FIXTURES, project, 'alembic.ini'), cache: false });
      expect([...loaded.graph.heads].sort()).toEqual(alembic(project, 'heads').sort());
      expect([...loaded.graph.branchPoints].sort()).toEqual(alembic(project, 'branches').sort());
      expect(loaded.graph.problems).toEqual([]);
    });
  }

  it('merged: the merge revision is a merge point and the only head', async () => {
    const loaded = await loadProject({ cwd: REPO_ROOT, configPath: join(FIXTURES, 'merged', 'alembic.ini'), cache: false });
    expect(loaded.graph.mergePoints).toEqual(['m1']);
    expect(loaded.graph.heads).toEqual(['m1']);
  });

  it('depends-on: a revision that is only a depends_on target stays a head, as in `alembic heads`', async () => {
    const loaded = await loadProject({ cwd: REPO_ROOT, configPath: join(FIXTURES, 'depends-on', 'alembic.ini'), cache: false });
    expect([...loaded.graph.heads].sort()).toEqual(['c2', 's2']);
  });
});

describe('graph problems', () => {
  const migration = (revision: string, down: string) =>
    parseSource(`revision = "${revision}"\ndown_revision = ${down}\n`, `versions/${revision}.py`);

  it('reports a down_revision that does not exist', async () => {
    const graph = buildRevisionGraph([await migration('a', 'None'), await migration('b', '"zz"')]);
    expect(graph.problems).toEqual([
      { kind: 'missing-down-revision', file: 'versions/b.py', line: 1, message: 'down_revision zz of b does not exist in any version location' },
    ]);
  });

  it('reports a duplicate revision with the first definition', async () => {
    const first = await migration('a', 'None');
    const second = { ...(await migration('a', 'None')), path: 'versions/copy.py' };
    const graph = buildRevisionGraph([first, second]);
    expect(graph.problems[0]).toMatchObject({ kind: 'duplicate-revision', file: 'versions/copy.py', message: 'revision a is also defined in versions/a.py:1' });
  });

  it('reports a cycle once', async () => {
    const graph = buildRevisionGraph([await migration('a', '"b"'), await migration('b', '"a"')]);
    expect(graph.problems.filter((p) => p.kind === 'revision-cycle')).toHaveLength(1);
    expect(graph.problems[0]!.message).toMatch(/a → b → a|b → a → b/);
  });

  it('handles a 3,000-revision chain without recursion limits', async () => {
    const facts = [];
    for (let i = 0; i < 3000; i++) facts.push({ ...(await migration(`r${i}`, i === 0 ? 'None' : `"r${i - 1}"`)) });
    const graph = buildRevisionGraph(facts);
    expect(graph.heads).toEqual(['r2999']);
    expect(graph.problems).toEqual([]);
  });
});
