/**
 * `check --fix`, `--fix --diff` and `--with-fixes`: the fixers' side of check, loaded only when asked for
 * (the fixers, the scaffold and YAML they use are ~0.4 MB of modules a plain check never needs).
 */
import type { LoadedProject } from '../../io/load-project.js';
import { applyFixes, planLoadedProjectFixes } from '../../io/fix-files.js';
import { unifiedDiff } from '../../fix/diff.js';
import { applyEdits, withPositions } from '../../fix/edits.js';
import { hasFixer, type FileFixPlan } from '../../fix/plan.js';
import type { Finding, FindingFix } from '../../model/findings.js';
import type { RuleSettings } from '../../model/settings.js';
import { terminalSafe, terminalSafeLine } from '../../model/terminal-safe.js';
import { plural } from '../../model/text.js';
import type { GlobalOptions } from '../command.js';
import { displayPath } from '../format/paths.js';
import type { CheckOptions, CheckRun } from './check.js';

/** --with-fixes: the findings, each fixable one with its checked fix. */
export async function withCheckedFixes(loaded: LoadedProject, findings: Finding[], settings: RuleSettings, global: GlobalOptions): Promise<Finding[]> {
  if (!findings.some((finding) => hasFixer(finding))) return findings;
  return withFixes(findings, await planLoadedProjectFixes(loaded, findings, { settings }), global);
}

/** The --fix-value values, remembering which keys a fix asked for (a key nothing asks for is likely a typo). */
class AskedValues extends Map<string, string> {
  readonly asked = new Set<string>();
  override get(key: string): string | undefined {
    this.asked.add(key);
    return super.get(key);
  }
}

/** check --fix [--diff]: plan the fixes of the reported findings, show or apply them, then report what remains. */
export async function runFix(options: CheckOptions, global: GlobalOptions, { checkOnce, formatReport }: CheckRun): Promise<number> {
  const first = await checkOnce(options, global, false);
  const values = new AskedValues(options['fix-value']);
  const plans = await planLoadedProjectFixes(first.loaded, first.findings, { settings: first.settings, values });
  const place = (finding: Finding): string => terminalSafeLine(`${displayPath(finding.file, global.cwd)}:${finding.line}:${finding.column} ${finding.rule}`);
  const say = (line: string): void => void global.stderr.write(`preflight: ${terminalSafe(line)}\n`);
  const listOthers = (): void => {
    for (const key of values.keys()) {
      if (!values.asked.has(key)) say(`--fix-value ${key}: no new NOT NULL column ${key} needs a value, so it is not used`);
    }
    for (const plan of plans) {
      for (const outcome of plan.manual) say(`${outcome.needsValue ? 'needs a value' : 'needs you'}: ${place(outcome.finding)}: ${outcome.text}`);
      for (const outcome of plan.refused) say(`not fixed: ${place(outcome.finding)}: ${outcome.text}`);
    }
  };
  if (options.diff && (options.format === 'json' || options.format === 'sarif')) {
    // For editors and code scanning: the report, each fixable finding with its checked edits.
    listOthers();
    global.stdout.write(formatReport({ ...first.report, findings: withFixes(first.report.findings, plans, global) }, options, global));
    return first.exitCode;
  }
  if (options.diff) {
    const safe = global.stdout.isTTY ? terminalSafe : (text: string) => text;
    for (const plan of plans) {
      if (plan.after !== plan.before) global.stdout.write(safe(unifiedDiff(displayPath(plan.file, global.cwd), plan.before, plan.after)));
    }
    const fixes = plans.reduce((sum, plan) => sum + plan.kept.length, 0);
    const files = plans.filter((plan) => plan.after !== plan.before).length;
    listOthers();
    say(`${fixes} fix${fixes === 1 ? '' : 'es'} in ${plural(files, 'file')} (not applied; run check --fix to apply them)`);
    return first.exitCode;
  }
  const applied = await applyFixes(first.loaded, plans, { ...(options.python !== undefined ? { python: options.python } : {}), dialect: first.settings.dialect });
  for (const plan of applied.written) for (const outcome of plan.kept) say(`fixed: ${place(outcome.finding)}: ${outcome.text}`);
  for (const { plan, reason } of applied.notWritten) for (const outcome of plan.kept) say(`not fixed: ${place(outcome.finding)}: ${reason}`);
  for (const { plan, reason } of applied.headsOnly) say(`checked by alembic heads only: ${displayPath(plan.file, global.cwd)}: ${reason.split('\n')[0]}`);
  listOthers();
  // What remains, from the files as they are now.
  return (await checkOnce(options, global, true)).exitCode;
}

/**
 * The findings with their fixes: the edits of each kept fix (line/column ranges, SARIF's replacements) and its diff
 * alone; a fix that needs a value says which. A finding with two fixes (a drop and its safeguard) carries the first.
 */
function withFixes(findings: readonly Finding[], plans: readonly FileFixPlan[], global: GlobalOptions): Finding[] {
  const fixes = new Map<Finding, FindingFix>();
  for (const plan of plans) {
    for (const outcome of plan.kept) {
      if (fixes.has(outcome.finding)) continue;
      const edits = outcome.edits ?? [];
      fixes.set(outcome.finding, {
        description: outcome.text,
        edits: withPositions(plan.before, edits).map(({ start: _s, end: _e, ...edit }) => edit),
        diff: unifiedDiff(displayPath(plan.file, global.cwd), plan.before, applyEdits(plan.before, edits)),
      });
    }
    for (const outcome of plan.manual) {
      if (outcome.needsValue && !fixes.has(outcome.finding)) fixes.set(outcome.finding, { description: outcome.text, edits: [], needsValue: outcome.needsValue });
    }
  }
  return findings.map((finding) => (fixes.has(finding) ? { ...finding, fix: fixes.get(finding)! } : finding));
}
