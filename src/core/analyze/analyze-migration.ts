/** MigrationFacts → AnalyzedMigration: parses the SQL of every execute call with literal SQL. */
import { sqlOf, type MigrationFacts, type Operation } from '../parse/model.js';
import { analyzeSql, type SqlAnalysis } from '../sql/analyze.js';
import type { AnalyzedMigration } from '../../rules/types.js';

/** Analyses of SQL strings seen before, by the text handed to the parser (a Map will do). */
export interface KnownSql {
  get(sql: string): SqlAnalysis | undefined;
}

/**
 * `known` holds analyses of SQL already parsed (from cached migrations): an edit that leaves a
 * migration's SQL as it was then does not need the SQL parser at all.
 */
export async function analyzeMigration(facts: MigrationFacts, known?: KnownSql): Promise<AnalyzedMigration> {
  const sql: Record<number, SqlAnalysis> = {};
  for (const [index, operation] of facts.operations.entries()) {
    const text = sqlToAnalyze(operation);
    if (text !== undefined) sql[index] = known?.get(text) ?? (await analyzeSql(text));
  }
  return { facts, sql };
}

/** Every analysed SQL string of these migrations, by its text. */
export function knownSqlOf(migrations: Iterable<AnalyzedMigration>): Map<string, SqlAnalysis> {
  const known = new Map<string, SqlAnalysis>();
  for (const { facts, sql } of migrations) {
    for (const [index, analysis] of Object.entries(sql)) {
      const operation = facts.operations[Number(index)];
      const text = operation ? sqlToAnalyze(operation) : undefined;
      if (text !== undefined) known.set(text, analysis);
    }
  }
  return known;
}

/** The SQL an operation runs, as the PostgreSQL parser gets it; undefined when it is not a literal. */
function sqlToAnalyze(operation: Operation): string | undefined {
  const source = sqlOf(operation);
  if (source?.sql === undefined) return undefined;
  return source.wrappedInText ? bindParametersToPositional(source.sql) : source.sql;
}

/**
 * `sa.text()` uses `:name` bind parameters, which PostgreSQL's grammar does not
 * know; `$n` placeholders parse the same way. Casts (`::int`) and quoted text are left alone.
 */
export function bindParametersToPositional(sql: string): string {
  let n = 0;
  const names = new Map<string, number>();
  return sql.replace(/('(?:[^']|'')*')|(::)|(?<![\w:]):([A-Za-z_]\w*)/g, (match, quoted, cast, name) => {
    if (quoted || cast) return match;
    if (!names.has(name)) names.set(name, ++n);
    return `$${names.get(name)}`;
  });
}
