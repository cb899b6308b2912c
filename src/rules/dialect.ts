/**
 * Operations inside `if op.get_bind().dialect.name == "mysql":` (and the like) run only on those
 * dialects. Migration rules look at the view of a migration for the configured dialect, so a
 * MySQL-only branch is not judged as if it ran on PostgreSQL.
 */
import type { Dialect } from '../model/project.js';
import type { DialectCondition, AnalyzedMigration } from '../model/facts.js';
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
 * The migration without the operations, other calls and Core statements that cannot run on `dialect`; `sql` is
 * re-keyed to the remaining operations' indexes. The same object when nothing is dropped.
 */
export function migrationForDialect(migration: AnalyzedMigration, dialect: Dialect): AnalyzedMigration {
  const { facts } = migration;
  const dropsOperation = facts.operations.some((operation) => !runsOnDialect(operation.dialects, dialect));
  const dropsCall = facts.otherCalls.some((call) => !runsOnDialect(call.dialects, dialect));
  const dropsCore = facts.coreStatements?.some((statement) => !runsOnDialect(statement.dialects, dialect)) ?? false;
  if (!dropsOperation && !dropsCall && !dropsCore) return migration;
  const operations: typeof facts.operations = [];
  const sql: Record<number, SqlAnalysis> = {};
  // Both are keyed by the operation's index, which changes when operations are left out.
  let defaults: Record<number, string[]> | undefined;
  facts.operations.forEach((operation, index) => {
    if (!runsOnDialect(operation.dialects, dialect)) return;
    const analysis = migration.sql[index];
    if (analysis) sql[operations.length] = analysis;
    const functions = migration.defaults?.[index];
    if (functions) (defaults ??= {})[operations.length] = functions;
    operations.push(operation);
  });
  return {
    ...(defaults ? { defaults } : {}),
    facts: {
      ...facts,
      operations,
      otherCalls: facts.otherCalls.filter((call) => runsOnDialect(call.dialects, dialect)),
      ...(facts.coreStatements ? { coreStatements: facts.coreStatements.filter((statement) => runsOnDialect(statement.dialects, dialect)) } : {}),
    },
    sql,
    ...(defaults ? { defaults } : {}),
  };
}
