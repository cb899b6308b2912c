/**
 * Operations inside `if op.get_bind().dialect.name == "mysql":` (and the like) run only on those
 * dialects. Migration rules look at the view of a migration for the configured dialect, so a
 * MySQL-only branch is not judged as if it ran on PostgreSQL.
 */
import type { Dialect } from '../model/project.js';
import type { DialectCondition } from '../model/facts.js';
import type { AnalyzedMigration } from '../model/facts.js';
import type { SqlAnalysis } from '../model/sql.js';

/** SQLAlchemy's `dialect.name` values each configured dialect answers to. */
const NAMES: Record<Exclude<Dialect, 'other'>, string[]> = {
  postgresql: ['postgresql', 'postgres'],
  mysql: ['mysql', 'mariadb'],
  sqlite: ['sqlite'],
};
const KNOWN = new Set(Object.values(NAMES).flat());

/** Whether code under this condition can run on the dialect (`other`: any dialect but the known three). */
export function runsOnDialect(condition: DialectCondition | undefined, dialect: Dialect): boolean {
  if (!condition) return true;
  if (dialect === 'other') return 'only' in condition ? condition.only.some((name) => !KNOWN.has(name)) : true;
  const names = NAMES[dialect];
  if ('only' in condition) return condition.only.some((name) => names.includes(name));
  return !condition.except.includes(dialect);
}

/**
 * The migration without the operations and other calls that cannot run on `dialect`; `sql` is
 * re-keyed to the remaining operations' indexes. The same object when nothing is dropped.
 */
export function migrationForDialect(migration: AnalyzedMigration, dialect: Dialect): AnalyzedMigration {
  const { facts } = migration;
  const dropsOperation = facts.operations.some((operation) => !runsOnDialect(operation.dialects, dialect));
  const dropsCall = facts.otherCalls.some((call) => !runsOnDialect(call.dialects, dialect));
  if (!dropsOperation && !dropsCall) return migration;
  const operations: typeof facts.operations = [];
  const sql: Record<number, SqlAnalysis> = {};
  let defaults: Record<number, string[]> | undefined;
  facts.operations.forEach((operation, index) => {
    if (!runsOnDialect(operation.dialects, dialect)) return;
    const analysis = migration.sql[index];
    if (analysis) sql[operations.length] = analysis;
    // The functions a server_default calls are keyed by operation too (a volatile default is told by them).
    const functions = migration.defaults?.[index];
    if (functions) (defaults ??= {})[operations.length] = functions;
    operations.push(operation);
  });
  return {
    facts: { ...facts, operations, otherCalls: facts.otherCalls.filter((call) => runsOnDialect(call.dialects, dialect)) },
    sql,
    ...(defaults ? { defaults } : {}),
  };
}
