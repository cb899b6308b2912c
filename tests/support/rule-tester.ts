/**
 * ESLint-style rule tests: `valid` code must produce no finding of the rule,
 * every `invalid` case exactly the listed findings (by line, and message text).
 * Code is parsed by the real parser and SQL by the real libpg-query.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import { runRules } from '../../src/rules/runner.js';
import { type Rule } from '../../src/rules/types.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/model/settings.js';
import { type Finding } from '../../src/model/findings.js';
import { parseSource } from './parser.js';

export interface RuleCase {
  code: string;
  /** File name of the migration (default 0001_test.py); the reset rule cares. */
  file?: string;
  settings?: Partial<RuleSettings>;
  name?: string;
  /** More migrations of the same project, for the revision-graph rules (two heads, a duplicate id, a cycle). */
  others?: { file: string; code: string }[];
}

export interface InvalidCase extends RuleCase {
  /** `file`: the migration's file name, when the case has `others`. */
  errors: { line: number; file?: string; message?: string | RegExp; severity?: Finding['severity']; suppressed?: boolean }[];
}

export async function findingsFor(rule: Rule, testCase: RuleCase): Promise<Finding[]> {
  const sources = [{ file: testCase.file ?? '0001_test.py', code: testCase.code }, ...(testCase.others ?? [])];
  const facts = await Promise.all(sources.map((source) => parseSource(source.code, `versions/${source.file}`)));
  const migrations = await Promise.all(facts.map((entry) => analyzeMigration(entry)));
  const findings = runRules({
    migrations,
    graph: buildRevisionGraph(facts),
    settings: { ...DEFAULT_RULE_SETTINGS, ...testCase.settings },
    rules: [rule],
  });
  return findings.filter((finding) => finding.rule === rule.id);
}

export function ruleTester(rule: Rule, cases: { valid: (string | RuleCase)[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id}: valid`, () => {
    cases.valid.forEach((testCase, index) => {
      const normalised = typeof testCase === 'string' ? { code: testCase } : testCase;
      it(normalised.name ?? `valid #${index + 1}`, async () => {
        const findings = await findingsFor(rule, normalised);
        expect(findings.filter((f) => !f.suppressed).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    });
  });
  describe(`${rule.id}: invalid`, () => {
    cases.invalid.forEach((testCase, index) => {
      it(testCase.name ?? `invalid #${index + 1}`, async () => {
        const findings = await findingsFor(rule, testCase);
        expect(findings.map((f) => f.line)).toEqual(testCase.errors.map((e) => e.line));
        testCase.errors.forEach((expected, i) => {
          const finding = findings[i]!;
          if (expected.file !== undefined) expect(finding.file).toBe(`versions/${expected.file}`);
          if (expected.message !== undefined) expect(finding.message).toMatch(expected.message);
          if (expected.severity !== undefined) expect(finding.severity).toBe(expected.severity);
          expect(finding.suppressed).toBe(expected.suppressed ?? false);
        });
      });
    });
  });
}
