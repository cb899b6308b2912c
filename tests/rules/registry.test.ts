// The rules:check of this project (ESLint's checkRuleFiles): every rule is registered,
// documented, tested, and its own examples behave: `bad` fires it, `good` does not.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID, findRule } from '../../src/rules/index.js';
import { REPO_ROOT } from '../support/cli.js';
import { findingsFor } from '../support/rule-tester.js';

/** Rules the runner reports itself; their examples are not standalone migrations. */
const RUNNER_RULES = new Set(['parse-error', 'suppression-without-reason', 'unused-suppression']);

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

      it('has its own test file', () => {
        const own = join(REPO_ROOT, 'tests', 'rules', `${rule.id}.test.ts`);
        const shared = join(REPO_ROOT, 'tests', 'rules', rule.scope === 'project' ? 'graph-rules.test.ts' : 'suppressions.test.ts');
        expect(existsSync(own) || (RUNNER_RULES.has(rule.id) || rule.scope === 'project') && existsSync(shared)).toBe(true);
      });

      if (rule.scope === 'migration' && !RUNNER_RULES.has(rule.id)) {
        it('fires on its bad example and not on its good example', async () => {
          const bad = await findingsFor(rule, { code: rule.bad });
          expect(bad.filter((f) => !f.suppressed).length).toBeGreaterThan(0);
          const good = await findingsFor(rule, { code: rule.good });
          expect(good.filter((f) => !f.suppressed)).toEqual([]);
        });
      }
    });
  }
});
