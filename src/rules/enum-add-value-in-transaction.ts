import type { Operation } from '../model/facts.js';
import type { SqlStatement } from '../model/sql.js';
import { sqlStatementsOf } from './helpers.js';
import { operationSource, pythonString } from './shared/snippets.js';
import type { MigrationRule } from './types.js';

/** The new value of `ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v'` as a SQL literal (`'suspended'`). */
function addedValue(statement: SqlStatement): string | undefined {
  return statement.enumValue === undefined ? undefined : `'${statement.enumValue.replaceAll("'", "''")}'`;
}

/** A later operation of the same function that mentions the new value (it would fail: "unsafe use of new value"). */
function laterUse(operations: Operation[], operation: Operation, value: string): Operation | undefined {
  const literal = value.slice(1, -1).replace(/''/g, "'");
  const quoted = [value, pythonString(literal), JSON.stringify(literal)];
  return operations.find(
    (other) => other.function === operation.function && other.index > operation.index && quoted.some((q) => other.text.includes(q)),
  );
}

export const enumAddValueInTransaction: MigrationRule = {
  id: 'enum-add-value-in-transaction',
  order: 600,
  scope: 'migration',
  severity: 'error',
  summary: "`ALTER TYPE … ADD VALUE` runs inside the migration's transaction instead of an `autocommit_block()`.",
  why:
    'Alembic runs migrations on PostgreSQL inside a transaction (by default one transaction for every migration of an ' +
    '`alembic upgrade` run). PostgreSQL before 12 refuses `ALTER TYPE … ADD VALUE` in a transaction block; 12 and later ' +
    'accept it, but the new value cannot be used until that transaction commits ("unsafe use of new value"), so a later ' +
    "step or a later migration in the same run that uses it fails. Alembic's `autocommit_block()` commits the value on its own.",
  bad: `def upgrade():
    op.execute("ALTER TYPE user_status ADD VALUE 'suspended'")
`,
  good: `def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended'")

def downgrade():
    # PostgreSQL cannot drop an enum value: rolling back leaves 'suspended' unused.
    pass
`,
  guideSection: { lesson: 'review-sql', place: 2 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    const operations = migration.facts.operations;
    for (const operation of operations) {
      if (operation.inAutocommit) continue;
      for (const statement of sqlStatementsOf(migration, operation)) {
        if (statement.kind !== 'enum-add-value') continue;
        const type = statement.targets.join(', ');
        const value = addedValue(statement);
        const use = value ? laterUse(operations, operation, value) : undefined;
        report({
          line: operation.line,
          column: operation.column,
          message:
            `ALTER TYPE ${type} ADD VALUE${value ? ` ${value}` : ''} runs inside the migration's transaction: PostgreSQL < 12 ` +
            `refuses it, and 12+ cannot use the new value until the transaction commits` +
            (use ? ` (line ${use.line} uses it, which fails on every version)` : '') +
            '; run it in op.get_context().autocommit_block()',
          help:
            'Commit the new value on its own, outside the migration transaction; IF NOT EXISTS lets a re-run after a ' +
            'later failure pass. Use the value in a later migration (or after the block):\n\n' +
            `    with op.get_context().autocommit_block():\n` +
            operationSource(operation, '        ').replace(/\bADD\s+VALUE\s+(?!IF\s+NOT\s+EXISTS)/i, 'ADD VALUE IF NOT EXISTS '),
        });
      }
    }
  },
};
