// Each fix against golden before/after sources: the rewrite is exactly the expected one (comments, quotes and
// layout of the rest untouched), the rule no longer reports the fixed file, and real Alembic loads it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { FIXES } from '../../src/fix/index.js';
import { planFileFixes, type FileFixPlan } from '../../src/fix/plan.js';
import { fixRulesOf } from '../../src/model/findings.js';
import { scaffoldSafeguard } from '../../src/io/fix-safeguard.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { runRoundTrip } from '../../src/io/alembic/roundtrip.js';
import { runProcess } from '../../src/io/process.js';
import { testParser } from '../support/parser.js';
import { revisionFile, writeAlembicProject } from '../support/alembic-project.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const SETTINGS = { ...DEFAULT_RULE_SETTINGS, dialect: 'postgresql' as const };
const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');
/** The production safeguard as check --fix writes it: the shipped drop-column template's. */
const SAFEGUARD = scaffoldSafeguard(SETTINGS, { cwd: process.cwd() });

async function findingsOf(text: string, file: string, settings = SETTINGS) {
  const parser = await testParser();
  const migration = await analyzeMigration(parser.parse(text, file));
  const graph = buildRevisionGraph([migration.facts]);
  return { migration, graph, findings: runRules({ migrations: [migration], graph, settings, rules: MIGRATION_RULES }) };
}

/** The plan of the file's fixes: every fix, or only `rule`'s (a golden case shows one rule's rewrite). */
async function planFor(
  text: string,
  file = '/project/versions/0001_test.py',
  options: { rule?: string; values?: ReadonlyMap<string, string>; settings?: typeof SETTINGS } = {},
): Promise<FileFixPlan> {
  const settings = options.settings ?? SETTINGS;
  const { migration, graph, findings } = await findingsOf(text, file, settings);
  const fixes = options.rule === undefined ? FIXES : new Map([[options.rule, FIXES.get(options.rule)!]]);
  return planFileFixes(file, text, migration, findings, {
    parser: await testParser(),
    graph,
    settings,
    fixes,
    safeguard: SAFEGUARD,
    ...(options.values ? { values: options.values } : {}),
  });
}

/** `<case>.values`: the values the author gives (`table.column=VALUE` a line), as --fix-value does. */
function valuesFor(path: string): ReadonlyMap<string, string> | undefined {
  const file = path.replace('.before.py', '.values');
  if (!existsSync(file)) return undefined;
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as [string, string]),
  );
}

/** The fixes that rewrite for PostgreSQL only (CONCURRENTLY, NOT VALID, USING INDEX, lock_timeout). */
const POSTGRES_FIXES = new Set([
  'drop-index-not-concurrently',
  'add-foreign-key-without-not-valid',
  'add-check-constraint-without-not-valid',
  'add-unique-constraint',
  'add-primary-key-on-existing-table',
  'lock-timeout-missing',
]);

const cases = readdirSync(GOLDEN).flatMap((rule) =>
  readdirSync(join(GOLDEN, rule))
    .filter((name) => name.endsWith('.before.py'))
    .map((name) => ({ rule, name: name.replace('.before.py', ''), path: join(GOLDEN, rule, name) })),
);

