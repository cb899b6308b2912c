import type { ReviewSubject } from '../../review/checklist/reducer.js';

/** `base`, a revision, or `a + b` for a merge. */
export function downLabel(down: ReviewSubject['downRevision']): string {
  return down === null ? 'base' : Array.isArray(down) ? down.join(' + ') : down;
}
