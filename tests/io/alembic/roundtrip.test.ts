import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { UserError } from '../../../src/model/errors.js';
import { findAlembicPython, pythonCandidates } from '../../../src/io/alembic/python.js';
import { runRoundTrip, type RoundTripOptions } from '../../../src/io/alembic/roundtrip.js';
import { runAlembic } from '../../../src/io/alembic/run.js';
import { createScratchDatabase, normalizeDatabaseUrl } from '../../../src/io/alembic/scratch.js';
import { revisionFile, STANDARD_ENV_PY, writeAlembicProject, type AlembicProject } from '../../support/alembic-project.js';
import { findPostgresBin, startPostgres, type PostgresServer } from '../../support/postgres.js';

const TIMEOUT_MS = 60_000;

// --- migrations ---------------------------------------------------------------------------------

const createUsers = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table(
    'users',
    sa.Column('id', sa.Integer, primary_key=True),
    sa.Column('email', sa.String(100), nullable=False),
)
op.create_index('ix_users_email', 'users', ['email'], unique=True)`,
  downgrade: `op.drop_index('ix_users_email', table_name='users')
op.drop_table('users')`,
});

const addPhone = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('users', sa.Column('phone', sa.String(), nullable=True))",
  downgrade: "op.drop_column('users', 'phone')",
});

const addBioForgetful = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('users', sa.Column('bio', sa.Text(), nullable=True))",
  downgrade: 'pass  # forgot to drop users.bio',
});

const brokenUpgrade = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('no_such_table', sa.Column('x', sa.Integer()))",
  downgrade: "op.drop_column('no_such_table', 'x')",
});

/** Records its pids and the scratch ini's path, starts a grandchild, then hangs. */
const hangingMigration = (markerFile: string): string =>
  revisionFile({
    revision: 'b1',
    downRevision: 'a1',
    header: 'import json, os, subprocess, time',
    upgrade: `child = subprocess.Popen(['sleep', '30'])
bind = op.get_bind()
with open(${JSON.stringify(markerFile)} + '.tmp', 'w') as f:
    json.dump({
        'pid': os.getpid(),
        'childPid': child.pid,
        'ini': op.get_context().config.config_file_name,
        'database': bind.engine.url.database,
    }, f)