describe('fixes against golden sources', () => {
  const fixed: { rule: string; name: string; text: string }[] = [];

  it.each(cases)('$rule: $name', async ({ rule, path }) => {
    const before = readFileSync(path, 'utf8');
    // A finding carries destructive-without-safeguard's part when no safeguard guards its drop (fixRulesOf).
    const beforeFindings = (await findingsOf(before, '/project/versions/x.py')).findings.filter((f) => fixRulesOf(f).includes(rule));
    expect(beforeFindings.length).toBeGreaterThan(0);
    const values = valuesFor(path);
    const plan = await planFor(before, undefined, { rule, ...(values ? { values } : {}) });
    expect(plan.refused).toEqual([]);
    expect(plan.manual).toEqual([]);
    expect(plan.kept.map((outcome) => outcome.rule)).toEqual(beforeFindings.map(() => rule));
    const afterPath = path.replace('.before.py', '.after.py');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(afterPath, plan.after);
    expect(plan.after).toBe(readFileSync(afterPath, 'utf8'));
    const after = await findingsOf(plan.after, '/project/versions/x.py');
    expect(after.findings.filter((f) => fixRulesOf(f).includes(rule))).toEqual([]);
    expect(after.findings.filter((f) => f.rule === 'parse-error')).toEqual([]);
    fixed.push({ rule, name: path.split('/').slice(-2).join('_'), text: plan.after });
  });

  const projects: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const project of projects) await project.dispose();
  });

  it('every fixed file loads in real Alembic (alembic heads)', async () => {
    expect(fixed.length).toBe(cases.length);
    const project = await writeAlembicProject({ url: 'postgresql://localhost/app' });
    projects.push(project);
    for (const { name, text } of fixed) writeFileSync(join(project.versionsDir, name.replace(/[^\w.]/g, '_')), text);
    const result = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', project.iniPath, 'heads'], { cwd: project.root, timeoutMs: 60_000 });
    expect(result.stderr).not.toMatch(/Traceback|Error/);
    expect(result.code).toBe(0);
    const revisions = fixed.map(({ text }) => /^revision(?:: str)? = ['"]([0-9a-f]+)['"]/m.exec(text)![1]!);
    for (const revision of revisions) expect(result.stdout).toContain(`${revision} (head)`);
    // Offline, each fixed migration of the op-only fixes renders as the SQL Alembic would run (autocommit blocks as
    // COMMIT … BEGIN); the others run SQL through op.get_bind(), which has no offline form.
    for (const { text } of fixed.filter(({ rule }) => POSTGRES_FIXES.has(rule))) {
      const revision = /^revision = '([0-9a-f]+)'/m.exec(text)![1]!;
      const sql = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', project.iniPath, 'upgrade', revision, '--sql'], { cwd: project.root, timeoutMs: 60_000 });
      expect(sql.stderr, `upgrade ${revision} --sql`).not.toMatch(/Traceback|Error/);
      expect(sql.code).toBe(0);
      expect(sql.stdout).toContain(`INSERT INTO alembic_version (version_num) VALUES ('${revision}')`);
    }
  });

  it('Alembic renders the fixed upgrades and the written downgrades as SQL (offline, upgrade/downgrade --sql)', async () => {
    // The fixes that write statements (not the ones that only wrap one, whose files use the connection, which offline mode has not).
    const written = fixed.filter(({ name }) => /^(missing-downgrade|downgrade-incomplete|add-column-not-null-without-default|destructive-without-safeguard)_/.test(name));
    expect(written.length).toBe(cases.filter(({ rule }) => /^(missing-downgrade|downgrade-incomplete|add-column-not-null-without-default|destructive-without-safeguard)$/.test(rule)).length);
    const project = await writeAlembicProject({ url: 'postgresql://localhost/app' });
    projects.push(project);
    for (const { name, text } of written) writeFileSync(join(project.versionsDir, name.replace(/[^\w.]/g, '_')), text);
    const sql = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', project.iniPath, 'upgrade', 'heads', '--sql'], { cwd: project.root, timeoutMs: 60_000 });
    expect(sql.stderr).not.toMatch(/Traceback|Error/);
    expect(sql.code).toBe(0);
    expect(sql.stdout).toContain("UPDATE customers SET country = 'US' WHERE country IS NULL");
    expect(sql.stdout).toContain('ALTER TABLE customers ALTER COLUMN country SET NOT NULL');
    for (const { name, text } of written.filter(({ name }) => /^(missing-downgrade|downgrade-incomplete)_/.test(name))) {
      const revision = /^revision(?:: str)? = ['"]([0-9a-f]+)['"]/m.exec(text)![1]!;
      const down = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', project.iniPath, 'downgrade', `${revision}:base`, '--sql'], { cwd: project.root, timeoutMs: 60_000 });
      expect(down.stderr, name).not.toMatch(/Traceback|Error/);
      expect(down.code, name).toBe(0);
      expect(down.stdout, name).toMatch(/DROP|ALTER TABLE/);
    }
  });
});

/** The tables the lock rules' golden migrations change, with a few rows that every new constraint accepts. */
const BASE_SCHEMA = revisionFile({
  revision: 'f0f0f0f0f0f0',
  downRevision: null,
  upgrade: `op.create_table('customers', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('email', sa.String(255)), sa.Column('region', sa.String(32)))
op.create_table(
    'orders',
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('customer_id', sa.Integer()),
    sa.Column('legacy_ref', sa.String(64)),
    sa.Column('total', sa.Numeric(12, 2)),
    sa.Column('status', sa.String(20)),
)
op.create_index('ix_orders_legacy_ref', 'orders', ['legacy_ref'])
op.create_table('ledger_entries', sa.Column('id', sa.Integer(), nullable=False), sa.Column('account_id', sa.Integer()), sa.Column('entry_no', sa.Integer()))
op.create_table('sessions', sa.Column('token', sa.String(64), primary_key=True), sa.Column('user_id', sa.Integer()))
op.create_index('ix_sessions_user_id', 'sessions', ['user_id'])
op.execute("INSERT INTO customers VALUES (1, 'ana@example.org', 'eu'), (2, 'bo@example.org', 'us')")
op.execute("INSERT INTO orders VALUES (1, 1, 'L-1', 10.00, 'referred'), (2, 2, 'L-2', 0, 'paid')")
op.execute("INSERT INTO ledger_entries VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1)")
op.execute("INSERT INTO sessions VALUES ('t-1', 1)")`,
  downgrade: `op.drop_table('sessions')
op.drop_table('ledger_entries')
op.drop_table('orders')
op.drop_table('customers')`,
});


describe('fixed migrations on a real PostgreSQL server', () => {
  const pgUrl = inject('pgUrl');
  const postgresCases = cases.filter(({ rule }) => POSTGRES_FIXES.has(rule));
  const projects: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const project of projects) await project.dispose();
  });

  it.skipIf(pgUrl === '').each(postgresCases)(
    `$rule: $name upgrades, downgrades to the same schema and upgrades again${pgUrl === '' ? ' (skipped: PostgreSQL is not installed here)' : ''}`,
    async ({ rule, path }) => {
      const plan = await planFor(readFileSync(path, 'utf8'), undefined, { rule });
      expect(plan.kept.length).toBeGreaterThan(0);
      const revision = /^revision = '([0-9a-f]+)'/m.exec(plan.after)![1]!;
      const project = await writeAlembicProject({
        url: 'postgresql://localhost/app',
        versions: { 'f0_base.py': BASE_SCHEMA, 'fixed.py': plan.after.replace(/^down_revision = None$/m, "down_revision = 'f0f0f0f0f0f0'") },
      });
      projects.push(project);
      // BASE_SCHEMA inserts rows every new constraint accepts; generated rows would break them (random keys, duplicate ids).
      const result = await runRoundTrip({ python: '/usr/bin/python3', iniPath: project.iniPath, revision, downRevision: 'f0f0f0f0f0f0', databaseUrl: pgUrl, rows: 0, timeoutMs: 60_000 });
      expect(result.steps.filter((step) => !step.ok)).toEqual([]);
      expect(result.schemaDiff).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});

