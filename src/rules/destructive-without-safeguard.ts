import { sqlOf } from '../core/parse/model.js';
import { describeDestruction } from '../core/sql/analyze.js';
import { destructiveSteps, isGuarded, sqlStatementsOf, type DestructiveStep } from './helpers.js';
import { oneLine, operationSource, pythonString } from './downgrade-incomplete.js';
import type { AnalyzedMigration, MigrationRule, RuleSettings } from './types.js';

/** `drop_column users.username`, or `raw SQL deletes every row of sessions (no WHERE)`. */
function label(migration: AnalyzedMigration, step: DestructiveStep): string {
  if (!sqlOf(step.operation)) return step.description;
  const statement = sqlStatementsOf(migration, step.operation).find((s) => s.text === step.description);
  return statement ? `raw SQL that ${describeDestruction(statement)} (${oneLine(statement.text, 60)})` : step.description;
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
  scope: 'migration',
  severity: 'warning',
  summary: 'A destructive upgrade step runs without an environment check that can stop it in production.',
  why:
    'The guide asks for production safeguards around risky operations: a check of ENVIRONMENT (or the destructive-migrations ' +
    'flag) at the top of upgrade() that raises in production, so a migration that drops a table or column, or deletes rows, ' +
    'cannot run there before someone has reviewed it and taken a backup. Without one, the first `alembic upgrade head` of a ' +
    'deploy destroys the data.',
  bad: `def upgrade():
    op.drop_column('users', 'username')
`,
  good: `import os

def upgrade():
    env = os.getenv('ENVIRONMENT', 'development')

    if env == 'production':
        raise Exception("Review this migration before running in production!")

    op.drop_column('users', 'username')
`,
  decides: ['production-safeguards'],
  guideSection: 'production-safeguards',
  check({ migration, settings, report }) {
    const safeguard = safeguardSnippet(settings);
    for (const step of destructiveSteps(migration)) {
      if (isGuarded(step.operation, settings)) continue;
      report({
        line: step.operation.line,
        column: step.operation.column,
        message: `${label(migration, step)} runs without a production safeguard (no check of ${listVariables(settings)} guards it)`,
        help:
          "Stop the migration in production until it has been reviewed and the data backed up (the guide's production safeguard):\n\n" +
          `    import os\n\n    def upgrade():\n${safeguard}\n\n${operationSource(step.operation, '        ')}`,
      });
    }
  },
};
