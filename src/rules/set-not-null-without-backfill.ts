import { sqlOf, type HelperCall, type Operation, type AnalyzedMigration } from '../model/facts.js';
import { type ProjectRule, type Report } from './types.js';
import type { RevisionGraph } from '../analysis/graph/graph.js';
import { migrationForDialect } from './dialect.js';
import type { Dialect } from '../model/project.js';
import { searchAncestors } from './shared/ancestors.js';
import { tableOf, addedColumn, columnArgument, columnName, hasServerDefault, isNotNull, tableColumns, tableKey } from '../analysis/operations/op-arguments.js';
import { downgradeOperations, upgradeOperations } from './helpers.js';
import { createdTableKeys } from './shared/tables.js';
import { pythonQuoted } from './shared/snippets.js';

/** Callees of non-operation calls that may write data (ORM sessions, SQLAlchemy Core update()). */
const WRITING_CALL = /(^|\.)(execute|exec_driver_sql|executemany|update|bulk_update_mappings|values)$/;
/** An ORM session writing the objects it loaded: `session.commit()`, `session.add(obj)`, … */
const ORM_WRITE = /(^|\.)(commit|flush|add|add_all|merge|bulk_save_objects)$/;

interface Step {
  line: number;
  column: number;
  via?: HelperCall[];
}

/**
 * `a` runs before `b` in upgrade(). A step inside a helper runs where upgrade() calls the helper, not
 * where the helper is written: helpers are often defined below upgrade().
 */
function before(a: Step, b: Step): boolean {
  const [aLine, bLine] = [a.via?.[0]?.line ?? a.line, b.via?.[0]?.line ?? b.line];
  if (aLine !== bLine) return aLine < bLine;
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** Operations carry their run order (helpers inlined). */
function operationBefore(a: Operation, b: Operation): boolean {
  return a.index < b.index;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, column: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${escape(column)}($|[^A-Za-z0-9_])`, 'i').test(text);
}

/**
 * Source text that visibly writes `column`: SQL `SET … column =`, SQLAlchemy Core
 * `.values(column=…)` / `.values({"column": …})`, an ORM `query(…).update({"column": …})` or
 * `{Model.column: …}`, or `bulk_update_mappings(…, [{"column": …}])`.
 */
export function writesColumn(text: string, column: string): boolean {
  const c = escape(column);
  const word = `(?<![A-Za-z0-9_])`;
  const patterns = [
    new RegExp(`\\bSET\\b[\\s\\S]*?${word}["\`]?${c}["\`]?\\s*=(?!=)`, 'i'),
    new RegExp(`\\.values\\s*\\([\\s\\S]*?${word}${c}\\s*=(?!=)`),
    new RegExp(`(\\.values|\\.update|bulk_update_mappings)\\s*\\([\\s\\S]*?(["']${c}["']|\\.${c}|\\.c\\.${c})\\s*:`),
  ];
  return patterns.some((pattern) => pattern.test(text));
}

/**
 * An execute that fills `table.column`: parsed SQL with an UPDATE of that table that sets the column
 * (with or without a WHERE: per-row UPDATEs in a loop fill every row between them), or a DELETE of
 * the rows where it IS NULL. SQL Preflight
 * cannot read (f-strings, variables, SQLAlchemy Core expressions, text the PostgreSQL parser rejects,
 * DO blocks) counts when its source text visibly writes the column.
 */
export function backfillsColumn(migration: AnalyzedMigration, operation: Operation, table: string, column: string): boolean {
  const source = sqlOf(operation);
  if (!source) return false;
  const analysis = migration.sql[migration.facts.operations.indexOf(operation)];
  if (source.sql === undefined || !analysis?.ok) return writesColumn(operation.text, column);
  // An interpolated table name (`f"UPDATE {TABLE} …"`, parsed as the identifier "{TABLE}") may be this table.
  const unknown = new Set((source.unknownParts ?? []).map((part) => `{${part}}`));
  const isTable = (target: string) => tableKey(target) === tableKey(table) || unknown.has(target);
  return analysis.statements.some(
    (statement) =>
      (statement.kind === 'update' &&
        statement.targets.some(isTable) &&
        statement.columns.some((name) => name.toLowerCase() === column.toLowerCase())) ||
      // Removing the rows that hold NULL leaves none for SET NOT NULL to fail on.
      (statement.kind === 'delete' &&
        statement.targets.some(isTable) &&
        (statement.deletesNullsOf ?? []).some((name) => name.toLowerCase() === column.toLowerCase())) ||
      (statement.kind === 'other' && writesColumn(statement.text, column)),
  );
}