describe('refusing a fix', () => {
  it('keeps the file as it was when the fixed text would not parse, and says why', async () => {
    const text = readFileSync(join(GOLDEN, 'enum-add-value-in-transaction', 'op-execute.before.py'), 'utf8');
    const { migration, graph, findings } = await findingsOf(text, '/p/v.py');
    const start = text.indexOf('op.execute');
    // A fix that forgets the indentation of the block it opens.
    const broken = new Map([
      ['enum-add-value-in-transaction', () => ({ kind: 'edits' as const, description: 'broken', edits: [{ start, end: start, text: 'with op.get_context().autocommit_block():\n' }] })],
    ]);
    const plan = await planFileFixes('/p/v.py', text, migration, findings, { parser: await testParser(), graph, settings: SETTINGS, fixes: broken });
    expect(plan.kept).toEqual([]);
    expect(plan.after).toBe(text);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]!.text).toMatch(/^the fixed file would not parse \(line \d+: /);
  });

  it('refuses a fix after which the rule still reports the finding', async () => {
    const text = readFileSync(join(GOLDEN, 'raw-sql-string-execute', 'module-alias.before.py'), 'utf8');
    const { migration, graph, findings } = await findingsOf(text, '/p/v.py');
    const start = text.indexOf('# Copy');
    const noop = new Map([['raw-sql-string-execute', () => ({ kind: 'edits' as const, description: 'comment only', edits: [{ start, end: start, text: '# fixed\n    ' }] })]]);
    const plan = await planFileFixes('/p/v.py', text, migration, findings, { parser: await testParser(), graph, settings: SETTINGS, fixes: noop });
    expect(plan.refused.map((outcome) => outcome.text)).toEqual(['raw-sql-string-execute still reports the fixed file']);
    expect(plan.after).toBe(text);
  });

  it('lists what needs the author instead of guessing: parameters passed as keywords', async () => {
    const text = readFileSync(join(GOLDEN, 'raw-sql-string-execute', 'import-added.before.py'), 'utf8').replace(
      'conn.execute("DELETE FROM addresses WHERE country = :code", {"code": "XX"})',
      'conn.execute("DELETE FROM addresses WHERE country = :code", code="XX")',
    );
    const plan = await planFor(text);
    expect(plan.manual.map((outcome) => outcome.text)).toEqual(['the parameters must become one dict of :name values for sa.text(); rewrite them by hand']);
    expect(plan.kept).toHaveLength(1);
  });

  it('keeps CRLF line endings and tab indentation in what it adds', async () => {
    const text = 'from alembic import op\r\n\r\nrevision = "1"\r\ndown_revision = None\r\n\r\ndef upgrade():\r\n\top.create_index("ix_a", "t", ["a"])\r\n\r\ndef downgrade():\r\n\tpass\r\n';
    const plan = await planFor(text);
    expect(plan.after).toBe(
      'from alembic import op\r\n\r\nrevision = "1"\r\ndown_revision = None\r\n\r\ndef upgrade():\r\n\twith op.get_context().autocommit_block():\r\n\t\top.create_index("ix_a", "t", ["a"], postgresql_concurrently=True)\r\n\r\ndef downgrade():\r\n\tpass\r\n',
    );
  });
});


