/**
 * The earlier migrations of one migration in the revision graph, nearest first (its down revisions, theirs, …):
 * what project rules read to judge a step by what came before it (change-column-type: the column's type;
 * set-not-null-without-backfill: a backfill in an earlier migration).
 */
import type { RevisionGraph } from '../../analysis/graph/graph.js';
import type { AnalyzedMigration } from '../../model/facts.js';

/** What `visit` says of an ancestor: the answer (stop everything), or whether to go on past it on its branch. */
export type AncestorVisit<T> = { found: T } | 'past' | 'stop-branch';

/**
 * Visits the ancestors of `migration`, breadth first, each once, until `visit` finds something. `missing`, when given,
 * collects the ancestors `byRevision` does not hold (check FILE analyses them and asks again); the walk does not go
 * past those. A file that does not parse is walked past. At most `limit` ancestors are visited.
 */
export function searchAncestors<T>(
  migration: AnalyzedMigration,
  graph: RevisionGraph,
  byRevision: ReadonlyMap<string, AnalyzedMigration>,
  visit: (ancestor: AnalyzedMigration) => AncestorVisit<T>,
  { missing, limit = Infinity }: { missing?: string[]; limit?: number } = {},
): T | undefined {
  const seen = new Set<string>();
  let frontier = graph.nodes.get(migration.facts.revision?.value ?? '')?.downRevisions ?? [];
  while (frontier.length > 0 && seen.size < limit) {
    const next: string[] = [];
    for (const revision of frontier) {
      if (seen.has(revision) || seen.size >= limit) continue;
      seen.add(revision);
      const ancestor = byRevision.get(revision);
      if (!ancestor && missing && graph.nodes.has(revision)) {
        // Not analysed (check FILE): what it and those before it hold is not known yet.
        missing.push(revision);
        continue;
      }
      const seenHere = !ancestor || ancestor.facts.parseError ? 'past' : visit(ancestor);
      if (typeof seenHere === 'object') return seenHere.found;
      if (seenHere === 'past') next.push(...(graph.nodes.get(revision)?.downRevisions ?? []));
    }
    frontier = next;
  }
  return undefined;
}
