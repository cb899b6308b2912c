import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';

const createUsers = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(100), nullable=False))`,
  downgrade: "op.drop_table('users')",
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

interface RoundTripJson {
  version: number;
  ok: boolean;
  revision: string;
  steps: Array<{ name: string; ok: boolean; ms: number; error: string | null }>;
  schemaDiff: string[];
}

const projects: AlembicProject[] = [];
let python = '';

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
});

afterAll(async () => {
  await Promise.all(projects.map((p) => p.dispose()));
});

async function project(b1: string): Promise<AlembicProject> {
  const p = await writeAlembicProject({ versions: { 'a1_users.py': createUsers, 'b1_change.py': b1 } });
  projects.push(p);
  return p;
}

describe('preflight roundtrip', () => {
  it('passes for a reversible migration on SQLite, without touching the configured database', async () => {
    const p = await project(addPhone);
    const result = await runCli(['roundtrip', '--python', python, '--format', 'json'], { cwd: p.root });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as RoundTripJson;
    expect(report).toMatchObject({ version: 1, ok: true, revision: 'b1', schemaDiff: [] });
    expect(report.steps.map((step) => step.name)).toEqual(['upgrade a1', 'seed 20 rows per table', 'upgrade b1', 'downgrade a1', 'upgrade b1 again']);
    for (const step of report.steps) {
      expect(Object.keys(step).sort()).toEqual(['error', 'ms', 'name', 'ok']);
      expect(step).toMatchObject({ ok: true, error: null });
      expect(typeof step.ms).toBe('number');
    }
    expect(existsSync(p.dbPath)).toBe(false);

    const text = await runCli(['roundtrip', 'b1', '--python', python], { cwd: p.root });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/✔ upgrade b1 \(\d+(\.\d)? m?s\)/);
    expect(text.stdout).toContain('Round trip passed: schema and seeded data restored.');
    expect(existsSync(p.dbPath)).toBe(false);
  });

  it('fails (exit 1) when the downgrade forgets a column, and names it', async () => {
    const p = await project(addBioForgetful);
    const result = await runCli(['roundtrip', '--python', python, '--format', 'json'], { cwd: p.root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as RoundTripJson;
    expect(report.ok).toBe(false);
    expect(report.schemaDiff.join('\n')).toMatch(/bio/);
    const text = await runCli(['roundtrip', '--python', python], { cwd: p.root });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/did not restore the schema:\n {2}- .*bio/);
    expect(existsSync(p.dbPath)).toBe(false);
  });

  it("shows Alembic's error for a broken upgrade", async () => {
    const p = await project(brokenUpgrade);
    const result = await runCli(['roundtrip', '--python', python], { cwd: p.root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✘ upgrade b1/);
    expect(result.stdout).toMatch(/no such table: no_such_table/);
    const json = JSON.parse((await runCli(['roundtrip', '--python', python, '--format', 'json'], { cwd: p.root })).stdout) as RoundTripJson;
    expect(json.steps.at(-1)).toMatchObject({ name: 'upgrade b1', ok: false, error: expect.stringMatching(/no such table/) });
  });

  it('exits 2 when --python cannot import alembic', async () => {
    const p = await project(addPhone);
    const result = await runCli(['roundtrip', '--python', '/bin/false'], { cwd: p.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot import alembic/);
  });
});

describe('preflight roundtrip on PostgreSQL', () => {
  const pgUrl = inject('pgUrl');
  it.skipIf(pgUrl === '')(`runs on a scratch database of the --database-url server${pgUrl === '' ? ' (skipped: PostgreSQL is not installed here)' : ''}`, async () => {
    const p = await project(addPhone);
    const result = await runCli(['roundtrip', '--python', python, '--database-url', pgUrl, '--format', 'json'], { cwd: p.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, revision: 'b1', schemaDiff: [] });
    expect(existsSync(p.dbPath)).toBe(false);
  });
});

describe('preflight review --roundtrip', () => {
  function git(cwd: string, ...args: string[]): void {
    execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  async function repoProject(b1: string): Promise<AlembicProject> {
    const p = await project(b1);
    git(p.root, 'init', '-q', '-b', 'main');
    git(p.root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'add', '.');
    git(p.root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
    return p;
  }

  const answers = `tested-on-production-copy: { answer: "yes", note: "staging copy" }
rollback-plan: { answer: "yes", note: "alembic downgrade a1" }
production-safeguards: { answer: "yes", note: "nothing destructive" }
data-migration-strategy: { answer: "yes", note: "no data to move" }
alter-not-drop: { answer: "yes", note: "nothing dropped" }
defaults-for-new-columns: { answer: "yes", note: "nullable" }
`;

  it('decides "reversible" by the round trip in the written record', async () => {
    const p = await repoProject(addPhone);
    writeFileSync(join(p.root, 'answers.yaml'), answers);
    const result = await runCli(['review', 'b1', '--roundtrip', '--python', python, '--answers', 'answers.yaml', '--no-sign'], { cwd: p.root });
    expect(result.stderr).toMatch(/Round trip of b1: passed/);
    expect(result.code).toBe(0);
    const record = JSON.parse(readFileSync(join(p.root, 'migrations', 'reviews', 'b1.json'), 'utf8'));
    const reversible = record.items.find((item: { id: string }) => item.id === 'reversible');
    expect(reversible).toMatchObject({ answer: 'yes', decidedBy: 'roundtrip' });
    expect(JSON.stringify(reversible.evidence)).toMatch(/upgrade b1 again/);
    expect(existsSync(p.dbPath)).toBe(false);
  });

  it('warns and leaves "reversible" to the reviewer when no Alembic python is found', async () => {
    const p = await repoProject(addPhone);
    writeFileSync(join(p.root, 'answers.yaml'), answers);
    const result = await runCli(['review', 'b1', '--roundtrip', '--python', '/bin/false', '--answers', 'answers.yaml', '--no-sign'], { cwd: p.root });
    expect(result.stderr).toMatch(/warning: --roundtrip skipped .*cannot import alembic/);
    expect(result.code).toBe(0);
    const record = JSON.parse(readFileSync(join(p.root, 'migrations', 'reviews', 'b1.json'), 'utf8'));
    expect(record.items.find((item: { id: string }) => item.id === 'reversible').decidedBy).not.toBe('roundtrip');
  });
});
