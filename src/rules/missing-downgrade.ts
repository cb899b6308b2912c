import { sqlOf, type Comment, type MigrationFacts, type Operation, type AnalyzedMigration } from '../model/facts.js';
import type { SqlStatement } from '../model/sql.js';
import { sqlStatementsOf, upgradeOperations } from './helpers.js';
import { addedColumn, columnArgument, columnName, tableOf } from '../analysis/operations/op-arguments.js';
import { positionOf, upgradeHistory, type UpgradeHistory } from './shared/history.js';
import { tablesCreatedBy } from './shared/tables.js';
import { type MigrationRule } from './types.js';
import { describeOperation, expectedInverse } from './downgrade-incomplete.js';

/** Every upgrade operation is `ALTER TYPE … ADD VALUE`: PostgreSQL has no way to remove an enum value. */
function onlyAddsEnumValues(migration: AnalyzedMigration, operations: Operation[]): boolean {
  return (
    operations.length > 0 &&
    operations.every((operation) => {
      const statements = sqlStatementsOf(migration, operation);
      return statements.length > 0 && statements.every((statement) => statement.kind === 'enum-add-value');
    })
  );
}

/**
 * A data statement Preflight cannot parse but can recognise: SQLAlchemy Core (`sa.update(t).values(...)`,
 * `table.insert()`, `select(...)`), or an f-string that starts with UPDATE/INSERT/DELETE/SELECT/WITH.
 */
