// The seeded round trip, end to end: rows generated at the parent revision, the upgrade run on them,
// the downgrade judged on whether it gives them back; on SQLite and on the suite's PostgreSQL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';
import { findPostgresBin, startPostgres, type PostgresServer } from '../support/postgres.js';
import { shopRepo as sharedShopRepo } from '../support/git-repo.js';

interface Report {
  ok: boolean;
  database: string;
  steps: Array<{ name: string; ok: boolean; error: string | null }>;
  schemaDiff: string[];
  seed: { rows: number; seed: number; tables: Record<string, { rows: number; skipped: string | null }> } | null;
  upgradeFailure: string | null;
  dataChecked: boolean;
  data: Array<{ table: string; before: number; after: number | null; lost: number; changed: Array<{ column: string; rows: number }> }> | null;
  dataProblems: string[];
  expected: string[];
}

const root = mkdtempSync(join(tmpdir(), 'preflight-roundtrip-seeded-'));
const projects: AlembicProject[] = [];
let python = '';

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
});

afterAll(async () => {
  await Promise.all(projects.map((p) => p.dispose()));
  rmSync(root, { recursive: true, force: true });
});

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

const shopRepo = (): string => sharedShopRepo(root, GIT_ENV);

async function project(versions: Record<string, string>, url?: string): Promise<AlembicProject> {
  const p = await writeAlembicProject({ versions, ...(url ? { url } : {}) });
  projects.push(p);
  return p;
}

