/**
 * Runs the rules over analysed migrations and the revision graph, applies inline
 * suppressions and configured severities, and returns flat findings.
 */
import { createHash } from 'node:crypto';
import type { RevisionGraph } from '../analysis/graph/graph.js';
import { migrationForDialect } from './dialect.js';
import { RULES, RULES_BY_ID } from './index.js';
import { foldSafeguards } from './destructive-without-safeguard.js';
import { findSuppression, parseSuppressions, type Suppression } from './suppressions.js';
import type { MigrationRule, MigrationRuleContext, Report, Rule } from './types.js';
import type { AnalyzedMigration } from '../model/facts.js';
import type { Finding, Severity } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';

export type SeverityOverrides = Record<string, Severity | 'off'>;

/** What the migration-scope rules reported for one migration, before severities and suppressions. */
export interface MigrationReport {
  rule: string;
  report: Report;
}

/**
 * Keeps migration-scope results between runs. Those rules see only the migration, the
 * settings and whether it is the reset migration, so their reports are a function of the
 * key the runner builds from exactly those (and the rules that ran).
 */
export interface RuleMemo {
  getReports(key: string): MigrationReport[] | undefined;
  setReports(key: string, reports: MigrationReport[]): void;
}

export interface RunOptions {
  migrations: AnalyzedMigration[];
  graph: RevisionGraph;
  settings: RuleSettings;
  severities?: SeverityOverrides;
  /** Only findings in these files (absolute paths); the graph is still built from all. */
  onlyFiles?: Set<string>;
  /** The rules to run (default: all); rule tests run one rule at a time. */
  rules?: readonly Rule[];
  /** Reports of earlier runs for unchanged migrations (check keeps them in its facts cache). */
  memo?: RuleMemo;
}

