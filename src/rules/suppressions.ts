/**
 * Inline suppressions: `# preflight: ignore[rule-id] reason` (several ids with
 * commas) on the operation's line or the line above. The reason is required and
 * copied into the report and the review record.
 */
import type { Comment } from '../model/facts.js';

export interface Suppression {
  line: number;
  column: number;
  ids: string[];
  reason: string;
  /** Ids that silenced at least one finding (filled in by the runner). */
  used: Set<string>;
}

const SUPPRESSION = /#\s*preflight:\s*ignore\[([^\]]*)\]\s*(.*)$/;

export function parseSuppressions(comments: Comment[]): Suppression[] {
  return comments.flatMap((comment) => {
    const match = SUPPRESSION.exec(comment.text);
    if (!match) return [];
    const ids = match[1]!
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const reason = match[2]!.replace(/^[-—:\s]+/, '').trim();
    return [{ line: comment.line, column: comment.column, ids, reason, used: new Set<string>() }];
  });
}

/** The suppression that covers `rule` at `line`: a comment on that line or the line above. */
export function findSuppression(suppressions: Suppression[], rule: string, line: number): Suppression | undefined {
  return suppressions.find((s) => s.ids.includes(rule) && (s.line === line || s.line === line - 1));
}