/** The operation's SQL was read by the PostgreSQL parser (its statements name their tables). */
function sqlParsed(migration: AnalyzedMigration, operation: Operation): boolean {
  return sqlOf(operation)?.sql !== undefined && migration.sql[migration.facts.operations.indexOf(operation)]?.ok === true;
}

/** `ProjectObservation` → `project_observation`. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Whether call text refers to `table`: its name as a string (`sa.table("users", …)`,
 * `__tablename__`-less queries by name) or a model class named after it (`User`, `Users`, `UserModel`).
 */
function refersToTable(text: string, table: string): boolean {
  const key = tableKey(table);
  if (new RegExp(`["']${escape(key)}["']`, 'i').test(text)) return true;
  for (const [, name] of text.matchAll(/\b([A-Z][A-Za-z0-9]*)\b/g)) {
    const snake = snakeCase(name!).replace(/_(model|table|orm)$/, '');
    if (snake === key || `${snake}s` === key || `${snake}es` === key || snake.replace(/y$/, 'ies') === key) return true;
  }
  return false;
}

function addsColumn(operation: Operation, table: string, column: string): ReturnType<typeof addedColumn> {
  if (operation.name !== 'add_column') return undefined;
  const added = addedColumn(operation);
  const addedTable = tableOf(operation);
  if (!added || addedTable === undefined || tableKey(addedTable) !== tableKey(table)) return undefined;
  return columnName(added) === column ? added : undefined;
}

/** Why an `alter_column(nullable=False)` of upgrade() is safe on existing rows, or that it is not (`missing`). */
export type NotNullStep = { operation: Operation } & (
  | { verdict: 'unreadable' }
  | { verdict: 'new-table' | 'server-default' | 'added-not-null' | 'not-null-before'; table: string; column: string; addOperation?: Operation; restoredBy?: Operation; since?: { revision: string; line: number } }
  | { verdict: 'backfilled' | 'orm-write'; table: string; column: string; by: Step }
  /** Filled by an earlier migration (`since`: which, and the line there): the guide's data migration in steps. */
  | { verdict: 'backfilled-earlier'; table: string; column: string; since: { revision: string; line: number } }
  | { verdict: 'missing'; table: string; column: string; addOperation?: Operation; defaultOnly: boolean }
);

/**
 * Each column upgrade() makes NOT NULL, with what fills it first: the judgement this rule reports
 * (`missing`) and the checklist's data-migration-strategy item cites (the backfill it found, by line).
 */
export function notNullSteps(migration: AnalyzedMigration): NotNullStep[] {
  const upgrade = upgradeOperations(migration);
  // Most migrations make no column NOT NULL: the tables they create are looked up only for one that does.
  let created: Set<string> | undefined;
  const steps: NotNullStep[] = [];
  for (const operation of upgrade) {
    if (!setsNotNull(operation)) continue;
    const table = tableOf(operation);
    const column = columnArgument(operation);
    // Names that are not literals cannot be matched against a backfill.
    if (table === undefined || column === undefined) {
      steps.push({ operation, verdict: 'unreadable' });
      continue;
    }
    // A table created in this migration is empty.
    if ((created ??= createdTableKeys(migration)).has(tableKey(table))) {
      steps.push({ operation, verdict: 'new-table', table, column });
      continue;
    }
    // The downgrade puts the column back as it was: NOT NULL there too says it was NOT NULL before the upgrade,
    // which only restates it (a type change that repeats nullable=False both ways: mailu). As change-column-type
    // reads the type the downgrade puts back as the one before.
    const restoredBy = keptNotNullBy(migration, table, column);
    if (restoredBy) {
      steps.push({ operation, verdict: 'not-null-before', table, column, restoredBy });
      continue;
    }
    const earlier = upgrade.filter((other) => operationBefore(other, operation));
    const addOperation = earlier.find((other) => addsColumn(other, table, column) !== undefined);
    const added = addOperation && addsColumn(addOperation, table, column);
    // add_column with a server_default fills every existing row; one added NOT NULL is add-column-not-null-without-default's.
    if (added && (hasServerDefault(added.kwargs) || isNotNull(added))) {
      steps.push({ operation, verdict: hasServerDefault(added.kwargs) ? 'server-default' : 'added-not-null', table, column, addOperation: addOperation! });
      continue;
    }
    const backfill = earlier.find((other) => backfillsColumn(migration, other, table, column));
    if (backfill) {
      steps.push({ operation, verdict: 'backfilled', table, column, by: backfill });
      continue;
    }
    const calls = migration.facts.otherCalls.filter((call) => call.function === 'upgrade' && before(call, operation));
    // A Core or ORM update outside an operation (`session.query(User).update({...})`, `stmt.values(...)`);
    // a call text cut short at 200 characters may hide the column, so a mention counts there.
    const write = calls.find(
      (call) => WRITING_CALL.test(call.callee) && (writesColumn(call.text, column) || (call.text.endsWith('…') && mentions(call.text, column))),
    );
    if (write) {
      steps.push({ operation, verdict: 'backfilled', table, column, by: write });
      continue;
    }
    // ORM objects changed by attribute (`row.status = "active"`) and committed: the column cannot be
    // seen, so a session write after a query of the same table counts.
    const ormWrite = calls.find((call) => ORM_WRITE.test(call.callee) && /session|orm/i.test(call.callee + call.text));
    if (ormWrite && [...calls, ...earlier.filter((other) => sqlOf(other))].some((other) => refersToTable(other.text, table))) {
      steps.push({ operation, verdict: 'orm-write', table, column, by: ormWrite });
      continue;
    }
    const defaultOnly =
      hasServerDefault(operation.kwargs) ||
      earlier.some(
        (other) =>
          other.name === 'alter_column' &&
          tableKey(tableOf(other) ?? '') === tableKey(table) &&
          columnArgument(other) === column &&
          hasServerDefault(other.kwargs),
      );
    steps.push({ operation, verdict: 'missing', table, column, ...(addOperation ? { addOperation } : {}), defaultOnly });
  }
  return steps;
}

