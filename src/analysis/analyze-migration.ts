/** MigrationFacts → AnalyzedMigration: parses the SQL of every execute call with literal SQL. */
import { sqlOf, type MigrationFacts, type Operation } from '../model/facts.js';
import { analyzeSql, functionsOfExpression, notNullColumnOfCondition } from './sql/analyze.js';
import { checkConditionSql, serverDefaultSql } from './operations/schema-changes.js';
import { type SqlAnalysis } from '../model/sql.js';
import type { AnalyzedMigration } from '../model/facts.js';

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
  let defaults: Record<number, string[]> | undefined;
  let notNullChecks: Record<number, string> | undefined;
  for (const [index, operation] of facts.operations.entries()) {
    const text = sqlToAnalyze(operation);
    if (text !== undefined) sql[index] = known?.get(text) ?? (await analyzeSql(text));
    const serverDefault = operation.name === 'add_column' || operation.name === 'alter_column' ? serverDefaultSql(operation) : undefined;
    const functions = serverDefault === undefined ? undefined : await functionsOfExpression(serverDefault);
    if (functions !== undefined) (defaults ??= {})[index] = functions;
    const condition = operation.name === 'create_check_constraint' ? checkConditionSql(operation) : undefined;
    const notNull = condition === undefined ? undefined : await notNullColumnOfCondition(condition);
    if (notNull !== undefined) (notNullChecks ??= {})[index] = notNull;
  }
  return { facts: afterTransactionEnds(facts, sql), sql, ...(defaults ? { defaults } : {}), ...(notNullChecks ? { notNullChecks } : {}) };
}

/**
 * `op.execute("COMMIT")` ends the migration's transaction (the way to run CREATE INDEX CONCURRENTLY before
 * autocommit_block(): notify's 0351). The driver opens no new one by itself (psycopg2 sends BEGIN only where it
 * began none), so what the function runs after it runs outside a transaction, until a BEGIN: those operations
 * are marked inAutocommit, as after an AUTOCOMMIT switch (extract.ts). Facts without such SQL are returned as they are.
 */
function afterTransactionEnds(facts: MigrationFacts, sql: Record<number, SqlAnalysis>): MigrationFacts {
  const ends = Object.values(sql).some((analysis) => analysis.ok && analysis.statements.some((statement) => statement.transaction !== undefined));
  if (!ends) return facts;
  const outside = new Set<number>();
  for (const fn of ['upgrade', 'downgrade'] as const) {
    const inOrder = [...facts.operations.entries()].filter(([, operation]) => operation.function === fn).sort(([, a], [, b]) => a.index - b.index);
    let inTransaction = true;
    for (const [position, operation] of inOrder) {
      if (!inTransaction && !operation.inAutocommit) outside.add(position);
      const analysis = sql[position];
      for (const statement of analysis?.ok ? analysis.statements : []) {
        if (statement.transaction === 'commit' || statement.transaction === 'rollback') inTransaction = false;
        else if (statement.transaction === 'begin') inTransaction = true;
      }
    }
  }
  if (outside.size === 0) return facts;
  return { ...facts, operations: facts.operations.map((operation, position) => (outside.has(position) ? { ...operation, inAutocommit: true } : operation)) };
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
  return placeholdersToPositional(source.sql);
}

/**
 * (Group 2 is the dollar-quote tag: group 1 of PLACEHOLDER wraps all of this.)
 * Quoted text the placeholders must not touch: '…' strings (with '' and E'\\'' escapes), "…" identifiers,
 * $tag$…$tag$ bodies and -- / block comments.
 */
const SKIPPED = String.raw`(?:[Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'|"(?:[^"]|"")*"|(\$[A-Za-z_]*\$)[\s\S]*?\2|--[^\n]*|/\*[\s\S]*?\*/)`;
const PLACEHOLDER = new RegExp(
  String.raw`(${SKIPPED})|(::)|(%%)|%\(([A-Za-z_]\w*)\)s|(%s)|(?<![\w:]):([A-Za-z_]\w*)`,
  'g',
);

/**
 * Bind parameters are not SQL: SQLAlchemy's `:name` (text(), and op.execute of a string) and the DBAPI's
 * `%s` / `%(name)s` (exec_driver_sql, psycopg), with `%%` for a literal %. PostgreSQL's grammar knows
 * none of them; `$n` placeholders parse the same way. Each is padded to its own length so offsets in
 * parser errors still point into the migration's SQL. Quoted text, comments and `::` casts are left alone.
 */
export function placeholdersToPositional(sql: string): string {
  let n = 0;
  const names = new Map<string, number>();
  const pyformat = /%(?:\([A-Za-z_]\w*\))?s/.test(sql);
  const positional = (key: string | undefined, width: number): string => {
    let index: number;
    if (key === undefined) index = ++n;
    else {
      if (!names.has(key)) names.set(key, ++n);
      index = names.get(key)!;
    }
    return `$${index}`.padEnd(width, ' ');
  };
  return sql.replace(PLACEHOLDER, (match, skipped, _tag, cast, percent, pyName, pyPositional, colonName, offset: number) => {
    if (skipped !== undefined || cast !== undefined) return match;
    // `%%` is the DBAPI's escaped %, but only in SQL that uses %-placeholders.
    if (percent !== undefined) return pyformat ? '% ' : match;
    if (pyName !== undefined) return positional(`%${pyName}`, match.length);
    if (pyPositional !== undefined) {
      // `IN %s` with a tuple: psycopg expands it to `(a, b)`, so the parser gets a parenthesised list.
      const inList = /\bIN\s*$/i.test(sql.slice(0, offset));
      return inList ? `(${positional(undefined, 0)})` : positional(undefined, match.length);
    }
    return positional(`:${colonName}`, match.length);
  });
}
