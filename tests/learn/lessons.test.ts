import { describe, expect, it } from 'vitest';
import { buildLessons, LESSON_SPECS, lessonRuleIds, lessonRules, QUESTION } from '../../src/learn/lessons.js';
import { findRule, RULES } from '../../src/rules/index.js';

const META_RULES = new Set(['parse-error', 'suppression-without-reason', 'unused-suppression', 'unparseable-sql']);

describe('lessons', () => {
  it('are nine, one per part of the guide, each with a title, a point and rules', () => {
    expect(LESSON_SPECS).toHaveLength(9);
    expect(new Set(LESSON_SPECS.map((spec) => spec.id)).size).toBe(9);
    for (const spec of LESSON_SPECS) {
      expect(spec.title.length).toBeGreaterThan(0);
      expect(spec.point.length).toBeGreaterThan(20);
      expect(lessonRules(spec.id).length, `rules whose guideSection is ${spec.id}`).toBeGreaterThan(0);
    }
  });

  it('name only rules that exist', () => {
    for (const id of lessonRuleIds()) expect(findRule(id), id).toBeDefined();
  });

  it("are named by the rules' guideSection: every one a lesson, the main rule the lowest place", () => {
    const lessons = new Set<string>(LESSON_SPECS.map((spec) => spec.id));
    for (const rule of RULES) {
      if (!rule.guideSection) continue;
      expect(lessons.has(rule.guideSection.lesson), `${rule.id}: guideSection ${rule.guideSection.lesson} is no lesson`).toBe(true);
      expect(Number.isInteger(rule.guideSection.place) && rule.guideSection.place > 0, `${rule.id}: place`).toBe(true);
    }
    for (const spec of LESSON_SPECS) {
      const places = lessonRules(spec.id).map((rule) => rule.guideSection!.place);
      expect(places).toEqual([...places].sort((a, b) => a - b));
      // One main rule: the question must not depend on the order two rules happen to be registered in.
      expect(places.filter((place) => place === places[0]), `${spec.id} has one main rule`).toHaveLength(1);
    }
    const lesson = buildLessons(1).find((entry) => entry.id === 'review-sql')!;
    expect(lesson.rules.map((rule) => rule.id)[0]).toBe('enum-add-value-in-transaction');
    expect(lesson.rules.map((rule) => rule.id)).toContain('unparseable-sql');
    const locks = buildLessons(1).find((entry) => entry.id === 'locks')!;
    expect(locks.rules.map((rule) => rule.id)[0]).toBe('create-index-not-concurrently');
    expect(locks.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['drop-index-not-concurrently', 'add-unique-constraint', 'add-foreign-key-without-not-valid']));
  });

  it('cover every migration rule except the meta rules', () => {
    const covered = new Set(lessonRuleIds());
    const uncovered = RULES.filter((rule) => rule.scope === 'migration' && !META_RULES.has(rule.id) && !covered.has(rule.id)).map((rule) => rule.id);
    expect(uncovered).toEqual([]);
  });

  it("take their body and question from the main rule's own docs", () => {
    for (const lesson of buildLessons(1)) {
      const main = lessonRules(LESSON_SPECS.find((entry) => entry.id === lesson.id)!.id)[0]!;
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
