/**
 * `preflight roundtrip [REV]`: seed a scratch database (never the configured one) at the
 * migration's parent revision, run upgrade, downgrade and upgrade again with real Alembic, and check
 * that the downgrade restores the schema and gives the seeded rows back.
 */
import { z } from 'zod';
import { findAlembicPython } from '../../io/alembic/python.js';
import { DEFAULT_SEED, DEFAULT_SEED_ROWS, readIniInfo, runRoundTrip, type RoundTripResult } from '../../io/alembic/roundtrip.js';
import { databaseDialect } from '../../io/alembic/scratch.js';
import { UserError } from '../../model/errors.js';
import { terminalSafe } from '../../model/terminal-safe.js';
import { formatDuration, SPINNER_FRAMES } from '../../model/text.js';
import type { LockTrace, ModelChange } from '../../review/roundtrip/lock-trace.js';
import { schemaChanges } from '../../analysis/operations/schema-changes.js';
import { describeDataComparison } from '../../review/roundtrip/data-diff.js';
import { dataChecked, describeSeed } from '../../review/roundtrip/report.js';
import { defineCommand } from '../command.js';
import { COLORS, NO_COLORS, type Palette } from '../format/colors.js';
import { resolveTarget, type AlembicTarget } from './sql.js';

const FORMATS = ['text', 'json'] as const;
export const DEFAULT_ROUNDTRIP_TIMEOUT_S = 300;

export interface RoundTripRunOptions {
  python: string;
  databaseUrl?: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onStep?: (name: string) => void;
  rows?: number;
  seed?: number;
  reuse?: boolean;
  locks?: boolean;
}

/** The upgrade's changes as the static analysis models them, for the lock trace to compare with. */
function lockModel(target: Pick<AlembicTarget, 'loaded' | 'file'>): ModelChange[] {
  const migration = target.loaded.migrations.find((each) => each.facts.path === target.file);
  return migration ? schemaChanges(migration, 'upgrade').map((change) => ({ kind: change.kind, ...(change.table ? { table: change.table } : {}), ...(change.otherTable ? { otherTable: change.otherTable } : {}), ...(change.name ? { name: change.name } : {}) })) : [];
}

