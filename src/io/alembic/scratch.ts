/**
 * Scratch databases for real Alembic runs: a fresh SQLite file by default, or a new database
 * `preflight_<hex>` on a PostgreSQL server. Never the project's configured database.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { onInterrupt } from '../process.js';
import { runHelper } from './run.js';

const HELPER_TIMEOUT_MS = 30_000;

export interface ScratchOptions {
  /** `--database-url`: a PostgreSQL server to create the scratch database on, or a new SQLite file. */
  databaseUrl?: string;
  /** The project's own `sqlalchemy.url`, which the scratch database must never be. */
  configuredUrl?: string;
  /** Interpreter with SQLAlchemy (needed for PostgreSQL). */
  python?: string;
  /** Where relative SQLite paths are resolved (Alembic's working directory). */
  cwd?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * `--reuse`: the database the PostgreSQL URL names may already have tables. The scratch database
   * is still a new one created next to it; nothing ever runs in the named database.
   */
  reuse?: boolean;
}

export interface ScratchDatabase {
  url: string;
  kind: 'sqlite' | 'postgresql';
  /** A fresh temp dir owned by this scratch database (for the SQLite file, temp alembic.ini, …). */
  dir: string;
  /** Drops the database and removes `dir`; safe to call more than once. Runs on Ctrl-C too. */
  dispose(): Promise<void>;
}

/** `postgresql+asyncpg://…` → `postgresql`; `''` when the URL has no scheme. */
export function databaseDialect(url: string): string {
  const scheme = /^([A-Za-z][\w+.-]*):/.exec(url)?.[1]?.toLowerCase() ?? '';
  const dialect = scheme.split('+')[0] ?? '';
  return dialect === 'postgres' ? 'postgresql' : dialect;
}

