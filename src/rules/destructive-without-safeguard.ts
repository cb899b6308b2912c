import { describeDestruction } from '../analysis/sql/analyze.js';
import { destructiveEvidence, destructiveSteps, type DestructiveStep } from './shared/destructive.js';
import { operationSource, pythonString } from './shared/snippets.js';
import { oneLine } from '../model/text.js';
import type { MigrationRule, Report } from './types.js';
import type { AnalyzedMigration, EnvGuard } from '../model/facts.js';
import { SAFEGUARD_RULE, type Finding, type Severity } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';

export interface SafeguardedStep {
  step: DestructiveStep;
  /** The guard that tests one of the configured variables; undefined when nothing can stop the step in production. */
  guard?: EnvGuard;
}

/**
 * Every destructive step of the upgrade with the guard that protects it: the judgement this rule reports
 * (steps without a guard) and the checklist's production-safeguards item cites (the guards).
 */
export function safeguardedSteps(migration: AnalyzedMigration, settings: RuleSettings): SafeguardedStep[] {
  return destructiveSteps(migration).map((step) => {
    const guard = step.operation.guards.find((candidate) => candidate.variables.some((variable) => settings.guardVariables.includes(variable)));
    return guard ? { step, guard } : { step };
  });
}

/** `drop_column users.username`, or `raw SQL that deletes every row of sessions (no WHERE)` and the SQL itself. */
export function destructiveStepLabel(step: DestructiveStep): { what: string; sql?: string } {
  if (!step.statement) return { what: step.description };
  return { what: `raw SQL that ${describeDestruction(step.statement)}`, sql: oneLine(step.description, 60) };
}

function listVariables(settings: RuleSettings): string {
  const names = settings.guardVariables;
  return names.length <= 1 ? (names[0] ?? 'an environment variable') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The guide's `if env == 'production': raise` on the first configured variable (or the destructive flag's own test). */
function safeguardSnippet(settings: RuleSettings): string {
  const variable = settings.guardVariables.includes('ENVIRONMENT') ? 'ENVIRONMENT' : settings.guardVariables[0];
  if (variable === undefined || variable === settings.destructiveFlag) {
    const flag = variable ?? settings.destructiveFlag;
    return (
      `        if os.getenv(${pythonString(flag)}) != '1':\n` +
      `            raise Exception("Set ${flag}=1 to run this destructive migration")`
    );
  }
  return (
    `        env = os.getenv(${pythonString(variable)}, 'development')\n\n` +
    "        if env == 'production':\n" +
    '            raise Exception("Review this migration before running in production!")'
  );
}

export const destructiveWithoutSafeguard: MigrationRule = {
  id: 'destructive-without-safeguard',
  order: 400,
  scope: 'migration',
  severity: 'warning',
  summary: 'A destructive upgrade step runs without an environment check that can stop it in production.',
  why:
    'The guide asks for production safeguards around risky operations: a check of ENVIRONMENT (or the destructive-migrations ' +
    'flag) at the top of upgrade() that raises in production, so a migration that drops a table or column, or deletes rows, ' +
    'cannot run there before someone has reviewed it and taken a backup. Without one, the first `alembic upgrade head` of a ' +
    'deploy destroys the data. When drop-table, drop-column or destructive-raw-sql reports the same step, this rule ' +
    'adds to that finding instead of repeating it: its message ends "and no production safeguard guards it" and its help ' +
    'shows the guard. Setting this rule to "off" leaves that part out; with those rules off, it reports on its own.',
  bad: `def upgrade():
    op.drop_column('users', 'username')
`,
  good: `import os

def upgrade():
    env = os.getenv('ENVIRONMENT', 'development')

    if env == 'production':
        raise Exception("Review this migration before running in production!")

    # preflight: ignore[drop-column] nothing has read users.username since 2024-02-01
    op.drop_column('users', 'username')

def downgrade():
    op.add_column('users', sa.Column('username', sa.String(length=50), nullable=True))
`,
  decides: ['production-safeguards'],
  guideSection: { lesson: 'production-safeguards', place: 1 },
  check({ migration, settings, report }) {
    const safeguard = safeguardSnippet(settings);
    for (const { step, guard } of safeguardedSteps(migration, settings)) {
      if (guard) continue;
      const { what, sql } = destructiveStepLabel(step);
      report({
        line: step.operation.line,
        column: step.operation.column,
        step: step.step,
        evidence: destructiveEvidence(step),
        message: `${what} runs without a production safeguard (no check of ${listVariables(settings)} guards it)${sql ? `: ${sql}` : ''}`,
        help:
          "Stop the migration in production until it has been reviewed and the data backed up (the guide's production safeguard):\n\n" +
          `    import os\n\n    def upgrade():\n${safeguard}\n\n${operationSource(step.operation, '        ')}`,
      });
    }
  },
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** What a destructive finding says when no production safeguard guards its step. */
export function unguardedClause(settings: RuleSettings): string {
  return `, and no production safeguard guards it (no check of ${listVariables(settings)})`;
}

/**
 * One finding per problem: a safeguard report on a step that drop-table, drop-column or
 * destructive-raw-sql also reported (same step, same suppression state) becomes part of that
 * finding, with the higher of the two severities; the rest stay as they are. A safeguard
 * report whose partner is off or suppressed differently stays a finding of its own.
 */
export function foldSafeguards(entries: { report: Report; finding: Finding | undefined }[], settings: RuleSettings): Finding[] {
  const destructive = new Map<string, Finding>();
  for (const { report, finding } of entries) {
    if (finding && report.step !== undefined && finding.rule !== SAFEGUARD_RULE && !destructive.has(report.step)) {
      destructive.set(report.step, finding);
    }
  }
  const folded = new Set<Finding>();
  for (const { report, finding } of entries) {
    if (!finding || finding.rule !== SAFEGUARD_RULE || report.step === undefined) continue;
    const partner = destructive.get(report.step);
    if (!partner || partner.suppressed !== finding.suppressed || partner.unguarded) continue;
    partner.message += unguardedClause(settings);
    partner.help = [partner.help, finding.help].filter(Boolean).join('\n\n');
    if (RANK[finding.severity] > RANK[partner.severity]) partner.severity = finding.severity;
    partner.unguarded = true;
    folded.add(finding);
  }
  return entries.flatMap(({ finding }) => (finding && !folded.has(finding) ? [finding] : []));
}
