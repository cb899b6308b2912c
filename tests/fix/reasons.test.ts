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

describe('destructive-without-safeguard: one guard at the top of upgrade(), or the author', () => {
  it('a step in a dialect branch is guarded by hand (a guard above the branch would stop the other dialects too)', async () => {
    const plan = await planOf(`if op.get_bind().dialect.name == "postgresql":\n    op.drop_table('sessions')`, `op.create_table('sessions', sa.Column('id', sa.Integer(), primary_key=True))`);
    expect(reasonsOf(plan, 'destructive-without-safeguard')).toEqual(['the step runs in a helper or a dialect branch: put the production safeguard before it by hand']);
  });
});

describe('raw-sql-string-execute: sa.text() must not change what the SQL says', () => {
  it("a literal ':name' in the SQL would become a bind parameter: left to the author", async () => {
    const plan = await planOf(`op.get_bind().execute("UPDATE users SET note = 'see :ticket' WHERE note IS NULL")`, 'pass');
    expect(reasonsOf(plan, 'raw-sql-string-execute')).toEqual([
      "sa.text() reads :ticket in the SQL as a bind parameter (and then needs a value for it): escape it as \\:ticket by hand",
    ]);
  });

  it('casts (::) and escaped colons are no binds; with a dict of values the :names are meant as binds', async () => {
    const casts = await planOf(`op.get_bind().execute("UPDATE users SET n = '1'::int, t = '10\\\\:30' WHERE n IS NULL")`, 'pass');
    expect(casts.kept.map((outcome) => outcome.rule)).toContain('raw-sql-string-execute');
    const binds = await planOf(`op.get_bind().execute("UPDATE users SET n = :n WHERE n IS NULL", {"n": 1})`, 'pass');
    expect(binds.kept.map((outcome) => outcome.rule)).toContain('raw-sql-string-execute');
  });
});

describe('a file that calls op’s functions bare (`from alembic.op import …`, rucio)', () => {
  const text = `"""c1"""
import sqlalchemy as sa
from alembic.op import add_column, create_check_constraint, drop_constraint

revision = 'c1'
down_revision = None


def upgrade():
    add_column('rses', sa.Column('vo', sa.String(3), nullable=True))
    create_check_constraint('RSES_VO_NN', 'rses', 'vo is not null')


def downgrade():
    drop_constraint('RSES_VO_NN', 'rses', type_='check')
`;

  async function plan(): Promise<FileFixPlan> {
    const file = '/p/versions/c1.py';
    const parser = await testParser();
    const migration = await analyzeMigration(parser.parse(text, file));
    const graph = buildRevisionGraph([migration.facts]);
    const findings = runRules({ migrations: [migration], graph, settings: SETTINGS, rules: MIGRATION_RULES });
    return planFileFixes(file, text, migration, findings, { parser, graph, settings: SETTINGS });
  }

  it('gets no fix that would call an op the file does not import: each says what to add', async () => {
    const fixes = await plan();
    const IMPORT_OP = 'the fix calls op.…, which this file does not import: add `from alembic import op` and run --fix again';
    // downgrade() drops the constraint but not the column (op.drop_column), and lock_timeout is set with op.execute(…).
    expect(reasonsOf(fixes, 'downgrade-incomplete')).toEqual([IMPORT_OP]);
    expect(reasonsOf(fixes, 'lock-timeout-missing')).toEqual([IMPORT_OP, IMPORT_OP]);
    expect(fixes.kept).toEqual([]);
    expect(fixes.after).toBe(text);
  });
});