/** SQLite URL → absolute file path, or undefined for an in-memory database. */
function sqlitePath(url: string, cwd: string): string | undefined {
  const rest = url.replace(/^[^:]*:\/\//, '').replace(/\?.*$/, '');
  if (rest === '' || rest === '/' || rest === '/:memory:') return undefined;
  const path = rest.startsWith('/') ? rest.slice(1) : rest;
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

const DEFAULT_PORTS: Record<string, string> = { postgresql: '5432', mysql: '3306', mariadb: '3306', mssql: '1433' };

/**
 * A comparable form of a database URL: driver, password and query options dropped, SQLite paths
 * absolute, loopback hosts and default ports spelled one way. Two URLs with the same normal form
 * name the same database.
 */
export function normalizeDatabaseUrl(url: string, cwd: string = process.cwd()): string {
  const dialect = databaseDialect(url);
  if (dialect === 'sqlite') {
    const path = sqlitePath(url, cwd);
    return path === undefined ? 'sqlite://:memory:' : `sqlite:///${path}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(`db://${url.replace(/^[^:]*:\/\//, '')}`);
  } catch {
    return url.trim();
  }
  let host = decodeURIComponent(parsed.hostname || parsed.searchParams.get('host') || 'localhost').toLowerCase();
  if (host === '127.0.0.1' || host === '[::1]' || host === '::1') host = 'localhost';
  const port = parsed.port || DEFAULT_PORTS[dialect] || '';
  const user = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return `${dialect}://${user}@${host}:${port}/${database}`;
}

/** The URL for messages: the password replaced by `***`. */
export function withoutPassword(url: string): string {
  return url.replace(/^([^:]*:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}

function refuseConfigured(scratchUrl: string, configuredUrl: string | undefined, cwd: string): void {
  if (configuredUrl && normalizeDatabaseUrl(scratchUrl, cwd) === normalizeDatabaseUrl(configuredUrl, cwd)) {
    throw new UserError(
      `the scratch database ${withoutPassword(scratchUrl)} is the project's configured database; Preflight only runs migrations on a database of its own (pass another --database-url)`,
    );
  }
}

/** The helper's one-line error (`preflight_alembic: cannot connect to …`), else a summary. */
function helperMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((each) => each.includes('preflight_alembic: ')) ?? text.split('\n')[0] ?? text;
  return line.replace(/^.*preflight_alembic: /, '');
}

async function probeServer(requested: string, options: ScratchOptions, cwd: string, timeoutMs: number): Promise<void> {
  refuseConfigured(requested, options.configuredUrl, cwd);
  let tables: string[];
  try {
    ({ tables } = await runHelper<{ tables: string[] }>(options.python!, ['probe', requested], { timeoutMs, cwd, ...(options.signal ? { signal: options.signal } : {}) }));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new UserError(`--database-url ${withoutPassword(requested)}: ${helperMessage(error)}`);
  }
  if (tables.length > 0 && !options.reuse) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? `, … (${tables.length} in all)` : '');
    throw new UserError(
      `--database-url ${withoutPassword(requested)}: that database already has tables (${shown}); Preflight creates its scratch database on the same server and never runs in the one named, but refuses a database in use: name an empty one (e.g. …/postgres) or pass --reuse`,
    );
  }
}

export async function createScratchDatabase(options: ScratchOptions = {}): Promise<ScratchDatabase> {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? HELPER_TIMEOUT_MS;
  const requested = options.databaseUrl;
  const dialect = requested === undefined ? 'sqlite' : databaseDialect(requested);
  if (dialect !== 'sqlite' && dialect !== 'postgresql') {
    throw new UserError(
      `--database-url must be a PostgreSQL server URL (postgresql://…) or a new SQLite file (sqlite:///…), not ${dialect || requested}`,
    );
  }
  if (dialect === 'postgresql' && !options.python) {
    throw new Error('createScratchDatabase: a PostgreSQL scratch database needs options.python');
  }

  // A user-named SQLite file is checked before anything is created.
  let sqliteFile: string | undefined;
  if (requested !== undefined && dialect === 'sqlite') {
    refuseConfigured(requested, options.configuredUrl, cwd);
    sqliteFile = sqlitePath(requested, cwd);
    if (sqliteFile === undefined) {
      throw new UserError(`--database-url ${requested}: an in-memory SQLite database does not outlive one Alembic run`);
    }
    if (existsSync(sqliteFile) && (await stat(sqliteFile)).size > 0) {
      throw new UserError(`--database-url ${requested}: ${sqliteFile} already exists; the scratch database must be new`);
    }
  }

  // Before anything is created: the server must answer, the credentials work, and the named database
  // must not look like one in use (a production URL pasted by mistake).
  if (requested !== undefined && dialect === 'postgresql') await probeServer(requested, options, cwd, timeoutMs);

  const dir = await mkdtemp(join(tmpdir(), 'preflight-'));
  let databaseName: string | undefined;
  let disposed: Promise<void> | undefined;
  let removeInterrupt = (): void => {};

  const dropAndRemove = async (): Promise<void> => {
    removeInterrupt();
    try {
      if (databaseName !== undefined && requested !== undefined && options.python) {
        await runHelper(options.python, ['dropdb', requested, databaseName], { timeoutMs, cwd });
      }
    } finally {
      if (sqliteFile !== undefined) await rm(sqliteFile, { force: true });
      await rm(dir, { recursive: true, force: true });
    }
  };
  const dispose = (): Promise<void> => (disposed ??= dropAndRemove());
  removeInterrupt = onInterrupt(dispose);

  try {
    if (dialect === 'sqlite') {
      const file = sqliteFile ?? join(dir, 'scratch.db');
      // sqlite:/// + an absolute path gives the four slashes of an absolute SQLite URL.
      const url = `sqlite:///${file}`;
      refuseConfigured(url, options.configuredUrl, cwd);
      return { url, kind: 'sqlite', dir, dispose };
    }
    databaseName = `preflight_${randomBytes(8).toString('hex')}`;
    const created = await runHelper<{ url: string }>(options.python!, ['createdb', requested!, databaseName], {
      timeoutMs,
      cwd,
      signal: options.signal,
    }).catch((error: unknown) => {
      if (options.signal?.aborted || !(error instanceof Error) || error instanceof UserError) throw error;
      throw new UserError(`cannot create a scratch database on ${withoutPassword(requested!)}: ${error.message}`);
    });
    refuseConfigured(created.url, options.configuredUrl, cwd);
    return { url: created.url, kind: 'postgresql', dir, dispose };
  } catch (error) {
    // Also after a createdb that was killed half-way: DROP ... IF EXISTS is harmless.
    await dispose().catch(() => {});
    throw error;
  }
}
