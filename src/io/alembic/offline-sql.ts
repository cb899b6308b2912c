/** The SQL a migration's upgrade emits, rendered by Alembic's offline (`--sql`) mode. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { downRevisions, readIniInfo } from './roundtrip.js';
import { onInterrupt, runProcess } from '../process.js';
import { HELPER_SCRIPT, isGuardRefusal, runAlembic, runHelper, summarizeFailure } from './run.js';
import { databaseDialect } from './scratch.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const KNOWN_DIALECTS = new Set(['postgresql', 'sqlite', 'mysql', 'mariadb', 'mssql', 'oracle']);

export interface OfflineSqlOptions {
  python: string;
  iniPath: string;
  revision: string;
  /** The revision's `down_revision`: null for a base revision, several for a merge. */
  downRevision: string | readonly string[] | null;
  /** SQL dialect to render; default: the configured URL's, else `postgresql`. */
  dialect?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Alembic failed on a migration; the message carries Alembic's own error. */
export class AlembicRunError extends UserError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'AlembicRunError';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Keeps only `revision`'s own section of Alembic's output, plus what precedes the first section
 * (e.g. PostgreSQL's `BEGIN;`). Alembic 1.8 takes one start revision per range, so a merge's other
 * parents (and `depends_on` revisions) are rendered too and are cut here.
 */
export function ownSection(sql: string, revision: string): string {
  const markers = [...sql.matchAll(/^-- Running (?:upgrade|downgrade) .*$/gm)];
  if (markers.length <= 1) return sql;
  const own = new RegExp(`^-- Running upgrade .* -> ${escapeRegExp(revision)}$`, 'm').exec(sql);
  if (!own) return sql;
  return sql.slice(0, markers[0]!.index) + sql.slice(own.index);
}

/**
 * `alembic upgrade <down>:<revision> --sql` (`upgrade <revision> --sql` for a base revision, which
 * Alembic renders from base, including `CREATE TABLE alembic_version`).
 */
export async function renderOfflineSql(options: OfflineSqlOptions): Promise<string> {
  const iniPath = resolve(options.iniPath);
  const cwd = options.cwd ?? dirname(iniPath);
  const processOptions = {
    cwd,
    env: options.env,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: options.signal,
  };

  let dialect = options.dialect;
  if (dialect === undefined) {
    const { configuredUrl } = await readIniInfo(options.python, iniPath, processOptions);
    const configured = configuredUrl ? databaseDialect(configuredUrl) : '';
    // The alembic.ini template's placeholder `driver://…` (env.py then reads the URL elsewhere).
    dialect = KNOWN_DIALECTS.has(configured) ? configured : 'postgresql';
  }
  // Offline mode never connects: the URL only selects the dialect.
  const dummyUrl = `${dialect}://`;

  const dir = await mkdtemp(join(tmpdir(), 'preflight-sql-'));
  const removeDir = (): Promise<void> => rm(dir, { recursive: true, force: true });
  const removeInterrupt = onInterrupt(removeDir);
  try {
    const scratchIni = join(dir, 'alembic.ini');
    await runHelper(options.python, ['scratch-ini', iniPath, scratchIni, dummyUrl, cwd], processOptions);
    const downs = downRevisions(options.downRevision);
    const range = downs[0] === undefined ? options.revision : `${downs[0]}:${options.revision}`;
    const result = await runAlembic({
      python: options.python,
      iniPath: scratchIni,
      args: ['upgrade', range, '--sql'],
      guardUrl: 'offline',
      ...processOptions,
    });
    if (isGuardRefusal(result)) throw new UserError(summarizeFailure(result));
    if (result.code !== 0 || result.timedOut) {
      throw new AlembicRunError(`alembic upgrade ${range} --sql failed: ${summarizeFailure(result)}`);
    }
    return ownSection(result.stdout, options.revision);
  } finally {
    removeInterrupt();
    await removeDir();
  }
}

/** One offline render: `alembic upgrade a:b --sql` or `alembic downgrade b:a --sql`. */
export interface OfflineRenderRequest {
  command: 'upgrade' | 'downgrade';
  range: string;
}

/** The offline renders of one migration's upgrade and downgrade (a base revision's downgrade goes to `base`). */
export function migrationRenders(revision: string, downRevision: string | readonly string[] | null): OfflineRenderRequest[] {
  const down = downRevisions(downRevision)[0];
  return [
    { command: 'upgrade', range: down === undefined ? revision : `${down}:${revision}` },
    { command: 'downgrade', range: `${revision}:${down ?? 'base'}` },
  ];
}

const renderResult = z.object({ failures: z.array(z.string().nullable()) });

/**
 * Whether Alembic renders each request offline: per request, null or Alembic's error. One Python process for all
 * of them (python/preflight_alembic.py render-sql). `unavailable`: nothing could be rendered at all (env.py
 * connects even offline, or the helper failed), with the reason.
 */
export async function checkOfflineRenders(options: {
  python: string;
  iniPath: string;
  dialect: string;
  requests: readonly OfflineRenderRequest[];
  cwd?: string;
  timeoutMs?: number;
}): Promise<{ failures: (string | null)[] } | { unavailable: string }> {
  if (options.requests.length === 0) return { failures: [] };
  const iniPath = resolve(options.iniPath);
  const cwd = options.cwd ?? dirname(iniPath);
  const dialect = KNOWN_DIALECTS.has(options.dialect) ? options.dialect : 'postgresql';
  const result = await runProcess(options.python, [HELPER_SCRIPT, 'render-sql', iniPath, `${dialect}://`, cwd], {
    cwd,
    input: JSON.stringify(options.requests.map((request) => [request.command, request.range])),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS * 2,
  });
  if (result.code !== 0 || result.timedOut) return { unavailable: summarizeFailure(result) };
  let output: unknown;
  try {
    output = JSON.parse(result.stdout);
  } catch {
    output = undefined;
  }
  const parsed = renderResult.safeParse(output);
  if (!parsed.success || parsed.data.failures.length !== options.requests.length) {
    return { unavailable: 'preflight_alembic.py render-sql printed an unexpected result' };
  }
  return parsed.data;
}
