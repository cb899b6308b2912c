/**
 * The revision graph, computed the way Alembic's RevisionMap does: a revision is
 * a head when no other revision names it as its down_revision (depends_on does
 * not count), a base when its down_revision is None. Problems Alembic would
 * refuse to load (missing down revision, duplicates, cycles) are collected
 * instead of thrown, so `check` can report them all.
 */
import type { MigrationFacts } from '../../model/facts.js';

/** What the graph reads of a version file: its revision variables (a whole file's facts, or only its header). */
export type RevisionHeader = Pick<MigrationFacts, 'path' | 'revision' | 'revisionProblem' | 'parseError' | 'downRevision' | 'dependsOn' | 'branchLabels' | 'message'>;

export interface RevisionNode {
  revision: string;
  downRevisions: string[];
  dependsOn: string[];
  branchLabels: string[];
  file: string;
  line: number;
  message?: string;
}

export interface GraphProblem {
  kind: 'missing-down-revision' | 'duplicate-revision' | 'revision-cycle' | 'missing-revision';
  file: string;
  line: number;
  message: string;
}

export interface RevisionGraph {
  nodes: Map<string, RevisionNode>;
  /** `alembic heads`: revisions nothing revises, in file order. */
  heads: string[];
  bases: string[];
  /** Revisions that two or more revisions revise. */
  branchPoints: string[];
  /** Revisions with more than one down_revision. */
  mergePoints: string[];
  /** Revision → revisions whose down_revision names it. */
  children: Map<string, string[]>;
  problems: GraphProblem[];
}

export function buildRevisionGraph(migrations: readonly RevisionHeader[]): RevisionGraph {
  const nodes = new Map<string, RevisionNode>();
  const problems: GraphProblem[] = [];
  for (const facts of migrations) {
    if (!facts.revision) {
      if (!facts.parseError) {
        // Alembic runs the module and may well find a revision; say what Preflight could not read.
        const problem = facts.revisionProblem;
        const line = problem?.line ?? 1;
        const why = problem?.message ?? 'the file has no `revision = "…"` variable';
        problems.push({ kind: 'missing-revision', file: facts.path, line, message: `Preflight could not determine the revision at ${facts.path.split('/').pop()}:${line}: ${why}` });
      }
      continue;
    }
    const revision = facts.revision.value;
    const existing = nodes.get(revision);
    if (existing) {
      problems.push({
        kind: 'duplicate-revision',
        file: facts.path,
        line: facts.revision.line,
        message: `revision ${revision} is also defined in ${existing.file}:${existing.line}`,
      });
      continue;
    }
    const down = facts.downRevision?.value;
    nodes.set(revision, {
      revision,
      downRevisions: down === null || down === undefined ? [] : Array.isArray(down) ? down : [down],
      dependsOn: facts.dependsOn,
      branchLabels: facts.branchLabels,
      file: facts.path,
      line: facts.revision.line,
      ...(facts.message !== undefined ? { message: facts.message } : {}),
    });
  }

  const labels = new Map<string, string>();
  for (const node of nodes.values()) for (const label of node.branchLabels) labels.set(label, node.revision);

  const children = new Map<string, string[]>();
  for (const node of nodes.values()) {
    for (const down of node.downRevisions) {
      if (!nodes.has(down)) {
        problems.push({
          kind: 'missing-down-revision',
          file: node.file,
          line: node.line,
          message: `down_revision ${down} of ${node.revision} does not exist in any version location`,
        });
        continue;
      }
      children.set(down, [...(children.get(down) ?? []), node.revision]);
    }
    for (const dependency of node.dependsOn) {
      if (!nodes.has(dependency) && !labels.has(dependency)) {
        problems.push({
          kind: 'missing-down-revision',
          file: node.file,
          line: node.line,
          message: `depends_on ${dependency} of ${node.revision} does not exist`,
        });
      }
    }
  }

  problems.push(...findCycles(nodes));

  const all = [...nodes.values()];
  return {
    nodes,
    heads: all.filter((node) => !children.has(node.revision)).map((node) => node.revision),
    bases: all.filter((node) => node.downRevisions.length === 0).map((node) => node.revision),
    branchPoints: all.filter((node) => (children.get(node.revision)?.length ?? 0) > 1).map((node) => node.revision),
    mergePoints: all.filter((node) => node.downRevisions.length > 1).map((node) => node.revision),
    children,
    problems,
  };
}

/** Depth-first search over down_revision (and depends_on) edges; one problem per cycle. */
function findCycles(nodes: Map<string, RevisionNode>): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  for (const start of nodes.keys()) {
    if (state.has(start)) continue;
    // Iterative DFS: a 2,000-revision chain would overflow a recursive one.
    const stack: { revision: string; next: number }[] = [{ revision: start, next: 0 }];
    const path: string[] = [start];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = nodes.get(frame.revision)!;
      const edges = [...node.downRevisions, ...node.dependsOn].filter((edge) => nodes.has(edge));
      if (frame.next >= edges.length) {
        state.set(frame.revision, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const edge = edges[frame.next++]!;
      const edgeState = state.get(edge);
      if (edgeState === 'visiting') {
        const cycle = path.slice(path.indexOf(edge));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const first = nodes.get(cycle[0]!)!;
          problems.push({
            kind: 'revision-cycle',
            file: first.file,
            line: first.line,
            message: `revisions form a cycle: ${[...cycle, edge].join(' → ')}`,
          });
        }
      } else if (edgeState === undefined) {
        state.set(edge, 'visiting');
        stack.push({ revision: edge, next: 0 });
        path.push(edge);
      }
    }
  }
  return problems;
}
