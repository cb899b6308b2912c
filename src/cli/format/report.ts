/**
 * A check report is a flat list of findings plus project facts; every output
 * format is one function over it (squawk's Reporter / ESLint's formatters).
 */
import type { Finding } from '../../rules/types.js';

export interface CheckReport {
  migrations: number;
  heads: string[];
  findings: Finding[];
  /** Directory that file paths are shown relative to. */
  cwd: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed += 1;
    else counts[finding.severity] += 1;
  }
  return counts;
}

/** Exit code of `check`: 1 when any unsuppressed error remains. */
export function checkExitCode(findings: Finding[]): number {
  return findings.some((finding) => finding.severity === 'error' && !finding.suppressed) ? 1 : 0;
}
