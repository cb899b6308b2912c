/** Small queries over migration facts that several rules share. */
import type { Operation, PyValue } from '../model/facts.js';
import type { SqlStatement } from '../model/sql.js';
import { columnArgumentIndex, tableArgument } from '../analysis/operations/op-arguments.js';
import { type AnalyzedMigration } from '../model/facts.js';
import { type RuleSettings } from '../model/settings.js';

// Every rule asks for them, once per migration: split the operations once (per operations array).
const byFunction = new WeakMap<Operation[], { upgrade: Operation[]; downgrade: Operation[] }>();

function split(migration: AnalyzedMigration): { upgrade: Operation[]; downgrade: Operation[] } {
  const operations = migration.facts.operations;
  let parts = byFunction.get(operations);
  if (!parts) {
    parts = { upgrade: [], downgrade: [] };
    for (const operation of operations) parts[operation.function].push(operation);
    byFunction.set(operations, parts);
  }
  return parts;
}

/** The upgrade's operations in order. Shared between rules: do not modify the array. */
export function upgradeOperations(migration: AnalyzedMigration): Operation[] {
  return split(migration).upgrade;
}

/** The downgrade's operations in order. Shared between rules: do not modify the array. */
export function downgradeOperations(migration: AnalyzedMigration): Operation[] {
  return split(migration).downgrade;
}

/** Parsed SQL statements of an execute operation (empty when not SQL or unparseable). */
export function sqlStatementsOf(migration: AnalyzedMigration, operation: Operation): SqlStatement[] {
  const analysis = migration.sql[operationIndex(migration.facts.operations, operation)];
  return analysis?.ok ? analysis.statements : [];
}

/** Position of each operation in its array, built once per array: indexOf per call is quadratic in a file of 100,000 calls. */
const positions = new WeakMap<Operation[], Map<Operation, number>>();

function operationIndex(operations: Operation[], operation: Operation): number {
  // A scan is cheaper than building a map for the few operations most migrations have.
  if (operations.length < 64) return operations.indexOf(operation);
  let byOperation = positions.get(operations);
  if (!byOperation) {
    byOperation = new Map(operations.map((candidate, index) => [candidate, index]));
    positions.set(operations, byOperation);
  }
  return byOperation.get(operation) ?? -1;
}

/** Guarded by a test of one of the configured environment variables. */
export function isGuarded(operation: { guards: Operation['guards'] }, settings: RuleSettings): boolean {
  return operation.guards.some((guard) => guard.variables.some((variable) => settings.guardVariables.includes(variable)));
}

function targetArgument(operation: Operation, which: 'table' | 'column'): PyValue | undefined {
  if (which === 'column') return operation.kwargs['column_name'] ?? operation.args[columnArgumentIndex(operation)];
  return tableArgument(operation);
}

/**
 * How a message names a table or column that is not a literal: inside a loop over a non-literal
 * iterable, "each table in TABLES" (the iterable's text); otherwise the expression as written.
 */
export function nameLabel(operation: Operation, which: 'table' | 'column', literal: string | undefined): string {
  if (literal !== undefined) return literal;
  const value = targetArgument(operation, which);
  // Only a name the loop binds walks its iterable: `for index in indexes: op.create_index(..., table, ...)` does not.
  const iterable = value?.kind === 'name' ? operation.loopNames?.[value.name] : undefined;
  if (iterable !== undefined) return `each ${which} in ${iterable}`;
  return value && value.kind !== 'none' ? value.text : which === 'table' ? 'the table' : 'the column';
}

/** Human label for an operation's target: `users.phone`, `users`, `phone of each table in TABLES`. */
export function describeTarget(operation: Operation, table: string | undefined, column?: string | null): string {
  const t = nameLabel(operation, 'table', table);
  if (column === null) return t;
  const c = nameLabel(operation, 'column', column);
  // `for table, column in rows:` gives both names: "each column in rows" says it once.
  if (t.startsWith('each table in ') && c === `each column in ${t.slice('each table in '.length)}`) return c;
  if (table === undefined && t.startsWith('each ')) return `${c} of ${t}`;
  if (column === undefined && c.startsWith('each ')) return `${c} of ${t}`;
  return `${t}.${c}`;
}

