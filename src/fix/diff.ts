/** A unified diff of two texts (git's format, 3 lines of context), for `check --fix --diff`. */

const CONTEXT = 3;

type Line = { kind: ' ' | '-' | '+'; text: string };

/** Lines of a text, each with its line ending removed; a missing final newline is marked as diff does. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of file';
  return lines;
}

/** The edit script between a and b: common prefix and suffix trimmed, an LCS table for the (small) middle. */
function script(a: string[], b: string[]): Line[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const n = midA.length;
  const m = midB.length;
  // lcs[i][j]: longest common subsequence of midA[i..] and midB[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Line[] = a.slice(0, prefix).map((text) => ({ kind: ' ', text }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      out.push({ kind: ' ', text: midA[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removed lines before added ones, as diff and git show a changed block.
      out.push({ kind: '-', text: midA[i++]! });
    } else {
      out.push({ kind: '+', text: midB[j++]! });
    }
  }
  out.push(...a.slice(a.length - suffix).map((text): Line => ({ kind: ' ', text })));
  return out;
}

/** `--- a/<name>` / `+++ b/<name>` and the hunks; '' when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const lines = script(linesOf(before), linesOf(after));
  const changed = lines.flatMap((line, index) => (line.kind === ' ' ? [] : [index]));
  const hunks: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT);
    let end = Math.min(lines.length, changed[k]! + CONTEXT + 1);
    while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= end) {
      k++;
      end = Math.min(lines.length, changed[k]! + CONTEXT + 1);
    }
    k++;
    let oldStart = 1;
    let newStart = 1;
    for (const line of lines.slice(0, start)) {
      if (line.kind !== '+') oldStart++;
      if (line.kind !== '-') newStart++;
    }
    const body = lines.slice(start, end);
    const oldCount = body.filter((line) => line.kind !== '+').length;
    const newCount = body.filter((line) => line.kind !== '-').length;
    // diff's convention: an empty range starts at the line before it.
    const range = (first: number, count: number): string => (count === 1 ? `${first}` : `${count === 0 ? first - 1 : first},${count}`);
    hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n` + body.map((line) => `${line.kind}${line.text}\n`).join(''));
  }
  return `--- a/${name}\n+++ b/${name}\n${hunks.join('')}`;
}