/**
 * The downgrade's alter_column that leaves table.column NOT NULL (`nullable=False`), when no step of the downgrade
 * makes it nullable: the state before the upgrade, as the downgrade restores it.
 */
function keptNotNullBy(migration: AnalyzedMigration, table: string, column: string): Operation | undefined {
  const downgrade = downgradeOperations(migration);
  if (downgrade.some((other) => nullableSetBy(other, table, column) === true)) return undefined;
  return downgrade.find((other) => nullableSetBy(other, table, column) === false);
}

/** What an `alter_column(table, column, nullable=…)` sets the column's nullability to; undefined for any other step. */
function nullableSetBy(operation: Operation, table: string, column: string): boolean | undefined {
  if (operation.name !== 'alter_column' || columnArgument(operation) !== column) return undefined;
  const of = tableOf(operation);
  const nullable = operation.kwargs['nullable'];
  return of !== undefined && tableKey(of) === tableKey(table) && nullable?.kind === 'bool' ? nullable.value : undefined;
}

/** How many earlier migrations are searched for a backfill (the guide's steps are a few migrations apart). */
const MAX_ANCESTORS = 50;

/**
 * What the earlier migrations say of table.column before this one makes it NOT NULL, nearest first: `filled` by a
 * migration of its own (the guide's data migration in steps: add the column, backfill it, then SET NOT NULL:
 * notify's 0051 and 0052; or added with a server_default), or `not-null` already (created NOT NULL or as a primary
 * key, added NOT NULL, or made NOT NULL earlier: the upgrade restates it, often with a type change: gnocchi's ids).
 * Searched back to the migration that added the column or created its table, or made it nullable.
 */
function earlierState(
  migration: AnalyzedMigration,
  { graph, byRevision, dialect }: NotNullHistory,
  step: Operation,
  table: string,
  column: string,
  missing?: string[],
): { state: 'filled' | 'not-null'; revision: string; line: number } | undefined {
  const key = tableKey(table);
  const schema = schemaOf(step);
  // Tables of one name in two schemas (indico's oauth.tokens and users.tokens) are two tables.
  const sameSchema = (other: Operation): boolean => {
    const otherSchema = schemaOf(other);
    return schema === undefined || otherSchema === undefined || schema === otherSchema;
  };
  return searchAncestors(
    migration,
    graph,
    byRevision,
    (ancestor) => {
      const revision = ancestor.facts.revision?.value ?? '?';
      const found = (state: 'filled' | 'not-null', line: number) => ({ found: { state, revision, line } });
      // Its steps last to first: the latest word on the column counts.
      for (const operation of [...upgradeOperations(ancestor)].reverse()) {
        // Only what names the table too: text that merely sets a column of that name (in another table) is no fill here.
        if (backfillsColumn(ancestor, operation, table, column) && (sqlParsed(ancestor, operation) || refersToTable(operation.text, table))) {
          return found('filled', operation.line);
        }
        const sameTable = tableOf(operation) !== undefined && tableKey(tableOf(operation)!) === key && sameSchema(operation);
        if (sameTable && operation.name === 'alter_column' && columnArgument(operation) === column) {
          const nullable = nullableSetBy(operation, table, column);
          if (nullable !== undefined) return nullable ? 'stop-branch' : found('not-null', operation.line);
          // MySQL's MODIFY restates the whole column: a type change without existing_nullable=False makes it nullable
          // (quay's blobupload.byte_count, made NOT NULL again later).
          const existing = operation.kwargs['existing_nullable'];
          if (dialect === 'mysql' && operation.kwargs['type_'] && !(existing?.kind === 'bool' && !existing.value)) return 'stop-branch';
        }
        const added = sameSchema(operation) ? addsColumn(operation, table, column) : undefined;
        if (added) return isNotNull(added) ? found('not-null', operation.line) : hasServerDefault(added.kwargs) ? found('filled', operation.line) : 'stop-branch';
        if (sameTable && operation.name === 'create_table') {
          const defined = tableColumns(operation).find((candidate) => columnName(candidate) === column);
          return defined && isNotNull(defined) ? found('not-null', operation.line) : 'stop-branch';
        }
      }
      const write = ancestor.facts.otherCalls.find(
        (call) => call.function === 'upgrade' && WRITING_CALL.test(call.callee) && writesColumn(call.text, column) && refersToTable(call.text, table),
      );
      if (write) return found('filled', write.line);
      // The table is new there (CREATE TABLE SQL): its rows came after, nothing before that migration filled them.
      return createdTableKeys(ancestor).has(key) ? 'stop-branch' : 'past';
    },
    { limit: MAX_ANCESTORS, ...(missing ? { missing } : {}) },
  );
}

