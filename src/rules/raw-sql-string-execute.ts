import { argument, type Operation, type PyValue } from '../model/facts.js';
import type { MigrationRule } from './types.js';
import { oneLine } from '../model/text.js';
import { sqlStatementsOf } from './helpers.js';

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
    'version; `op.execute("…")` accepts a string because Alembic wraps it for you. A statement written for the driver, ' +
    'with `%s` placeholders and a tuple of values, runs unchanged through `exec_driver_sql()`: `sa.text()` binds only `:name` ' +
    'placeholders from a dict.',
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
      // The statement as the code spells it: a variable stays a variable in the fix.
      const source = writtenStatement(operation) ?? statement.text;
      const parameters = parametersOf(operation);
      if (parameters !== undefined && DBAPI_PLACEHOLDER.test(sql)) {
        // `%s` / `%(name)s` are the driver's placeholders: sa.text() neither binds them nor takes a tuple.
        report({
          line: operation.line,
          column: operation.column,
          message:
            `${receiver}.execute() is given a plain ${literal ? 'SQL string' : 'string expression'} with DBAPI %s parameters ` +
            `(${oneLine(sql, 60)}): SQLAlchemy 2.x raises "Not an executable object"; run it with ${receiver}.exec_driver_sql()`,
          help:
            'Pass the SQL and its parameters to the driver as they are (SQLAlchemy 1.4 and 2.x):\n\n' +
            `    ${receiver}.exec_driver_sql(${source}, ${parameters})\n\n` +
            'sa.text() would not work here: it binds :name placeholders from a dict, and leaves %s to the database as a syntax error.',
        });
        continue;
      }
      report({
        line: operation.line,
        column: operation.column,
        message:
          `${receiver}.execute() is given a plain ${literal ? 'SQL string' : 'string expression'} (${oneLine(sql, 60)}): ` +
          'SQLAlchemy 2.x raises "Not an executable object"; wrap it in sa.text()',
        help: [
          'Wrap the SQL in sa.text() (with `import sqlalchemy as sa`):',
          `    ${receiver}.execute(sa.text(${source})${parameters !== undefined ? `, ${parameters}` : ''})`,
          ...(literal
            ? // op.execute() returns nothing: no alternative for a statement whose rows the code reads.
              sqlStatementsOf(migration, operation).some((parsed) => parsed.returnsRows)
              ? []
              : [`or let Alembic wrap it: op.execute(${source})`]
            : [
                'Pass values as bound parameters rather than formatting them into the string:',
                `    ${receiver}.execute(sa.text("... WHERE id = :id"), {"id": value})`,
              ]),
        ].join('\n\n'),
      });
    }
  },
};

/** The DBAPI's pyformat placeholders (psycopg2, pg8000, mysqlclient): `%s`, `%(name)s`. */
const DBAPI_PLACEHOLDER = /%(?:\([A-Za-z_]\w*\))?s/;

/** The first argument as written, when it is a name (`conn.execute(query, …)`): the resolved value is its literal. */
function writtenStatement(operation: Operation): string | undefined {
  if (operation.kwargs['statement']) return undefined;
  const match = /\.execute\(\s*([A-Za-z_][\w.]*)\s*[,)]/.exec(operation.text);
  return match?.[1];
}

/**
 * The parameters passed after the statement, as one Python expression: the argument itself, a tuple of several
 * positional values (SQLAlchemy 1.x `execute(sql, a, b)`), or a dict of keyword values (`execute(sql, id=5)`).
 */
function parametersOf(operation: Operation): string | undefined {
  const positional = operation.args.slice(1);
  const keywords = Object.entries(operation.kwargs).filter(([name]) => name !== 'statement');
  if (positional.length === 1 && keywords.length === 0) return positional[0]!.text;
  if (positional.length > 1 && keywords.length === 0) return `(${positional.map((value) => value.text).join(', ')})`;
  if (positional.length === 0 && keywords.length > 0) return `{${keywords.map(([name, value]) => `${JSON.stringify(name)}: ${value.text}`).join(', ')}}`;
  return undefined;
}
