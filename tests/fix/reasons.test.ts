// What the downgrade, NOT NULL column and safeguard fixes leave to the author, and why: each reason is what
// check --fix prints after "needs you:" / "needs a value:". Nothing is written for these.
import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { pythonLiteral } from '../../src/fix/add-column-not-null-without-default.js';
import { planFileFixes, type FileFixPlan } from '../../src/fix/plan.js';
import { scaffoldSafeguard } from '../../src/io/fix-safeguard.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { revisionFile } from '../support/alembic-project.js';
import { testParser } from '../support/parser.js';

const SETTINGS = { ...DEFAULT_RULE_SETTINGS, dialect: 'postgresql' as const };
const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');

async function planOf(upgrade: string, downgrade: string, header = ''): Promise<FileFixPlan> {
  const text = revisionFile({ revision: 'c1', downRevision: null, upgrade: `op.execute("SET lock_timeout = '5s'")\n${upgrade}`, downgrade, header });
  const file = '/p/versions/c1.py';
  const parser = await testParser();
  const migration = await analyzeMigration(parser.parse(text, file));
  const graph = buildRevisionGraph([migration.facts]);
  const findings = runRules({ migrations: [migration], graph, settings: SETTINGS, rules: MIGRATION_RULES });
  const plan = await planFileFixes(file, text, migration, findings, { parser, graph, settings: SETTINGS, safeguard: scaffoldSafeguard(SETTINGS, { cwd: process.cwd() }) });
  return plan;
}

/** The reasons the rule's fix gives; it wrote nothing (other rules' fixes may have). */
function reasonsOf(plan: FileFixPlan, rule: string): string[] {
  expect(plan.kept.filter((outcome) => outcome.rule === rule)).toEqual([]);
  return plan.manual.filter((outcome) => outcome.rule === rule).map((outcome) => outcome.text);
}

describe('missing-downgrade: no downgrade unless every inverse is known', () => {
  it('the upgrade runs raw SQL', async () => {
    const plan = await planOf(`op.add_column('users', sa.Column('bio', sa.Text(), nullable=True))\nop.execute("CREATE TABLE audit (id integer)")`, 'pass');
    expect(reasonsOf(plan, 'missing-downgrade')).toEqual(['the upgrade\'s raw SQL has no known inverse (execute "CREATE TABLE audit (id integer)")']);
  });

  it('an inverse needs what the upgrade does not say (a dropped column’s type)', async () => {
    const plan = await planOf(`op.drop_column('users', 'fax')`, 'pass');
    expect(reasonsOf(plan, 'missing-downgrade')).toEqual([
      "drop_column users.fax: its inverse needs what the upgrade does not say (op.add_column('users', sa.Column('fax', <type>, nullable=True)))",
    ]);
  });

  it('the upgrade calls code imported from another module', async () => {
    const plan = await planOf(`op.add_column('users', sa.Column('bio', sa.Text(), nullable=True))\nmigration.create_table_if_not_exists('notes')`, 'pass', 'from shop.db import migration');
    expect(reasonsOf(plan, 'missing-downgrade')).toEqual(['upgrade() calls migration.create_table_if_not_exists(), which Preflight cannot see into: write downgrade() by hand']);
  });

  it('an unnamed constraint cannot be dropped by name', async () => {
    const plan = await planOf(`op.create_unique_constraint(None, 'users', ['email'])`, 'pass');
    expect(reasonsOf(plan, 'missing-downgrade')).toEqual([
      expect.stringMatching(/^create_unique_constraint .*creates an unnamed constraint, which downgrade\(\) cannot name to drop: give it a name$/),
    ]);
  });
});

describe('add-column-not-null-without-default: the value is the author’s', () => {
  it('without --fix-value the fix asks for one, with the key and the column type', async () => {
    const plan = await planOf(`op.add_column('users', sa.Column('country', sa.String(length=2), nullable=False))`, "op.drop_column('users', 'country')");
    const [outcome] = plan.manual.filter((each) => each.rule === 'add-column-not-null-without-default');
    expect(outcome?.text).toBe('what the existing rows of users get in country (--fix-value users.country=VALUE)');
    expect(outcome?.needsValue).toEqual({ key: 'users.country', prompt: 'Value for country in the existing rows of users', type: 'sa.String(length=2)' });
  });

  it('reads a value as a number, a boolean or text, quotes optional', () => {
    expect(pythonLiteral('42')).toBe('42');
    expect(pythonLiteral('-1.5')).toBe('-1.5');
    expect(pythonLiteral('TRUE')).toBe('True');
    expect(pythonLiteral('US')).toBe("'US'");
    expect(pythonLiteral("'42'")).toBe("'42'");
    expect(pythonLiteral(`"it's"`)).toBe(`'it\\'s'`);
    expect(pythonLiteral('  ')).toBeUndefined();
  });
});

describe('destructive-without-safeguard: the scaffold’s guard is for drop_column', () => {
  it('a dropped table is guarded by hand', async () => {
    const plan = await planOf(`op.drop_table('sessions')`, `op.create_table('sessions', sa.Column('id', sa.Integer(), primary_key=True))`);
    expect(reasonsOf(plan, 'destructive-without-safeguard')).toEqual([
      "the scaffold's production safeguard is written for drop_column: guard this step by hand (the help shows how)",
    ]);
  });
});
