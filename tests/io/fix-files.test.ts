// applyFixes in real Alembic (/usr/bin/python3): a fixed file is kept only if the project still loads and its
// migration's upgrade and downgrade still render offline (--sql) wherever they rendered before the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileFixPlan } from '../../src/fix/plan.js';
import { applyFixes } from '../../src/io/fix-files.js';
import { loadProject } from '../../src/io/load-project.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';

const PYTHON = '/usr/bin/python3';

const USERS = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))`,
  downgrade: `op.drop_table("users")`,
});

const ADD_BIO = `op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))`;
// SQLite's batch table copy reflects the table, which needs a live connection: it cannot render offline.
const BATCH_COPY = `with op.batch_alter_table("users", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("bio", sa.Text(), nullable=True))`;

let project: AlembicProject | undefined;
afterEach(async () => {
  await project?.dispose();
  project = undefined;
});

/** A project of a1 and b1 (b1's upgrade `before`), and a plan that rewrites b1 from `before` to `after`. */
async function fixOf(before: { upgrade: string; downgrade: string }, after: { upgrade: string; downgrade: string }) {
  const text = (body: { upgrade: string; downgrade: string }): string => revisionFile({ revision: 'b1', downRevision: 'a1', ...body });
  project = await writeAlembicProject({ versions: { 'a1_users.py': USERS, 'b1_bio.py': text(before) } });
  const loaded = await loadProject({ cwd: project.root, cache: false });
  const file = join(project.versionsDir, 'b1_bio.py');
  const plan: FileFixPlan = { file, before: text(before), after: text(after), kept: [], refused: [], manual: [] };
  const applied = await applyFixes(loaded, [plan], { python: PYTHON, dialect: 'sqlite' });
  return { applied, plan, onDisk: readFileSync(file, 'utf8') };
}

describe('applyFixes: the fixed migration renders offline wherever it did before', () => {
  it('a fix after which the upgrade no longer renders offline is not written: the old bytes stay, with Alembic’s error', async () => {
    const { applied, plan, onDisk } = await fixOf({ upgrade: ADD_BIO, downgrade: `op.drop_column("users", "bio")` }, { upgrade: BATCH_COPY, downgrade: `op.drop_column("users", "bio")` });
    expect(applied.written).toEqual([]);
    expect(applied.notWritten).toHaveLength(1);
    expect(applied.notWritten[0]!.reason).toMatch(/^alembic upgrade a1:b1 --sql fails after the fix: alembic\.util\.exc\.CommandError: This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a live database connection/);
    expect(onDisk).toBe(plan.before);
  });

  it('the downgrade is rendered too (b1 back to a1)', async () => {
    const { applied, onDisk, plan } = await fixOf({ upgrade: ADD_BIO, downgrade: `op.drop_column("users", "bio")` }, { upgrade: ADD_BIO, downgrade: `raise RuntimeError("bio cannot be dropped")` });
    expect(applied.notWritten.map((each) => each.reason)).toEqual(['alembic downgrade b1:a1 --sql fails after the fix: RuntimeError: bio cannot be dropped']);
    expect(onDisk).toBe(plan.before);
  });

  it('a migration that did not render offline before the fix is written and said to be checked by alembic heads only', async () => {
    const { applied, onDisk, plan } = await fixOf(
      { upgrade: BATCH_COPY, downgrade: 'pass' },
      { upgrade: BATCH_COPY, downgrade: `op.drop_column("users", "bio")` },
    );
    expect(applied.written).toEqual([plan]);
    expect(applied.notWritten).toEqual([]);
    expect(applied.headsOnly.map((each) => each.reason)).toEqual([expect.stringMatching(/^alembic upgrade a1:b1 --sql fails before the fix too: .*requires a live database connection/)]);
    expect(onDisk).toBe(plan.after);
  });

  it('a fix that renders before and after is written, with nothing more to say', async () => {
    const { applied, onDisk, plan } = await fixOf({ upgrade: ADD_BIO, downgrade: 'pass' }, { upgrade: ADD_BIO, downgrade: `op.drop_column("users", "bio")` });
    expect(applied).toEqual({ written: [plan], notWritten: [], headsOnly: [] });
    expect(onDisk).toBe(plan.after);
  });
});
