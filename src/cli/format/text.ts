import type { Palette } from './colors.js';
import { displayPath } from './paths.js';
import { countFindings, type CheckReport } from './report.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `path:line:col severity rule-id message`, grouped by file, then a summary line. */
export function formatText(report: CheckReport, colors: Palette, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of report.findings) {
    const file = displayPath(finding.file, report.cwd);
    if (file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = file;
    }
    const severity =
      finding.severity === 'error' ? colors.red('error') : finding.severity === 'warning' ? colors.yellow('warning') : colors.blue('info');
    const location = `${file}:${finding.line}:${finding.column}`;
    if (finding.suppressed) {
      lines.push(colors.dim(`${location} ${finding.severity} ${finding.rule} ${finding.message} [suppressed: ${finding.suppressReason || 'no reason'}]`));
      continue;
    }
    lines.push(`${colors.bold(location)} ${severity} ${colors.dim(finding.rule)} ${finding.message}`);
    if (options.verbose && finding.help) {
      for (const helpLine of finding.help.split('\n')) lines.push(`    ${colors.dim(helpLine)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const counts = countFindings(report.findings);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info'));
  if (counts.suppressed) parts.push(`${counts.suppressed} suppressed`);
  const heads = report.heads.length === 1 ? `head ${report.heads[0]}` : `${report.heads.length} heads`;
  const summary = `${plural(report.migrations, 'migration')} checked (${heads}): ${parts.join(', ')}`;
  lines.push(counts.error > 0 ? colors.red(summary) : counts.warning > 0 ? colors.yellow(summary) : colors.green(summary));
  return `${lines.join('\n')}\n`;
}
