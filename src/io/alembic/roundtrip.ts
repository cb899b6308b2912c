/**
 * The round trip: bring a scratch database to the migration's parent revision, seed every table
 * with generated rows, run the upgrade, the downgrade and the upgrade again with real Alembic, and
 * check that the downgrade restores the schema and gives the seeded rows back.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { compareSeededData, type DataSnapshot, type SeededTable } from '../../review/roundtrip/data-diff.js';
import type { RoundTripResult, RoundTripStep, SeedReport } from '../../review/roundtrip/report.js';
import { diffSchemas, type SchemaSnapshot } from '../../review/roundtrip/schema-diff.js';
import { runProcess } from '../process.js';
import { isGuardRefusal, runAlembic, runHelper, HELPER_SCRIPT, summarizeFailure } from './run.js';
import { createScratchDatabase } from './scratch.js';
import { traceLocks } from './lock-trace.js';
import type { LockTrace, ModelChange } from '../../review/roundtrip/lock-trace.js';

export type { RoundTripResult, RoundTripStep } from '../../review/roundtrip/report.js';

export const DEFAULT_SEED_ROWS = 20;
export const DEFAULT_SEED = 1;

/** What the helper's `state` prints: the schema and every table's rows. */
interface DatabaseState {
  schema: SchemaSnapshot;
  data: DataSnapshot;
}

export interface RoundTripOptions {
  python: string;
  iniPath: string;
  revision: string;
  /** The revision's `down_revision`: null for a base revision, several for a merge. */
  downRevision: string | readonly string[] | null;
  /** `--database-url`: PostgreSQL server for the scratch database (default: a temp SQLite file). */
  databaseUrl?: string;
  /** The project's `sqlalchemy.url`; read from the ini when not given. */
  configuredUrl?: string;
  /** Limit for each Alembic or helper process. */
  timeoutMs: number;
  /** Alembic's working directory (default: the ini's directory). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stops the run, kills Alembic and removes the scratch database; the promise rejects. */
  signal?: AbortSignal;
  /** Called before each step, with its name. */
  onStep?: (name: string) => void;
  /** Rows generated per table at the parent revision (default 20; 0: the schema only). */
  rows?: number;
  /** Seed of the generated values, so a failure can be reproduced (default 1). */
  seed?: number;
  /** `--reuse`: the --database-url database may already have tables (the scratch database is still new). */
  reuse?: boolean;
  /** `--locks` (PostgreSQL): trace the upgrade's locks statement by statement on the seeded database first. */
  locks?: boolean;
  /** The migration's schema-change model for the lock trace (see src/review/roundtrip/lock-trace.ts). */
  lockModel?: readonly ModelChange[];
}

export function downRevisions(downRevision: string | readonly string[] | null): string[] {
  if (downRevision === null) return [];
  return typeof downRevision === 'string' ? [downRevision] : [...downRevision];
}

export interface IniInfo {
  /** `sqlalchemy.url` of the [alembic] section, `%(here)s` resolved; null when absent. */
  configuredUrl: string | null;
  scriptLocation: string | null;
}

