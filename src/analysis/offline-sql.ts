/**
 * The SQL Alembic's offline mode (`alembic upgrade --sql`) prints for a migration, as a migration the
 * rules can check: each statement becomes an `op.execute` of it at its line in the SQL, inside or
 * outside the transaction as the printed BEGIN / COMMIT say (autocommit_block() prints COMMIT … BEGIN).
 * So `preflight sql` judges the statements with the rules' own code and words.
 */
import type { AnalyzedMigration, Operation } from '../model/facts.js';
import type { SqlStatement } from '../model/sql.js';
import { analyzeSql } from './sql/analyze.js';

export interface OfflineStatement {
  statement: SqlStatement;
  /** The statement as printed, without leading comments, with its `;`. */
  text: string;
  /** 1-based line of the statement in the SQL. */
  line: number;
}

// Comments and blank lines before a statement (libpg-query's statement starts right after the previous `;`).
const LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

function locate(statement: SqlStatement, sql: string, base: number): { statement: SqlStatement; text: string; offset: number } {
  const raw = statement.text;
  const skip = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
  const start = sql.indexOf(raw, base + statement.offset);
  const at = (start >= 0 ? start : base + statement.offset) + skip;
  let text = raw.slice(skip).trim();
  // Show the statement as printed, with its `;`.
  if (!text.endsWith(';') && sql.startsWith(text, at) && sql[at + text.length] === ';') text += ';';
  return { statement, text, offset: at };
}

/** Every statement libpg-query can parse; statements of other dialects it cannot parse are skipped one by one. */
async function parseStatements(sql: string): Promise<{ statement: SqlStatement; text: string; offset: number }[]> {
  const whole = await analyzeSql(sql);
  if (whole.ok) return whole.statements.map((statement) => locate(statement, sql, 0));
  const located: { statement: SqlStatement; text: string; offset: number }[] = [];
  // Alembic separates offline statements with a blank line after the `;`: one chunk per statement, for the parser.
  const chunk = /[\s\S]*?;[ \t]*(?:\r?\n[ \t]*\r?\n|\s*$)/g;
  for (const match of sql.matchAll(chunk)) {
    const analysis = await analyzeSql(match[0]);
    if (!analysis.ok) continue;
    for (const statement of analysis.statements) located.push(locate(statement, sql, match.index ?? 0));
  }
  return located;
}

function lineAt(sql: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < sql.length; i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}

/** The offline SQL of `revision` (from `path`) as an analysed migration whose upgrade executes each statement. */
export async function offlineSqlMigration(sql: string, path: string, revision: string): Promise<{ migration: AnalyzedMigration; statements: OfflineStatement[] }> {
  const operations: Operation[] = [];
  const analyses: AnalyzedMigration['sql'] = {};
  const statements: OfflineStatement[] = [];
  // Offline SQL runs inside BEGIN … COMMIT.
  let inTransaction = true;
  for (const { statement, text, offset } of await parseStatements(sql)) {
    if (statement.transaction) {
      inTransaction = statement.transaction === 'begin';
      continue;
    }
    const line = lineAt(sql, offset);
    statements.push({ statement, text, line });
    analyses[operations.length] = { ok: true, statements: [statement] };
    operations.push({
      name: 'execute',
      receiver: 'op',
      receiverText: 'op',
      args: [{ kind: 'str', value: text, text: JSON.stringify(text) }],
      kwargs: {},
      function: 'upgrade',
      line,
      column: 1,
      endLine: line + text.split('\n').length - 1,
      text: `op.execute(${JSON.stringify(text)})`,
      guards: [],
      inAutocommit: !inTransaction,
      index: operations.length,
    });
  }
  const migration: AnalyzedMigration = {
    facts: {
      path,
      sha256: '',
      revision: { value: revision, line: 1 },
      branchLabels: [],
      dependsOn: [],
      annotatedVariables: false,
      upgrade: { line: 1, isEmpty: operations.length === 0, comments: [] },
      operations,
      otherCalls: [],
      comments: [],
    },
    sql: analyses,
  };
  return { migration, statements };
}
