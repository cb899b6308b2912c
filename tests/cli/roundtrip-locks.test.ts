// roundtrip --locks on the suite's PostgreSQL: the lock-model migrations' statements run one by one on
// seeded rows, and the trace (pg_locks, relfilenode) must agree with the static lock table
// (src/analysis/locks/pg-locks.ts, itself measured by tests/analysis/locks/pg-locks.test.ts) on every
// statement. A disagreement fails here.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import type { LockTrace } from '../../src/review/roundtrip/lock-trace.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';

const pgUrl = inject('pgUrl');
const skip = pgUrl === '' ? ' (skipped: PostgreSQL is not installed here)' : '';

/** Every table gets its own statement below, so no earlier lock hides a later one. */
const TABLES = [
  't_add', 't_add_const', 't_add_volatile', 't_add_nn', 't_type', 't_widen', 't_nn', 't_drop_nn', 't_set_default', 't_drop_default',
  't_drop_column', 't_rename_column', 't_index', 't_drop_index', 't_fk', 't_fk_not_valid', 't_check', 't_check_not_valid', 't_unique',
  't_drop_constraint', 't_drop_fk', 't_insert', 't_update', 't_delete', 't_truncate', 't_drop', 't_rename',
];

const base = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table('parents', sa.Column('id', sa.Integer, primary_key=True))
for name in ${JSON.stringify(TABLES)}:
    op.create_table(
        name,
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('email', sa.String(50), nullable=True),
        sa.Column('plan', sa.String(20), server_default='free', nullable=True),
        sa.Column('parent_id', sa.Integer, nullable=True),
    )
op.create_index('ix_t_drop_index_email', 't_drop_index', ['email'])
op.create_check_constraint('ck_t_drop_constraint_email', 't_drop_constraint', "email <> ''")
op.create_foreign_key('fk_t_drop_fk_parent', 't_drop_fk', 'parents', ['parent_id'], ['id'])`,
  downgrade: 'pass',
});

// Op calls (rendered by Alembic) and raw SQL, one kind of change per table. parent_id values are
// generated numbers, so the foreign keys are added after clearing them (in the same transaction).
const lockModel = revisionFile({
  revision: 'b1',
  downRevision: 'a1',
  upgrade: `op.execute("SET lock_timeout = '5s'")
