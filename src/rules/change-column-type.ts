import type { Operation, PyValue } from '../model/facts.js';
import type { RevisionGraph } from '../analysis/graph/graph.js';
import { type ProjectRule, type Report } from './types.js';
import { tableOf, addedColumn, columnArgument, columnName, tableColumns, tableKey, isMetadataOnlyWidening, isTimestampZoneSwitch } from '../analysis/operations/op-arguments.js';
import { stepKey } from './shared/destructive.js';
import { type AnalyzedMigration } from '../model/facts.js';
import { describeTarget, downgradeOperations, nameLabel, upgradeOperations } from './helpers.js';
import { migrationForDialect } from './dialect.js';
import { pythonQuoted } from './shared/snippets.js';
import { searchAncestors } from './shared/ancestors.js';

type Call = Extract<PyValue, { kind: 'call' }>;

/** The type a step gives table.column, when it defines it: create_table's Column, add_column, alter_column(type_=). */
function typeDefinedBy(operation: Operation, table: string, column: string): PyValue | undefined {
  if (tableKey(tableOf(operation) ?? '') !== tableKey(table)) return undefined;
  const columnType = (definition: Call): PyValue | undefined =>
    definition.kwargs['type_'] ?? (definition.args[0]?.kind === 'str' ? definition.args[1] : definition.args[0]);
  switch (operation.name) {
    case 'create_table': {
      const definition = tableColumns(operation).find((defined) => columnName(defined) === column);
      return definition ? columnType(definition) : undefined;
    }
    case 'add_column': {
      const definition = addedColumn(operation);
      return definition && columnName(definition) === column ? columnType(definition) : undefined;
    }
    case 'alter_column': {
      if (columnArgument(operation) !== column) return undefined;
      const renamed = operation.kwargs['new_column_name'];
      if (renamed && renamed.kind !== 'none') return undefined;
      const type = operation.kwargs['type_'];
      return type && type.kind !== 'none' ? type : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The column's type before this alter_column: its `existing_type=`, else the last step that defined it,
 * earlier in the same upgrade or in the nearest earlier migration of the revision graph (down_revision
 * chain, nearest first). A migration-scope rule cannot see other migrations, so this rule is project-scope.
 */
function previousType(
  operation: Operation,
  migration: AnalyzedMigration,
  graph: RevisionGraph,
  byRevision: Map<string, AnalyzedMigration>,
  table: string | undefined,
  column: string | undefined,
  missing?: string[],
): PyValue | undefined {
  const existing = operation.kwargs['existing_type'];
  if (existing && existing.kind !== 'none') return existing;
  if (table === undefined || column === undefined) return undefined;
  const lastIn = (operations: Operation[]): PyValue | undefined => {
    for (const candidate of [...operations].reverse()) {
      const type = typeDefinedBy(candidate, table, column);
      if (type) return type;
    }
    return undefined;
  };
  const earlier = lastIn(upgradeOperations(migration).filter((other) => other.index < operation.index));
  if (earlier) return earlier;
  const history = typeInAncestors(migration, graph, byRevision, table, column, lastIn, missing);
  if (history) return history;
  // The downgrade puts the column back to the type it had: `alter_column("t", "c", type_=sa.String())`.
  return lastIn(downgradeOperations(migration));
}

/** The last type an earlier migration of the revision graph gives table.column (down_revision chain, nearest first). */
function typeInAncestors(
  migration: AnalyzedMigration,
  graph: RevisionGraph,
  byRevision: Map<string, AnalyzedMigration>,
  table: string,
  column: string,
  lastIn: (operations: Operation[]) => PyValue | undefined,
  missing?: string[],
): PyValue | undefined {
  return searchAncestors(migration, graph, byRevision, (ancestor) => {
    const type = lastIn(upgradeOperations(ancestor));
    return type ? { found: type } : 'past';
  }, missing ? { missing } : {});
}

export const changeColumnType: ProjectRule = {
  id: 'change-column-type',
  order: 620,
  scope: 'project',
  severity: 'warning',
  summary: '`alter_column(..., type_=...)` changes a column type in place.',
  why:
    'Changing a column type usually makes the database rewrite the whole table (and rebuild its indexes) while holding ' +
    'an ACCESS EXCLUSIVE lock, so every read and write of the table waits until it is done; and the conversion fails ' +
    'half-way if one existing value does not fit the new type. Deployed code may also still expect the old type. Safer: ' +
    'add a new column of the new type, backfill it, switch the code to it, and drop the old column later. Widening a ' +
    'varchar (or turning it into text) or raising a numeric precision is catalog-only on PostgreSQL and is not flagged ' +
    'when the previous type is known: from existing_type=, else from the create_table / add_column / alter_column that ' +
    'last defined the column, earlier in the upgrade or in the earlier migrations of the revision graph, else from the ' +
    'type the downgrade puts back. timestamp ↔ timestamptz rewrites nothing from PostgreSQL 12 while the session\'s ' +
    'TimeZone is UTC, but rebuilds the indexes on the column: the help says which applies for the `pg-version` checked.',
  bad: `def upgrade():
    op.alter_column("orders", "total", type_=sa.Numeric(12, 2))
`,
  good: `def upgrade():
    op.add_column("orders", sa.Column("total_numeric", sa.Numeric(12, 2), nullable=True))
    op.execute("UPDATE orders SET total_numeric = total WHERE total_numeric IS NULL")
    # Switch the code to total_numeric, then drop orders.total in a later migration.
`,
  guideSection: { lesson: 'alter-not-drop', place: 3 },
  reads: {
    // The same search as the check's (previousType), noting the earlier migrations it would read that are not analysed yet.
    missingAncestors(migration, { graph, analysed, settings }) {
      if (settings.dialect !== 'postgresql' || migration.facts.parseError) return [];
      const view = migrationForDialect(migration, settings.dialect);
      const byRevision = new Map([...analysed].map(([revision, other]) => [revision, migrationForDialect(other, settings.dialect)]));
      const missing: string[] = [];
      for (const operation of upgradeOperations(view)) {
        const type = operation.kwargs['type_'];
        if (operation.name !== 'alter_column' || !type || type.kind === 'none') continue;
        previousType(operation, view, graph, byRevision, tableOf(operation), columnArgument(operation), missing);
      }
      return missing;
    },
  },
  check({ graph, migrations: all, settings, report }) {
    // A project rule sees whole migrations: branches for other dialects (`if url.startswith("mysql"):`) do not run here.
    const migrations = all.map((migration) => migrationForDialect(migration, settings.dialect));
    const byRevision = new Map<string, AnalyzedMigration>();
    for (const migration of migrations) if (migration.facts.revision) byRevision.set(migration.facts.revision.value, migration);
    for (const migration of migrations) {
      // A file that does not parse gets only its parse-error finding.
      if (migration.facts.parseError) continue;
      const change = (operation: Operation, table: string | undefined, column: string | undefined): TypeChange => {
        if (settings.dialect !== 'postgresql') return 'rewrite';
        const before = previousType(operation, migration, graph, byRevision, table, column);
        if (isMetadataOnlyWidening(before, operation.kwargs['type_'])) return 'catalog-only';
        return isTimestampZoneSwitch(before, operation.kwargs['type_']) ? 'time-zone' : 'rewrite';
      };
      checkMigration(migration, change, settings, (finding) => report(migration.facts.path, finding));
    }
  },
};

/**
 * What PostgreSQL does for a type change (pg-locks.ts has the measured table): `catalog-only` (varchar widened or to
 * text, numeric precision raised), `time-zone` (timestamp ↔ timestamptz: no rewrite from 12 while TimeZone is UTC,
 * but indexes on the column are rebuilt), `rewrite` (every other change, and every change off PostgreSQL).
 */
type TypeChange = 'catalog-only' | 'time-zone' | 'rewrite';

/**
 * What a type change does to the table on the project's database, and to a value that does not fit the new type.
 * SQLite: Alembic's batch mode copies the rows with CAST(… AS new type) where the type's affinity changes
 * (alembic/ddl/sqlite.py cast_for_batch_migrate), and SQLite's CAST never fails: CAST('abc' AS INTEGER) is 0.
 */
function consequenceOf(table: string, dialect: string): string {
  switch (dialect) {
    case 'postgresql':
      return `this can rewrite ${table} under an ACCESS EXCLUSIVE lock and fails if an existing value does not convert`;
    case 'sqlite':
      return (
        `SQLite cannot change a column's type in place, so batch mode copies every row of ${table} into a new table, ` +
        `converting the values with CAST where the type's affinity changes: CAST never fails, it changes a value that ` +
        `does not fit (CAST('abc' AS INTEGER) is 0)`
      );
    case 'mysql':
      return `MySQL copies ${table} to change it (ALTER TABLE … MODIFY), blocking writes meanwhile and fails if an existing value does not convert`;
    default:
      return `this can rewrite ${table} and fails if an existing value does not convert`;
  }
}

function checkMigration(
  migration: AnalyzedMigration,
  changeOf: (operation: Operation, table: string | undefined, column: string | undefined) => TypeChange,
  { pgVersion, dialect }: { pgVersion: number; dialect: string },
  report: (finding: Report) => void,
): void {
  for (const operation of upgradeOperations(migration)) {
    if (operation.name !== 'alter_column') continue;
    const type = operation.kwargs['type_'];
    if (!type || type.kind === 'none') continue;
    const change = changeOf(operation, tableOf(operation), columnArgument(operation));
    if (change === 'catalog-only') continue;
    const table = nameLabel(operation, 'table', tableOf(operation));
    const column = nameLabel(operation, 'column', columnArgument(operation));
    const target = describeTarget(operation, tableOf(operation), columnArgument(operation));
    // A type written over several lines reads as one in the message.
    const typeText = type.text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')');
    const replacement = `${column}_new`;
    const using = operation.kwargs['postgresql_using'];
    // postgresql_using= is the conversion the user already wrote: reuse it for the backfill.
    const copy = using?.kind === 'str' ? using.value : column;
    const timeZone =
      change !== 'time-zone'
        ? ''
        : pgVersion >= 12
          ? `On PostgreSQL ${pgVersion}, timestamp ↔ timestamptz rewrites nothing while the session's TimeZone is UTC: ` +
            `set it in the same transaction first, op.execute("SET LOCAL TIME ZONE 'UTC'"). Indexes on ${table}.${column} ` +
            'are still rebuilt under the lock, which reads every row; on a large indexed table use the steps below.\n'
          : `On PostgreSQL ${pgVersion}, timestamp ↔ timestamptz rewrites the table and its indexes (from 12 it does not ` +
            'while the session\'s TimeZone is UTC).\n';
    report({
      line: operation.line,
      column: operation.column,
      evidence: { kind: 'type-change', step: stepKey(operation) },
      message:
        `upgrade changes the type of ${target} to ${typeText}: ${consequenceOf(table, dialect)}`,
      help:
        timeZone +
        `Change the type without locking ${table}, in steps:\n` +
        `    op.add_column(${pythonQuoted(table)}, sa.Column(${pythonQuoted(replacement)}, ${type.text}, nullable=True))\n` +
        `    op.execute(${pythonQuoted(`UPDATE ${table} SET ${replacement} = ${copy} WHERE ${replacement} IS NULL`)})  # in batches on a large table\n` +
        `Deploy code that writes both columns and reads ${replacement}; then, in a later migration, drop ${table}.${column} ` +
        `(and rename ${replacement} if you need the old name). If ${table} is small, or the change is known to be ` +
        `catalog-only, suppress: # preflight: ignore[change-column-type] <why it is safe>`,
    });
  }
}

