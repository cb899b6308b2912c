/**
 * env.py's `MetaData(naming_convention=…)` reaches the rules, and the names Preflight derives from it
 * are the ones real Alembic emits (`alembic upgrade --sql`, offline).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/io/load-project.js';
import { runRules } from '../../src/rules/runner.js';
import { downgradeIncomplete } from '../../src/rules/downgrade-incomplete.js';
import { dedent } from '../support/parser.js';

const ENV_PY = dedent(`
  from alembic import context
  import sqlalchemy as sa

  # The application's convention: constraints get predictable names.
  convention = {
      "ix": "ix_%(column_0_label)s",
      "uq": "uq_%(table_name)s_%(column_0_name)s",
      "ck": "ck_%(table_name)s_%(constraint_name)s",
      "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
      "pk": "pk_%(table_name)s",
  }
  target_metadata = sa.MetaData(naming_convention=convention)

  context.configure(url="postgresql://", target_metadata=target_metadata, literal_binds=True)
  with context.begin_transaction():
      context.run_migrations()
`);

const MIGRATION = dedent(`
  """members must be adults"""
  from alembic import op
  import sqlalchemy as sa

  revision = "a1"
  down_revision = None


  def upgrade():
      op.create_check_constraint("adult", "members", "age >= 18")
      op.create_unique_constraint(None, "members", ["email"])
      op.create_foreign_key(None, "members", "clubs", ["club_id"], ["id"])
      op.create_check_constraint("short_nick", "members", "length(nick) < 20")


  def downgrade():
      op.drop_constraint("fk_members_club_id_clubs", "members", type_="foreignkey")
      op.drop_constraint(op.f("uq_members_email"), "members", type_="unique")
      op.drop_constraint("ck_members_adult", "members")
`);

function project(envPy: string): string {
  const root = mkdtempSync(join(tmpdir(), 'preflight-convention-'));
  mkdirSync(join(root, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(root, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\n');
  writeFileSync(join(root, 'migrations', 'env.py'), envPy);
  writeFileSync(join(root, 'migrations', 'versions', 'a1_members.py'), MIGRATION);
  return root;
}

async function findings(root: string) {
  const loaded = await loadProject({ cwd: root, configPath: join(root, 'alembic.ini'), cache: false });
  const found = runRules({ migrations: loaded.migrations, graph: loaded.graph, settings: loaded.config.settings, rules: [downgradeIncomplete] });
  return { loaded, messages: found.map((finding) => `${finding.line}: ${finding.message}`) };
}

describe('naming_convention from env.py', () => {
  it('is read into the settings and names the constraints as Alembic does', async () => {
    const root = project(ENV_PY);
    const { loaded, messages } = await findings(root);
    expect(loaded.config.settings.namingConvention?.ck).toBe('ck_%(table_name)s_%(constraint_name)s');
    // Only the check constraint the downgrade forgets is reported, under its converted name.
    expect(messages).toEqual([
      "13: create_check_constraint ck_members_short_nick has no inverse in downgrade (expected drop_constraint(op.f('ck_members_short_nick'), 'members', type_='check'))",
    ]);

    const sql = execFileSync('/usr/bin/python3', ['-m', 'alembic', '-c', join(root, 'alembic.ini'), 'upgrade', 'head', '--sql'], {
      encoding: 'utf8',
      cwd: root,
    });
    for (const name of ['ck_members_adult', 'uq_members_email', 'fk_members_club_id_clubs', 'ck_members_short_nick']) {
      expect(sql).toContain(`CONSTRAINT ${name}`);
    }
  });

  it('without a convention in env.py, an unnamed constraint is not judged and the usual ck_ name still matches', async () => {
    const root = project(ENV_PY.replace('sa.MetaData(naming_convention=convention)', 'None'));
    const { loaded, messages } = await findings(root);
    expect(loaded.config.settings.namingConvention).toBeUndefined();
    expect(messages).toEqual([
      "13: create_check_constraint short_nick has no inverse in downgrade (expected drop_constraint('short_nick', 'members', type_='check'))",
    ]);
  });
});