/** Reads the [alembic] section as Alembic does (Python's ConfigParser, `here` = the ini's directory). */
export async function readIniInfo(
  python: string,
  iniPath: string,
  options: { cwd?: string; timeoutMs: number; signal?: AbortSignal },
): Promise<IniInfo> {
  try {
    return await runHelper<IniInfo>(python, ['ini-info', iniPath], options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new UserError(`cannot read ${iniPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Thrown inside a step: its message is the step's `error`. */
class StepFailure extends Error {}

export async function runRoundTrip(options: RoundTripOptions): Promise<RoundTripResult> {
  const iniPath = resolve(options.iniPath);
  const cwd = options.cwd ?? dirname(iniPath);
  const { python, revision, timeoutMs, signal, env } = options;
  const processOptions = { cwd, env, timeoutMs, signal };

  const configuredUrl = options.configuredUrl ?? (await readIniInfo(python, iniPath, processOptions)).configuredUrl ?? undefined;

  const scratch = await createScratchDatabase({
    databaseUrl: options.databaseUrl,
    configuredUrl,
    python,
    cwd,
    timeoutMs,
    signal,
    ...(options.reuse ? { reuse: true } : {}),
  });
  if (options.locks && scratch.kind !== 'postgresql') {
    await scratch.dispose();
    throw new UserError('--locks traces PostgreSQL locks: pass --database-url postgresql://… (a server to create the scratch database on)');
  }
  try {
    const scratchIni = join(scratch.dir, 'alembic.ini');
    // See python/preflight_alembic.py scratch_ini: a copy of alembic.ini pointing at the scratch database.
    await runHelper(python, ['scratch-ini', iniPath, scratchIni, scratch.url, cwd], processOptions);

    const alembic = async (...args: string[]): Promise<void> => {
      const result = await runAlembic({ python, iniPath: scratchIni, args, guardUrl: scratch.url, ...processOptions });
      if (isGuardRefusal(result)) throw new UserError(summarizeFailure(result));
      if (result.code !== 0 || result.timedOut) throw new StepFailure(summarizeFailure(result));
    };
    // Alembic, then the database's state read by the same process (one Python start-up fewer).
    const stateFile = join(scratch.dir, 'state.json');
    const alembicThenState = async (...args: string[]): Promise<DatabaseState> => {
      const result = await runAlembic({ python, iniPath: scratchIni, args, guardUrl: scratch.url, stateFile, ...processOptions });
      if (isGuardRefusal(result)) throw new UserError(summarizeFailure(result));
      if (result.code !== 0 || result.timedOut) throw new StepFailure(summarizeFailure(result));
      try {
        return JSON.parse(await readFile(stateFile, 'utf8')) as DatabaseState;
      } catch (error) {
        throw new StepFailure(`could not read the database after ${args.join(' ')}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await rm(stateFile, { force: true });
      }
    };
    const helper = async <T>(what: string, args: string[]): Promise<T> => {
      const result = await runProcess(python, [HELPER_SCRIPT, ...args], processOptions);
      if (result.code !== 0 || result.timedOut) throw new StepFailure(`could not ${what}: ${summarizeFailure(result)}`);
      return JSON.parse(result.stdout) as T;
    };
    const rows = options.rows ?? DEFAULT_SEED_ROWS;
    const seedValue = options.seed ?? DEFAULT_SEED;

    const downs = downRevisions(options.downRevision);
    const downLabel = downs.length ? downs.join(' + ') : 'base';
    // For a merge, `downgrade <first parent>` removes only the merge (Alembic 1.8 keeps the other
    // parent); `downgrade -1` fails there with "Ambiguous walk".
    const downgradeTarget = downs[0] ?? 'base';

    let before: DatabaseState | undefined;
    let upgraded: DatabaseState | undefined;
    let after: DatabaseState | undefined;
    let seed: SeedReport | null = null;
    let lockTrace: LockTrace | undefined;
    const plan: Array<{ name: string; run: () => Promise<void> }> = [
      {
        name: `upgrade ${downLabel}`,
        run: async () => {
          if (downs.length === 0) await alembic('upgrade', 'base');
          for (const down of downs) await alembic('upgrade', down);
        },
      },
      {
        name: rows > 0 ? `seed ${rows} rows per table` : 'read the schema (no rows seeded)',
        run: async () => {
          // One helper run seeds and reads back what it wrote (the state the downgrade must return to).
          const seeded = await helper<{ rows: number; seed: number; tables: Record<string, SeededTable>; state: DatabaseState }>('seed the tables', [
            'seed',
            scratch.url,
            String(rows),
            String(seedValue),
          ]);
          seed = { rows: seeded.rows, seed: seeded.seed, tables: seeded.tables };
          before = seeded.state;
        },
      },
      ...(options.locks
        ? [
            {
              name: `trace the locks of ${revision}`,
              run: async () => {
                // In a transaction that is rolled back: the upgrade below starts from the seeded rows.
                lockTrace = await traceLocks({ python, iniPath, revision, downRevision: options.downRevision, scratchUrl: scratch.url, cwd, ...(options.lockModel ? { model: options.lockModel } : {}), ...(env ? { env } : {}), timeoutMs, ...(signal ? { signal } : {}) });
              },
            },
          ]
        : []),
      {
        name: `upgrade ${revision}`,
        run: async () => {
          upgraded = await alembicThenState('upgrade', revision);
        },
      },
      {
        name: `downgrade ${downgradeTarget}`,
        run: async () => {
          after = await alembicThenState('downgrade', downgradeTarget);
        },
      },
      { name: `upgrade ${revision} again`, run: () => alembic('upgrade', revision) },
    ];

    const steps: RoundTripStep[] = [];
    for (const step of plan) {
      options.onStep?.(step.name);
      const started = performance.now();
      try {
        await step.run();
        steps.push({ name: step.name, ok: true, ms: Math.round(performance.now() - started) });
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error;
        steps.push({ name: step.name, ok: false, ms: Math.round(performance.now() - started), error: error.message });
        break;
      }
    }

    const schemaDiff = before && after ? diffSchemas(before.schema, after.schema) : [];
    const seedReport = seed as SeedReport | null;
    const data = before && after && seedReport && seedReport.rows > 0 ? compareSeededData(before.data, upgraded?.data, after.data, seedReport.tables) : null;
    const upgradeStep = steps.find((step) => step.name === `upgrade ${revision}`);
    const upgradeFailure = upgradeStep && !upgradeStep.ok ? (upgradeStep.error ?? 'failed') : null;
    const ok = steps.length === plan.length && steps.every((step) => step.ok) && schemaDiff.length === 0 && (data?.restored ?? true);
    const result: RoundTripResult = { ok, revision, database: scratch.kind, steps, schemaDiff, seed: seedReport, data, upgradeFailure };
    return lockTrace === undefined ? result : { ...result, lockTrace };
  } finally {
    await scratch.dispose();
  }
}
