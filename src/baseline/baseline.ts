/**
 * The baseline: findings a team accepted as they are when it adopted Preflight. `check`
 * marks findings that match an entry as baselined (they never fail the run), reports the
 * entries that match nothing any more (fixed or edited), and fails on every new finding.
 * Pure: the file is read and written by src/io/fs/baseline-file.ts.
 */
import type { Finding } from '../model/findings.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** null for a file without a revision (parse errors). */
  revision: string | null;
  /** Where the finding was when it was accepted (informative: matching uses the fingerprint). */
  file: string;
  message: string;
  fingerprint: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** A finding with its fingerprint (fingerprintFinding). */
export interface FingerprintedFinding {
  finding: Finding;
  fingerprint: string;
}

export interface BaselineMatch {
  /** Same order as the input: whether each finding is accepted by the baseline. */
  baselined: boolean[];
  /** Entries no finding matched: fixed, edited, or moved out of the project. */
  stale: BaselineEntry[];
  /** Entries that still match (what `check --prune` keeps). */
  kept: BaselineEntry[];
}

/**
 * Each entry accepts one finding with its fingerprint (two identical operations in one
 * migration are two entries). Suppressed findings are accepted inline and never match.
 */
export function matchBaseline(findings: FingerprintedFinding[], baseline: Baseline): BaselineMatch {
  const available = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = available.get(entry.fingerprint) ?? [];
    list.push(entry);
    available.set(entry.fingerprint, list);
  }
  const kept: BaselineEntry[] = [];
  const baselined = findings.map(({ finding, fingerprint }) => {
    if (finding.suppressed) return false;
    const entry = available.get(fingerprint)?.shift();
    if (!entry) return false;
    kept.push(entry);
    return true;
  });
  const stale = [...available.values()].flat();
  return { baselined, stale: sortEntries(stale), kept: sortEntries(kept) };
}

/** A baseline of every unsuppressed finding; `relativePath` makes the file repository-relative. */
export function buildBaseline(findings: FingerprintedFinding[], relativePath: (file: string) => string): Baseline {
  const entries = findings
    .filter(({ finding }) => !finding.suppressed)
    .map(({ finding, fingerprint }) => ({
      rule: finding.rule,
      revision: finding.revision ?? null,
      file: relativePath(finding.file),
      message: finding.message,
      fingerprint,
    }));
  return { version: BASELINE_VERSION, entries: sortEntries(entries) };
}

/** Sorted without line numbers, so a re-run on an unchanged project writes the same bytes. */
export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const key = (entry: BaselineEntry) => [entry.file, entry.rule, entry.fingerprint, entry.message, entry.revision ?? ''];
  return [...entries].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    for (let i = 0; i < left.length; i += 1) {
      if (left[i]! < right[i]!) return -1;
      if (left[i]! > right[i]!) return 1;
    }
    return 0;
  });
}

/** Two-space JSON with a trailing newline; keys in a fixed order. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map((entry) => ({
    rule: entry.rule,
    revision: entry.revision,
    file: entry.file,
    message: entry.message,
    fingerprint: entry.fingerprint,
  }));
  return `${JSON.stringify({ version: baseline.version, entries }, null, 2)}\n`;
}
