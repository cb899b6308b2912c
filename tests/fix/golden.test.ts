// Each fix against golden before/after sources: the rewrite is exactly the expected one (comments, quotes and
// layout of the rest untouched), the rule no longer reports the fixed file, and real Alembic loads it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { FIXES } from '../../src/fix/index.js';
import { planFileFixes, type FileFixPlan } from '../../src/fix/plan.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { runProcess } from '../../src/io/process.js';
import { testParser } from '../support/parser.js';
import { writeAlembicProject } from '../support/alembic-project.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const SETTINGS = { ...DEFAULT_RULE_SETTINGS, dialect: 'postgresql' as const };
const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');

async function findingsOf(text: string, file: string, settings = SETTINGS) {
  const parser = await testParser();
  const migration = await analyzeMigration(parser.parse(text, file));
  const graph = buildRevisionGraph([migration.facts]);
  return { migration, graph, findings: runRules({ migrations: [migration], graph, settings, rules: MIGRATION_RULES }) };
}

/** The plan of the file's fixes: every fix, or only `rule`'s (a golden case shows one rule's rewrite). */
async function planFor(text: string, file = '/project/versions/0001_test.py', rule?: string, settings = SETTINGS): Promise<FileFixPlan> {
  const { migration, graph, findings } = await findingsOf(text, file, settings);
  const fixes = rule === undefined ? FIXES : new Map([[rule, FIXES.get(rule)!]]);
  return planFileFixes(file, text, migration, findings, { parser: await testParser(), graph, settings, fixes });
}

const cases = readdirSync(GOLDEN).flatMap((rule) =>
  readdirSync(join(GOLDEN, rule))
    .filter((name) => name.endsWith('.before.py'))
    .map((name) => ({ rule, name: name.replace('.before.py', ''), path: join(GOLDEN, rule, name) })),
);

describe('fixes against golden sources', () => {
  const fixed: { name: string; text: string }[] = [];

  it.each(cases)('$rule: $name', async ({ rule, path }) => {
    const before = readFileSync(path, 'utf8');
    const beforeFindings = (await findingsOf(before, '/project/versions/x.py')).findings.filter((f) => f.rule === rule);
    expect(beforeFindings.length).toBeGreaterThan(0);
    const plan = await planFor(before, undefined, rule);
    expect(plan.refused).toEqual([]);
    expect(plan.manual).toEqual([]);
    expect(plan.kept.map((outcome) => outcome.finding.rule)).toEqual(beforeFindings.map(() => rule));
    const afterPath = path.replace('.before.py', '.after.py');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(afterPath, plan.after);
    expect(plan.after).toBe(readFileSync(afterPath, 'utf8'));
    const after = await findingsOf(plan.after, '/project/versions/x.py');
    expect(after.findings.filter((f) => f.rule === rule)).toEqual([]);
    expect(after.findings.filter((f) => f.rule === 'parse-error')).toEqual([]);
    fixed.push({ name: path.split('/').slice(-2).join('_'), text: plan.after });
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
    const revisions = fixed.map(({ text }) => /^revision = '([0-9a-f]+)'/m.exec(text)![1]);
    for (const revision of revisions) expect(result.stdout).toContain(`${revision} (head)`);
  });
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