describe('the lock rules: what needs the author, and fixes that meet', () => {
  const migration = (upgrade: string, downgrade = '    pass', header = 'from alembic import op\nimport sqlalchemy as sa\n') =>
    `${header}\nrevision = 'ab12cd34ef56'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
  const reasons = (plan: FileFixPlan, rule: string) => plan.manual.filter((outcome) => outcome.finding.rule === rule).map((outcome) => outcome.text);

  it('gives no NOT VALID fix for a constraint without a literal name: VALIDATE CONSTRAINT must name it', async () => {
    const text = migration(
      `    op.create_foreign_key(None, 'orders', 'customers', ['customer_id'], ['id'])\n    op.create_check_constraint(None, 'orders', 'total >= 0')`,
    );
    const plan = await planFor(text);
    expect(reasons(plan, 'add-foreign-key-without-not-valid')).toEqual([
      'the foreign key has no literal name, so Preflight cannot name it in VALIDATE CONSTRAINT: give it one (or add postgresql_not_valid=True and the VALIDATE step by hand)',
    ]);
    expect(reasons(plan, 'add-check-constraint-without-not-valid')).toEqual([
      'the CHECK constraint has no literal name, so Preflight cannot name it in VALIDATE CONSTRAINT: give it one (or add postgresql_not_valid=True and the VALIDATE step by hand)',
    ]);
    expect(plan.after).not.toContain('postgresql_not_valid');
  });

  it("validates a CHECK by its name in the database: the project's naming convention applied, or the downgrade's full name", async () => {
    const check = `    op.create_check_constraint('total_non_negative', 'orders', 'total >= 0')`;
    const convention = { ...SETTINGS, namingConvention: { ck: 'ck_%(table_name)s_%(constraint_name)s' } };
    const known = await planFor(migration(check), undefined, { rule: 'add-check-constraint-without-not-valid', settings: convention });
    expect(known.after).toContain(`VALIDATE CONSTRAINT "ck_orders_total_non_negative"'`);
    // env.py does not show the convention, but the downgrade drops the constraint by its converted name.
    const dropped = await planFor(migration(check, `    op.drop_constraint('ck_orders_total_non_negative', 'orders')`), undefined, { rule: 'add-check-constraint-without-not-valid' });
    expect(dropped.after).toContain(`VALIDATE CONSTRAINT "ck_orders_total_non_negative"'`);
    // drop_constraint goes through the same convention as the create: the name as written there tells nothing.
    const unknown = await planFor(migration(check, `    op.drop_constraint('total_non_negative', 'orders', type_='check')`), undefined, { rule: 'add-check-constraint-without-not-valid' });
    expect(reasons(unknown, 'add-check-constraint-without-not-valid')).toEqual([
      "the models' naming convention, which Preflight cannot read from env.py, may rename total_non_negative (to ck_orders_total_non_negative), and VALIDATE CONSTRAINT needs the name in the database: add postgresql_not_valid=True and the VALIDATE step by hand",
    ]);
  });

  it('validates an unnamed foreign key by the name the downgrade drops it by', async () => {
    const text = migration(
      `    op.create_foreign_key(None, 'orders', 'customers', ['customer_id'], ['id'])`,
      `    op.drop_constraint('orders_customer_id_fkey', 'orders', type_='foreignkey')`,
    );
    const plan = await planFor(text, undefined, { rule: 'add-foreign-key-without-not-valid' });
    expect(plan.after).toContain(`op.create_foreign_key(None, 'orders', 'customers', ['customer_id'], ['id'], postgresql_not_valid=True)`);
    expect(plan.after).toContain(`VALIDATE CONSTRAINT "orders_customer_id_fkey"'`);
  });

  it('adds no PostgreSQL-only statement to a function that branches on the dialect', async () => {
    const text = migration(
      `    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))\n    if op.get_bind().dialect.name == 'mysql':\n        op.execute('ALTER TABLE orders ENGINE=InnoDB')\n    op.create_check_constraint(op.f('ck_orders_total'), 'orders', 'total >= 0')`,
    );
    const plan = await planFor(text);
    expect(reasons(plan, 'lock-timeout-missing')).toEqual(['upgrade() branches on the database dialect: put the SET lock_timeout in its PostgreSQL branch by hand']);
    expect(reasons(plan, 'add-check-constraint-without-not-valid')).toEqual([
      'upgrade() branches on the database dialect: put the VALIDATE CONSTRAINT step in its PostgreSQL branch by hand',
    ]);
    expect(plan.after).toBe(text);
  });

  it('leaves a key added inside a branch, or by sa.ForeignKey in a new column, to the author', async () => {
    const text = migration(
      `    if op.get_bind().dialect.name == 'postgresql':\n        op.create_foreign_key('fk_orders_customer_id', 'orders', 'customers', ['customer_id'], ['id'])\n` +
        `    op.add_column('orders', sa.Column('agent_id', sa.Integer(), sa.ForeignKey('agents.id'), nullable=True))`,
    );
    const plan = await planFor(text);
    expect(reasons(plan, 'add-foreign-key-without-not-valid')).toEqual([
      'the foreign key is added inside a block, a loop or a helper: add postgresql_not_valid=True and the VALIDATE step after it by hand',
      'the foreign key is not added by op.create_foreign_key(…): add NOT VALID and the VALIDATE CONSTRAINT step by hand',
    ]);
  });

  it('gives no USING INDEX fix for an unnamed unique constraint or one with options it cannot write in SQL', async () => {
    const text = migration(
      `    op.create_unique_constraint(None, 'customers', ['email'])\n    op.create_unique_constraint('uq_customers_handle', 'customers', ['handle'], postgresql_nulls_not_distinct=True)`,
    );
    const plan = await planFor(text);
    expect(reasons(plan, 'add-unique-constraint')).toEqual([
      'the unique constraint has no literal name: the index and ADD CONSTRAINT … USING INDEX must name it, so give it one',
      'the call passes postgresql_nulls_not_distinct, which Preflight does not carry over into SQL',
    ]);
  });

  it('writes no resolved names into SQL for a unique constraint added in a loop (each pass has its own)', async () => {
    const text = migration(`    for table in ['invoices', 'receipts']:\n        op.create_unique_constraint(f'uq_{table}_number', table, ['number'])`);
    const plan = await planFor(text, undefined, { rule: 'add-unique-constraint' });
    expect(new Set(reasons(plan, 'add-unique-constraint'))).toEqual(
      new Set(['the unique constraint is added in a loop or a helper: its names differ from one call to the next, so Preflight does not write them into SQL']),
    );
    expect(plan.after).toBe(text);
  });

  it('sets the lock_timeout of fix-lock-timeout', async () => {
    const text = migration(`    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))`, `    op.drop_column('orders', 'note')`);
    const plan = await planFor(text, undefined, { rule: 'lock-timeout-missing', settings: { ...SETTINGS, fixLockTimeout: '750ms' } });
    expect(plan.kept.map((outcome) => outcome.text)).toEqual([
      "SET lock_timeout = '750ms' first in upgrade: a blocked lock request gives up instead of queueing every query behind it",
      "SET lock_timeout = '750ms' first in downgrade: a blocked lock request gives up instead of queueing every query behind it",
    ]);
    expect(plan.after).toContain(`def upgrade():\n    op.execute("SET lock_timeout = '750ms'")\n    op.add_column(`);
    expect(plan.after).toContain(`def downgrade():\n    op.execute("SET lock_timeout = '750ms'")\n    op.drop_column(`);
  });

  it('puts SET lock_timeout above an autocommit block another fix opens around the first statement', async () => {
    const text = migration(`    op.drop_index('ix_orders_legacy_ref', table_name='orders')\n    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))`);
    const plan = await planFor(text);
    expect(plan.kept.map((outcome) => outcome.finding.rule)).toEqual(['drop-index-not-concurrently', 'lock-timeout-missing']);
    expect(plan.after).toContain(
      `def upgrade():\n    op.execute("SET lock_timeout = '5s'")\n    with op.get_context().autocommit_block():\n        op.drop_index('ix_orders_legacy_ref', table_name='orders', postgresql_concurrently=True)\n    op.add_column(`,
    );
  });

  it('says so when an earlier fix made a finding go away (no lock left outside an autocommit block)', async () => {
    const text = migration(`    op.drop_index('ix_orders_legacy_ref', table_name='orders')`);
    const plan = await planFor(text);
    expect(plan.kept.map((outcome) => [outcome.finding.rule, outcome.text, outcome.edits])).toEqual([
      ['drop-index-not-concurrently', 'drop ix_orders_legacy_ref with postgresql_concurrently=True in an autocommit block', expect.any(Array)],
      ['lock-timeout-missing', 'no longer reported once the fixes above are made', []],
    ]);
    expect(plan.after).not.toContain('lock_timeout');
  });

  it("counts the downgrade's drop_index as fixed when the create_index fix already made it concurrent", async () => {
    const text = migration(`    op.create_index('ix_orders_status', 'orders', ['status'])`, `    op.drop_index('ix_orders_status', table_name='orders')`);
    const plan = await planFor(text);
    const drop = plan.kept.find((outcome) => outcome.finding.rule === 'drop-index-not-concurrently');
    expect(drop).toMatchObject({ text: 'no longer reported once the fixes above are made', edits: [] });
    expect(plan.refused).toEqual([]);
    const after = await findingsOf(plan.after, '/p/v.py');
    expect(after.findings.filter((f) => f.rule.includes('concurrently'))).toEqual([]);
  });
});
