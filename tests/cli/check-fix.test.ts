// check --fix and --fix --diff on a real Alembic project: what the author sees, what is written, and that
// Alembic (real /usr/bin/python3) still loads the fixed files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/io/process.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { runCli } from '../support/cli.js';
import { SCHEMA, validate } from '../support/sarif-schema.js';

const PYTHON = '/usr/bin/python3';

const BACKFILL = revisionFile({
  revision: 'aa01',
  downRevision: null,
  upgrade: `op.add_column("customers", sa.Column("tier", sa.String(20), nullable=True))
conn = op.get_bind()
conn.execute("UPDATE customers SET tier = 'basic'")  # every existing customer starts basic
op.create_index("ix_customers_tier", "customers", ["tier"])`,
  downgrade: `op.drop_index("ix_customers_tier", table_name="customers")
op.drop_column("customers", "tier")`,
});

const ENUM_AND_SQL_INDEX = revisionFile({
  revision: 'bb02',
  downRevision: 'aa01',
  upgrade: `op.execute("ALTER TYPE customer_state ADD VALUE 'paused'")
op.execute("CREATE INDEX ix_customers_state ON customers (state)")
with op.batch_alter_table("customers") as batch_op:
    batch_op.create_index("ix_customers_paused_at", ["paused_at"])`,
  downgrade: `op.drop_index("ix_customers_paused_at", table_name="customers")
op.execute("DROP INDEX ix_customers_state")`,
});

const COUNTRY = revisionFile({
  revision: 'cc03',
  downRevision: 'bb02',
  upgrade: `op.execute("SET lock_timeout = '5s'")
op.add_column("customers", sa.Column("country", sa.String(2), nullable=False))
op.create_table("regions", sa.Column("id", sa.Integer(), primary_key=True))`,
  downgrade: 'pass',
});

let project: AlembicProject | undefined;
afterEach(async () => {
  await project?.dispose();
  project = undefined;
});

async function shop(extra: Record<string, string> = {}): Promise<AlembicProject> {
  project = await writeAlembicProject({
    url: 'postgresql://localhost/shop',
    versions: { 'aa01_customer_tier.py': BACKFILL, 'bb02_paused_state.py': ENUM_AND_SQL_INDEX, ...extra },
  });
  return project;
}

