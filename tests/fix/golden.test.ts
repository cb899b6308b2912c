// Each fix against golden before/after sources: the rewrite is exactly the expected one (comments, quotes and
// layout of the rest untouched), the rule no longer reports the fixed file, and real Alembic loads it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { fixRulesOf, planFileFixes, type FileFixPlan } from '../../src/fix/plan.js';
import { scaffoldSafeguard } from '../../src/io/fix-safeguard.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/runner.js';
import { runProcess } from '../../src/io/process.js';
import { testParser } from '../support/parser.js';
import { writeAlembicProject } from '../support/alembic-project.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const SETTINGS = { ...DEFAULT_RULE_SETTINGS, dialect: 'postgresql' as const };
const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');
/** The production safeguard as check --fix writes it: the shipped drop-column template's. */
const SAFEGUARD = scaffoldSafeguard(SETTINGS, { cwd: process.cwd() });

async function findingsOf(text: string, file: string) {
  const parser = await testParser();
  const migration = await analyzeMigration(parser.parse(text, file));
  const graph = buildRevisionGraph([migration.facts]);
  return { migration, graph, findings: runRules({ migrations: [migration], graph, settings: SETTINGS, rules: MIGRATION_RULES }) };
}

async function planFor(text: string, file = '/project/versions/0001_test.py', values?: ReadonlyMap<string, string>): Promise<FileFixPlan> {
  const { migration, graph, findings } = await findingsOf(text, file);
  return planFileFixes(file, text, migration, findings, { parser: await testParser(), graph, settings: SETTINGS, safeguard: SAFEGUARD, ...(values ? { values } : {}) });
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

const cases = readdirSync(GOLDEN).flatMap((rule) =>
  readdirSync(join(GOLDEN, rule))
    .filter((name) => name.endsWith('.before.py'))
    .map((name) => ({ rule, name: name.replace('.before.py', ''), path: join(GOLDEN, rule, name) })),
);

describe('fixes against golden sources', () => {
  const fixed: { name: string; text: string }[] = [];

  it.each(cases)('$rule: $name', async ({ rule, path }) => {
    const before = readFileSync(path, 'utf8');
    // A finding carries destructive-without-safeguard's part when no safeguard guards its drop (fixRulesOf).
    const beforeFindings = (await findingsOf(before, '/project/versions/x.py')).findings.filter((f) => fixRulesOf(f).includes(rule));
    expect(beforeFindings.length).toBeGreaterThan(0);
    const plan = await planFor(before, undefined, valuesFor(path));
    expect(plan.refused).toEqual([]);
    expect(plan.manual).toEqual([]);
    expect(plan.kept.map((outcome) => outcome.rule)).toEqual(beforeFindings.map(() => rule));
    const afterPath = path.replace('.before.py', '.after.py');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(afterPath, plan.after);
    expect(plan.after).toBe(readFileSync(afterPath, 'utf8'));
    const after = await findingsOf(plan.after, '/project/versions/x.py');
    expect(after.findings.filter((f) => fixRulesOf(f).includes(rule))).toEqual([]);
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
    const revisions = fixed.map(({ text }) => /^revision(?:: str)? = ['"]([0-9a-f]+)['"]/m.exec(text)![1]);
    for (const revision of revisions) expect(result.stdout).toContain(`${revision} (head)`);
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

