/**
 * Drift check: src/rules/index.ts and the shipped checklist's decide.rules are exactly what
 * scripts/generate-rules.mjs makes from the rule modules.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../src/rules/index.js';
import { REPO_ROOT } from '../support/cli.js';

const SCRIPT = join(REPO_ROOT, 'scripts', 'generate-rules.mjs');
const RULES_DIR = join(REPO_ROOT, 'src', 'rules');
const CHECKLIST = join(REPO_ROOT, 'checklists', 'migration.yaml');

function generator(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A copy of src/rules/ to add files to. */
function rulesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-rules-'));
  cpSync(RULES_DIR, dir, { recursive: true });
  return dir;
}

/** A copy of the shipped checklist, next to a rules copy. */
function checklistCopy(dir: string): string {
  const path = join(dir, 'checklist.yaml');
  cpSync(CHECKLIST, path);
  return path;
}

const NEW_RULE = `import type { MigrationRule } from './types.js';

export const addIndexOnBigTable: MigrationRule = {
  id: 'add-index-on-big-table',
  order: 150,
  scope: 'migration',
  severity: 'warning',
  summary: 'An index on a big table.',
  why: 'Because.',
  bad: 'bad',
  good: 'good',
  check() {},
};
`;

describe('rule registry (src/rules/index.ts)', () => {
  it('is what the generator makes from the rule modules (run npm run docs)', async () => {
    const generated = await generator(['--stdout']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(generated.stdout);
    expect((await generator(['--check'])).code).toBe(0);
  });

  it('holds every rule that a module of src/rules/ exports, each once', async () => {
    const exported = new Set<unknown>();
    for (const file of readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
      const module = (await import(join(RULES_DIR, file))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const rule = value as { id?: unknown; scope?: unknown; check?: unknown } | null;
        if (rule && typeof rule === 'object' && typeof rule.id === 'string' && (rule.scope === 'migration' || rule.scope === 'project') && typeof rule.check === 'function') exported.add(rule);
      }
    }
    expect(RULES.filter((rule) => !exported.has(rule)).map((rule) => rule.id)).toEqual([]);
    expect([...exported].filter((rule) => !RULES.includes(rule as (typeof RULES)[number])).map((rule) => (rule as { id: string }).id)).toEqual([]);
  });

  it("is in the order of the rules' `order` field", () => {
    const orders = RULES.map((rule) => rule.order ?? Number.MAX_VALUE);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('lists a new rule without an order after the ordered rules (a merge needs only a regeneration)', async () => {
    const dir = rulesCopy();
    writeFileSync(join(dir, 'add-index-on-big-table.ts'), NEW_RULE.replace('  order: 150,\n', ''));
    const generated = await generator(['--stdout', '--rules', dir]);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toContain('  unusedSuppression,\n  addIndexOnBigTable,\n];');
  });

  it('picks up a new rule module by itself: --check fails until regenerated, and the rule lands at its order', async () => {
    const dir = rulesCopy();
    const paths = ['--rules', dir, '--checklist', checklistCopy(dir)];
    writeFileSync(join(dir, 'add-index-on-big-table.ts'), NEW_RULE);
    const stale = await generator(['--check', ...paths]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('the rule registry is out of date; run npm run docs');
    expect((await generator(paths)).code).toBe(0);
    expect((await generator(['--check', ...paths])).code).toBe(0);
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    expect(index).toContain("import { addIndexOnBigTable } from './add-index-on-big-table.js';");
    // order 150: after drop-column (120), before add-column-not-null-without-default (200).
    expect(index).toContain('  dropColumn,\n  addIndexOnBigTable,\n  addColumnNotNullWithoutDefault,\n');
  });

  it('refuses, naming file and line, an exported rule it cannot place', async () => {
    const dir = rulesCopy();
    writeFileSync(join(dir, 'unordered.ts'), NEW_RULE.replace('  order: 150,', '  order: ORDER,'));
    const unordered = await generator(['--stdout', '--rules', dir]);
    expect(unordered.code).toBe(1);
    expect(unordered.stderr).toMatch(/^generate-rules: .*unordered\.ts:5: rule add-index-on-big-table: write order as a number literal/);
    expect(unordered.stderr.trim().split('\n')).toHaveLength(1);

    writeFileSync(join(dir, 'unordered.ts'), NEW_RULE.replace(': MigrationRule = {', ' = {'));
    const untyped = await generator(['--stdout', '--rules', dir]);
    expect(untyped.code).toBe(1);
    expect(untyped.stderr).toMatch(/unordered\.ts:3: addIndexOnBigTable looks like a rule: declare it as `export const addIndexOnBigTable: MigrationRule = \{`/);

    writeFileSync(join(dir, 'unordered.ts'), NEW_RULE.replace("id: 'add-index-on-big-table'", "id: 'drop-table'"));
    const duplicate = await generator(['--stdout', '--rules', dir]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/rule id drop-table is already used by .*drop-table\.ts/);
  });
});

describe("the shipped checklist's decide.rules (checklists/migration.yaml)", () => {
  it("are the rules whose module `decides` the item, in registry order", async () => {
    expect((await generator(['--check'])).code).toBe(0);
    const { items } = parseYaml(readFileSync(CHECKLIST, 'utf8')) as { items: { id: string; decide?: { rules: string[] } }[] };
    for (const item of items) {
      const ids = RULES.filter((rule) => (rule.decides as string[] | undefined)?.includes(item.id)).map((rule) => rule.id);
      expect(item.decide?.rules ?? [], item.id).toEqual(ids);
    }
    expect(items.filter((item) => item.decide).length).toBeGreaterThan(0);
  });

  it("follow a new rule's decides: --check fails until regenerated; the list gains it, and an item no rule decides any more loses its decide", async () => {
    const dir = rulesCopy();
    const checklist = checklistCopy(dir);
    const original = readFileSync(checklist, 'utf8');
    writeFileSync(join(dir, 'add-index-on-big-table.ts'), NEW_RULE.replace("  check() {},", "  decides: ['reversible', 'tested-on-production-copy'],\n  check() {},"));
    // reset-migration no longer decides alter-not-drop: the list loses it.
    const reset = join(dir, 'reset-migration.ts');
    writeFileSync(reset, readFileSync(reset, 'utf8').replace("  decides: ['alter-not-drop'],\n", ''));
    const stale = await generator(['--check', '--rules', dir, '--checklist', checklist]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("the checklist's decide.rules is out of date; run npm run docs");
    expect((await generator(['--rules', dir, '--checklist', checklist])).code).toBe(0);
    const next = readFileSync(checklist, 'utf8');
    expect(next).toContain('      rules: [drop-table, drop-and-recreate-table]\n');
    expect(next).toContain('      rules: [add-index-on-big-table, missing-downgrade, downgrade-incomplete]\n');
    expect(next).toContain('    notePrompt: Where and when did you test (database, date, data size)?\n    decide:\n      rules: [add-index-on-big-table]\n  - id: production-safeguards\n');
    // Nothing else moved: the questions, comments and wording are as written.
    const unchanged = (text: string) => text.split('\n').filter((line) => !/^ {4}decide:$|^ {6}rules: /.test(line));
    expect(unchanged(next)).toEqual(unchanged(original));
  });

  it('refuses a decides that names no item of the checklist', async () => {
    const dir = rulesCopy();
    writeFileSync(join(dir, 'add-index-on-big-table.ts'), NEW_RULE.replace("  check() {},", "  decides: ['tested-on-staging'],\n  check() {},"));
    const result = await generator(['--check', '--rules', dir, '--checklist', checklistCopy(dir)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^generate-rules: .*checklist\.yaml: rule add-index-on-big-table decides tested-on-staging, which the checklist has no item for\n$/);
  });
});
