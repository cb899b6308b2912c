import { describe, expect, it } from 'vitest';
import { buildLessons, LESSON_SPECS, lessonRuleIds, QUESTION } from '../../src/learn/lessons.js';
import { findRule, RULES } from '../../src/rules/index.js';

const META_RULES = new Set(['parse-error', 'suppression-without-reason', 'unused-suppression', 'unparseable-sql']);

describe('lessons', () => {
  it('are eight, one per part of the guide, each with a title, a point and rules', () => {
    expect(LESSON_SPECS).toHaveLength(8);
    expect(new Set(LESSON_SPECS.map((spec) => spec.id)).size).toBe(8);
    for (const spec of LESSON_SPECS) {
      expect(spec.title.length).toBeGreaterThan(0);
      expect(spec.point.length).toBeGreaterThan(20);
      expect(spec.rules.length).toBeGreaterThan(0);
    }
  });

  it('name only rules that exist', () => {
    for (const id of lessonRuleIds()) expect(findRule(id), id).toBeDefined();
  });

  it('cover every migration rule except the meta rules', () => {
    const covered = new Set(lessonRuleIds());
    const uncovered = RULES.filter((rule) => rule.scope === 'migration' && !META_RULES.has(rule.id) && !covered.has(rule.id)).map((rule) => rule.id);
    expect(uncovered).toEqual([]);
  });

  it("take their body and question from the main rule's own docs", () => {
    for (const lesson of buildLessons(1)) {
      const spec = LESSON_SPECS.find((entry) => entry.id === lesson.id)!;
      const main = findRule(spec.rules[0])!;
      expect(lesson.bad).toBe(main.bad);
      expect(lesson.good).toBe(main.good);
      expect(lesson.rules[0]).toEqual({ id: main.id, severity: main.severity, summary: main.summary, why: main.why });
      expect(lesson.question.text).toBe(QUESTION);
      const codes = lesson.question.options.map((option) => option.code).sort();
      expect(codes).toEqual([main.bad, main.good].sort());
      const safe = lesson.question.options[lesson.question.answer]!;
      expect(safe).toEqual({ code: main.good, safe: true });
      expect(lesson.question.options[1 - lesson.question.answer]!.safe).toBe(false);
      for (const text of [lesson.question.feedback.correct, lesson.question.feedback.wrong]) {
        expect(text).toContain(main.id);
        expect(text).toContain(main.summary);
      }
    }
  });

  it('shuffle the options by the seed only', () => {
    const orders = (seed: number) => buildLessons(seed).map((lesson) => lesson.question.answer);
    expect(orders(42)).toEqual(orders(42));
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) seen.add(orders(seed).join(''));
    expect(seen.size).toBeGreaterThan(1);
    // Within one run both positions occur, so "always pick 1" does not win.
    const all = Array.from({ length: 20 }, (_, seed) => orders(seed)).flat();
    expect(all).toContain(0);
    expect(all).toContain(1);
  });
});