describe('check --fix --diff', () => {
  it('prints the diffs, lists what needs the author, and changes no file', async () => {
    const { root, versionsDir } = await shop();
    const result = await runCli(['check', '--fix', '--diff', '--no-cache'], { cwd: root });
    expect(result.code).toBe(1); // as check: raw-sql-string-execute and enum-add-value-in-transaction are errors
    expect(result.stdout).toContain('--- a/migrations/versions/aa01_customer_tier.py\n+++ b/migrations/versions/aa01_customer_tier.py\n');
    expect(result.stdout).toContain(`\n-    conn.execute("UPDATE customers SET tier = 'basic'")  # every existing customer starts basic\n`);
    expect(result.stdout).toContain(`\n+    conn.execute(sa.text("UPDATE customers SET tier = 'basic'"))  # every existing customer starts basic\n`);
    expect(result.stdout).toContain(
      '+    with op.get_context().autocommit_block():\n+        op.create_index("ix_customers_tier", "customers", ["tier"], postgresql_concurrently=True)\n',
    );
    expect(result.stdout).toContain('+    with op.get_context().autocommit_block():\n+        op.drop_index("ix_customers_tier", table_name="customers", postgresql_concurrently=True)\n');
    expect(result.stdout).toContain(`+    with op.get_context().autocommit_block():\n+        op.execute("ALTER TYPE customer_state ADD VALUE 'paused'")\n`);
    expect(result.stdout).toContain(`+    with op.get_context().autocommit_block():\n+        op.execute("CREATE INDEX CONCURRENTLY ix_customers_state ON customers (state)")\n`);
    expect(result.stderr).toContain(
      'preflight: needs you: migrations/versions/bb02_paused_state.py:16:9 create-index-not-concurrently: the index is created inside batch_alter_table: move it out as op.create_index(…) by hand\n',
    );
    // lock_timeout first in each upgrade and downgrade (4), DROP INDEX CONCURRENTLY in bb02's downgrade (2), and aa01's
    // downgrade drop_index, which the create_index fix already makes concurrent.
    expect(result.stdout).toContain(`\n def upgrade():\n+    op.execute("SET lock_timeout = '5s'")\n     op.add_column(`);
    expect(result.stderr).toMatch(/preflight: 11 fixes in 2 files \(not applied; run check --fix to apply them\)\n$/);
    expect(readFileSync(join(versionsDir, 'aa01_customer_tier.py'), 'utf8')).toBe(BACKFILL);
    expect(readFileSync(join(versionsDir, 'bb02_paused_state.py'), 'utf8')).toBe(ENUM_AND_SQL_INDEX);
  });

  it('with --format json and sarif, gives each fixable finding its edits (line/column ranges and the new text)', async () => {
    const { root } = await shop();
    const json = await runCli(['check', '--fix', '--diff', '--format', 'json', '--no-cache'], { cwd: root });
    const report = JSON.parse(json.stdout);
    const raw = report.findings.find((f: { rule: string }) => f.rule === 'raw-sql-string-execute');
    expect(raw.fix).toEqual({
      description: 'wrap the SQL in sa.text()',
      edits: [
        { startLine: 15, startColumn: 18, endLine: 15, endColumn: 18, text: 'sa.text(' },
        { startLine: 15, startColumn: 55, endLine: 15, endColumn: 55, text: ')' },
      ],
      diff: expect.stringContaining(`\n+    conn.execute(sa.text("UPDATE customers SET tier = 'basic'"))  # every existing customer starts basic\n`),
    });
    // The batch index needs the author: no fix on it.
    const batchIndex = report.findings.find((f: { rule: string; file: string; line: number }) => f.rule === 'create-index-not-concurrently' && f.file.includes('bb02') && f.line === 16);
    expect(batchIndex.fix).toBeUndefined();
    const sarif = JSON.parse((await runCli(['check', '--fix', '--diff', '--format', 'sarif', '--no-cache'], { cwd: root })).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'enum-add-value-in-transaction');
    expect(result.fixes[0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'migrations/versions/bb02_paused_state.py', uriBaseId: '%SRCROOT%' },
      replacements: [
        { deletedRegion: { startLine: 13, startColumn: 1, endLine: 13, endColumn: 1 }, insertedContent: { text: '    with op.get_context().autocommit_block():\n    ' } },
      ],
    });
  });

  it('check --format json|sarif --with-fixes gives the same fixes without --fix, and valid SARIF', async () => {
    const { root, versionsDir } = await shop();
    const withFixes = JSON.parse((await runCli(['check', '--format', 'json', '--with-fixes', '--no-cache'], { cwd: root })).stdout);
    const viaFix = JSON.parse((await runCli(['check', '--fix', '--diff', '--format', 'json', '--no-cache'], { cwd: root })).stdout);
    expect(withFixes.findings).toEqual(viaFix.findings);
    expect(withFixes.findings.filter((f: { fix?: unknown }) => f.fix).length).toBe(11);
    // Without the flag the report has no fix at all (and is as fast as before).
    const plain = JSON.parse((await runCli(['check', '--format', 'json', '--no-cache'], { cwd: root })).stdout);
    expect(plain.findings.some((f: { fix?: unknown }) => f.fix)).toBe(false);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '--with-fixes', '--no-cache'], { cwd: root })).stdout);
    expect(validate(sarif, SCHEMA)).toEqual([]);
    // One of the eleven is made by an earlier fix (no edits of its own): SARIF carries fixes with replacements only.
    expect(sarif.runs[0].results.filter((r: { fixes?: unknown }) => r.fixes).length).toBe(10);
    expect(readFileSync(join(versionsDir, 'aa01_customer_tier.py'), 'utf8')).toBe(BACKFILL);
    const text = await runCli(['check', '--with-fixes'], { cwd: root });
    expect(text.code).toBe(2);
    expect(text.stderr).toBe('preflight: check: --with-fixes goes with --format json or sarif\n');
  });

  it('sets lock_timeout to the fix-lock-timeout of .preflight.toml', async () => {
    const { root } = await shop();
    writeFileSync(join(root, '.preflight.toml'), 'fix-lock-timeout = "3s"\n');
    const result = await runCli(['check', '--fix', '--diff', '--no-cache'], { cwd: root });
    expect(result.stdout).toContain(`\n+    op.execute("SET lock_timeout = '3s'")\n     op.add_column(`);
    expect(result.stdout).not.toContain("'5s'");
  });

  it('--diff alone is a usage error', async () => {
    const { root } = await shop();
    const result = await runCli(['check', '--diff'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--diff only goes with --fix/);
  });
});