os.rename(${JSON.stringify(markerFile)} + '.tmp', ${JSON.stringify(markerFile)})
time.sleep(30)`,
    downgrade: 'pass',
  });

// --- helpers ------------------------------------------------------------------------------------

let python: string;
const projects: AlembicProject[] = [];

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
});

afterAll(async () => {
  await Promise.all(projects.map((project) => project.dispose()));
});

async function project(versions: Record<string, string>, options: { url?: string; envPy?: string } = {}): Promise<AlembicProject> {
  const written = await writeAlembicProject({ versions, ...options });
  projects.push(written);
  return written;
}

function roundTrip(p: AlembicProject, options: Partial<RoundTripOptions> = {}) {
  return runRoundTrip({
    python,
    iniPath: p.iniPath,
    revision: 'b1',
    downRevision: 'a1',
    timeoutMs: TIMEOUT_MS,
    ...options,
  });
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Alive and not a zombie. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Marker {
  pid: number;
  childPid: number;
  ini: string;
  database: string;
}

function readMarker(path: string): Marker | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Marker) : undefined;
}

/** Names of the databases on a PostgreSQL server. */
function listDatabases(url: string): Promise<string[]> {
  const script = [
    'import json, sys',
    'from sqlalchemy import create_engine, text',
    'e = create_engine(sys.argv[1])',
    'with e.connect() as c:',
    '    print(json.dumps([r[0] for r in c.execute(text("SELECT datname FROM pg_database"))]))',
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', script, url], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as string[]);
    });
  });
}

async function abortMidRun(p: AlembicProject, markerFile: string, options: Partial<RoundTripOptions> = {}) {
  const controller = new AbortController();
  const running = roundTrip(p, { ...options, signal: controller.signal });
  const marker = await waitFor(() => readMarker(markerFile), 30_000);
  expect(isRunning(marker.pid)).toBe(true);
  expect(isRunning(marker.childPid)).toBe(true);
  const started = Date.now();
  controller.abort();
  await expect(running).rejects.toThrow(/abort/i);
  expect(Date.now() - started).toBeLessThan(10_000);
  // The migration's process and the process it started are gone (the group was killed).
  await waitFor(() => (!isRunning(marker.pid) && !isRunning(marker.childPid) ? true : undefined), 5_000);
  // The scratch dir (holding the temp alembic.ini) is removed.
  expect(existsSync(dirname(marker.ini))).toBe(false);
  return marker;
}

// --- tests --------------------------------------------------------------------------------------

describe('findAlembicPython', () => {
  it('finds an interpreter that imports alembic', async () => {
    const found = await findAlembicPython({ root: '/nonexistent' });
    expect(pythonCandidates({ root: '/nonexistent' })).toContain(found);
  });

  it('refuses a --python that cannot import alembic, saying how to fix it', async () => {
    const error = await findAlembicPython({ python: '/nonexistent/python', root: '/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/cannot import alembic/);
  });
});

describe('scratch databases', () => {
  it('normalizes URLs so that spellings of one database compare equal', () => {
    expect(normalizeDatabaseUrl('postgresql+psycopg2://app:secret@127.0.0.1/shop')).toBe(
      normalizeDatabaseUrl('postgresql://app@localhost:5432/shop'),
    );
    expect(normalizeDatabaseUrl('sqlite:///app.db', '/srv/proj')).toBe('sqlite:////srv/proj/app.db');
    expect(normalizeDatabaseUrl('sqlite:////srv/proj/app.db', '/elsewhere')).toBe('sqlite:////srv/proj/app.db');
  });

  it('refuses a scratch database that is the configured one', async () => {
    const error = await createScratchDatabase({
      databaseUrl: 'sqlite:///app.db',
      configuredUrl: 'sqlite:////tmp/somewhere/../somewhere/app.db',
      cwd: '/tmp/somewhere',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/configured database/);
  });

  it('creates a fresh SQLite file in its own temp dir and removes it', async () => {
    const scratch = await createScratchDatabase();
    expect(scratch.url).toMatch(/^sqlite:\/\/\/\/.*preflight-[^/]+\/scratch\.db$/);
    expect(existsSync(scratch.dir)).toBe(true);
    await scratch.dispose();
    await scratch.dispose();
    expect(existsSync(scratch.dir)).toBe(false);
  });
});

describe('runRoundTrip on SQLite', () => {
  it('passes a reversible migration', async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': addPhone });
    const seen: string[] = [];
    const result = await roundTrip(p, { onStep: (name) => seen.push(name) });
    expect(result.schemaDiff).toEqual([]);
    expect(result.steps.map((step) => [step.name, step.ok])).toEqual([
      ['upgrade a1', true],
      ['seed 20 rows per table', true],
      ['upgrade b1', true],
      ['downgrade a1', true],
      ['upgrade b1 again', true],
    ]);
    expect(seen).toEqual(result.steps.map((step) => step.name));
    expect(result).toMatchObject({ ok: true, revision: 'b1' });
  });

  it('catches a downgrade that forgets to drop a column', async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': addBioForgetful });
    const result = await roundTrip(p);
    expect(result.ok).toBe(false);
    expect(result.schemaDiff).toEqual(['column users.bio still exists after downgrade']);
    // Upgrading again then trips over the leftover column.
    expect(result.steps[4]).toMatchObject({ name: 'upgrade b1 again', ok: false });
    expect(result.steps[4]?.error).toMatch(/duplicate column name: bio/);
  });

  it("reports Alembic's own error when the upgrade fails, and stops", async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': brokenUpgrade });
    const result = await roundTrip(p);
    expect(result.ok).toBe(false);
    expect(result.steps).toHaveLength(3);
    expect(result.steps[2]).toMatchObject({ name: 'upgrade b1', ok: false });
    expect(result.steps[2]?.error).toMatch(/^sqlalchemy\.exc\.OperationalError: .*no such table: no_such_table/);
    expect(result.steps[2]?.error).not.toMatch(/Traceback|INFO/);
  });

  it("reports Alembic's command error (an unknown revision)", async () => {
    const p = await project({ 'a1.py': createUsers });
    const result = await roundTrip(p, { revision: 'zz' });
    expect(result.steps[2]).toMatchObject({ name: 'upgrade zz', ok: false, error: "Can't locate revision identified by 'zz'" });
  });

  it('round-trips a base revision', async () => {
    const p = await project({ 'a1.py': createUsers });
    const result = await roundTrip(p, { revision: 'a1', downRevision: null });
    expect(result.steps.map((step) => step.name)).toEqual(['upgrade base', 'seed 20 rows per table', 'upgrade a1', 'downgrade base', 'upgrade a1 again']);
    expect(result.ok).toBe(true);
  });

  it('round-trips a merge revision, removing only the merge', async () => {
    const p = await project({
      'a1.py': createUsers,
      'b1.py': addPhone,
      'b2.py': revisionFile({
        revision: 'b2',
        downRevision: 'a1',
        upgrade: "op.create_table('orgs', sa.Column('id', sa.Integer, primary_key=True))",
        downgrade: "op.drop_table('orgs')",
      }),
      'm1.py': revisionFile({
        revision: 'm1',
        downRevision: ['b1', 'b2'],
        upgrade: "op.create_table('audit_log', sa.Column('id', sa.Integer, primary_key=True))",
        downgrade: "op.drop_table('audit_log')",
      }),
    });
    const result = await roundTrip(p, { revision: 'm1', downRevision: ['b1', 'b2'] });
    expect(result.steps.map((step) => step.name)).toEqual(['upgrade b1 + b2', 'seed 20 rows per table', 'upgrade m1', 'downgrade b1', 'upgrade m1 again']);
    expect(result.schemaDiff).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('leaves the configured database file untouched', async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': addPhone });
    await roundTrip(p);
    expect(existsSync(p.dbPath)).toBe(false);

    // And when it exists (at a1), byte for byte.
    const upgraded = await runAlembic({ python, iniPath: p.iniPath, args: ['upgrade', 'a1'], cwd: p.root, timeoutMs: TIMEOUT_MS });
    expect(upgraded.code).toBe(0);
    const before = sha256(p.dbPath);
    const result = await roundTrip(p);
    expect(result.ok).toBe(true);
    expect(sha256(p.dbPath)).toBe(before);
  });

  it('refuses to run when env.py connects to the configured database instead', async () => {
    const hardWired = STANDARD_ENV_PY.replace(
      'connectable = engine_from_config(\n        config.get_section(config.config_ini_section),\n        prefix="sqlalchemy.",\n        poolclass=pool.NullPool,\n    )',
      'import os\n    from sqlalchemy import create_engine\n    connectable = create_engine("sqlite:///" + os.path.join(os.getcwd(), "app.db"))',
    );
    expect(hardWired).not.toBe(STANDARD_ENV_PY);
    const p = await project({ 'a1.py': createUsers, 'b1.py': addPhone }, { envPy: hardWired });
    const error = await roundTrip(p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/env\.py connected to sqlite:\/\/\/.*app\.db, not to the scratch database/);
    // Stopped before any migration: the file SQLite opened is still empty.
    expect(existsSync(p.dbPath) ? readFileSync(p.dbPath).length : 0).toBe(0);
  });

  it('stops a step that runs past the time limit, killing its process tree', async () => {
    const p = await project({ 'a1.py': createUsers });
    const markerFile = `${p.root}/marker.json`;
    await writeFile(`${p.versionsDir}/b1.py`, hangingMigration(markerFile));
    const result = await roundTrip(p, { timeoutMs: 4_000 });
    expect(result.ok).toBe(false);
    expect(result.steps[2]).toMatchObject({ name: 'upgrade b1', ok: false });
    expect(result.steps[2]?.error).toMatch(/^timed out after \d+ s$/);
    const marker = readMarker(markerFile);
    expect(marker).toBeDefined();
    await waitFor(() => (!isRunning(marker!.pid) && !isRunning(marker!.childPid) ? true : undefined), 5_000);
    expect(existsSync(dirname(marker!.ini))).toBe(false);
  });

  it('kills Alembic and removes the scratch database when aborted', async () => {
    const p = await project({ 'a1.py': createUsers });
    const markerFile = `${p.root}/marker.json`;
    await writeFile(`${p.versionsDir}/b1.py`, hangingMigration(markerFile));
    const marker = await abortMidRun(p, markerFile);
    expect(existsSync(marker.database)).toBe(false);
  });
});

// --- PostgreSQL ---------------------------------------------------------------------------------

// '' = the globalSetup found no PostgreSQL; undefined = the globalSetup is not configured (then
// this file starts its own server).
const providedPgUrl = inject('pgUrl');
const pgBin = findPostgresBin();
const pgSkipReason =
  providedPgUrl === '' || (providedPgUrl === undefined && !pgBin)
    ? 'SKIPPED: PostgreSQL is not installed (no initdb/pg_ctl; set PREFLIGHT_PG_BIN)'
    : undefined;

if (pgSkipReason) console.warn(`runRoundTrip on PostgreSQL: ${pgSkipReason}`);

describe.skipIf(pgSkipReason !== undefined)(`runRoundTrip on PostgreSQL${pgSkipReason ? ` — ${pgSkipReason}` : ''}`, () => {
  let server: PostgresServer | undefined;
  let pgUrl: string;

  beforeAll(async () => {
    if (providedPgUrl) {
      pgUrl = providedPgUrl;
    } else {
      server = await startPostgres({ binDir: pgBin });
      pgUrl = server.url;
    }
  });

  afterAll(async () => {
    // No scratch database outlives its run. Other test files run round trips on the shared server at the
    // same time, so their scratch databases may exist for a while: a leaked one is still there after a minute.
    if (pgUrl) {
      const scratch = async () => (await listDatabases(pgUrl)).filter((name) => name.startsWith('preflight_'));
      const deadline = Date.now() + 60_000;
      while ((await scratch()).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await scratch()).toEqual([]);
    }
    await server?.stop();
  });

  it('passes a reversible migration in a database of its own', async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': addPhone }, { url: 'postgresql://app@127.0.0.1:1/shop' });
    const result = await roundTrip(p, { databaseUrl: pgUrl });
    expect(result.steps.every((step) => step.ok)).toBe(true);
    expect(result.schemaDiff).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('catches a downgrade that forgets to drop a column', async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': addBioForgetful });
    const result = await roundTrip(p, { databaseUrl: pgUrl });
    expect(result.schemaDiff).toEqual(['column users.bio still exists after downgrade']);
    expect(result.steps[4]?.error).toMatch(/DuplicateColumn|already exists/);
  });

  it('shows the enum label that a no-op downgrade cannot remove', async () => {
    const p = await project({
      'a1.py': revisionFile({
        revision: 'a1',
        downRevision: null,
        upgrade: `status = sa.Enum('active', 'inactive', name='user_status')