op.add_column('t_add', sa.Column('nick', sa.Text(), nullable=True))
op.add_column('t_add_const', sa.Column('verified', sa.Boolean(), server_default=sa.false(), nullable=True))
op.execute("ALTER TABLE t_add_volatile ADD COLUMN touched_at timestamptz DEFAULT clock_timestamp()")
op.add_column('t_add_nn', sa.Column('score', sa.Integer(), server_default='0', nullable=False))
op.alter_column('t_type', 'id', type_=sa.BigInteger())
op.alter_column('t_widen', 'email', type_=sa.String(100), existing_type=sa.String(50))
op.alter_column('t_nn', 'plan', nullable=False)
op.alter_column('t_drop_nn', 'plan', nullable=True)
op.alter_column('t_set_default', 'plan', server_default='trial')
op.alter_column('t_drop_default', 'plan', server_default=None)
op.drop_column('t_drop_column', 'plan')
op.alter_column('t_rename_column', 'plan', new_column_name='tier')
op.create_index('ix_t_index_email', 't_index', ['email'])
op.drop_index('ix_t_drop_index_email', table_name='t_drop_index')
op.execute("UPDATE t_fk SET parent_id = NULL")
op.create_foreign_key('fk_t_fk_parent', 't_fk', 'parents', ['parent_id'], ['id'])
op.execute("ALTER TABLE t_fk_not_valid ADD CONSTRAINT fk_t_fk_not_valid_parent FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID")
op.create_check_constraint('ck_t_check_email', 't_check', "email <> ''")
op.execute("ALTER TABLE t_check_not_valid ADD CONSTRAINT ck_t_check_not_valid_email CHECK (email <> '') NOT VALID")
op.execute("ALTER TABLE t_check_not_valid VALIDATE CONSTRAINT ck_t_check_not_valid_email")
op.create_unique_constraint('uq_t_unique_email', 't_unique', ['email'])
op.drop_constraint('ck_t_drop_constraint_email', 't_drop_constraint', type_='check')
op.drop_constraint('fk_t_drop_fk_parent', 't_drop_fk', type_='foreignkey')
op.execute("INSERT INTO t_insert (id, email) VALUES (1000, 'new@example.com')")
op.execute("UPDATE t_update SET plan = 'pro' WHERE id = 7")
op.execute("DELETE FROM t_delete WHERE id = 7")
op.execute("TRUNCATE t_truncate")
op.create_table('invoices', sa.Column('id', sa.Integer, primary_key=True), sa.Column('parent_id', sa.Integer, sa.ForeignKey('parents.id')))
op.drop_table('t_drop')
op.rename_table('t_rename', 't_renamed')`,
  downgrade: 'pass',
});

let project: AlembicProject;
let python = '';

beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
  project = await writeAlembicProject({ versions: { 'a1_tables.py': base, 'b1_lock_model.py': lockModel }, url: 'postgresql://app@127.0.0.1:1/app' });
});

afterAll(() => project?.dispose());

describe(`roundtrip --locks${skip}`, () => {
  it.skipIf(skip !== '')('the trace agrees with the lock table on every statement of the lock-model migration', async () => {
    const result = await runCli(['roundtrip', '--python', python, '--database-url', pgUrl, '--locks', '--format', 'json'], { cwd: project.root });
    const report = JSON.parse(result.stdout) as { ok: boolean; steps: Array<{ name: string; ok: boolean }>; lockTrace: LockTrace };
    const trace = report.lockTrace;
    expect(trace.complete).toBe(true);
    const disagreements = trace.statements.flatMap((row) => row.disagreements.map((text) => `${row.sql.trim().split('\n').at(-1)}: ${text}`));
    expect(disagreements).toEqual([]);
    // Every statement of the upgrade was compared with an entry of the lock table (the version row aside).
    const compared = trace.statements.filter((row) => row.expected !== null);
    expect(compared.map((row) => row.kind)).toEqual([
      'set-lock-timeout', 'add-column', 'add-column-default-constant', 'add-column-default-volatile', 'add-column-not-null-default-constant',
      'alter-column-type', 'alter-column-type-binary-coercible', 'set-not-null', 'drop-not-null', 'set-default', 'drop-default', 'drop-column',
      'rename-column', 'create-index', 'drop-index', 'update', 'add-foreign-key', 'add-foreign-key-not-valid', 'add-check-constraint',
      'add-check-constraint-not-valid', 'validate-check-constraint', 'add-unique-constraint', 'drop-constraint', 'drop-foreign-key',
      'insert', 'update', 'delete', 'truncate', 'create-table-with-foreign-key', 'drop-table', 'rename-table',
    ]);
    // What the trace saw, for a few: the rewrite, the referenced table, a table dropped by the statement.
    const byKind = (kind: string) => compared.find((row) => row.kind === kind)!;
    expect(byKind('alter-column-type')).toMatchObject({ table: 't_type', rewritten: ['t_type'], taken: { t_type: expect.arrayContaining(['ACCESS EXCLUSIVE']) } });
    // The validation's own query reads both tables too (ACCESS SHARE, ROW SHARE): the strongest is the lock table's.
    expect(byKind('add-foreign-key').taken).toMatchObject({ t_fk: expect.arrayContaining(['SHARE ROW EXCLUSIVE']), parents: expect.arrayContaining(['SHARE ROW EXCLUSIVE']) });
    expect(byKind('drop-table').taken).toMatchObject({ t_drop: ['ACCESS EXCLUSIVE'] });
    expect(byKind('create-index').taken).toEqual({ t_index: ['SHARE'] });
    // The trace ran in a transaction that was rolled back: the real upgrade then runs on the seeded rows.
    expect(report.steps.map((step) => [step.name, step.ok]).slice(0, 4)).toEqual([
      ['upgrade a1', true],
      ['seed 20 rows per table', true],
      ['trace the locks of b1', true],
      ['upgrade b1', true],
    ]);

    const text = await runCli(['roundtrip', '--python', python, '--database-url', pgUrl, '--locks'], { cwd: project.root });
    expect(text.stdout).toMatch(/^Lock trace \(PostgreSQL \d+\): /m);
    expect(text.stdout).toMatch(/^ {2}ALTER TABLE t_type ALTER COLUMN id TYPE BIGINT +t_type ACCESS EXCLUSIVE rewrite +t_type ACCESS EXCLUSIVE\S* rewrite +agrees$/m);
    expect(text.stdout).toContain('The trace agrees with the lock table on every statement.');
  });

  it('--locks without a PostgreSQL --database-url is one line and exit 2', async () => {
    const result = await runCli(['roundtrip', '--python', python, '--locks'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('preflight: --locks traces PostgreSQL locks: pass --database-url postgresql://… (a server to create the scratch database on)');
  });
});
