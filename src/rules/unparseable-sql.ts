import { sqlOf } from '../core/parse/model.js';
import { oneLine } from './shared/snippets.js';
import type { MigrationRule } from './types.js';

/** SQLAlchemy's `:name` bind parameter (not a `::type` cast) starts at `offset`. */
function bindParameterAt(sql: string, offset: number): boolean {
  return sql[offset] === ':' && sql[offset - 1] !== ':' && /^:[A-Za-z_]/.test(sql.slice(offset, offset + 2));
}

export const unparseableSql: MigrationRule = {
  id: 'unparseable-sql',
  scope: 'migration',
  severity: 'info',
  summary: "PostgreSQL's parser cannot read the SQL of an execute call, so no rule can check it.",
  why:
    'Preflight reads raw SQL with the real PostgreSQL parser (libpg-query) to find drops, deletes without WHERE and enum ' +
    'changes. SQL it cannot parse is not checked at all, and if it is a typo the migration will fail halfway through ' +
    'on PostgreSQL. MySQL- or SQLite-only syntax (backticks, MODIFY, ON DUPLICATE KEY) also triggers this rule: ' +
    'for such projects set the dialect or turn the rule off (`unparseable-sql = "off"` under rules in the configuration).',
  bad: `def upgrade():
    op.execute("ALTER TABLE users ADD COLUMN phone VARCHAR(32) AFTER email")  # MySQL-only AFTER

def downgrade():
    op.execute("ALTER TABLE users DROP COLUMN phone")
`,
  good: `def upgrade():
    op.execute("ALTER TABLE users ADD COLUMN phone VARCHAR(32)")

def downgrade():
    op.execute("ALTER TABLE users DROP COLUMN phone")
`,
  guideSection: 'review-sql',
  check({ migration, report }) {
    migration.facts.operations.forEach((operation, index) => {
      const analysis = migration.sql[index];
      if (!analysis || analysis.ok) return;
      const sql = sqlOf(operation)?.sql ?? '';
      // `sa.text("… :value")` bind parameters are SQLAlchemy syntax, not an error in the SQL.
      if (bindParameterAt(sql, analysis.offset)) return;
      const near = oneLine(sql.slice(analysis.offset), 40);
      const receiver = operation.receiverText.replace(/\s+/g, '');
      report({
        line: operation.line,
        column: operation.column,
        message:
          `PostgreSQL cannot parse the SQL of ${receiver}.${operation.name}(): ${analysis.error}` +
          (near ? ` (at character ${analysis.offset + 1}: ${near})` : ''),
        help:
          'Fix the SQL, then check what will run with `alembic upgrade head --sql`. Until it parses, Preflight cannot look for ' +
          'destructive statements in it. If the project runs on MySQL or SQLite and this is valid there, turn the rule off:\n\n' +
          '    [tool.preflight.rules]\n    unparseable-sql = "off"',
      });
    });
  },
};