async function roundtrip(cwd: string, ...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await runCli(['roundtrip', '--python', python, '--format', 'json', ...args], { cwd });
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const createUsers = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(100), nullable=False, unique=True))`,
  downgrade: "op.drop_table('users')",
});

const addThenDropPhone = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('users', sa.Column('phone', sa.String(32), nullable=True))",
  downgrade: "op.drop_column('users', 'phone')",
});

/** NOT NULL without a server_default; batch mode on SQLite copies the rows into the new table, as PostgreSQL checks them. */
const addCountryNotNull = (batch: boolean): string =>
  revisionFile({
    revision: 'b1',
    downRevision: 'a1',
    upgrade: batch
      ? "with op.batch_alter_table('users', recreate='always') as batch_op:\n    batch_op.add_column(sa.Column('country', sa.String(2), nullable=False))"
      : "op.add_column('users', sa.Column('country', sa.String(2), nullable=False))",
    downgrade: batch ? "with op.batch_alter_table('users') as batch_op:\n    batch_op.drop_column('country')" : "op.drop_column('users', 'country')",
  });

/** Composite keys, a self-reference, a circular pair (one side nullable) and a table no value fits. */
const shapes = (extra: string, { inlineCircularKey }: { inlineCircularKey: boolean }): string =>
  revisionFile({
    revision: 'a1',
    downRevision: null,
    header: `class Geometry(sa.types.UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        # SQLite reads a type it does not know by its name's affinity: "…BLOB" is no type at all.
        return "SPATIAL_BLOB"
`,
    upgrade: `op.create_table('tenants', sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', sa.String(40), nullable=False))
op.create_table(
    'memberships',
    sa.Column('tenant_id', sa.Integer, sa.ForeignKey('tenants.id'), nullable=False),
    sa.Column('user_no', sa.Integer, nullable=False),
    sa.Column('role', sa.String(10), nullable=False),
    sa.PrimaryKeyConstraint('tenant_id', 'user_no'),
)
op.create_table(
    'membership_notes',
    sa.Column('id', sa.Integer, primary_key=True),
    sa.Column('tenant_id', sa.Integer, nullable=False),
    sa.Column('user_no', sa.Integer, nullable=False),
    sa.Column('body', sa.Text, nullable=False),
    sa.ForeignKeyConstraint(['tenant_id', 'user_no'], ['memberships.tenant_id', 'memberships.user_no']),
)
op.create_table('categories', sa.Column('id', sa.Integer, primary_key=True), sa.Column('parent_id', sa.Integer, sa.ForeignKey('categories.id'), nullable=True), sa.Column('title', sa.String(30), nullable=False))
${
      // SQLite cannot add a constraint to an existing table; it accepts a reference to a table created next.
      inlineCircularKey
        ? "op.create_table('teams', sa.Column('id', sa.Integer, primary_key=True), sa.Column('captain_id', sa.Integer, sa.ForeignKey('players.id'), nullable=True))"
        : "op.create_table('teams', sa.Column('id', sa.Integer, primary_key=True), sa.Column('captain_id', sa.Integer, nullable=True))"
    }
op.create_table('players', sa.Column('id', sa.Integer, primary_key=True), sa.Column('team_id', sa.Integer, sa.ForeignKey('teams.id'), nullable=False))
${inlineCircularKey ? '' : "op.create_foreign_key('fk_teams_captain', 'teams', 'players', ['captain_id'], ['id'])"}
${extra}`,
    downgrade: 'pass',
  });

const touchAll = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('tenants', sa.Column('plan', sa.String(10), nullable=True))",
  downgrade: "op.drop_column('tenants', 'plan')",
});

function expectShapesSeeded(report: Report, unfillable: { table: string; reason: RegExp }): void {
  const tables = report.seed!.tables;
  for (const name of ['tenants', 'memberships', 'membership_notes', 'categories', 'teams', 'players']) {
    expect(tables[name], name).toEqual({ rows: 20, skipped: null });
  }
  expect(tables[unfillable.table]!.rows).toBe(0);
  expect(tables[unfillable.table]!.skipped).toMatch(unfillable.reason);
  // Named in the report, and the run is then schema-only for that table.
  expect(report.dataChecked).toBe(false);
  expect(report.expected).toEqual(['tenants.plan: column dropped, expected (the upgrade added it)']);
  expect(report.dataProblems).toEqual([]);
  expect(report.ok).toBe(true);
}

/** The reviewer's answers to what the checks leave open for the example head. */
const EXAMPLE_HEAD_ANSWERS = `data-migration-strategy: { answer: "no", note: "emails lower-cased in place" }
reversible: { answer: "no", note: "sessions cannot come back" }
production-safeguards: { answer: "no", note: "maintenance window" }
tested-on-production-copy: { answer: "yes", note: "staging copy" }
rollback-plan: { answer: "yes", note: "restore the backup of users and sessions" }
`;

/** `review f5f4ae3110f6 --roundtrip` with those answers: what it printed, and the record's items by id. */
async function reviewExampleHead(repo: string, ...args: string[]) {
  const answers = join(repo, 'answers.yaml');
  writeFileSync(answers, EXAMPLE_HEAD_ANSWERS);
  const review = await runCli(['review', 'f5f4ae3110f6', '--roundtrip', ...args, '--python', python, '--answers', answers, '--no-sign'], { cwd: repo, env: GIT_ENV });
  const record = JSON.parse(readFileSync(join(repo, 'migrations', 'reviews', 'f5f4ae3110f6.json'), 'utf8'));
  return { stderr: review.stderr, item: (id: string) => record.items.find((each: { id: string }) => each.id === id) };
}

describe('the seeded round trip on SQLite', () => {
  it('the example head is "reversible: no" after the round trip, with "sessions: 20 rows lost" as evidence', async () => {
    const repo = shopRepo();
    const { code, report } = await roundtrip(repo);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.schemaDiff).toEqual([]);
    expect(report.dataProblems).toEqual(['sessions: 20 rows lost', 'users.email: values changed in 20 rows']);
    expect(report.data!.find((table) => table.table === 'sessions')).toMatchObject({ before: 20, after: 0, lost: 20 });

    const text = await runCli(['roundtrip', '--python', python], { cwd: repo });
    expect(text.stdout).toMatch(/^ {2}sessions +20 +0 +20 +-$/m);
    expect(text.stdout).toContain('The downgrade did not give the data back:\n  - sessions: 20 rows lost\n');
    expect(text.stderr).toBe(''); // no spinner off a terminal

    const { stderr, item } = await reviewExampleHead(repo);
    expect(stderr).toMatch(/Round trip of f5f4ae3110f6: failed/);
    expect(item('reversible')).toMatchObject({ answer: 'no', decidedBy: 'roundtrip', autoAnswer: 'no' });
    const messages = item('reversible').evidence.map((each: { message: string }) => each.message);
    expect(messages).toContain('data not restored: sessions: 20 rows lost');
    expect(item('data-migration-strategy').evidence.map((each: { message: string }) => each.message)).toContain('round trip: the upgrade ran on 20 rows per table (6 tables seeded)');
  });

  it('--rows 0 compares the schema only, and that pass never overrides the static "no"', async () => {
    const repo = shopRepo();
    const { code, report } = await roundtrip(repo, '--rows', '0');
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, dataChecked: false, data: null });
    const { stderr, item } = await reviewExampleHead(repo, '--rows', '0');
    expect(stderr).toMatch(/Round trip of f5f4ae3110f6: passed/);
    expect(item('reversible')).toMatchObject({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no' });
    expect(item('reversible').evidence.map((each: { message: string }) => each.message)).toContain('round trip: no rows seeded (--rows 0): the schema only was compared');
  });

  it('an add-column/drop-column pair passes, the dropped column said to be expected', async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_phone.py': addThenDropPhone });
    const { code, report } = await roundtrip(p.root);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, dataChecked: true, dataProblems: [], expected: ['users.phone: column dropped, expected (the upgrade added it)'] });
    const text = await runCli(['roundtrip', '--python', python], { cwd: p.root });
    expect(text.stdout).toMatch(/^ {2}users +20 +20 +0 +phone dropped, expected$/m);
    expect(text.stdout).toContain('Round trip passed: schema and seeded data restored.');
    expect(existsSync(p.dbPath)).toBe(false);
  });

  it("a NOT NULL column without default fails the seeded upgrade with SQLite's message", async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_country.py': addCountryNotNull(true) });
    const { code, report } = await roundtrip(p.root);
    expect(code).toBe(1);
    expect(report.steps.at(-1)).toMatchObject({ name: 'upgrade b1', ok: false });
    expect(report.upgradeFailure).toMatch(/NOT NULL constraint failed: _alembic_tmp_users\.country/);
    // The same upgrade passes on an empty table: only the rows show the problem.
    expect((await roundtrip(p.root, '--rows', '0')).report.steps.find((step) => step.name === 'upgrade b1')!.ok).toBe(true);
  });

  it('copes with composite keys, self-references, circular foreign keys and names a table it cannot fill', async () => {
    const p = await project({ 'a1_shapes.py': shapes("op.create_table('maps', sa.Column('outline', Geometry(), nullable=False))", { inlineCircularKey: true }), 'b1_plan.py': touchAll });
    const { report } = await roundtrip(p.root);
    expectShapesSeeded(report, { table: 'maps', reason: /column outline of type .*: Preflight cannot generate a value/ });
    expect(report.data!.find((table) => table.table === 'maps')).toMatchObject({ before: 0 });
  });

  it('the same seed gives the same rows; --rows and --seed are checked', async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_phone.py': addThenDropPhone });
    const seeded = async (seed: string) => (await runCli(['roundtrip', '--python', python, '--format', 'json', '--rows', '3', '--seed', seed], { cwd: p.root })).stdout;
    expect(JSON.parse(await seeded('7')).seed).toMatchObject({ rows: 3, seed: 7 });
    const bad = await runCli(['roundtrip', '--python', python, '--rows', '1.5'], { cwd: p.root });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--rows must be a whole number/);
  });
});

describe('the seeded round trip on PostgreSQL', () => {
  const pgUrl = inject('pgUrl');
  const skip = pgUrl === '' ? ' (skipped: PostgreSQL is not installed here)' : '';

  it.skipIf(pgUrl === '')(`the example head is "reversible: no" after the round trip on a scratch database of the server, with "sessions: 20 rows lost"${skip}`, async () => {
    // The example's whole history runs here: its parent revision is reached by upgrade on PostgreSQL.
    const repo = shopRepo();
    const { code, report } = await roundtrip(repo, '--database-url', pgUrl);
    expect(code).toBe(1);
    expect(report.database).toBe('postgresql');
    expect(report.steps.map((step) => [step.name, step.ok])).toEqual([
      ['upgrade eaa6964182da', true],
      ['seed 20 rows per table', true],
      ['upgrade f5f4ae3110f6', true],
      ['downgrade eaa6964182da', true],
      ['upgrade f5f4ae3110f6 again', true],
    ]);
    expect(report.schemaDiff).toEqual([]);
    expect(report.dataProblems).toEqual(['sessions: 20 rows lost', 'users.email: values changed in 20 rows']);
    expect(report.data!.find((table) => table.table === 'sessions')).toMatchObject({ before: 20, after: 0, lost: 20 });

    const { stderr, item } = await reviewExampleHead(repo, '--database-url', pgUrl);
    expect(stderr).toMatch(/Round trip of f5f4ae3110f6: failed/);
    expect(item('reversible')).toMatchObject({ answer: 'no', decidedBy: 'roundtrip', autoAnswer: 'no' });
    expect(item('reversible').evidence.map((each: { message: string }) => each.message)).toContain('data not restored: sessions: 20 rows lost');
  });

  it.skipIf(pgUrl === '')(`an add-column/drop-column pair passes, the dropped column said to be expected${skip}`, async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_phone.py': addThenDropPhone });
    const { code, report } = await roundtrip(p.root, '--database-url', pgUrl);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, database: 'postgresql', dataChecked: true, dataProblems: [], expected: ['users.phone: column dropped, expected (the upgrade added it)'] });
  });

  it.skipIf(pgUrl === '')(`a NOT NULL column without default fails the seeded upgrade with PostgreSQL's message${skip}`, async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_country.py': addCountryNotNull(false) });
    const { code, report } = await roundtrip(p.root, '--database-url', pgUrl);
    expect(code).toBe(1);
    expect(report.upgradeFailure).toMatch(/column "country" of relation "users" contains null values/);
    const text = await runCli(['roundtrip', '--python', python, '--database-url', pgUrl], { cwd: p.root });
    expect(text.stdout).toMatch(/The upgrade failed on the seeded rows: .*column "country" of relation "users" contains null values/);
  });

  it.skipIf(pgUrl === '')(`copes with composite keys, circular foreign keys, enums and a table without columns${skip}`, async () => {
    const p = await project({
      'a1_shapes.py': shapes(`op.create_table('badges', sa.Column('id', sa.Integer, primary_key=True), sa.Column('level', sa.Enum('bronze', 'silver', 'gold', name='badge_level'), nullable=False))
op.execute("CREATE TABLE markers ()")`, { inlineCircularKey: false }),
      'b1_plan.py': touchAll,
    });
    const { report } = await roundtrip(p.root, '--database-url', pgUrl);
    expect(report.seed!.tables['badges']).toEqual({ rows: 20, skipped: null });
    expectShapesSeeded(report, { table: 'markers', reason: /no columns to fill/ });
  });
});

