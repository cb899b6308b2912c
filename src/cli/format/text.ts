import type { Palette } from './colors.js';
import { displayPath } from './paths.js';
import { countFindings, type CheckReport } from './report.js';
import { HELD_UNTIL_SHORT, type LockRow } from '../../analysis/locks/migration-locks.js';
import { describeLock as lockBlocksText } from '../../analysis/locks/pg-locks.js';
import { terminalSafeLine } from '../../model/terminal-safe.js';
import { plural } from '../../model/text.js';


/**
 * `path:line:col severity rule-id message`, grouped by file, then a summary line. File names,
 * messages (table and column names), suppression reasons and revision ids come from the
 * migrations: control characters in them are shown escaped, one finding per line.
 */
export function formatText(report: CheckReport, colors: Palette, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  // Baselined findings were accepted when the project adopted Preflight: listed only with --verbose.
  const shown = options.verbose ? report.findings : report.findings.filter((finding) => !finding.baselined);
  for (const finding of shown) {
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
    if (finding.baselined) {
      lines.push(colors.dim(`${location} ${finding.severity} ${rule} ${message} [baselined]`));
      continue;
    }
    lines.push(`${colors.bold(location)} ${severity} ${colors.dim(rule)} ${message}`);
    if (options.verbose && finding.help) {
      for (const helpLine of finding.help.split('\n')) lines.push(`    ${colors.dim(terminalSafeLine(helpLine))}`);
    }
  }
  if (lines.length > 0) lines.push('');
  if (options.verbose && report.locks && report.locks.length > 0) lines.push(...lockTables(report, colors), '');
  const counts = countFindings(report.findings);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info'));
  if (counts.suppressed) parts.push(`${counts.suppressed} suppressed`);
  if (counts.baselined) parts.push(`${counts.baselined} baselined`);
  const stale = report.baseline?.stale ?? [];
  if (stale.length > 0) {
    const file = terminalSafeLine(displayPath(report.baseline!.file, report.cwd));
    const what = `${stale.length} baseline ${stale.length === 1 ? 'entry' : 'entries'} in ${file} match${stale.length === 1 ? 'es' : ''} no finding any more`;
    lines.push(report.baseline!.pruned ? `${what}: removed` : `${what} (fixed or edited): \`preflight check --prune\` removes ${stale.length === 1 ? 'it' : 'them'}`);
    if (options.verbose) for (const entry of stale) lines.push(`    ${colors.dim(terminalSafeLine(`${entry.file} ${entry.rule} ${entry.message}`))}`);
  }
  const heads = report.heads.length === 1 ? `head ${terminalSafeLine(report.heads[0]!)}` : `${report.heads.length} heads`;
  const summary = `${plural(report.migrations, 'migration')} checked (${heads}): ${parts.join(', ')}`;
  lines.push(counts.error > 0 ? colors.red(summary) : counts.warning > 0 ? colors.yellow(summary) : colors.green(summary));
  return `${lines.join('\n')}\n`;
}

/** A new table blocks nobody; what its foreign keys lock on the tables they point to does. */
function describeOther(row: LockRow): string {
  return row.otherTables.map((other) => lockBlocksText(other.lock)).join(', ');
}


/** Per migration: each statement that takes a table lock, the lock, what it blocks and how long it is held. */
function lockTables(report: CheckReport, colors: Palette): string[] {
  const lines = [colors.bold(`Locks (PostgreSQL ${report.locks![0]!.pgVersion}):`)];
  for (const table of report.locks!) {
    lines.push(`  ${terminalSafeLine(displayPath(table.file, report.cwd))}${table.revision ? ` (${terminalSafeLine(table.revision)})` : ''}`);
    const rows = table.rows.map((row) => [
      `${row.function === 'downgrade' ? 'down ' : ''}${row.line}`,
      terminalSafeLine(row.table) + (row.onNewTable ? ' (new)' : ''),
      row.lock + row.otherTables.map((other) => ` + ${other.lock} on ${terminalSafeLine(other.table)}`).join(''),
      row.onNewTable ? `${row.otherTables.map((other) => terminalSafeLine(other.table)).join(', ')}: ${describeOther(row)}` : row.blocks.replace(/^blocks /, ''),
      [row.rewrite ? 'rewrite' : '', row.scan ? 'scan' : ''].filter(Boolean).join(', ') || '-',
      HELD_UNTIL_SHORT[row.heldUntil],
      terminalSafeLine(row.statement),
    ]);
    const header = ['line', 'table', 'lock', 'blocks', 'rewrite/scan', 'held until', 'statement'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => Math.min(row[column]!.length, column === 6 ? 72 : 60))));
    const render = (cells: string[]) => `    ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd();
    lines.push(colors.dim(render(header)));
    for (const row of rows) lines.push(render(row));
  }
  return lines;
}