export function runRules(options: RunOptions): Finding[] {
  const { migrations, graph, settings, severities = {}, rules = RULES } = options;
  const findings: Finding[] = [];
  const suppressionsByFile = new Map<string, Suppression[]>();
  const revisionByFile = new Map<string, string | undefined>();
  for (const migration of migrations) {
    suppressionsByFile.set(migration.facts.path, parseSuppressions(migration.facts.comments));
    revisionByFile.set(migration.facts.path, migration.facts.revision?.value);
  }

  const severityOf = (rule: Rule, report: Report): Severity | 'off' => severities[rule.id] ?? report.severity ?? rule.severity;
  const build = (rule: Rule, file: string, report: Report): Finding | undefined => {
    const severity = severityOf(rule, report);
    if (severity === 'off') return undefined;
    const suppression = findSuppression(suppressionsByFile.get(file) ?? [], rule.id, report.line);
    suppression?.used.add(rule.id);
    const revision = revisionByFile.get(file);
    return {
      rule: rule.id,
      severity,
      file,
      line: report.line,
      column: report.column,
      message: report.message,
      ...(report.help !== undefined ? { help: report.help } : {}),
      ...(report.lock !== undefined ? { lock: report.lock } : {}),
      ...(report.evidence !== undefined ? { evidence: report.evidence } : {}),
      suppressed: suppression !== undefined,
      ...(suppression ? { suppressReason: suppression.reason } : {}),
      ...(revision !== undefined ? { revision } : {}),
    };
  };
  const add = (rule: Rule, file: string, report: Report): void => {
    const finding = build(rule, file, report);
    if (finding) findings.push(finding);
  };

  const migrationRules = rules.filter((rule): rule is MigrationRule => rule.scope === 'migration' && severities[rule.id] !== 'off');
  const variant = options.memo ? memoVariant(settings, migrationRules) : '';
  for (const migration of migrations) {
    const file = migration.facts.path;
    const parseError = migration.facts.parseError;
    if (parseError) {
      // A file that does not parse gets only this finding; its operations would be guesses.
      add(RULES_BY_ID.get('parse-error')!, file, { line: parseError.line, column: parseError.column, message: parseError.message });
      continue;
    }
    const fileName = file.split('/').pop() ?? file;
    const isResetMigration = settings.resetMigrations.some(
      (name) => name === fileName || name === migration.facts.revision?.value,
    );
    const memoKey = options.memo ? `${migration.facts.sha256}:${isResetMigration ? 'reset' : 'plain'}:${variant}` : '';
    let reports = options.memo?.getReports(memoKey);
    if (!reports) {
      const found: MigrationReport[] = [];
      // A helper called twice, or from a loop, reports the same step again: one finding per problem.
      const seen = new Set<string>();
      let ruleId = '';
      // One context for all rules of the migration (a closure per rule and migration was a twentieth of a cold run's garbage).
      const context: MigrationRuleContext = {
        // Branches for other dialects (`if op.get_bind().dialect.name == "mysql":`) do not run here.
        migration: migrationForDialect(migration, settings.dialect),
        settings,
        isResetMigration,
        report: (report) => {
          const key = `${ruleId}\0${report.line}\0${report.column}\0${report.message}`;
          if (seen.has(key)) return;
          seen.add(key);
          found.push({ rule: ruleId, report });
        },
      };
      for (const rule of migrationRules) {
        ruleId = rule.id;
        rule.check(context);
      }
      reports = found;
      options.memo?.setReports(memoKey, found);
    }
    // Most migrations have nothing to report.
    if (reports.length === 0) continue;
    // One finding per problem: the missing safeguard becomes part of the drop/wipe finding on the same step.
    const built = reports.map(({ rule, report }) => ({ report, finding: build(RULES_BY_ID.get(rule)!, file, report) }));
    findings.push(...foldSafeguards(built, settings));
  }
  for (const rule of rules) {
    if (rule.scope !== 'project' || severities[rule.id] === 'off') continue;
    rule.check({ graph, migrations, settings, report: (file, report) => add(rule, file, report) });
  }
  findings.push(...suppressionFindings(suppressionsByFile, severities));

  const kept = options.onlyFiles ? findings.filter((finding) => options.onlyFiles!.has(finding.file)) : findings;
  // Code-point order, not localeCompare: the same everywhere, and a hundred times cheaper for thousands of findings.
  return kept.sort((a, b) => byCodePoint(a.file, b.file) || a.line - b.line || a.column - b.column || byCodePoint(a.rule, b.rule));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The settings and the set of rules, as part of a memo key: results of other settings are not reused. */
function memoVariant(settings: RuleSettings, rules: readonly Rule[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ settings, rules: rules.map((rule) => rule.id) }))
    .digest('hex')
    .slice(0, 16);
}

/** Reasonless, unknown and unused suppressions are findings of their own. */
function suppressionFindings(byFile: Map<string, Suppression[]>, severities: SeverityOverrides): Finding[] {
  const findings: Finding[] = [];
  const push = (ruleId: string, file: string, suppression: Suppression, message: string): void => {
    const rule = RULES_BY_ID.get(ruleId)!;
    const severity = severities[ruleId] ?? rule.severity;
    if (severity === 'off') return;
    findings.push({ rule: ruleId, severity, file, line: suppression.line, column: suppression.column, message, suppressed: false });
  };
  for (const [file, suppressions] of byFile) {
    for (const suppression of suppressions) {
      if (suppression.ids.length === 0) push('unused-suppression', file, suppression, 'ignore[] names no rule');
      if (!suppression.reason) {
        push('suppression-without-reason', file, suppression, `ignore[${suppression.ids.join(',')}] has no reason: write why after the bracket`);
      }
      for (const id of suppression.ids) {
        if (!RULES_BY_ID.has(id)) push('unused-suppression', file, suppression, `ignore[${id}]: unknown rule id`);
        else if (!suppression.used.has(id) && severities[id] !== 'off') {
          push('unused-suppression', file, suppression, `ignore[${id}] suppresses nothing here: remove it`);
        }
      }
    }
  }
  return findings;
}
