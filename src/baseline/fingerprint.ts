/**
 * Baseline fingerprints: what makes a finding "the same finding" after unrelated edits.
 * A migration finding is its rule, its revision and the normalised source of the operation
 * it points at (comments and whitespace dropped, quotes unified), never a line number, so
 * reformatting the file, adding migrations or renaming the file keeps it, and editing the
 * operation itself makes it a new finding. Project (graph) findings use rule + revision +
 * message. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import type { MigrationFacts } from '../model/facts.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { Finding } from '../model/findings.js';

/**
 * The call text without comments, whitespace or trailing commas, with simple strings in double
 * quotes; triple-quoted strings (SQL) keep their words but not their indentation.
 */
export function normalizeSource(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '#') {
      while (i < text.length && text[i] !== '\n') i += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), i);
      const quote = triple ? char.repeat(3) : char;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) j += text[j] === '\\' ? 2 : 1;
      const body = text.slice(i + quote.length, j);
      i = j + quote.length;
      if (triple) out += `"""${body.replace(/\s+/g, ' ').trim()}"""`;
      else out += body.includes('"') ? `${quote}${body}${quote}` : `"${body}"`;
      continue;
    }
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    out += char;
    i += 1;
  }
  // Black adds "magic trailing commas" when it splits a call over lines.
  return out.replace(/,([)\]}])/g, '$1');
}

/** Line numbers inside messages ("undone at line 12") move with edits elsewhere. */
function stableMessage(message: string): string {
  return message.replace(/\blines? \d+(?:[–-]\d+)?/g, 'line N');
}

/** The source text of the operation (or other call) a finding points at, if any. */
export function operationTextAt(facts: MigrationFacts, line: number): string | undefined {
  const starting = facts.operations.find((operation) => operation.line === line);
  if (starting) return starting.text;
  const containing = facts.operations
    .filter((operation) => operation.line <= line && line <= operation.endLine)
    .sort((a, b) => a.endLine - a.line - (b.endLine - b.line))[0];
  if (containing) return containing.text;
  return facts.otherCalls.find((call) => call.line === line)?.text;
}

/** The anchor that survives a rename: the revision id, else the file's name. */
function anchorOf(finding: Finding): string {
  return finding.revision ?? `file:${finding.file.split(/[\\/]/).pop()}`;
}

/**
 * What the finding is about, in words that survive edits elsewhere: the operation's source; for a
 * finding on a `def upgrade/downgrade` line (missing-downgrade), that function, so a rule that
 * rewords its message does not turn old findings into new ones; for one on a comment
 * (suppressions), the comment; otherwise the message.
 */
function subjectOf(finding: Finding, facts: MigrationFacts | undefined): string {
  if (!facts || RULES_BY_ID.get(finding.rule)?.scope === 'project') return `message:${stableMessage(finding.message)}`;
  const operationText = operationTextAt(facts, finding.line);
  if (operationText !== undefined) return `op:${normalizeSource(operationText)}`;
  if (facts.downgrade?.line === finding.line) return 'def:downgrade';
  if (facts.upgrade?.line === finding.line) return 'def:upgrade';
  const comment = facts.comments.find((candidate) => candidate.line === finding.line);
  if (comment) return `comment:${comment.text.replace(/\s+/g, ' ').trim()}`;
  return `message:${stableMessage(finding.message)}`;
}

export function fingerprintFinding(finding: Finding, facts: MigrationFacts | undefined): string {
  return createHash('sha256').update(`${finding.rule}\n${anchorOf(finding)}\n${subjectOf(finding, facts)}`).digest('hex').slice(0, 24);
}
