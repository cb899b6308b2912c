/**
 * env.py's transaction_per_migration and lock_timeout reach the rule settings, read from its syntax
 * tree and (for SET statements) by the SQL parser.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/io/load-project.js';
import { enablesLockTimeout, libpqOptionSettings } from '../../src/analysis/locks/lock-timeout.js';
import { dedent } from '../support/parser.js';
import { runCli } from '../support/cli.js';

const MIGRATION = dedent(`
  from alembic import op
  import sqlalchemy as sa

  revision = "a1"
  down_revision = None


  def upgrade():
      op.add_column("orders", sa.Column("note", sa.Text()))


  def downgrade():
      op.drop_column("orders", "note")
`);

function project(envPy: string): string {
  const root = mkdtempSync(join(tmpdir(), 'preflight-env-locks-'));
  mkdirSync(join(root, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(root, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\n');
  writeFileSync(join(root, 'migrations', 'env.py'), dedent(envPy));
  writeFileSync(join(root, 'migrations', 'versions', 'a1_orders.py'), MIGRATION);
  return root;
}

async function settingsOf(envPy: string) {
  const root = project(envPy);
  const { config } = await loadProject({ cwd: root, configPath: join(root, 'alembic.ini'), cache: false });
  return { transactionPerMigration: config.settings.transactionPerMigration, envLockTimeout: config.settings.envLockTimeout };
}

const ONLINE = (configure: string, before = '') => `
  from alembic import context
  from sqlalchemy import engine_from_config, pool, text

  config = context.config


  def run_migrations_online():
      connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
      with connectable.connect() as connection:
          ${before}
          context.configure(connection=connection, target_metadata=None${configure})
          with context.begin_transaction():
              context.run_migrations()


  run_migrations_online()
`;

describe('env.py transaction_per_migration and lock_timeout', () => {
  it('reads transaction_per_migration=True from context.configure', async () => {
    expect(await settingsOf(ONLINE(', transaction_per_migration=True'))).toEqual({ transactionPerMigration: true, envLockTimeout: undefined });
  });

  it('leaves both unset for a plain env.py, and for transaction_per_migration=False', async () => {
    expect(await settingsOf(ONLINE(''))).toEqual({ transactionPerMigration: undefined, envLockTimeout: undefined });
    expect(await settingsOf(ONLINE(', transaction_per_migration=False'))).toEqual({ transactionPerMigration: undefined, envLockTimeout: undefined });
  });

  it('reads transaction_per_migration from a dict of configure arguments', async () => {
    const env = ONLINE('', 'args = {"transaction_per_migration": True}').replace('target_metadata=None', 'target_metadata=None, **args');
    expect((await settingsOf(env)).transactionPerMigration).toBe(true);
  });

  it('finds lock_timeout in connect_args options, as env.py:LINE', async () => {
    const env = `
      from alembic import context
      from sqlalchemy import create_engine, pool

      engine = create_engine(
          context.config.get_main_option("sqlalchemy.url"),
          poolclass=pool.NullPool,
          connect_args={"options": "-c statement_timeout=60s -c lock_timeout=5s"},
      )
      with engine.connect() as connection:
          context.configure(connection=connection, target_metadata=None)
          with context.begin_transaction():
              context.run_migrations()
    `;
    expect(await settingsOf(env)).toEqual({ transactionPerMigration: undefined, envLockTimeout: 'env.py:7' });
  });

  it('follows connect_args bound to a name, and dict(options=...)', async () => {
    const env = `
      from alembic import context
      from sqlalchemy import create_engine

      CONNECT_ARGS = dict(options="-clock_timeout=3000")
      engine = create_engine("postgresql://app@db/app", connect_args=CONNECT_ARGS)
      with engine.connect() as connection:
          context.configure(connection=connection, transaction_per_migration=True)
          with context.begin_transaction():
              context.run_migrations()
    `;
    expect(await settingsOf(env)).toEqual({ transactionPerMigration: true, envLockTimeout: 'env.py:4' });
  });

  it('finds SET lock_timeout executed on the connection (text(), exec_driver_sql)', async () => {
    expect((await settingsOf(ONLINE('', `connection.execute(text("SET lock_timeout = '5s'"))`))).envLockTimeout).toBe('env.py:10');
    expect((await settingsOf(ONLINE('', `connection.exec_driver_sql("SET SESSION lock_timeout TO 4000")`))).envLockTimeout).toBe('env.py:10');
  });

  it('does not count a zero (disabled) timeout, another setting, or a comment', async () => {
    expect((await settingsOf(ONLINE('', `connection.execute(text("SET lock_timeout = 0"))`))).envLockTimeout).toBeUndefined();
    expect((await settingsOf(ONLINE('', `connection.execute(text("SET statement_timeout = '5s'"))`))).envLockTimeout).toBeUndefined();
    expect((await settingsOf(ONLINE('', `# TODO: SET lock_timeout = '5s'`))).envLockTimeout).toBeUndefined();
    expect((await settingsOf(ONLINE('', `connection.execute(text("SELECT 'lock_timeout'"))`))).envLockTimeout).toBeUndefined();
  });

  it('does not count SET LOCAL when each migration has its own transaction (it ends with the first)', async () => {
    const local = `connection.execute(text("SET LOCAL lock_timeout = '5s'"))`;
    expect((await settingsOf(ONLINE('', local))).envLockTimeout).toBe('env.py:10');
    expect((await settingsOf(ONLINE(', transaction_per_migration=True', local))).envLockTimeout).toBeUndefined();
  });

  it('leaves SQL that does not parse alone', async () => {
    expect((await settingsOf(ONLINE('', `connection.execute(text("SET lock_timeout = = '5s'"))`))).envLockTimeout).toBeUndefined();
  });
});

describe('libpq options', () => {
  it('reads -c name=value, -cname=value and --name=value, with backslash-escaped spaces', () => {
    const settings = libpqOptionSettings('-c lock_timeout=5s -cstatement_timeout=1min --search-path=app\\ schema');
    expect([...settings]).toEqual([
      ['lock_timeout', '5s'],
      ['statement_timeout', '1min'],
      ['search_path', 'app schema'],
    ]);
    expect(libpqOptionSettings('-c')).toEqual(new Map());
  });

  it('tells a timeout from a disabled one', () => {
    expect(['5s', '4000', "'2s'"].map(enablesLockTimeout)).toEqual([true, true, true]);
    expect(['0', '0ms', 'DEFAULT', undefined].map(enablesLockTimeout)).toEqual([false, false, false, false]);
  });
});

describe('env.py settings and the report cache', () => {
  it('a lock_timeout added to env.py reaches the next check, though no migration changed', async () => {
    const root = project(`
      from alembic import context
      from sqlalchemy import engine_from_config, pool

      connectable = engine_from_config(context.config.get_section(context.config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
      with connectable.connect() as connection:
          context.configure(connection=connection, target_metadata=None)
          with context.begin_transaction():
              context.run_migrations()
    `);
    writeFileSync(join(root, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = postgresql://app@localhost/app\n');
    const env = { PREFLIGHT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'preflight-env-locks-cache-')) };
    const rules = (stdout: string) => (JSON.parse(stdout) as { findings: { rule: string }[] }).findings.map((finding) => finding.rule);
    const before = await runCli(['check', '--format', 'json'], { cwd: root, env });
    expect(rules(before.stdout)).toContain('lock-timeout-missing');

    const envPy = join(root, 'migrations', 'env.py');
    writeFileSync(envPy, readFileSync(envPy, 'utf8').replace('poolclass=pool.NullPool)', 'poolclass=pool.NullPool, connect_args={"options": "-c lock_timeout=5s"})'));
    const after = await runCli(['check', '--format', 'json'], { cwd: root, env });
    expect(rules(after.stdout)).not.toContain('lock-timeout-missing');
    const fresh = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: root, env });
    expect(after.stdout).toBe(fresh.stdout);
  });
});
