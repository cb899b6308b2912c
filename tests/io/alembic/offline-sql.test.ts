import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlembicRunError, ownSection, renderOfflineSql } from '../../../src/io/alembic/offline-sql.js';
import { findAlembicPython } from '../../../src/io/alembic/python.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../../support/alembic-project.js';

const createUsers = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: "op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(100)))",
  downgrade: "op.drop_table('users')",
});
const addPhone = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: "op.add_column('users', sa.Column('phone', sa.String(), nullable=True))",
  downgrade: "op.drop_column('users', 'phone')",
});
const createOrgs = revisionFile({
  revision: 'b2',
  downRevision: 'a1',
  upgrade: "op.create_table('orgs', sa.Column('id', sa.Integer, primary_key=True))",
  downgrade: "op.drop_table('orgs')",
});
const merge = revisionFile({
  revision: 'm1',
  downRevision: ['b1', 'b2'],
  upgrade: "op.create_index('ix_users_phone', 'users', ['phone'])",
  downgrade: "op.drop_index('ix_users_phone', table_name='users')",
});
const failsOffline = revisionFile({
  revision: 'c1',
  downRevision: 'b1',
  upgrade: "raise RuntimeError('needs data from the database')",
  downgrade: 'pass',
});

let python: string;
let sqliteProject: AlembicProject;
let postgresProject: AlembicProject;
const TIMEOUT_MS = 60_000;

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
  const versions = { 'a1.py': createUsers, 'b1.py': addPhone, 'b2.py': createOrgs, 'm1.py': merge, 'c1.py': failsOffline };
  sqliteProject = await writeAlembicProject({ versions });
  // Port 1: nothing listens there, so any connection attempt would fail loudly.
  postgresProject = await writeAlembicProject({ versions, url: 'postgresql://app:secret@127.0.0.1:1/shop' });
});

afterAll(async () => {
  await sqliteProject.dispose();
  await postgresProject.dispose();
});

function render(p: AlembicProject, revision: string, downRevision: string | string[] | null, dialect?: string) {
  return renderOfflineSql({ python, iniPath: p.iniPath, revision, downRevision, dialect, timeoutMs: TIMEOUT_MS });
}

describe('renderOfflineSql', () => {
  it("renders a revision's DDL in the configured dialect (SQLite)", async () => {
    const sql = await render(sqliteProject, 'b1', 'a1');
    expect(sql).toContain('ALTER TABLE users ADD COLUMN phone VARCHAR;');
    expect(sql).toContain("UPDATE alembic_version SET version_num='b1' WHERE alembic_version.version_num = 'a1';");
    expect(sql).not.toContain('CREATE TABLE users');
    expect(sql).not.toContain('BEGIN');
    expect(existsSync(sqliteProject.dbPath)).toBe(false);
  });

  it('renders PostgreSQL SQL without connecting to the configured server', async () => {
    const sql = await render(postgresProject, 'b1', 'a1');
    expect(sql).toMatch(/^BEGIN;/m);
    expect(sql).toContain('ALTER TABLE users ADD COLUMN phone VARCHAR;');
    expect(sql).toMatch(/^COMMIT;/m);
  });

  it('renders a base revision from base, with the version table', async () => {
    const sql = await render(sqliteProject, 'a1', null);
    expect(sql).toContain('CREATE TABLE alembic_version');
    expect(sql).toMatch(/CREATE TABLE users \(\s+id INTEGER NOT NULL,\s+email VARCHAR\(100\),\s+PRIMARY KEY \(id\)\s+\);/);
    expect(sql).toContain("INSERT INTO alembic_version (version_num) VALUES ('a1');");
  });

  it("renders only the merge's own section", async () => {
    const sql = await render(postgresProject, 'm1', ['b1', 'b2']);
    expect(sql).toContain('CREATE INDEX ix_users_phone ON users (phone);');
    expect(sql).toContain('-- Running upgrade b1, b2 -> m1');
    // Alembic 1.8 renders the other parent (b2) too; it is cut.
    expect(sql).not.toContain('CREATE TABLE orgs');
    expect(sql).toMatch(/^BEGIN;/m);
  });

  it('honours an explicit dialect', async () => {
    const sql = await render(sqliteProject, 'b1', 'a1', 'postgresql');
    expect(sql).toMatch(/^BEGIN;/m);
  });

  it("fails with Alembic's error when the migration cannot run offline", async () => {
    const error = await render(sqliteProject, 'c1', 'b1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlembicRunError);
    expect((error as Error).message).toMatch(/upgrade b1:c1 --sql failed: RuntimeError: needs data from the database/);
  });
});

describe('renderOfflineSql with batch operations', () => {
  it("passes on Alembic's message when SQLite batch mode needs a live database", async () => {
    const p = await writeAlembicProject({
      versions: {
        'a1.py': createUsers,
        'b1.py': revisionFile({
          revision: 'b1',
          downRevision: 'a1',
          upgrade: "with op.batch_alter_table('users') as batch:\n    batch.alter_column('email', new_column_name='email_address')",
          downgrade: "with op.batch_alter_table('users') as batch:\n    batch.alter_column('email_address', new_column_name='email')",
        }),
      },
    });
    try {
      const error = await render(p, 'b1', 'a1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlembicRunError);
      expect((error as Error).message).toMatch(/--sql failed: This operation cannot proceed in --sql mode; batch mode with dialect sqlite/);
      // The same migration renders for PostgreSQL, where batch mode is plain ALTER TABLE.
      expect(await render(p, 'b1', 'a1', 'postgresql')).toContain('ALTER TABLE users RENAME email TO email_address;');
    } finally {
      await p.dispose();
    }
  });
});

describe('ownSection', () => {
  it('keeps the preamble and the named revision only', () => {
    const sql = 'BEGIN;\n\n-- Running upgrade a1 -> b2\n\nX;\n\n-- Running upgrade b1, b2 -> m1\n\nY;\n\nCOMMIT;\n';
    expect(ownSection(sql, 'm1')).toBe('BEGIN;\n\n-- Running upgrade b1, b2 -> m1\n\nY;\n\nCOMMIT;\n');
    expect(ownSection('-- Running upgrade a1 -> b1\nX;\n', 'b1')).toBe('-- Running upgrade a1 -> b1\nX;\n');
  });
});
