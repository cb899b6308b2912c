/** MigrationFacts → AnalyzedMigration: parses the SQL of every execute call with literal SQL. */
import { sqlOf, type MigrationFacts } from '../parse/model.js';
import { analyzeSql, type SqlAnalysis } from '../sql/analyze.js';
import type { AnalyzedMigration } from '../../rules/types.js';

export async function analyzeMigration(facts: MigrationFacts): Promise<AnalyzedMigration> {
  const sql: Record<number, SqlAnalysis> = {};
  for (const [index, operation] of facts.operations.entries()) {
    const source = sqlOf(operation);
    if (source?.sql !== undefined) sql[index] = await analyzeSql(source.sql);
  }
  return { facts, sql };
}
