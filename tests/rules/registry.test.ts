// The rules:check of this project (ESLint's checkRuleFiles): every rule is documented, has its own
// test file with valid and invalid cases, its own examples behave (`bad` fires it, `good` does not),
// and the checklist items it decides exist. That the registry holds every rule module is
// tests/docs/rules-index.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChecklistFile } from '../../src/io/fs/checklists.js';
import { RULES, RULES_BY_ID, findRule } from '../../src/rules/index.js';
import { REPO_ROOT } from '../support/cli.js';
import { findingsFor } from '../support/rule-tester.js';
import { ruleTestCases } from '../support/rule-test-cases.js';

const SHIPPED_CHECKLIST = loadChecklistFile(join(REPO_ROOT, 'checklists', 'migration.yaml')).checklist;

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    expect(RULES_BY_ID.size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(findRule('no-such-rule')).toBeUndefined();
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has complete docs', () => {
        expect(rule.summary.length).toBeGreaterThan(10);
        expect(rule.why.length).toBeGreaterThan(40);
        expect(rule.bad.trim()).not.toBe('');
        expect(rule.good.trim()).not.toBe('');
        expect(rule.bad).not.toBe(rule.good);
      });

      it(`has tests/rules/${rule.id}.test.ts with at least one valid and one invalid ruleTester case`, async () => {
        const path = join(REPO_ROOT, 'tests', 'rules', `${rule.id}.test.ts`);
        expect(existsSync(path), `tests/rules/${rule.id}.test.ts exists`).toBe(true);
        const cases = await ruleTestCases(path, readFileSync(path, 'utf8'), rule);
        expect(cases.calls, `ruleTester(<the rule as imported from its module>, { valid, invalid }) in tests/rules/${rule.id}.test.ts`).toBeGreaterThan(0);
        expect(cases.valid, 'valid cases written in the ruleTester call').toBeGreaterThan(0);
        expect(cases.invalid, 'invalid cases (with errors) written in the ruleTester call').toBeGreaterThan(0);
      });

      it('decides only items of the shipped checklist (checklists/migration.yaml)', () => {
        const known = new Set(SHIPPED_CHECKLIST.items.map((item) => item.id));
        expect((rule.decides ?? []).filter((id) => !known.has(id))).toEqual([]);
      });

      // A project rule's examples sketch several files (two heads, a cycle); its own test file runs them.
      if (rule.scope === 'migration') {
        it('fires on its bad example and not on its good example', async () => {
          const bad = await findingsFor(rule, { code: rule.bad });
          expect(bad.filter((f) => !f.suppressed).length, 'findings on `bad`').toBeGreaterThan(0);
          const good = await findingsFor(rule, { code: rule.good });
          expect(good.filter((f) => !f.suppressed), 'findings on `good`').toEqual([]);
        });
      }
    });
  }
});

describe('ruleTestCases (how the registry counts a test file)', () => {
  const dropTable = findRule('drop-table')!;
  const path = join(REPO_ROOT, 'tests', 'rules', 'drop-table.test.ts');
  const file = (body: string) => `import { dropTable } from '../../src/rules/drop-table.js';
import { dropColumn as other } from '../../src/rules/drop-column.js';
import { ruleTester } from '../support/rule-tester.js';
${body}`;

  it('counts the cases written in ruleTester calls for the rule, across calls', async () => {
    const text = file(`
ruleTester(dropTable, { valid: ['def upgrade():\\n    pass\\n', { code: 'x' }], invalid: [{ code: 'y', errors: [{ line: 2 }] }] });
ruleTester(dropTable, { valid: [], invalid: [{ code: 'z', errors: [{ line: 2 }] }] });`);
    expect(await ruleTestCases(path, text, dropTable)).toEqual({ calls: 2, valid: 2, invalid: 2 });
  });

  it('does not count spreads, invalid cases without errors, or calls for another rule', async () => {
    const text = file(`
ruleTester(dropTable, { valid: [...guideCases()], invalid: [{ code: 'y', errors: [] }] });
ruleTester(other, { valid: [{ code: 'x' }], invalid: [{ code: 'y', errors: [{ line: 1 }] }] });`);
    expect(await ruleTestCases(path, text, dropTable)).toEqual({ calls: 1, valid: 0, invalid: 0 });
  });
});
