import { calledAs, sqlOf, standIn } from '../model/facts.js';
import { oneLine } from '../model/text.js';
import type { MigrationRule } from './types.js';

/** SQLAlchemy's `:name` bind parameter (not a `::type` cast) starts at `offset`. */
function bindParameterAt(sql: string, offset: number): boolean {
  return sql[offset] === ':' && sql[offset - 1] !== ':' && /^:[A-Za-z_]/.test(sql.slice(offset, offset + 2));
}

/**
 * Where the first interpolated value Preflight does not know stands in the SQL (as `"{name}"`, or
 * `{name}` inside a quoted literal); undefined when every part is known.
 */
function firstUnknownAt(sql: string, unknownParts: string[] | undefined): number | undefined {
  // Each way a stand-in can be written: its quotes doubled inside a quoted identifier or string
  // (`{get_values("sms")}` is written `"{get_values(""sms"")}"`: notify's 0095).
  const forms = (part: string): string[] => [standIn(part), standIn(part, '"'), standIn(part, "'")];
  const offsets = (unknownParts ?? []).flatMap((part) => forms(part).map((form) => sql.indexOf(form))).filter((offset) => offset >= 0);
  return offsets.length > 0 ? Math.max(0, Math.min(...offsets) - 1) : undefined;
}

export const unparseableSql: MigrationRule = {
  id: 'unparseable-sql',
  order: 320,
  scope: 'migration',
  severity: 'info',
  summary: "PostgreSQL's parser cannot read the SQL of an execute call, so no rule can check it.",
  why:
    'Preflight reads raw SQL with the real PostgreSQL parser (libpg-query) to find drops, deletes without WHERE and enum ' +
    'changes. SQL it cannot parse is not checked at all, and if it is a typo the migration will fail halfway through ' +
    'on PostgreSQL. It checks PostgreSQL projects only: on a project whose dialect is MySQL or SQLite, syntax of ' +
    'that database (backticks, MODIFY, PRAGMA) is what the migration should say, and is not reported. SQL too ' +
    'large to analyse (over 1 MB in one string) is reported on every dialect.',
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
  guideSection: { lesson: 'review-sql', place: 4 },
  check({ migration, settings, report }) {
    migration.facts.operations.forEach((operation, index) => {
      const analysis = migration.sql[index];
      if (!analysis || analysis.ok) return;
      // Another database's SQL is not PostgreSQL's to parse; SQL refused for its size is unread on any.
      if (settings.dialect !== 'postgresql' && !analysis.tooLarge) return;
      const source = sqlOf(operation);
      const sql = source?.sql ?? '';
      // `sa.text("… :value")` bind parameters are SQLAlchemy syntax, not an error in the SQL.
      if (bindParameterAt(sql, analysis.offset)) return;
      // From the first unknown interpolated value on, the error may come from what it stands for (a SQL
      // fragment such as `{case_expr}` or `{where}`, not a name): the user's SQL is not known to be broken.
      const unknownAt = firstUnknownAt(sql, source?.unknownParts);
      if (unknownAt !== undefined && analysis.offset >= unknownAt) return;
      const near = oneLine(sql.slice(analysis.offset), 40);
      report({
        line: operation.line,
        column: operation.column,
        message:
          `PostgreSQL cannot parse the SQL of ${calledAs(operation)}(): ${analysis.error}` +
          (near ? ` (at character ${analysis.offset + 1}: ${near})` : ''),
        help:
          'Fix the SQL, then check what will run with `alembic upgrade head --sql`. Until it parses, Preflight cannot look for ' +
          'destructive statements in it. If the project runs on MySQL or SQLite and this is valid there, set its dialect ' +
          '(`dialect = "mysql"` in .preflight.toml, or `preflight init`).',
      });
    });
  },
};
