/**
 * The round trip: run a migration's upgrade, downgrade and upgrade again with real Alembic on a
 * scratch database, and check that the downgrade restores the schema exactly.
 */
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { diffSchemas, type SchemaSnapshot } from '../../review/roundtrip/schema-diff.js';
import { runProcess } from '../process.js';
import { isGuardRefusal, runAlembic, runHelper, HELPER_SCRIPT, summarizeFailure } from './run.js';
import { createScratchDatabase } from './scratch.js';

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
}

export interface RoundTripStep {
  name: string;
  ok: boolean;
  ms: number;
  /** Alembic's own error (the exception at the end of its traceback). */
  error?: string;
}

export interface RoundTripResult {
  /** Every step passed and the downgrade restored the schema. */
  ok: boolean;
  revision: string;
  steps: RoundTripStep[];
  /** Differences between the schema before the upgrade and after the downgrade. */
  schemaDiff: string[];
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
  });
  try {
    const scratchIni = join(scratch.dir, 'alembic.ini');
    // See python/preflight_alembic.py scratch_ini: a copy of alembic.ini pointing at the scratch database.
    await runHelper(python, ['scratch-ini', iniPath, scratchIni, scratch.url, cwd], processOptions);

    const alembic = async (...args: string[]): Promise<void> => {
      const result = await runAlembic({ python, iniPath: scratchIni, args, guardUrl: scratch.url, ...processOptions });
      if (isGuardRefusal(result)) throw new UserError(summarizeFailure(result));
      if (result.code !== 0 || result.timedOut) throw new StepFailure(summarizeFailure(result));
    };
    const snapshot = async (): Promise<SchemaSnapshot> => {
      const result = await runProcess(python, [HELPER_SCRIPT, 'snapshot', scratch.url], processOptions);
      if (result.code !== 0 || result.timedOut) {
        throw new StepFailure(`could not read the schema: ${summarizeFailure(result)}`);
      }
      return JSON.parse(result.stdout) as SchemaSnapshot;
    };

    const downs = downRevisions(options.downRevision);
    const downLabel = downs.length ? downs.join(' + ') : 'base';
    // For a merge, `downgrade <first parent>` removes only the merge (Alembic 1.8 keeps the other
    // parent); `downgrade -1` fails there with "Ambiguous walk".
    const downgradeTarget = downs[0] ?? 'base';

    let before: SchemaSnapshot | undefined;
    let after: SchemaSnapshot | undefined;
    const plan: Array<{ name: string; run: () => Promise<void> }> = [
      {
        name: `upgrade ${downLabel}`,
        run: async () => {
          if (downs.length === 0) await alembic('upgrade', 'base');
          for (const down of downs) await alembic('upgrade', down);
          before = await snapshot();
        },
      },
      { name: `upgrade ${revision}`, run: () => alembic('upgrade', revision) },
      {
        name: `downgrade ${downgradeTarget}`,
        run: async () => {
          await alembic('downgrade', downgradeTarget);
          after = await snapshot();
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

    const schemaDiff = before && after ? diffSchemas(before, after) : [];
    const ok = steps.length === plan.length && steps.every((step) => step.ok) && schemaDiff.length === 0;
    return { ok, revision, steps, schemaDiff };
  } finally {
    await scratch.dispose();
  }
}
