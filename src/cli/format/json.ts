import { displayPath } from './paths.js';
import type { CheckReport } from './report.js';

/** Stable, versioned: `{"version":1,"migrations":N,"heads":[…],"findings":[…]}`. Add fields, never rename. */
export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(
    {
      version: 1,
      migrations: report.migrations,
      heads: report.heads,
      findings: report.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        file: displayPath(finding.file, report.cwd),
        line: finding.line,
        column: finding.column,
        message: finding.message,
        suppressed: finding.suppressed,
        suppressReason: finding.suppressReason ?? null,
        revision: finding.revision ?? null,
        help: finding.help ?? null,
        baselined: finding.baselined === true,
        lock: finding.lock ?? null,
        // A finding that has a fix (check --format json, check --fix --diff): a field of its own, so other findings keep their exact shape.
        ...(finding.fix ? { fix: finding.fix } : {}),
      })),
      ...(report.baseline
        ? {
            baseline: {
              file: displayPath(report.baseline.file, report.cwd),
              entries: report.baseline.entries,
              stale: report.baseline.stale,
              pruned: report.baseline.pruned,
            },
          }
        : {}),
      ...(report.since !== undefined ? { since: report.since } : {}),
      ...(report.locks
        ? {
            locks: report.locks.map((table) => ({
              file: displayPath(table.file, report.cwd),
              revision: table.revision ?? null,
              pgVersion: table.pgVersion,
              statements: table.rows,
            })),
          }
        : {}),
    },
    null,
    2,
  )}\n`;
}