/** An op call's `schema=` ('' for none, as `public`), or undefined when it is not a literal (or a batch operation). */
function schemaOf(operation: Operation): string | undefined {
  if (operation.receiver === 'batch') return undefined;
  const value = operation.kwargs['schema'];
  if (value === undefined || value.kind === 'none') return '';
  if (value.kind !== 'str') return undefined;
  const name = value.value.toLowerCase();
  return name === 'public' ? '' : name;
}

/** The earlier migrations a judgement reads: the revision graph and the analysed migrations by revision (dialect views). */
export interface NotNullHistory {
  graph: RevisionGraph;
  byRevision: ReadonlyMap<string, AnalyzedMigration>;
  dialect: Dialect;
}

/** The migrations of a project by revision, as the rule reads them for `dialect` (branches for other dialects left out). */
export function notNullHistory(graph: RevisionGraph, migrations: readonly AnalyzedMigration[], dialect: Dialect): NotNullHistory {
  const made = histories.get(migrations);
  if (made && made.graph === graph && made.dialect === dialect) return made;
  const byRevision = new Map<string, AnalyzedMigration>();
  for (const migration of migrations) if (migration.facts.revision) byRevision.set(migration.facts.revision.value, migrationForDialect(migration, dialect));
  const history = { graph, byRevision, dialect };
  histories.set(migrations, history);
  return history;
}

/** The last history made of a list of migrations: the checklist asks once per migration it decides. */
const histories = new WeakMap<readonly AnalyzedMigration[], NotNullHistory>();

/**
 * notNullSteps with the earlier migrations read too: a step with nothing filling the column in this migration is
 * `backfilled-earlier` when an earlier one fills it, `not-null-before` when it was NOT NULL already (earlierState). What this rule reports and the checklist's
 * data-migration-strategy item cites, so both judge alike. `missing`: as in ProjectRule.reads.
 */
export function notNullStepsWithHistory(migration: AnalyzedMigration, history: NotNullHistory | (() => NotNullHistory), missing?: string[]): NotNullStep[] {
  if (migration.facts.parseError) return [];
  return notNullSteps(migration).map((judged) => {
    if (judged.verdict !== 'missing' || judged.addOperation !== undefined) return judged;
    const earlier = earlierState(migration, typeof history === 'function' ? history() : history, judged.operation, judged.table, judged.column, missing);
    if (!earlier) return judged;
    const { operation, table, column } = judged;
    const since = { revision: earlier.revision, line: earlier.line };
    return { operation, verdict: earlier.state === 'filled' ? 'backfilled-earlier' : 'not-null-before', table, column, since };
  });
}

