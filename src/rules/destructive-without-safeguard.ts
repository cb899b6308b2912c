import { sqlOf } from '../core/parse/model.js';
import { describeDestruction } from '../core/sql/analyze.js';
import { destructiveSteps, isGuarded, sqlStatementsOf, type DestructiveStep } from './helpers.js';
import { oneLine, operationSource, pythonString } from './shared/snippets.js';
import type { AnalyzedMigration, MigrationRule, RuleSettings } from './types.js';

/** `drop_column users.username`, or `raw SQL that deletes every row of sessions (no WHERE)` and the SQL itself. */
function label(migration: AnalyzedMigration, step: DestructiveStep): { what: string; sql?: string } {
  if (!sqlOf(step.operation)) return { what: step.description };
  const statement = sqlStatementsOf(migration, step.operation).find((s) => s.text === step.description);
  return { what: statement ? `raw SQL that ${describeDestruction(statement)}` : 'raw SQL', sql: oneLine(step.description, 60) };
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

    # preflight: ignore[drop-column] nothing has read users.username since 2024-02-01
    op.drop_column('users', 'username')

def downgrade():
    op.add_column('users', sa.Column('username', sa.String(length=50), nullable=True))
`,
  decides: ['production-safeguards'],
  guideSection: 'production-safeguards',
  check({ migration, settings, report }) {
    const safeguard = safeguardSnippet(settings);
    for (const step of destructiveSteps(migration)) {
      if (isGuarded(step.operation, settings)) continue;
      const { what, sql } = label(migration, step);
      report({
        line: step.operation.line,
        column: step.operation.column,
        message: `${what} runs without a production safeguard (no check of ${listVariables(settings)} guards it)${sql ? `: ${sql}` : ''}`,
        help:
          "Stop the migration in production until it has been reviewed and the data backed up (the guide's production safeguard):\n\n" +
          `    import os\n\n    def upgrade():\n${safeguard}\n\n${operationSource(step.operation, '        ')}`,
      });
    }
  },
};
