/**
 * A fix is a list of edits of the migration's source text: ranges of the decoded text (the syntax
 * tree's indices) replaced by new text. Everything outside the ranges stays as it was, byte for byte.
 */
import type { ValueRequest } from '../model/findings.js';

export interface Edit {
  /** Offsets in the source text (UTF-16 code units, as the syntax tree counts them); end is exclusive. */
  start: number;
  end: number;
  text: string;
}

/** An edit with 1-based line/column positions as well (JSON, SARIF `replacements`). */
export interface PositionedEdit extends Edit {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** What a fix proposes for one finding. */
export type FixProposal =
  | { kind: 'edits'; description: string; edits: Edit[] }
  /** No rewrite: the author must decide something (a value, a restructuring); `reason` says what. */
  | { kind: 'manual'; reason: string }
  /** A rewrite that needs one value only the author knows (`--fix-value users.country='US'`, or the wizard asks). */
  | { kind: 'needs-value'; reason: string; value: ValueRequest };

/** `source` with the edits applied; the edits must not overlap. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** 1-based line and column of an offset. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function withPositions(source: string, edits: readonly Edit[]): PositionedEdit[] {
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const start = positionAt(source, edit.start);
      const end = positionAt(source, edit.end);
      return { ...edit, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    });
}
