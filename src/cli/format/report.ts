/**
 * A check report is a flat list of findings plus project facts; every output
 * format is one function over it (squawk's Reporter / ESLint's formatters).
 */
import type { BaselineEntry } from '../../baseline/baseline.js';
import type { Finding } from '../../model/findings.js';
import type { LockRow } from '../../analysis/locks/migration-locks.js';

export interface CheckReport {
  migrations: number;
  heads: string[];
  findings: Finding[];
  /** Directory that file paths are shown relative to. */
  cwd: string;
  /** The baseline file, when the project has one. */
  baseline?: BaselineSummary;
  /** `--since REF`: only migrations changed since this ref are reported. */
  since?: string;
  /** What each reported migration's upgrade locks (PostgreSQL), for migrations that lock anything. */
  locks?: MigrationLockTable[];
}

export interface MigrationLockTable {
  /** Absolute path. */
  file: string;
  revision?: string;
  pgVersion: number;
  rows: LockRow[];
}

export interface BaselineSummary {
  /** Absolute path. */
  file: string;
  entries: number;
  /** Entries that matched no finding (fixed or edited): `check --prune` removes them. */
  stale: BaselineEntry[];
  /** `--prune` rewrote the file without them. */
  pruned: boolean;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  baselined: number;
}

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, suppressed: 0, baselined: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed += 1;
    else if (finding.baselined) counts.baselined += 1;
    else counts[finding.severity] += 1;
  }
  return counts;
}

/** Exit code of `check`: 1 when any error remains that is neither suppressed nor baselined. */
export function checkExitCode(findings: Finding[]): number {
  return findings.some((finding) => finding.severity === 'error' && !finding.suppressed && !finding.baselined) ? 1 : 0;
}
