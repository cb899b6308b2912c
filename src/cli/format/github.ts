import { displayPath } from './paths.js';
import type { CheckReport } from './report.js';
import { terminalSafe } from '../../model/terminal-safe.js';

/**
 * GitHub Actions workflow commands; the data and property escapes follow actions/toolkit's command.ts.
 * The runner prints these lines into the job log, which renders terminal escapes: control characters
 * from the migrations (file names, table names) are shown escaped first (newlines stay, as %0A).
 */
export function formatGithub(report: CheckReport): string {
  const lines = report.findings
    .filter((finding) => !finding.suppressed && !finding.baselined)
    .map((finding) => {
      const level = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(terminalSafe(displayPath(finding.file, report.cwd)))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(terminalSafe(finding.rule))}`,
      ].join(',');
      return `::${level} ${properties}::${escapeData(terminalSafe(finding.message))}`;
    });
  const stale = report.baseline?.stale.length ?? 0;
  if (stale > 0 && !report.baseline!.pruned) {
    const file = displayPath(report.baseline!.file, report.cwd);
    lines.push(`::notice file=${escapeProperty(file)},title=preflight baseline::${escapeData(`${stale} baseline ${stale === 1 ? 'entry matches' : 'entries match'} no finding any more (fixed or edited): run preflight check --prune and commit ${file}`)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
