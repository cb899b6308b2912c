import { argument, type Operation, type PyValue } from '../model/facts.js';
import type { MigrationRule } from './types.js';
import { oneLine } from './shared/snippets.js';

/** A Python string literal, possibly prefixed (`f"…"`, `r'…'`), at the start of an expression. */
const STRING_START = /^[rRuUfF]{0,2}["']/;

/**
 * The statement is a Python string rather than an executable object: a literal, an f-string,
 * `"…" % x`, `"…" + x` or `"…".format(x)`. Variables and other calls (`sa.text(…)`,
 * `sa.update(…)`) are left alone: they may well be executable.
 */
function plainString(value: PyValue | undefined): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'str':
      return true;
    case 'expr':
      return STRING_START.test(value.text) || /^[\w.]+\s*[+%]\s*[rRuUfF]{0,2}["']/.test(value.text);
    case 'call':
      return value.callee === 'str' || STRING_START.test(value.callee);
    default:
      return false;
  }
}

function isPlainStringExecute(operation: Operation): boolean {
  return operation.receiver === 'connection' && operation.name === 'execute' && plainString(argument(operation, 0, 'statement'));
}

export const rawSqlStringExecute: MigrationRule = {
  id: 'raw-sql-string-execute',
  order: 300,
  scope: 'migration',
  severity: 'error',
  summary: '`connection.execute("…")` with a plain SQL string fails on SQLAlchemy 2.x; wrap the SQL in `sa.text()`.',
  why:
    'SQLAlchemy 2.0 removed "autoexecution" of strings: `Connection.execute()` only accepts executable objects, so ' +
    '`op.get_bind().execute("UPDATE …")` raises `ObjectNotExecutableError: Not an executable object` in the middle of the ' +
    'migration (SQLAlchemy 1.4 only warned). The guide\'s data-migration snippet has this bug. `sa.text("…")` works on every ' +
    'version; `op.execute("…")` accepts a string because Alembic wraps it for you.',
  bad: `def upgrade():
    connection = op.get_bind()
    connection.execute(
        "UPDATE users SET new_field = old_field WHERE old_field IS NOT NULL"
    )
`,
  good: `def upgrade():
    op.add_column('users', sa.Column('new_field', sa.String(), nullable=True))

    connection = op.get_bind()
    connection.execute(
        sa.text("UPDATE users SET new_field = old_field WHERE old_field IS NOT NULL")
    )

def downgrade():
    op.drop_column('users', 'new_field')
`,
  guideSection: { lesson: 'data-migration-pattern', place: 2 },
  check({ migration, report }) {
    for (const operation of migration.facts.operations) {
      if (!isPlainStringExecute(operation)) continue;
      const statement = argument(operation, 0, 'statement')!;
      const receiver = operation.receiverText.replace(/\s+/g, '');
      const literal = statement.kind === 'str';
      const sql = literal ? statement.value : statement.text;
      report({
        line: operation.line,
        column: operation.column,
        message:
          `${receiver}.execute() is given a plain ${literal ? 'SQL string' : 'string expression'} (${oneLine(sql, 60)}): ` +
          'SQLAlchemy 2.x raises "Not an executable object"; wrap it in sa.text()',
        help:
          'Wrap the SQL in sa.text() (with `import sqlalchemy as sa`):\n\n' +
          `    ${receiver}.execute(sa.text(${statement.text}))\n\n` +
          (literal
            ? `or let Alembic wrap it: op.execute(${statement.text})`
            : 'Pass values as bound parameters rather than formatting them into the string:\n\n' +
              `    ${receiver}.execute(sa.text("... WHERE id = :id"), {"id": value})`),
      });
    }
  },
};
