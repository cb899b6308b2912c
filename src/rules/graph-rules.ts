/**
 * Revision-graph rules. They share one computation (the graph) and differ only in
 * the problem kind they report, so they live together; each still has its own id and docs.
 */
import type { GraphProblem } from '../core/graph/graph.js';
import type { ProjectRule, ProjectRuleContext } from './types.js';

function reportProblems(kind: GraphProblem['kind'] | GraphProblem['kind'][]) {
  const kinds = Array.isArray(kind) ? kind : [kind];
  return ({ graph, report }: ProjectRuleContext): void => {
    for (const problem of graph.problems) {
      if (kinds.includes(problem.kind)) report(problem.file, { line: problem.line, column: 1, message: problem.message });
    }
  };
}

export const multipleHeads: ProjectRule = {
  id: 'multiple-heads',
  scope: 'project',
  severity: 'error',
  summary: 'The revision graph has more than one head.',
  why: 'With two heads, `alembic upgrade head` fails ("Multiple head revisions are present"), so the deploy stops. It happens when two branches each add a migration on the same parent; merge them before release.',
  bad: `# a1b2c3d4e5f6_add_phone.py      down_revision = "000000000001"
# f6e5d4c3b2a1_add_avatar.py     down_revision = "000000000001"
`,
  good: `# alembic merge -m "merge heads" a1b2c3d4e5f6 f6e5d4c3b2a1
revision = "0123456789ab"
down_revision = ("a1b2c3d4e5f6", "f6e5d4c3b2a1")
`,
  check({ graph, report }) {
    if (graph.heads.length < 2) return;
    const heads = graph.heads.map((head) => graph.nodes.get(head)!);
    for (const head of heads) {
      const others = graph.heads.filter((other) => other !== head.revision);
      report(head.file, {
        line: head.line,
        column: 1,
        message: `${graph.heads.length} heads (${graph.heads.join(', ')}): alembic upgrade head will fail; merge with: alembic merge -m "merge heads" ${graph.heads.join(' ')}`,
        help: `${head.revision} and ${others.join(', ')} both continue the history. Run \`alembic merge -m "merge heads" ${graph.heads.join(' ')}\` and review the merge revision.`,
      });
    }
  },
};

export const missingDownRevision: ProjectRule = {
  id: 'missing-down-revision',
  scope: 'project',
  severity: 'error',
  summary: 'A down_revision (or depends_on) names a revision that does not exist, or the file has no revision.',
  why: 'Alembic cannot build the revision graph when a migration points at a parent it cannot find; every Alembic command fails. Usually a file was deleted, renamed in another branch, or the id was mistyped.',
  bad: `revision = "b2"
down_revision = "a9"  # no migration has revision "a9"
`,
  good: `revision = "b2"
down_revision = "a1"  # the previous migration's revision
`,
  check: reportProblems(['missing-down-revision', 'missing-revision']),
};

export const duplicateRevision: ProjectRule = {
  id: 'duplicate-revision',
  scope: 'project',
  severity: 'error',
  summary: 'Two migration files declare the same revision id.',
  why: 'Alembic keeps only one of them and warns; which one runs depends on file order, so a migration can silently never run. It happens when a file is copied to start a new migration.',
  bad: `# 1a_add_phone.py:   revision = "1a2b3c4d5e6f"
# 2b_add_avatar.py:  revision = "1a2b3c4d5e6f"
`,
  good: `# Give every migration its own id: preflight new (or alembic revision) generates one.
revision = "9f8e7d6c5b4a"
`,
  check: reportProblems('duplicate-revision'),
};

export const revisionCycle: ProjectRule = {
  id: 'revision-cycle',
  scope: 'project',
  severity: 'error',
  summary: 'The down_revision chain loops back on itself.',
  why: 'Alembic raises CycleDetected and refuses to run any command; there is no order in which the migrations can be applied.',
  bad: `# a.py: revision = "a"; down_revision = "b"
# b.py: revision = "b"; down_revision = "a"
`,
  good: `# a.py: revision = "a"; down_revision = None
# b.py: revision = "b"; down_revision = "a"
`,
  check: reportProblems('revision-cycle'),
};