const CORE_DML = /(?:^|[.\s(])(?:update|insert|delete|select)\s*\(/i;
const DATA_F_STRING = /^(?:\w+\.)*(?:text\()?[rRfFuU]{0,2}(?:'''|"""|'|")\s*(?:UPDATE|INSERT|DELETE|SELECT|WITH)\b/i;

function statementChangesSchema(history: UpgradeHistory, statement: SqlStatement): boolean {
  switch (statement.kind) {
    case 'update':
    case 'insert':
    case 'delete':
    case 'truncate':
      return false;
    case 'create-table':
    case 'drop-table':
    case 'create-index':
      // A scratch table (TEMPORARY, or dropped again in this upgrade) and its indexes outlive nothing.
      return !statement.targets.every((table) => history.isScratchTable(table));
    case 'alter-table':
      // Switching triggers off around a data fix (and on again) leaves the schema as it was; so does VALIDATE CONSTRAINT,
      // which checks the rows against a constraint an earlier migration added (its downgrade drops it: notify's 0232).
      return !(
        statement.alterCommands.length > 0 &&
        statement.alterCommands.every((command) => /^AT_(?:Enable|Disable)\w*Trig/.test(command) || command === 'AT_ValidateConstraint')
      );
    case 'other': {
      const created = tablesCreatedBy(statement);
      if (created.length > 0) return !created.every(({ table }) => history.isScratchTable(table));
      return !statement.leavesSchema;
    }
    default:
      return true;
  }
}

/**
 * The upgrade steps that change the schema: the definition of this rule. Data steps (UPDATE, INSERT,
 * DELETE in SQL or Core, bulk_insert, session settings) and objects the upgrade creates and removes
 * again are not; whether their data can be restored is data-migration-strategy's and rollback-plan's
 * question. SQL Preflight cannot read (a variable, an f-string) counts as a schema change, unless a loop
 * walks the rows it returns.
 */
function schemaChanges(migration: AnalyzedMigration, operations: Operation[]): Operation[] {
  const history = upgradeHistory(migration);
  return operations.filter((operation) => {
    if (operation.name === 'bulk_insert') return false;
    const source = sqlOf(operation);
    if (source) {
      const analysis = migration.sql[migration.facts.operations.indexOf(operation)];
      if (analysis?.ok) return analysis.statements.some((statement) => statementChangesSchema(history, statement));
      if (source.sql === undefined) {
        const text = operation.args[0]?.text ?? operation.text;
        return !(CORE_DML.test(text) || DATA_F_STRING.test(text) || rowsAreIterated(operation, operations));
      }
      return true;
    }
    const table = tableOf(operation);
    const position = positionOf(operation);
    switch (operation.name) {
      case 'create_table':
      case 'drop_table':
        return table === undefined || !history.isScratchTable(table);
      case 'add_column': {
        const column = addedColumn(operation);
        const name = column ? columnName(column) : undefined;
        return !(table !== undefined && name !== undefined && droppedLater(migration, operation, table, name));
      }
      case 'drop_column': {
        const name = columnArgument(operation);
        return !(table !== undefined && name !== undefined && history.columnNewBefore(table, name, position));
      }
      default:
        return true;
    }
  });
}

/**
 * `for row in conn.execute(stmt):` with steps in the loop: the statement returns rows, so it is a query
 * (DDL returns none, and iterating its result raises), even when `stmt` is a variable Preflight cannot read.
 */
function rowsAreIterated(operation: Operation, operations: Operation[]): boolean {
  const call = operation.text.replace(/\s+/g, '');
  return operations.some(
    (other) =>
      other.function === operation.function &&
      other.index > operation.index &&
      other.loopIterable !== undefined &&
      other.loopIterable.replace(/\s+/g, '') === call,
  );
}

/** A column the same upgrade drops again after adding it. */
function droppedLater(migration: AnalyzedMigration, added: Operation, table: string, column: string): boolean {
  return upgradeOperations(migration).some(
    (other) =>
      other.index > added.index &&
      other.name === 'drop_column' &&
      tableOf(other)?.toLowerCase() === table.toLowerCase() &&
      columnArgument(other) === column,
  );
}

/** Autogenerate's `# ### commands auto generated by Alembic - please adjust! ###` and `# ### end Alembic commands ###`: no explanation. */
const AUTOGENERATE_MARKER = /^#\s*###.*\bAlembic\b.*###\s*$/;

/**
 * Comments explaining the downgrade (not autogenerate's markers). `FunctionFacts.comments` misses a comment on the first line of
 * the body (tree-sitter-python attaches it to the function, not its block), so take the file's indented
 * comments from the def line on, up to the upgrade's def when that comes later. Suppressions do not explain.
 */
function downgradeComments(facts: MigrationFacts): Comment[] {
  const downgrade = facts.downgrade;
  if (!downgrade) return [];
  const end = facts.upgrade && facts.upgrade.line > downgrade.line ? facts.upgrade.line : Infinity;
  return facts.comments.filter(
    (c) => c.line >= downgrade.line && c.line < end && c.column > 1 && !/preflight:\s*ignore\[/.test(c.text) && !AUTOGENERATE_MARKER.test(c.text),
  );
}

/** The downgrade the upgrade calls for: known inverses, in reverse order, and TODOs for the rest. */
function suggestedDowngrade(operations: Operation[]): string {
  const lines = [...operations].reverse().map((operation) => {
    const inverse = expectedInverse(operation);
    return inverse ? `op.${inverse}` : `# TODO: undo ${operation.text.split('\n')[0]!.trim()}`;
  });
  return `    def downgrade():\n${lines.map((line) => `        ${line}`).join('\n')}`;
}

/**
 * The upgrade steps a downgrade must undo, in upgrade order: its schema changes (data steps are the checklist's
 * question). What missing-downgrade's help lists and check --fix writes the inverses of.
 */
export function stepsToUndo(migration: AnalyzedMigration): Operation[] {
  return schemaChanges(migration, upgradeOperations(migration));
}

function summarise(operations: Operation[]): string {
  const labels = operations.slice(0, 3).map(describeOperation);
  return operations.length > 3 ? `${labels.join(', ')} and ${operations.length - 3} more` : labels.join(', ');
}

export const missingDowngrade: MigrationRule = {
  id: 'missing-downgrade',
  order: 500,
  scope: 'migration',
  severity: 'error',
  summary: 'The migration has no `downgrade()`, or one that does nothing while `upgrade()` changes the schema.',
  why:
    'The guide requires every migration to be reversible and tested with `alembic downgrade -1`. Without a working ' +
    'downgrade a bad deploy cannot be rolled back: Alembic either fails (no downgrade function) or marks the revision ' +
    'as undone while leaving every change in place (an empty downgrade), so the next upgrade fails on it. ' +
    'Changes PostgreSQL cannot undo, like adding an enum value, are reported as a warning until a comment in ' +
    'downgrade() explains the rollback strategy. An upgrade that only moves data (UPDATE, INSERT, DELETE, in SQL or ' +
    'SQLAlchemy Core) with an empty downgrade is not flagged: what rolling back means for that data is the checklist\'s ' +
    'data-migration and rollback-plan question.',
  bad: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))

def downgrade():
    pass
`,
  good: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))

def downgrade():
    op.drop_column('users', 'phone')
`,
  decides: ['reversible'],
  guideSection: { lesson: 'reversible-downgrades', place: 1 },
  check({ migration, report }) {
    const { upgrade, downgrade } = migration.facts;
    if (!upgrade) return;
    // A downgrade with a body answers this rule whatever the upgrade does: the schema question is only asked without one.
    if (downgrade && !downgrade.isEmpty) return;
    const operations = upgradeOperations(migration);
    // Only an empty downgrade() is weighed against what the upgrade changes.
    const changes = downgrade && !upgrade.isEmpty ? schemaChanges(migration, operations) : [];
    if (downgrade && changes.length === 0) return;

    const line = downgrade?.line ?? 1;
    const column = 1;
    if (onlyAddsEnumValues(migration, operations)) {
      // The guide's "Adding an ENUM Value" pattern: fine once the downgrade says why it does nothing.
      if (downgradeComments(migration.facts).length > 0) return;
      const types = [...new Set(operations.flatMap((operation) => sqlStatementsOf(migration, operation).flatMap((s) => s.targets)))];
      report({
        line,
        column,
        severity: 'warning',
        message:
          `upgrade adds a value to enum ${types.join(', ')}, which PostgreSQL cannot remove; ` +
          `${downgrade ? 'the empty downgrade()' : 'a downgrade()'} must say in a comment how to roll back`,
        help:
          'PostgreSQL has no ALTER TYPE … DROP VALUE: removing a value means creating a new type, rewriting every column ' +
          'that uses it, and dropping the old one. Usually the rollback is to leave the value unused. Write that down:\n\n' +
          `    def downgrade():\n        # ${types[0] ?? 'The enum'} keeps the new value: PostgreSQL cannot drop an enum value.\n` +
          '        # Rolling back leaves it unused; no row may hold it before the code is reverted.\n        pass',
      });
      return;
    }
    if (!downgrade) {
      report({
        line,
        column,
        message: 'there is no downgrade() function, so `alembic downgrade` fails on this revision',
        help: `Add a downgrade() that undoes the upgrade, in reverse order:\n\n${suggestedDowngrade(operations)}`,
      });
      return;
    }
    report({
      line,
      column,
      message: `downgrade() does nothing, so rolling back leaves ${summarise(changes)} in place`,
      help:
        'Undo the upgrade in reverse order. If a step truly cannot be undone (data was deleted), raise an error that says so ' +
        `instead of passing silently:\n\n${suggestedDowngrade(changes)}`,
    });
  },
};
