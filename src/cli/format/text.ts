import type { Palette } from './colors.js';
import { displayPath } from './paths.js';
import { countFindings, type CheckReport } from './report.js';
import { terminalSafeLine } from './terminal-safe.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * `path:line:col severity rule-id message`, grouped by file, then a summary line. File names,
 * messages (table and column names), suppression reasons and revision ids come from the
 * migrations: control characters in them are shown escaped, one finding per line.
 */
export function formatText(report: CheckReport, colors: Palette, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of report.findings) {
    const file = terminalSafeLine(displayPath(finding.file, report.cwd));
    const rule = terminalSafeLine(finding.rule);
    const message = terminalSafeLine(finding.message);
    if (file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = file;
    }
    const severity =
      finding.severity === 'error' ? colors.red('error') : finding.severity === 'warning' ? colors.yellow('warning') : colors.blue('info');
    const location = `${file}:${finding.line}:${finding.column}`;
    if (finding.suppressed) {
      lines.push(colors.dim(`${location} ${finding.severity} ${rule} ${message} [suppressed: ${terminalSafeLine(finding.suppressReason || 'no reason')}]`));
      continue;
    }
    lines.push(`${colors.bold(location)} ${severity} ${colors.dim(rule)} ${message}`);
    if (options.verbose && finding.help) {
      for (const helpLine of finding.help.split('\n')) lines.push(`    ${colors.dim(terminalSafeLine(helpLine))}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const counts = countFindings(report.findings);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info'));
  if (counts.suppressed) parts.push(`${counts.suppressed} suppressed`);
  const heads = report.heads.length === 1 ? `head ${terminalSafeLine(report.heads[0]!)}` : `${report.heads.length} heads`;
  const summary = `${plural(report.migrations, 'migration')} checked (${heads}): ${parts.join(', ')}`;
  lines.push(counts.error > 0 ? colors.red(summary) : counts.warning > 0 ? colors.yellow(summary) : colors.green(summary));
  return `${lines.join('\n')}\n`;
}
