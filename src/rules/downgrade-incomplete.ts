import { sqlOf, stringValue, type Operation, type PyValue } from '../core/parse/model.js';
import type { SqlStatement } from '../core/sql/analyze.js';
import { addedColumn, columnArgument, columnName, downgradeOperations, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { tableOf, type MigrationRule } from './types.js';
import { oneLine, pythonString } from './shared/snippets.js';

/** `"users"` or `op.f("users")` → `users`; anything else (None, variables) → undefined. */
function nameValue(value: PyValue | undefined): string | undefined {
  if (value?.kind === 'str') return value.value;
  if (value?.kind === 'call' && /(^|\.)f$/.test(value.callee)) return stringValue(value.args[0]);
  return undefined;
}

/** Last segment of a possibly schema-qualified name: `public.users` → `users`. */
function bare(name: string | undefined): string | undefined {
  return name?.split('.').pop();
}

const CREATE_CONSTRAINT: Record<string, string> = {
  create_unique_constraint: 'unique',
  create_check_constraint: 'check',
  create_foreign_key: 'foreignkey',
  create_primary_key: 'primary',
  create_exclude_constraint: 'exclude',
};
const CREATE_FOR_TYPE: Record<string, string> = {
  unique: 'create_unique_constraint',
  check: 'create_check_constraint',
  foreignkey: 'create_foreign_key',
  primary: 'create_primary_key',
  exclude: 'create_exclude_constraint',
};

/**
 * What an operation does, reduced to the names its inverse must repeat. Undefined when the
 * operation has no known inverse (execute, alter_column without a rename, …) or its names are
 * not literals: such operations are not checked.
 */
type Effect =
  | { kind: 'add-column' | 'drop-column'; table: string; column: string }
  | { kind: 'create-table' | 'drop-table'; table: string }
  | { kind: 'create-index' | 'drop-index'; name: string; table?: string }
  | { kind: 'rename-column'; table: string; from: string; to: string }
  | { kind: 'rename-table'; from: string; to: string }
  | { kind: 'create-constraint'; name: string; table?: string; type: string }
  | { kind: 'drop-constraint'; name: string; table?: string; type?: string };

function effectOf(operation: Operation): Effect | undefined {
  const table = bare(tableOf(operation));
  const first = (keyword: string): string | undefined => nameValue(operation.kwargs[keyword] ?? operation.args[0]);
  switch (operation.name) {
    case 'add_column': {
      const column = addedColumn(operation);
      const name = column ? columnName(column) : undefined;
      return table && name ? { kind: 'add-column', table, column: name } : undefined;
    }
    case 'drop_column': {
      const column = columnArgument(operation);
      return table && column ? { kind: 'drop-column', table, column } : undefined;
    }
    case 'create_table':
    case 'drop_table':
      return table ? { kind: operation.name === 'create_table' ? 'create-table' : 'drop-table', table } : undefined;
    case 'create_index':
    case 'drop_index': {
      const name = first('index_name');
      if (!name) return undefined;
      return { kind: operation.name === 'create_index' ? 'create-index' : 'drop-index', name, ...(table ? { table } : {}) };
    }
    case 'alter_column': {
      const column = columnArgument(operation);
      const to = stringValue(operation.kwargs['new_column_name']);
      return table && column && to ? { kind: 'rename-column', table, from: column, to } : undefined;
    }
    case 'rename_table': {
      const from = bare(stringValue(operation.kwargs['old_table_name'] ?? operation.args[0]));
      const to = bare(stringValue(operation.kwargs['new_table_name'] ?? operation.args[1]));
      return from && to ? { kind: 'rename-table', from, to } : undefined;
    }
    case 'drop_constraint': {
      const name = first('constraint_name');
      const type = stringValue(operation.kwargs['type_'] ?? (operation.receiver === 'batch' ? operation.args[1] : operation.args[2]));
      return name ? { kind: 'drop-constraint', name, ...(table ? { table } : {}), ...(type ? { type } : {}) } : undefined;
    }
    default: {
      const type = CREATE_CONSTRAINT[operation.name];
      const name = type ? first('constraint_name') : undefined;
      return type && name ? { kind: 'create-constraint', name, type, ...(table ? { table } : {}) } : undefined;
    }
  }
}

/** Whether `candidate` (a downgrade operation) undoes `effect`. */
function undoes(effect: Effect, candidate: Operation): boolean {
  const other = effectOf(candidate);
  if (!other) return false;
  switch (effect.kind) {
    case 'add-column':
      return (
        (other.kind === 'drop-column' && other.table === effect.table && other.column === effect.column) ||
        (other.kind === 'drop-table' && other.table === effect.table)
      );
    case 'drop-column':
      return other.kind === 'add-column' && other.table === effect.table && other.column === effect.column;
    case 'create-table':
      return other.kind === 'drop-table' && other.table === effect.table;
    case 'drop-table':
      return other.kind === 'create-table' && other.table === effect.table;
    case 'create-index':
      return (
        (other.kind === 'drop-index' && other.name === effect.name) ||
        (other.kind === 'drop-table' && other.table === effect.table)
      );
    case 'drop-index':
      return other.kind === 'create-index' && other.name === effect.name;
    case 'rename-column':
      return other.kind === 'rename-column' && other.table === effect.table && other.from === effect.to && other.to === effect.from;
    case 'rename-table':
      return other.kind === 'rename-table' && other.from === effect.to && other.to === effect.from;
    case 'create-constraint':
      return (
        (other.kind === 'drop-constraint' && other.name === effect.name) ||
        (other.kind === 'drop-table' && other.table === effect.table)
      );
    case 'drop-constraint':
      return other.kind === 'create-constraint' && other.name === effect.name;
  }
}

/** Whether raw SQL in the downgrade undoes `effect` (DROP TABLE, ALTER TABLE … DROP COLUMN, DROP INDEX, CREATE TABLE). */
function sqlUndoes(effect: Effect, statement: SqlStatement): boolean {
  const targets = statement.targets.map(bare);
  switch (effect.kind) {
    case 'create-table':
      return statement.kind === 'drop-table' && targets.includes(effect.table);
    case 'add-column':
      return (
        (statement.kind === 'drop-table' && targets.includes(effect.table)) ||
        (statement.kind === 'alter-table' && targets.includes(effect.table) && statement.columns.includes(effect.column))
      );
    case 'create-index':
      return statement.kind === 'drop-index' && targets.includes(effect.name);
    case 'drop-table':
      return statement.kind === 'create-table' && targets.includes(effect.table);
    default:
      return false;
  }
}

export interface InverseOptions {
  /** Parsed SQL of a downgrade execute call, so `op.execute("DROP TABLE audit")` counts as the inverse of `create_table("audit")`. */
  statementsOf?: (operation: Operation) => SqlStatement[];
}

/**
 * The downgrade operation that undoes `upgradeOp`, if any. Pairs: add_column ↔ drop_column,
 * create_table ↔ drop_table, create_index ↔ drop_index (by name), alter_column renames (reversed),
 * rename_table (reversed), create_*_constraint / create_foreign_key / create_primary_key ↔
 * drop_constraint (by name). Dropping the table undoes its new columns, indexes and constraints.
 * Batch operations use their batch table. Pure; returns undefined for operations without a
 * known inverse too — use `isCheckable` to tell the two apart.
 */
export function findDowngradeInverse(
  upgradeOp: Operation,
  downgradeOps: readonly Operation[],
  options: InverseOptions = {},
): Operation | undefined {
  const effect = effectOf(upgradeOp);
  if (!effect) return undefined;
  return downgradeOps.find(
    (candidate) =>
      undoes(effect, candidate) ||
      (options.statementsOf !== undefined && sqlOf(candidate) !== undefined && options.statementsOf(candidate).some((s) => sqlUndoes(effect, s))),
  );
}

/** The operation has a known inverse and literal names, so `findDowngradeInverse` can judge it. */
export function isCheckable(upgradeOp: Operation): boolean {
  return effectOf(upgradeOp) !== undefined;
}

/** A checkable operation whose inverse is in the downgrade. */
export function hasInverse(upgradeOp: Operation, downgradeOps: readonly Operation[], options: InverseOptions = {}): boolean {
  return findDowngradeInverse(upgradeOp, downgradeOps, options) !== undefined;
}

export interface MissingInverse {
  operation: Operation;
  /** Human label: `add_column users.phone`. */
  label: string;
  /** The expected inverse call without `op.`: `drop_column('users', 'phone')`. */
  expected: string;
}

/**
 * Checkable upgrade operations with no inverse in `downgradeOps`, in upgrade order. An empty result
 * means every operation Preflight knows how to invert has its inverse (the wizard's "reversible").
 */
export function missingInverses(
  upgradeOps: readonly Operation[],
  downgradeOps: readonly Operation[],
  options: InverseOptions = {},
): MissingInverse[] {
  return upgradeOps.flatMap((operation) => {
    if (!isCheckable(operation) || hasInverse(operation, downgradeOps, options)) return [];
    return [{ operation, label: describeOperation(operation), expected: expectedInverse(operation)! }];
  });
}

/** `add_column users.phone`, `create_index ix_users_email`, `alter_column users.name → full_name`, or the call's name. */
export function describeOperation(operation: Operation): string {
  const effect = effectOf(operation);
  if (!effect) {
    const sql = sqlOf(operation);
    if (sql) return sql.sql !== undefined ? `${operation.name} ${JSON.stringify(oneLine(sql.sql, 40))}` : operation.name;
    const table = tableOf(operation);
    return table ? `${operation.name} ${table}` : operation.name;
  }
  switch (effect.kind) {
    case 'add-column':
    case 'drop-column':
      return `${operation.name} ${effect.table}.${effect.column}`;
    case 'create-table':
    case 'drop-table':
      return `${operation.name} ${effect.table}`;
    case 'rename-column':
      return `alter_column ${effect.table}.${effect.from} → ${effect.to}`;
    case 'rename-table':
      return `rename_table ${effect.from} → ${effect.to}`;
    default:
      return `${operation.name} ${effect.name}`;
  }
}

/** The call (without `op.`) that would undo `operation`, as Python; undefined when there is no known inverse. */
export function expectedInverse(operation: Operation): string | undefined {
  const effect = effectOf(operation);
  if (!effect) return undefined;
  const q = pythonString;
  switch (effect.kind) {
    case 'add-column':
      return `drop_column(${q(effect.table)}, ${q(effect.column)})`;
    case 'drop-column':
      return `add_column(${q(effect.table)}, sa.Column(${q(effect.column)}, <type>, nullable=True))`;
    case 'create-table':
      return `drop_table(${q(effect.table)})`;
    case 'drop-table':
      return `create_table(${q(effect.table)}, <columns>)`;
    case 'create-index':
      return `drop_index(${q(effect.name)}${effect.table ? `, table_name=${q(effect.table)}` : ''})`;
    case 'drop-index':
      return `create_index(${q(effect.name)}, ${effect.table ? q(effect.table) : '<table>'}, [<columns>])`;
    case 'rename-column':
      return `alter_column(${q(effect.table)}, ${q(effect.to)}, new_column_name=${q(effect.from)})`;
    case 'rename-table':
      return `rename_table(${q(effect.to)}, ${q(effect.from)})`;
    case 'create-constraint':
      return `drop_constraint(${q(effect.name)}, ${effect.table ? q(effect.table) : '<table>'}, type_=${q(effect.type)})`;
    case 'drop-constraint': {
      const create = (effect.type && CREATE_FOR_TYPE[effect.type]) ?? 'create_<type>_constraint';
      return `${create}(${q(effect.name)}, ${effect.table ? q(effect.table) : '<table>'}, ...)`;
    }
  }
}

export const downgradeIncomplete: MigrationRule = {
  id: 'downgrade-incomplete',
  scope: 'migration',
  severity: 'warning',
  summary: 'An upgrade operation has no inverse in `downgrade()`.',
  why:
    'The guide asks that every migration be reversible: `alembic downgrade -1` must put the schema back the way it was. ' +
    'When downgrade() undoes only part of the upgrade, a rollback leaves a column, table, index or constraint behind, ' +
    'and the next `alembic upgrade` fails on it (or the old code breaks on a renamed column).',
  bad: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
    op.add_column('users', sa.Column('fax', sa.String(), nullable=True))

def downgrade():
    op.drop_column('users', 'fax')
`,
  good: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
    op.add_column('users', sa.Column('fax', sa.String(), nullable=True))

def downgrade():
    op.drop_column('users', 'fax')
    op.drop_column('users', 'phone')
`,
  decides: ['reversible'],
  guideSection: 'testing-migrations',
  check({ migration, report }) {
    const downgrade = migration.facts.downgrade;
    const downgradeOps = downgradeOperations(migration);
    // Missing or empty downgrades are missing-downgrade's; a downgrade without any operation
    // (raise NotImplementedError, a helper call) is a deliberate choice this rule cannot judge.
    if (!downgrade || downgrade.isEmpty || downgradeOps.length === 0) return;
    const statementsOf = (operation: Operation) => sqlStatementsOf(migration, operation);
    for (const missing of missingInverses(upgradeOperations(migration), downgradeOps, { statementsOf })) {
      report({
        line: missing.operation.line,
        column: missing.operation.column,
        message: `${missing.label} has no inverse in downgrade (expected ${missing.expected})`,
        help:
          `Undo it in downgrade(), in reverse order of the upgrade, so \`alembic downgrade -1\` restores the schema:\n\n` +
          `    def downgrade():\n        op.${missing.expected}\n        ...`,
      });
    }
  },
};
