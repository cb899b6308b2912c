// What a migration locks, as check shows it: the lock table with --verbose, `locks` in --format json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';

let project: AlembicProject;

beforeAll(async () => {
  project = await writeAlembicProject({
    url: 'postgresql://app@db/app',
    versions: {
      'a1_orders.py': revisionFile({
        revision: 'a1',
        downRevision: null,
        upgrade: [
          'op.create_table("orders", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))',
          'op.create_index("ix_orders_user_id", "orders", ["user_id"])',
        ].join('\n'),
        downgrade: 'op.drop_table("orders")',
      }),
      'b2_orders_email.py': revisionFile({
        revision: 'b2',
        downRevision: 'a1',
        upgrade: [
          'op.add_column("orders", sa.Column("email", sa.String(), nullable=True))',
          'op.execute("UPDATE orders SET email = \'\' WHERE email IS NULL")',
          'op.alter_column("orders", "email", nullable=False)',
          'with op.get_context().autocommit_block():',
          '    op.create_index("ix_orders_email", "orders", ["email"], postgresql_concurrently=True)',
        ].join('\n'),
        downgrade: 'op.drop_column("orders", "email")',
      }),
    },
  });
});

afterAll(() => project.dispose());

describe('check and locks', () => {
  it('--verbose lists what each upgrade locks, how long, and leaves out tables the migration creates', async () => {
    const result = await runCli(['check', '--verbose', '--no-cache', '--no-color'], { cwd: project.root });
    const section = result.stdout.slice(result.stdout.indexOf('Locks (PostgreSQL 15):'));
    const lines = section.split('\n');
    expect(lines[0]).toBe('Locks (PostgreSQL 15):');
    // a1 only locks the table it creates: no row, so no entry.
    expect(section).not.toContain('a1_orders.py');
    expect(lines[1]).toBe('  migrations/versions/b2_orders_email.py (b2)');
    expect(lines[2]).toMatch(/^ {4}line +table +lock +blocks +rewrite\/scan +held until +statement$/);
    expect(lines[3]).toMatch(/^ {4}13 +orders +ACCESS EXCLUSIVE +reads and writes +- +upgrade commit +op\.add_column\( ?"orders"/);
    expect(lines[4]).toMatch(/^ {4}14 +orders +ROW EXCLUSIVE +.* upgrade commit +UPDATE orders SET email = '' WHERE email IS NULL$/);
    expect(lines[5]).toMatch(/^ {4}15 +orders +ACCESS EXCLUSIVE +reads and writes +scan +upgrade commit +op\.alter_column/);
    expect(lines[6]).toMatch(/^ {4}17 +orders +SHARE UPDATE EXCLUSIVE +other schema changes and VACUUM, not reads or writes +scan +statement +op\.create_index/);
  });

  it('--pg-version changes the table, and a version it does not know is one line and exit 2', async () => {
    const result = await runCli(['check', '--verbose', '--no-cache', '--no-color', '--pg-version', '12'], { cwd: project.root });
    expect(result.stdout).toContain('Locks (PostgreSQL 12):');
    const bad = await runCli(['check', '--pg-version', '9'], { cwd: project.root });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('preflight: check: --pg-version: Preflight knows PostgreSQL 11 to 17');
  });

  it('--format json has locks per migration, and no table without --verbose in text', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json', '--no-cache'], { cwd: project.root })).stdout);
    expect(json.locks).toHaveLength(1);
    expect(json.locks[0]).toMatchObject({ file: 'migrations/versions/b2_orders_email.py', revision: 'b2', pgVersion: 15 });
    expect(json.locks[0].statements[0]).toEqual({
      function: 'upgrade',
      line: 13,
      statement: 'op.add_column("orders", sa.Column("email", sa.String(), nullable=True))',
      table: 'orders',
      lock: 'ACCESS EXCLUSIVE',
      blocks: 'blocks reads and writes',
      rewrite: false,
      scan: false,
      heldUntil: 'upgrade',
      otherTables: [],
      onNewTable: false,
    });
    for (const finding of json.findings) expect(finding).toHaveProperty('lock');
    const text = await runCli(['check', '--no-cache', '--no-color'], { cwd: project.root });
    expect(text.stdout).not.toContain('Locks (');
  });
});