/** Runs the round trip for a target; the configured URL is passed so the scratch URL can never equal it. */
export async function roundTripTarget(target: Pick<AlembicTarget, 'iniPath' | 'revision' | 'downRevision'> & Partial<Pick<AlembicTarget, 'loaded' | 'file'>>, options: RoundTripRunOptions): Promise<RoundTripResult> {
  const processOptions = { timeoutMs: options.timeoutMs, ...(options.env ? { env: options.env } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const { configuredUrl } = await readIniInfo(options.python, target.iniPath, processOptions);
  return runRoundTrip({
    python: options.python,
    iniPath: target.iniPath,
    revision: target.revision,
    downRevision: target.downRevision,
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(configuredUrl ? { configuredUrl } : {}),
    ...processOptions,
    ...(options.onStep ? { onStep: options.onStep } : {}),
    ...(options.rows !== undefined ? { rows: options.rows } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.reuse ? { reuse: true } : {}),
    ...(options.locks ? { locks: true, ...(target.loaded && target.file ? { lockModel: lockModel({ loaded: target.loaded, file: target.file }) } : {}) } : {}),
  });
}

const shortSql = (sql: string): string => {
  const one = sql.replace(/^(?:--[^\n]*\n\s*)+/, '').replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
};

/** The lock trace beside the static lock table, one statement a line, then where they disagree. */
export function formatLockTrace(trace: LockTrace, palette: Palette): string[] {
  const t = terminalSafe;
  const rows = trace.statements.map((row) => {
    const expected = row.expected
      ? [`${row.table ?? '?'} ${row.expected.lock}${row.expected.rewrite ? ' rewrite' : ''}`, ...row.expected.otherTables.map((other) => `${other.table} ${other.lock}`)].join(', ')
      : row.table
        ? `(${row.table}: Alembic's bookkeeping)`
        : '(no entry)';
    const traced = Object.entries(row.taken).map(([table, modes]) => `${table} ${modes.join('+')}${row.rewritten.includes(table) ? ' rewrite' : ''}`).join(', ') || 'no new lock';
    const verdict = row.error ? 'failed' : row.disagreements.length > 0 ? 'DISAGREES' : row.expected ? 'agrees' : '-';
    return { sql: t(shortSql(row.sql)), expected: t(expected), traced: t(traced), verdict, bad: row.error !== null || row.disagreements.length > 0 };
  });
  const w = (key: 'sql' | 'expected' | 'traced', title: string) => Math.max(title.length, ...rows.map((row) => row[key].length));
  const [ws, we, wt] = [w('sql', 'statement'), w('expected', 'lock table'), w('traced', 'trace (pg_locks, relfilenode)')];
  const lines = [
    `Lock trace (PostgreSQL ${trace.serverVersion}): the upgrade's SQL statement by statement in one transaction on the seeded rows, rolled back:`,
    `  ${'statement'.padEnd(ws)}  ${'lock table'.padEnd(we)}  ${'trace (pg_locks, relfilenode)'.padEnd(wt)}`,
  ];
  for (const row of rows) {
    const line = `  ${row.sql.padEnd(ws)}  ${row.expected.padEnd(we)}  ${row.traced.padEnd(wt)}  ${row.verdict}`;
    lines.push(row.bad ? palette.red(line) : line);
  }
  for (const row of trace.statements) if (row.error) lines.push(palette.red(t(`  the statement failed: ${row.error}`)));
  const disagreements = trace.statements.flatMap((row) => row.disagreements.map((text) => `${shortSql(row.sql)}: ${text}`));
  if (disagreements.length > 0) {
    lines.push('', 'Where the trace and the lock table disagree:');
    for (const text of disagreements) lines.push(`  - ${t(text)}`);
  } else {
    const compared = trace.statements.filter((row) => row.expected && !row.error).length;
    lines.push(trace.complete ? '  The trace agrees with the lock table on every statement.' : `  The trace agrees with the lock table on the ${compared} statement(s) before it stopped.`);
  }
  return lines;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The per-table data table: rows before/after, lost, the columns whose values changed. */
function dataTable(result: RoundTripResult, palette: Palette): string[] {
  if (!result.data || !result.seed) return [];
  const rows = result.data.tables.map((report) => {
    const changed = [
      ...report.changed.map((change) => `${change.column} (${change.rows})`),
      ...report.missingColumns.map((column) => `${column} (column gone)`),
    ];
    const expected = [...report.expectedDrops.map((column) => `${column} dropped, expected`), ...(report.expectedTable ? ['table dropped, expected'] : [])];
    const note = report.skipped ? `skipped: ${report.skipped}` : [...changed, ...expected].join(', ') || '-';
    return {
      table: report.table,
      before: report.expectedTable ? '-' : String(report.before),
      after: report.after === null ? 'gone' : String(report.after),
      lost: report.expectedTable ? '-' : String(report.lost),
      note,
      bad: !report.expectedTable && (report.lost > 0 || report.added > 0 || changed.length > 0),
    };
  });
  const width = Math.max(5, ...rows.map((row) => row.table.length));
  const lines = [`  ${pad('table', width)}  before  after  lost  changed / note`];
  for (const row of rows) {
    const line = terminalSafe(`  ${pad(row.table, width)}  ${pad(row.before, 6, true)}  ${pad(row.after, 5, true)}  ${pad(row.lost, 4, true)}  ${row.note}`);
    lines.push(row.bad ? palette.red(line) : line);
  }
  return lines;
}

export function formatRoundTripText(result: RoundTripResult, palette: Palette): string {
  const where = result.database === 'postgresql' ? 'a scratch PostgreSQL database' : 'a scratch SQLite database';
  // Names and messages come from the migration and the database: made safe before colouring.
  const t = terminalSafe;
  const lines: string[] = [`Round trip of ${t(result.revision)} on ${where}:`];
  for (const step of result.steps) {
    lines.push(`  ${step.ok ? palette.green('✔') : palette.red('✘')} ${t(step.name)} ${palette.dim(`(${formatDuration(step.ms)})`)}`);
    if (step.error) for (const line of step.error.split('\n')) lines.push(`      ${t(line)}`);
  }
  if (result.seed) {
    lines.push('', result.seed.rows > 0 ? t(`Seeded ${describeSeed(result.seed)}.`) : 'No rows seeded (--rows 0): only the schema was compared.');
  }
  if (result.upgradeFailure !== null && result.seed && result.seed.rows > 0) {
    lines.push('', palette.red(t(`The upgrade failed on the seeded rows: ${result.upgradeFailure.split('\n')[0]}`)));
  }
  if (result.schemaDiff.length > 0) {
    lines.push('', 'The downgrade did not restore the schema:');
    for (const diff of result.schemaDiff) lines.push(`  - ${t(diff)}`);
  }
  if (result.data) {
    const { problems, expected } = describeDataComparison(result.data);
    lines.push('', 'Rows after the downgrade, compared with the seeded ones:', ...dataTable(result, palette));
    if (problems.length > 0) {
      lines.push('', 'The downgrade did not give the data back:');
      for (const problem of problems) lines.push(`  - ${t(problem)}`);
    }
    if (expected.length > 0) {
      lines.push('', 'Expected:');
      for (const line of expected) lines.push(`  - ${t(line)}`);
    }
  }
  if (result.lockTrace) lines.push('', ...formatLockTrace(result.lockTrace, palette));
  const verdict = result.ok
    ? dataChecked(result)
      ? 'Round trip passed: schema and seeded data restored.'
      : 'Round trip passed (schema; not every table had seeded rows).'
    : 'Round trip failed.';
  lines.push('', result.ok ? palette.green(verdict) : palette.red(verdict));
  return `${lines.join('\n')}\n`;
}

export function roundTripJson(result: RoundTripResult): Record<string, unknown> {
  const comparison = result.data ? describeDataComparison(result.data) : { problems: [], expected: [] };
  return {
    version: 1,
    ok: result.ok,
    revision: result.revision,
    database: result.database,
    steps: result.steps.map((step) => ({ name: step.name, ok: step.ok, ms: step.ms, error: step.error ?? null })),
    schemaDiff: result.schemaDiff,
    seed: result.seed,
    upgradeFailure: result.upgradeFailure,
    dataChecked: dataChecked(result),
    data: result.data?.tables ?? null,
    dataProblems: comparison.problems,
    expected: comparison.expected,
    lockTrace: result.lockTrace ?? null,
  };
}

/** A one-line spinner with the current step on a terminal's stderr; cleared when done. */
function startSpinner(stream: NodeJS.WritableStream): { step(name: string): void; stop(): void } {
  let frame = 0;
  let label = 'starting';
  const draw = (): void => void stream.write(`\r\x1b[2K${SPINNER_FRAMES[frame]} round trip: ${terminalSafe(label)}…`);
  const timer = setInterval(() => {
    frame = (frame + 1) % SPINNER_FRAMES.length;
    draw();
  }, 80);
  draw();
  return {
    step(name) {
      label = name;
      draw();
    },
    stop() {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    },
  };
}

const count = (what: string, min: number) =>
  z.coerce
    .number()
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`);

export const roundtripCommand = defineCommand({
  name: 'roundtrip',
  summary: 'Seed a scratch database, run upgrade, downgrade, upgrade, and check the schema and the rows come back.',
  arguments: '[REV]',
  options: {
    'database-url': { type: 'string', value: 'URL', description: 'PostgreSQL server to create the scratch database on (default: a temp SQLite file)', schema: z.string().min(1).optional() },
    rows: { type: 'string', value: 'N', description: `rows generated per table at the parent revision (default ${DEFAULT_SEED_ROWS}; 0: compare the schema only)`, schema: count('--rows', 0).max(100_000, '--rows must be at most 100000').default(DEFAULT_SEED_ROWS) },
    seed: { type: 'string', value: 'N', description: `seed of the generated values, to reproduce a failure (default ${DEFAULT_SEED})`, schema: count('--seed', 0).default(DEFAULT_SEED) },
    locks: { type: 'boolean', description: 'PostgreSQL: run the upgrade statement by statement on the seeded rows and show its locks (pg_locks) beside the lock table', schema: z.boolean().default(false) },
    reuse: { type: 'boolean', description: 'accept a --database-url whose database already has tables (the scratch database is still a new one)', schema: z.boolean().default(false) },
    python: { type: 'string', value: 'PATH', description: 'the Python interpreter that has Alembic (default: .venv, venv, python3)', schema: z.string().optional() },
    timeout: { type: 'string', value: 'SECONDS', description: `limit for each Alembic run (default ${DEFAULT_ROUNDTRIP_TIMEOUT_S})`, schema: z.coerce.number().positive('must be a positive number of seconds').default(DEFAULT_ROUNDTRIP_TIMEOUT_S) },
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)`, schema: z.enum(FORMATS).default('text') },
  },
  positionals: z.array(z.string()).max(1, 'at most one revision'),
  details: `REV is a revision id (or a unique prefix) or a migration file; default: the single head.
The configured database is never used: the scratch database is a temp SQLite file, or a new
database on the --database-url server, dropped afterwards (also on Ctrl-C or a failure). A URL
that cannot be reached, refuses the credentials or names a database with tables (without
--reuse) is refused before anything is created.

Before the upgrade every table gets --rows generated rows (fitting each column's type, length,
NOT NULL, unique and foreign keys; deterministic from --seed), so the upgrade meets data and the
downgrade is judged on whether it gives the rows back. Columns the upgrade added and the
downgrade drops are expected to vanish.

Exit codes: 0 every step passed, the schema and the seeded rows came back; 1 otherwise; 2 usage
or setup error.

Examples:
  preflight roundtrip
  preflight roundtrip --rows 200 --seed 7
  preflight roundtrip ab12cd34ef56 --database-url postgresql://localhost/postgres
  preflight roundtrip --locks --database-url postgresql://localhost/postgres`,
  async run(options, global) {
    const target = await resolveTarget(options.positionals[0], global, 'roundtrip');
    const python = await findAlembicPython({
      ...(options.python !== undefined ? { python: options.python } : {}),
      root: target.loaded.project.root,
      env: global.env,
    });
    if (options.locks && (options['database-url'] === undefined || databaseDialect(options['database-url']) !== 'postgresql')) {
      throw new UserError('--locks traces PostgreSQL locks: pass --database-url postgresql://… (a server to create the scratch database on)');
    }
    const spinner = options.format === 'text' && global.stderr.isTTY === true ? startSpinner(global.stderr) : undefined;
    let result: RoundTripResult;
    try {
      result = await roundTripTarget(target, {
        python,
        ...(options['database-url'] !== undefined ? { databaseUrl: options['database-url'] } : {}),
        timeoutMs: Math.round(options.timeout * 1000),
        env: global.env,
        rows: options.rows,
        seed: options.seed,
        reuse: options.reuse,
        locks: options.locks,
        ...(spinner ? { onStep: (name: string) => spinner.step(name) } : {}),
      });
    } finally {
      spinner?.stop();
    }
    if (options.format === 'json') {
      global.stdout.write(`${JSON.stringify(roundTripJson(result), null, 2)}\n`);
    } else {
      global.stdout.write(formatRoundTripText(result, global.color ? COLORS : NO_COLORS));
    }
    return result.ok ? 0 : 1;
  },
});
