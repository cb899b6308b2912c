/**
 * Runs the lock trace: the revision's offline SQL (Alembic's --sql rendering for PostgreSQL), split
 * into statements by PostgreSQL's own parser, executed one by one on the seeded scratch database in
 * one transaction that is rolled back (python/preflight_alembic.py locktrace), then compared with
 * the static lock table (src/review/roundtrip/lock-trace.ts).
 */
import { analyzeSql } from '../../analysis/sql/analyze.js';
import { MAX_PG_VERSION, MIN_PG_VERSION } from '../../analysis/locks/pg-locks.js';
import { UserError } from '../../model/errors.js';
import type { SqlStatement } from '../../model/sql.js';
import { compareLockTrace, type LockTrace, type ModelChange, type TracedStatement } from '../../review/roundtrip/lock-trace.js';
import { runProcess } from '../process.js';
import { renderOfflineSql } from './offline-sql.js';
import { HELPER_SCRIPT, summarizeFailure } from './run.js';

export interface LockTraceOptions {
  python: string;
  iniPath: string;
  revision: string;
  downRevision: string | readonly string[] | null;
  scratchUrl: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The migration's schema-change model, in upgrade order (the static side where it matches). */
  model?: readonly ModelChange[];
}

/** Alembic's transaction markers: the helper runs the statements in a transaction of its own. */
const TRANSACTION_CONTROL = /^(?:BEGIN|COMMIT|START\s+TRANSACTION|END)\s*;?$/i;

export async function traceLocks(options: LockTraceOptions): Promise<LockTrace> {
  const sql = await renderOfflineSql({
    python: options.python,
    iniPath: options.iniPath,
    revision: options.revision,
    downRevision: options.downRevision,
    dialect: 'postgresql',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    timeoutMs: options.timeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const analysis = await analyzeSql(sql);
  if (!analysis.ok) throw new UserError(`the offline SQL of ${options.revision} cannot be read by PostgreSQL's parser: ${analysis.error}`);
  const statements: SqlStatement[] = analysis.statements.filter((statement) => !TRANSACTION_CONTROL.test(statement.text.replace(/^(?:--[^\n]*\n\s*)+/, '').trim()));
  const result = await runProcess(options.python, [HELPER_SCRIPT, 'locktrace', options.scratchUrl], {
    input: JSON.stringify(statements.map((statement) => statement.text)),
    timeoutMs: options.timeoutMs,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (result.code !== 0 || result.timedOut) throw new UserError(`the lock trace could not run: ${summarizeFailure(result)}`);
  const traced = JSON.parse(result.stdout) as { serverVersionNum: number; statements: TracedStatement[] };
  const major = Math.floor(traced.serverVersionNum / 10000);
  if (major < MIN_PG_VERSION || major > MAX_PG_VERSION) {
    throw new UserError(`the lock table covers PostgreSQL ${MIN_PG_VERSION} to ${MAX_PG_VERSION}; the server is PostgreSQL ${major}`);
  }
  return compareLockTrace(traced.statements, statements, major, options.model ?? []);
}
