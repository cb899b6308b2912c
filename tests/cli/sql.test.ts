import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';

const createUsers = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(100)))
op.create_table('legacy', sa.Column('id', sa.Integer, primary_key=True))`,
  downgrade: `op.drop_table('legacy')
op.drop_table('users')`,
});

const dropLegacy = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: `op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
op.drop_table('legacy')`,
  downgrade: `op.create_table('legacy', sa.Column('id', sa.Integer, primary_key=True))
op.drop_column('users', 'phone')`,
});

const createMood = revisionFile({
  revision: 'e1',
  downRevision: null,
  upgrade: `op.execute("CREATE TYPE mood AS ENUM ('sad')")`,
  downgrade: `op.execute("DROP TYPE mood")`,
});

const addValue = (autocommit: boolean): string =>
  revisionFile({
    revision: 'e2',
    downRevision: 'e1',
    upgrade: autocommit
      ? `with op.get_context().autocommit_block():
    op.execute("ALTER TYPE mood ADD VALUE 'happy'")`
      : `op.execute("ALTER TYPE mood ADD VALUE 'happy'")`,
    downgrade: 'pass',
  });

const projects: AlembicProject[] = [];
let python = '';

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
});

afterAll(async () => {
  await Promise.all(projects.map((p) => p.dispose()));
});

async function project(versions: Record<string, string>, url?: string): Promise<AlembicProject> {
  const p = await writeAlembicProject({ versions, ...(url ? { url } : {}) });
  projects.push(p);
  return p;
}

interface SqlJson {
  version: number;
  revision: string;
  sql: string;
  findings: Array<{ rule: string; severity: string; line: number; statement: string; message: string }>;
}

describe('preflight sql', () => {
  it("prints the head's DDL and flags the DROP TABLE at its line in the SQL", async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_drop_legacy.py': dropLegacy });
    const text = await runCli(['sql', '--python', python], { cwd: p.root });
    expect(text.stdout).toContain('ALTER TABLE users ADD COLUMN phone VARCHAR;');
    expect(text.stdout).toContain('DROP TABLE legacy;');
    expect(text.stdout).toMatch(/^sql:\d+ error destructive-raw-sql .*drops table legacy/m);
    expect(text.code).toBe(1);

    const json = await runCli(['sql', 'b1', '--python', python, '--format', 'json'], { cwd: p.root });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as SqlJson;
    expect(report).toMatchObject({ version: 1, revision: 'b1' });
    const drop = report.findings.find((f) => f.rule === 'destructive-raw-sql')!;
    expect(drop).toMatchObject({ severity: 'error', statement: 'DROP TABLE legacy;' });
    expect(report.sql.split('\n')[drop.line - 1]).toBe('DROP TABLE legacy;');
    expect(p.dbPath).toBeTruthy();
  });

  it('exits 0 on a revision whose SQL has no error', async () => {
    const p = await project({ 'a1_users.py': createUsers, 'b1_drop_legacy.py': dropLegacy });
    const result = await runCli(['sql', 'a1', '--python', python, '--format', 'json'], { cwd: p.root });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as SqlJson;
    expect(report.sql).toMatch(/CREATE TABLE users/);
    expect(report.findings).toEqual([]);
  });

  it('flags ALTER TYPE … ADD VALUE inside the transaction on PostgreSQL', async () => {
    const p = await project({ 'e1_mood.py': createMood, 'e2_happy.py': addValue(false) });
    const result = await runCli(['sql', '--python', python, '--dialect', 'postgresql', '--format', 'json'], { cwd: p.root });
    const report = JSON.parse(result.stdout) as SqlJson;
    expect(report.sql).toMatch(/^BEGIN;/m);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'enum-add-value-in-transaction', severity: 'error', statement: "ALTER TYPE mood ADD VALUE 'happy';" }),
    ]);
    expect(result.code).toBe(1);
  });

  it('accepts ADD VALUE inside an autocommit block (between COMMIT; and BEGIN;)', async () => {
    const p = await project({ 'e1_mood.py': createMood, 'e2_happy.py': addValue(true) });
    const result = await runCli(['sql', '--python', python, '--dialect', 'postgresql', '--format', 'json'], { cwd: p.root });
    const report = JSON.parse(result.stdout) as SqlJson;
    expect(report.sql).toMatch(/COMMIT;\s+ALTER TYPE mood ADD VALUE 'happy';\s+BEGIN;/);
    expect(report.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('flags CREATE INDEX without CONCURRENTLY on an existing table only', async () => {
    const p = await project({
      'a1_users.py': revisionFile({
        revision: 'a1',
        downRevision: null,
        upgrade: `op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(100)))
op.create_index('ix_users_id', 'users', ['id'])`,
        downgrade: "op.drop_table('users')",
      }),
      'b1_index.py': revisionFile({
        revision: 'b1',
        downRevision: 'a1',
        upgrade: "op.create_index('ix_users_email', 'users', ['email'])",
        downgrade: "op.drop_index('ix_users_email', table_name='users')",
      }),
    });
    const base = JSON.parse((await runCli(['sql', 'a1', '--python', python, '--dialect', 'postgresql', '--format', 'json'], { cwd: p.root })).stdout) as SqlJson;
    expect(base.findings).toEqual([]);
    const result = await runCli(['sql', 'b1', '--python', python, '--dialect', 'postgresql', '--format', 'json'], { cwd: p.root });
    const report = JSON.parse(result.stdout) as SqlJson;
    // The same rules as check: the index build, and the SHARE lock it waits for without a lock_timeout.
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'create-index-not-concurrently', severity: 'warning', statement: 'CREATE INDEX ix_users_email ON users (email);' }),
      expect.objectContaining({ rule: 'lock-timeout-missing', severity: 'warning', statement: 'CREATE INDEX ix_users_email ON users (email);' }),
    ]);
    expect(result.code).toBe(0);
  });

  it('names the heads when there are several (exit 2)', async () => {
    const p = await project({
      'a1_users.py': createUsers,
      'b1_drop_legacy.py': dropLegacy,
      'c1_other.py': revisionFile({ revision: 'c1', downRevision: 'a1', upgrade: 'pass', downgrade: 'pass' }),
    });
    const result = await runCli(['sql', '--python', python], { cwd: p.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/several heads \((b1, c1|c1, b1)\)/);
  });

  it("prints Alembic's error on one line with a hint when a batch migration cannot render on SQLite", async () => {
    const p = await project({
      'a1_users.py': createUsers,
      'b1_batch.py': revisionFile({
        revision: 'b1',
        downRevision: 'a1',
        upgrade: `with op.batch_alter_table('users') as batch_op:
    batch_op.alter_column('email', nullable=False)`,
        downgrade: `with op.batch_alter_table('users') as batch_op:
    batch_op.alter_column('email', nullable=True)`,
      }),
    });
    const result = await runCli(['sql', '--python', python], { cwd: p.root });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^preflight: alembic upgrade a1:b1 --sql failed: /);
    expect(lines[1]).toMatch(/--dialect postgresql/);
    const pg = await runCli(['sql', '--python', python, '--dialect', 'postgresql'], { cwd: p.root });
    expect(pg.stdout).toMatch(/ALTER TABLE users ALTER COLUMN email SET NOT NULL;/);
  });

  it('exits 2 with the UserError when --python cannot import alembic', async () => {
    const p = await project({ 'a1_users.py': createUsers });
    const result = await runCli(['sql', '--python', '/bin/false'], { cwd: p.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--python \/bin\/false cannot import alembic/);
  });
});