describe('check --fix with values and downgrades', () => {
  it('lists the NOT NULL column as needing a value, then fixes it with --fix-value, and writes the downgrade', async () => {
    const { root, versionsDir } = await shop({ 'cc03_country.py': COUNTRY });
    const asked = await runCli(['check', '--fix', '--diff', '--no-cache'], { cwd: root });
    expect(asked.stderr).toContain(
      'preflight: needs a value: migrations/versions/cc03_country.py:14:5 add-column-not-null-without-default: what the existing rows of customers get in country (--fix-value customers.country=VALUE)\n',
    );
    const result = await runCli(['check', '--fix', '--python', PYTHON, '--fix-value', 'customers.country=US', '--fix-value', 'customers.contry=US', '--no-cache'], { cwd: root });
    expect(result.stderr).toContain('preflight: --fix-value customers.contry: no new NOT NULL column customers.contry needs a value, so it is not used\n');
    expect(result.stderr).toContain(
      'preflight: fixed: migrations/versions/cc03_country.py:14:5 add-column-not-null-without-default: add customers.country nullable, backfill the existing rows with "US", then make it NOT NULL\n',
    );
    expect(result.stderr).toMatch(/preflight: fixed: migrations\/versions\/cc03_country\.py:\d+:1 missing-downgrade: downgrade\(\) undoes the upgrade/);
    const fixed = readFileSync(join(versionsDir, 'cc03_country.py'), 'utf8');
    expect(fixed).toContain(
      `    op.add_column("customers", sa.Column("country", sa.String(2), nullable=True))\n` +
        `    op.execute(sa.text("UPDATE customers SET country = :value WHERE country IS NULL").bindparams(value="US"))\n` +
        `    op.alter_column("customers", "country", existing_type=sa.String(2), nullable=False)\n`,
    );
    expect(fixed).toContain(`def downgrade():\n    op.execute("SET lock_timeout = '5s'")\n    op.drop_table('regions')\n    op.drop_column('customers', 'country')\n`);
    expect(result.stdout).not.toMatch(/add-column-not-null-without-default|missing-downgrade/);
  });

  it('refuses a malformed --fix-value with one line, and --fix-value without --fix', async () => {
    const { root } = await shop();
    for (const [args, message] of [
      [['--fix', '--fix-value', 'country=US'], 'preflight: check: --fix-value: "country=US": write TABLE.COLUMN=VALUE (e.g. users.country=US)\n'],
      [['--fix', '--fix-value', 'customers.country='], 'preflight: check: --fix-value: "customers.country=": the value is empty\n'],
      [['--fix', '--fix-value', 'a.b=1', '--fix-value', 'a.b=2'], 'preflight: check: --fix-value: a.b is given twice\n'],
      [['--fix-value', 'customers.country=US'], 'preflight: check: --fix-value only goes with --fix\n'],
    ] as const) {
      const result = await runCli(['check', ...args, '--no-cache'], { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(message);
    }
  });
});

describe('check --fix', () => {
  it('applies the fixes, reports what remains, and Alembic loads the fixed files', async () => {
    const { root, versionsDir, iniPath } = await shop();
    const result = await runCli(['check', '--fix', '--python', PYTHON, '--no-cache'], { cwd: root });
    expect(result.stderr).toContain('preflight: fixed: migrations/versions/aa01_customer_tier.py:15:5 raw-sql-string-execute: wrap the SQL in sa.text()\n');
    expect(result.stderr).toContain(
      'preflight: fixed: migrations/versions/aa01_customer_tier.py:16:5 create-index-not-concurrently: create ix_customers_tier with postgresql_concurrently=True in an autocommit block, and drop it the same way in downgrade\n',
    );
    expect(result.stderr).toContain('preflight: fixed: migrations/versions/bb02_paused_state.py:13:5 enum-add-value-in-transaction: run ALTER TYPE … ADD VALUE in an autocommit block\n');
    // What remains: the index inside batch_alter_table, which needs the author; no error left, so exit 0 as check gives it.
    expect(result.stdout).not.toMatch(/raw-sql-string-execute|enum-add-value-in-transaction|aa01_customer_tier\.py:\d+:\d+ warning create-index/);
    expect(result.stdout).toMatch(/bb02_paused_state\.py:19:9 warning create-index-not-concurrently/);
    expect(result.stdout).not.toMatch(/bb02_paused_state\.py:1[0-8]:\d+ warning create-index/);
    expect(result.code).toBe(0);
    const fixed = readFileSync(join(versionsDir, 'aa01_customer_tier.py'), 'utf8');
    expect(fixed).toContain(`    conn.execute(sa.text("UPDATE customers SET tier = 'basic'"))  # every existing customer starts basic\n`);
    const heads = await runProcess(PYTHON, ['-m', 'alembic', '-c', iniPath, 'heads'], { cwd: root, timeoutMs: 60_000 });
    expect(heads.code).toBe(0);
    expect(heads.stdout).toContain('bb02 (head)');
    // A second run has nothing left to fix.
    const again = await runCli(['check', '--fix', '--diff', '--no-cache'], { cwd: root });
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/preflight: 0 fixes in 0 files/);
  });

  it('renders each fixed migration offline, and names those only alembic heads could check (no offline render before the fix)', async () => {
    const readsRows = revisionFile({
      revision: 'cc03',
      downRevision: 'bb02',
      upgrade: `op.execute("SET lock_timeout = '5s'")
ids = [row.id for row in op.get_bind().execute(sa.text("SELECT id FROM customers WHERE tier IS NULL")).fetchall()]
op.create_index("ix_customers_id_tier", "customers", ["id", "tier"])`,
      downgrade: `op.drop_index("ix_customers_id_tier", table_name="customers")`,
    });
    const { root, versionsDir } = await shop({ 'cc03_reads_rows.py': readsRows });
    const result = await runCli(['check', '--fix', '--python', PYTHON, '--no-cache'], { cwd: root });
    expect(result.stderr).toMatch(/^preflight: fixed: migrations\/versions\/cc03_reads_rows\.py:\d+:5 create-index-not-concurrently: /m);
    expect(result.stderr).toMatch(/^preflight: checked by alembic heads only: migrations\/versions\/cc03_reads_rows\.py: alembic upgrade bb02:cc03 --sql fails before the fix too: AttributeError: /m);
    // The other fixed files rendered offline before and after: nothing more is said of them.
    expect(result.stderr).not.toMatch(/checked by alembic heads only: .*(aa01|bb02)_/);
    expect(readFileSync(join(versionsDir, 'cc03_reads_rows.py'), 'utf8')).toContain('postgresql_concurrently=True');
  });

  it('writes nothing when Alembic cannot load the project before the fixes, and says why', async () => {
    const broken = revisionFile({ revision: 'cc03', downRevision: 'bb02', header: 'import shop_models_that_do_not_exist', upgrade: 'pass', downgrade: 'pass' });
    const { root, versionsDir } = await shop({ 'cc03_broken_import.py': broken });
    const result = await runCli(['check', '--fix', '--python', PYTHON, '--no-cache'], { cwd: root });
    expect(result.stderr).toMatch(
      /preflight: not fixed: migrations\/versions\/aa01_customer_tier\.py:15:5 raw-sql-string-execute: alembic heads fails before any fix, so a fixed file cannot be checked: ModuleNotFoundError: No module named 'shop_models_that_do_not_exist'/,
    );
    expect(result.stderr).not.toMatch(/preflight: fixed:/);
    expect(readFileSync(join(versionsDir, 'aa01_customer_tier.py'), 'utf8')).toBe(BACKFILL);
    expect(result.code).toBe(1);
    // With the caches on, a second --fix tries again rather than replaying the last report.
    for (let run = 0; run < 2; run++) {
      const again = await runCli(['check', '--fix', '--python', PYTHON], { cwd: root });
      expect(again.stderr).toMatch(/preflight: not fixed: .*alembic heads fails before any fix/);
    }
  });
});

