/**
 * Revision-graph rules. They share one computation (the graph) and differ only in
 * the problem kind they report, so they live together; each still has its own id and docs.
 */
import type { GraphProblem, RevisionGraph } from '../analysis/graph/graph.js';
import type { ProjectRule, ProjectRuleContext } from './types.js';

function reportProblems(kind: GraphProblem['kind'] | GraphProblem['kind'][]) {
  const kinds = Array.isArray(kind) ? kind : [kind];
  return ({ graph, report }: ProjectRuleContext): void => {
    for (const problem of graph.problems) {
      if (kinds.includes(problem.kind)) report(problem.file, { line: problem.line, column: 1, message: problem.message });
    }
  };
}

/** Branch labels a revision belongs to: its own and those of every ancestor (Alembic's `label@head`). */
function branchLabelsOf(graph: RevisionGraph, revision: string): Set<string> {
  const labels = new Set<string>();
  const seen = new Set<string>();
  const pending = [revision];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const node = graph.nodes.get(current);
    if (!node) continue;
    for (const label of node.branchLabels) labels.add(label);
    pending.push(...node.downRevisions);
  }
  return labels;
}

/**
 * Heads that are not the head of a branch label of their own: unlabelled, or sharing every label
 * with another head (two heads of one branch). When there are none, the project runs labelled
 * branches on purpose (expand/contract, independent lineages) and upgrades with `alembic upgrade heads`.
 */
function unbranchedHeads(graph: RevisionGraph): string[] {
  const labels = new Map(graph.heads.map((head) => [head, branchLabelsOf(graph, head)]));
  return graph.heads.filter((head) => {
    const own = [...labels.get(head)!].filter((label) =>
      graph.heads.every((other) => other === head || !labels.get(other)!.has(label)),
    );
    return own.length === 0;
  });
}

export const multipleHeads: ProjectRule = {
  id: 'multiple-heads',
  order: 700,
  scope: 'project',
  reads: 'graph',
  severity: 'error',
  summary: 'The revision graph has more than one head, and they are not the heads of branches labelled on purpose.',
  why:
    'With two heads, `alembic upgrade head` fails ("Multiple head revisions are present"), so the deploy stops. It happens ' +
    'when two branches each add a migration on the same parent; merge them before release. A project that keeps ' +
    'labelled branches on purpose (branch_labels, e.g. expand/contract, or independent lineages) and upgrades with ' +
    '`alembic upgrade heads` is not flagged when every head is the head of a label of its own. One finding per project.',
  bad: `# a1b2c3d4e5f6_add_phone.py      down_revision = "000000000001"
# f6e5d4c3b2a1_add_avatar.py     down_revision = "000000000001"
`,
  good: `# alembic merge -m "merge heads" a1b2c3d4e5f6 f6e5d4c3b2a1
revision = "0123456789ab"
down_revision = ("a1b2c3d4e5f6", "f6e5d4c3b2a1")
`,
  check({ graph, report }) {
    if (graph.heads.length < 2) return;
    const stray = unbranchedHeads(graph);
    if (stray.length === 0) return;
    const first = graph.nodes.get(stray[0]!)!;
    const where = graph.heads.map((head) => `    ${head}  ${graph.nodes.get(head)!.file}`).join('\n');
    const labelled = graph.heads.filter((head) => !stray.includes(head));
    const merge =
      stray.length >= 2
        ? `merge ${labelled.length > 0 ? stray.join(', ') : 'them'} with: alembic merge -m "merge heads" ${stray.join(' ')}`
        : `give ${stray[0]} a branch label of its own or merge it`;
    report(first.file, {
      line: first.line,
      column: 1,
      message: `${graph.heads.length} heads (${graph.heads.join(', ')}): alembic upgrade head will fail; ${merge}`,
      help:
        `The heads:\n${where}\n` +
        (stray.length >= 2
          ? `Run \`alembic merge -m "merge heads" ${stray.join(' ')}\` and review the merge revision.`
          : `${stray[0]} continues no labelled branch of its own: merge it into the branch it belongs to, or give its first ` +
            'revision a branch_labels entry and upgrade with `alembic upgrade heads`.') +
        (labelled.length > 0 ? ` ${labelled.join(', ')} ${labelled.length === 1 ? 'is the head' : 'are heads'} of labelled branches and can stay.` : ''),
    });
  },
};

export const missingDownRevision: ProjectRule = {
  id: 'missing-down-revision',
  order: 710,
  scope: 'project',
  reads: 'graph',
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
  order: 720,
  scope: 'project',
  reads: 'graph',
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
  order: 730,
  scope: 'project',
  reads: 'graph',
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