export const setNotNullWithoutBackfill: ProjectRule = {
  id: 'set-not-null-without-backfill',
  order: 210,
  scope: 'project',
  severity: 'error',
  summary: '`alter_column(..., nullable=False)` without backfilling the column first.',
  why:
    'SET NOT NULL fails as soon as one existing row holds NULL in the column, and the migration stops half-way. The guide\'s ' +
    'data migration pattern is: add the column nullable, migrate the data (an UPDATE that fills every row), and only then ' +
    'make it NOT NULL. A server_default set with alter_column does not help: defaults apply to rows inserted later, not to ' +
    'the NULLs already there (only add_column with a server_default fills existing rows). The backfill may be an earlier ' +
    'migration of its own, as the guide\'s data migrations in steps do: one back to the migration that added the column (or ' +
    'created its table) counts. On PostgreSQL, SET NOT NULL also scans the whole table under an ACCESS EXCLUSIVE lock.',
  bad: `def upgrade():
    op.add_column("users", sa.Column("new_field", sa.String(), nullable=True))
    op.alter_column("users", "new_field", nullable=False)
`,
  good: `def upgrade():
    op.add_column("users", sa.Column("new_field", sa.String(), nullable=True))
    op.execute("UPDATE users SET new_field = old_field WHERE new_field IS NULL")
    op.alter_column("users", "new_field", nullable=False)
`,
  decides: ['data-migration-strategy'],
  guideSection: { lesson: 'data-migration-pattern', place: 1 },
  reads: {
    // The same search as the check's (earlierState), noting the earlier migrations it would read that are not analysed yet.
    missingAncestors(migration, { graph, analysed, settings }) {
      const missing: string[] = [];
      notNullStepsWithHistory(migrationForDialect(migration, settings.dialect), notNullHistory(graph, [...analysed.values()], settings.dialect), missing);
      return missing;
    },
  },
  check({ graph, migrations: all, settings, report }) {
    // A project rule sees whole migrations: branches for other dialects (`if url.startswith("mysql"):`) do not run here.
    // The history (every migration's dialect view) is built at the first step that needs it: most projects have few.
    let history: NotNullHistory | undefined;
    const lazyHistory = (): NotNullHistory => (history ??= notNullHistory(graph, all, settings.dialect));
    for (const migration of all) {
      if (!migration.facts.operations.some(setsNotNull)) continue;
      for (const judged of notNullStepsWithHistory(migrationForDialect(migration, settings.dialect), lazyHistory)) {
        if (judged.verdict === 'missing') reportStep(judged, settings, (finding) => report(migration.facts.path, finding));
      }
    }
  },
};

/** `alter_column(…, nullable=False)`: what notNullSteps judges (a quick look before a migration's dialect view is made). */
function setsNotNull(operation: Operation): boolean {
  const nullable = operation.kwargs['nullable'];
  return operation.function === 'upgrade' && operation.name === 'alter_column' && nullable?.kind === 'bool' && !nullable.value;
}

function reportStep(
  judged: Extract<NotNullStep, { verdict: 'missing' }>,
  settings: { dialect: string; pgVersion: number },
  report: (finding: Report) => void,
): void {
  const { operation, table, column, addOperation, defaultOnly } = judged;
  const addedLine = addOperation?.line;
  const message =
    addedLine !== undefined
      ? `upgrade adds ${table}.${column} (line ${addedLine}) and makes it NOT NULL without backfilling it: ` +
        `every existing row holds NULL, so the ALTER fails on a non-empty ${table}`
      : `upgrade makes ${table}.${column} NOT NULL without backfilling it first: ` +
        'the ALTER fails if any existing row holds NULL';
  // The scan-free path needs PostgreSQL 12 (pg-locks.ts: set-not-null-with-check).
  const postgres =
    settings.dialect !== 'postgresql'
      ? ''
      : settings.pgVersion >= 12
        ? `\nOn a large table, SET NOT NULL scans every row under an ACCESS EXCLUSIVE lock; on PostgreSQL ${settings.pgVersion} add ` +
          `CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, and SET NOT NULL then skips the scan.`
        : `\nOn PostgreSQL ${settings.pgVersion}, SET NOT NULL always scans every row under an ACCESS EXCLUSIVE lock (a validated ` +
          'CHECK spares the scan only from PostgreSQL 12): run it when the table is quiet, with lock_timeout set.';
  report({
    line: operation.line,
    column: operation.column,
    message:
      message +
      (defaultOnly ? ' (a server_default set by alter_column applies to new rows only; it does not fill existing NULLs)' : ''),
    help:
      `Fill ${table}.${column} in the same upgrade, before making it NOT NULL:\n` +
      `    op.execute("UPDATE ${table} SET ${column} = <value> WHERE ${column} IS NULL")\n` +
      `    op.alter_column(${pythonQuoted(table)}, ${pythonQuoted(column)}, nullable=False)\n` +
      `(A backfill in an earlier migration, back to the one that added the column, counts too.) If something else fills ` +
      `it, a script run before the deploy, say so:\n` +
      `    # preflight: ignore[set-not-null-without-backfill] <how it is filled>` +
      postgres,
  });
}

