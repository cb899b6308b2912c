/** MigrationFacts → AnalyzedMigration: parses the SQL of every execute call with literal SQL. */
import { sqlOf, type MigrationFacts } from '../parse/model.js';
import { analyzeSql, type SqlAnalysis } from '../sql/analyze.js';
import type { AnalyzedMigration } from '../../rules/types.js';

export async function analyzeMigration(facts: MigrationFacts): Promise<AnalyzedMigration> {
  const sql: Record<number, SqlAnalysis> = {};
  for (const [index, operation] of facts.operations.entries()) {
    const source = sqlOf(operation);
    if (source?.sql !== undefined) sql[index] = await analyzeSql(source.wrappedInText ? bindParametersToPositional(source.sql) : source.sql);
  }
  return { facts, sql };
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