op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('status', status, nullable=False))`,
        downgrade: `op.drop_table('users')
sa.Enum(name='user_status').drop(op.get_bind())`,
      }),
      'b1.py': revisionFile({
        revision: 'b1',
        downRevision: 'a1',
        // ADD VALUE cannot run inside a transaction block before PostgreSQL 12, hence the
        // autocommit block; PostgreSQL cannot drop an enum label, hence the empty downgrade.
        upgrade: `with op.get_context().autocommit_block():
    op.execute("ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'banned'")`,
        downgrade: 'pass',
      }),
    });
    const result = await roundTrip(p, { databaseUrl: pgUrl });
    expect(result.steps.map((step) => step.ok)).toEqual([true, true, true, true, true]);
    expect(result.schemaDiff).toEqual([
      'enum user_status labels differ: [active, inactive] before upgrade, [active, inactive, banned] after downgrade (extra banned)',
    ]);
    expect(result.ok).toBe(false);
  });

  it("reports PostgreSQL's error when the upgrade fails", async () => {
    const p = await project({ 'a1.py': createUsers, 'b1.py': brokenUpgrade });
    const result = await roundTrip(p, { databaseUrl: pgUrl });
    expect(result.steps[2]).toMatchObject({ ok: false });
    expect(result.steps[2]?.error).toMatch(/UndefinedTable.*relation "no_such_table" does not exist/);
  });

  it('drops the scratch database and kills Alembic when aborted', async () => {
    const p = await project({ 'a1.py': createUsers });
    const markerFile = `${p.root}/marker.json`;
    await writeFile(`${p.versionsDir}/b1.py`, hangingMigration(markerFile));
    const marker = await abortMidRun(p, markerFile, { databaseUrl: pgUrl });
    expect(marker.database).toMatch(/^preflight_[0-9a-f]{16}$/);
    expect(await listDatabases(pgUrl)).not.toContain(marker.database);
  });
});
