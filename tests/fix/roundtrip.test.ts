// The fixes that write statements, run for real: each fixed migration goes up, down and up again on a scratch SQLite
// database with rows in it (Alembic's round trip, src/io/alembic/roundtrip.ts), and the downgrade restores the schema.
// The unfixed migration fails the same round trip, so each case shows what the fix changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { planFileFixes } from '../../src/fix/plan.js';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import { runRoundTrip } from '../../src/io/alembic/roundtrip.js';
import { scaffoldSafeguard } from '../../src/io/fix-safeguard.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { testParser } from '../support/parser.js';

const SETTINGS = { ...DEFAULT_RULE_SETTINGS, dialect: 'sqlite' as const };
const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');

/** The tables the fixed migrations change, with a row each (a NOT NULL column without default fails on it). */
const BASE = revisionFile({
  revision: 'a1',
  downRevision: null,
  upgrade: `op.create_table('customers', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('name', sa.String(50)), sa.Column('legacy_code', sa.String(10)))
op.create_table('orders', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('customer_id', sa.Integer()))
op.execute("INSERT INTO customers (id, name, legacy_code) VALUES (1, 'Ada', 'X1')")
op.execute("INSERT INTO orders (id, customer_id) VALUES (1, 1)")`,
  downgrade: `op.drop_table('orders')
op.drop_table('customers')`,
});

const CASES = [
  {
    rule: 'missing-downgrade',
    upgrade: `op.add_column('customers', sa.Column('phone', sa.String(32), nullable=True))
op.alter_column('customers', 'name', new_column_name='full_name')
op.create_table('notes', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('body', sa.Text()))
op.create_index('ix_customers_phone', 'customers', ['phone'])`,
    downgrade: 'pass',
  },
  {
    rule: 'downgrade-incomplete',
    upgrade: `op.add_column('orders', sa.Column('carrier', sa.String(20), nullable=True))
op.add_column('orders', sa.Column('tracking_code', sa.String(40), nullable=True))
op.create_index('ix_orders_tracking_code', 'orders', ['tracking_code'])
op.add_column('orders', sa.Column('shipped_at', sa.DateTime(), nullable=True))`,
    downgrade: `op.drop_column('orders', 'shipped_at')
op.drop_column('orders', 'carrier')`,
  },
  {
    rule: 'add-column-not-null-without-default',
    upgrade: `op.add_column('customers', sa.Column('country', sa.String(2), nullable=False))`,
    downgrade: `with op.batch_alter_table('customers') as batch_op:
    batch_op.drop_column('country')`,
    values: new Map([['customers.country', 'US']]),
  },
  {
    rule: 'destructive-without-safeguard',
    upgrade: `op.drop_column('customers', 'legacy_code')`,
    downgrade: `op.add_column('customers', sa.Column('legacy_code', sa.String(10), nullable=True))`,
  },
];

let python: string;
const projects: AlembicProject[] = [];
beforeAll(async () => {
  python = await findAlembicPython({ root: process.cwd() });
});
afterAll(async () => {
  await Promise.all(projects.map((project) => project.dispose()));
});

async function roundTrip(migration: string, env?: NodeJS.ProcessEnv) {
  const project = await writeAlembicProject({ versions: { 'a1_base.py': BASE, 'b1_change.py': migration } });
  projects.push(project);
  // The base revision inserts the rows these cases need; no generated rows (a dropped column's values cannot come back).
  return runRoundTrip({ python, iniPath: project.iniPath, revision: 'b1', downRevision: 'a1', rows: 0, timeoutMs: 60_000, ...(env ? { env } : {}) });
}

describe('fixed migrations pass the SQLite round trip', () => {
  it.each(CASES)('$rule', async ({ rule, upgrade, downgrade, values }) => {
    const before = revisionFile({ revision: 'b1', downRevision: 'a1', upgrade, downgrade });
    const file = '/project/versions/b1_change.py';
    const parser = await testParser();
    const migration = await analyzeMigration(parser.parse(before, file));
    const graph = buildRevisionGraph([migration.facts]);
    const findings = runRules({ migrations: [migration], graph, settings: SETTINGS, rules: MIGRATION_RULES });
    const plan = await planFileFixes(file, before, migration, findings, {
      parser,
      graph,
      settings: SETTINGS,
      safeguard: scaffoldSafeguard(SETTINGS, { cwd: process.cwd() }),
      ...(values ? { values } : {}),
    });
    const reported = findings.filter((finding) => finding.rule === rule || (rule === 'destructive-without-safeguard' && finding.unguarded));
    expect(reported.length).toBeGreaterThan(0);
    expect(plan.kept.map((outcome) => outcome.rule)).toEqual(reported.map(() => rule));
    expect(plan.refused).toEqual([]);

    const unfixed = await roundTrip(before);
    // The safeguard changes nothing outside production: the unfixed drop already round-trips.
    if (rule !== 'destructive-without-safeguard') expect(unfixed.ok).toBe(false);
    const fixed = await roundTrip(plan.after);
    expect(fixed.steps.filter((step) => !step.ok)).toEqual([]);
    expect(fixed.schemaDiff).toEqual([]);
    expect(fixed.ok).toBe(true);
    if (rule === 'destructive-without-safeguard') {
      // In production the guard stops the drop until the flag allows it.
      const production = await roundTrip(plan.after, { ...process.env, ENVIRONMENT: 'production' });
      expect(production.ok).toBe(false);
      expect(production.steps.find((step) => !step.ok)?.error).toContain('run it with ALLOW_DESTRUCTIVE_MIGRATIONS=1');
    }
  });
});