describe('bad --database-url: one line, exit 2, nothing created or left behind', () => {
  const pgBin = findPostgresBin();
  const skip = inject('pgUrl') === '' || !pgBin ? ' (skipped: PostgreSQL is not installed here)' : '';
  let server: PostgresServer | undefined;
  let p: AlembicProject;

  /** Runs SQL on the server's database NAME (psycopg2 through SQLAlchemy, autocommit) and prints rows as JSON. */
  const sql = (url: string, statement: string): string =>
    execFileSync(
      '/usr/bin/python3',
      ['-c', 'import json, sys\nfrom sqlalchemy import create_engine, text\ne = create_engine(sys.argv[1], isolation_level="AUTOCOMMIT")\nwith e.connect() as c:\n    r = c.execute(text(sys.argv[2]))\n    print(json.dumps([list(row) for row in r] if r.returns_rows else []))', url, statement],
      { encoding: 'utf8' },
    );
  const databases = (): string[] => (JSON.parse(sql(server!.url, 'SELECT datname FROM pg_database ORDER BY 1')) as string[][]).map((row) => row[0]!);

  beforeAll(async () => {
    if (skip) return;
    // A server of its own, so "nothing created" is exact (other tests create scratch databases on the shared one).
    server = await startPostgres({ binDir: pgBin! });
    sql(server.url, 'CREATE DATABASE shop');
    sql(server.url.replace(/\/postgres$/, '/shop'), 'CREATE TABLE customers (id int PRIMARY KEY)');
    p = await project({ 'a1_users.py': createUsers, 'b1_phone.py': addThenDropPhone });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const refused = async (url: string, message: RegExp, ...extra: string[]): Promise<void> => {
    const before = databases();
    const result = await runCli(['roundtrip', '--python', python, '--database-url', url, ...extra], { cwd: p.root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/Traceback|at .*\.js:\d+/);
    expect(databases()).toEqual(before);
  };

  it.skipIf(skip !== '')(`a server that cannot be reached${skip}`, async () => {
    await refused('postgresql://postgres@127.0.0.1:1/postgres', /^preflight: .*--database-url postgresql:\/\/postgres@127\.0\.0\.1:1\/postgres: cannot connect: .*(refused|failed)/);
  });

  it.skipIf(skip !== '')(`credentials the server refuses (the password is not shown)${skip}`, async () => {
    const url = server!.url.replace('postgres@', 'intruder:s3cret@');
    await refused(url, /cannot connect: .*role "intruder" does not exist/);
    const result = await runCli(['roundtrip', '--python', python, '--database-url', url], { cwd: p.root });
    expect(result.stderr).not.toContain('s3cret');
  });

  it.skipIf(skip !== '')(`a database that already has tables, unless --reuse; then it is never touched${skip}`, async () => {
    const shop = server!.url.replace(/\/postgres$/, '/shop');
    await refused(shop, /that database already has tables \(customers\).*or pass --reuse/);
    const before = databases();
    const reused = await runCli(['roundtrip', '--python', python, '--database-url', shop, '--reuse', '--format', 'json'], { cwd: p.root });
    expect(reused.code).toBe(0);
    expect(JSON.parse(reused.stdout)).toMatchObject({ ok: true, database: 'postgresql' });
    // The round trip ran in a scratch database of its own, dropped afterwards; shop is as it was.
    expect(databases()).toEqual(before);
    expect(JSON.parse(sql(shop, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"))).toEqual([['customers']]);
  });
});
