/**
 * The lessons of `preflight learn`: one per part of the migration guide. Each
 * lesson names the guide's point in a sentence or two and the rules that
 * enforce it; everything else (why, the bad and the good migration, the
 * question's options and feedback) is built from the rule modules' own docs,
 * so a lesson can never drift from the check it teaches. Pure: the only
 * randomness (the order of the question's options) comes from a seed.
 */
import { findRule } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

export interface LessonSpec {
  id: string;
  title: string;
  /** The guide's point, in one or two sentences. */
  point: string;
  /** Rule ids this lesson covers; the first is the main rule (its bad/good become the question). */
  rules: readonly [string, ...string[]];
}

export const LESSON_SPECS: readonly LessonSpec[] = [
  {
    id: 'never-drop-tables',
    title: 'Never drop tables in regular migrations',
    point: 'Dropping a table destroys its data for good, and a downgrade cannot bring the rows back. Keep the table and change it in place.',
    rules: ['drop-table', 'rename-table'],
  },
  {
    id: 'alter-not-drop',
    title: 'Use ALTER, not DROP + CREATE',
    point:
      'Change existing structures with ALTER TABLE and ALTER COLUMN instead of dropping and recreating them; drop a column only when it is truly unused, after a deprecation period.',
    rules: ['drop-and-recreate-table', 'drop-column', 'change-column-type', 'rename-column'],
  },
  {
    id: 'defaults-for-new-columns',
    title: 'Defaults for new columns',
    point: 'A new column on an existing table is nullable or comes with a default, so the rows already there stay valid.',
    rules: ['add-column-not-null-without-default'],
  },
  {
    id: 'data-migration-pattern',
    title: 'The data migration pattern',
    point:
      'Restructure data in steps: add the new column as nullable, migrate the data, then make it NOT NULL; drop the old column later, in a separate migration.',
    rules: ['set-not-null-without-backfill', 'raw-sql-string-execute'],
  },
  {
    id: 'production-safeguards',
    title: 'Production safeguards',
    point: 'Risky operations check the environment first, so they can be stopped (or blocked entirely) before they run in production.',
    rules: ['destructive-without-safeguard', 'destructive-raw-sql'],
  },
  {
    id: 'reversible-downgrades',
    title: 'Reversible downgrades',
    point: 'Every migration can be undone: test upgrade, downgrade -1 and upgrade again before deploying.',
    rules: ['missing-downgrade', 'downgrade-incomplete'],
  },
  {
    id: 'review-sql',
    title: 'Review the SQL before running it',
    point:
      'Generate the SQL with `alembic upgrade head --sql` and read it before it runs: what it locks, and whether it can run inside a transaction at all.',
    rules: ['create-index-not-concurrently', 'enum-add-value-in-transaction', 'add-foreign-key-without-not-valid', 'lock-timeout-missing', 'locks-held-across-statements', 'unparseable-sql'],
  },
  {
    id: 'reset-migration-exception',
    title: 'The 001_initial_clean_schema.py exception',
    point:
      'The one-time reset migration may wipe the schema, but only during initial setup, never on production data, and only behind the ALLOW_DESTRUCTIVE_MIGRATIONS flag. Future migrations must not follow its pattern.',
    rules: ['reset-migration'],
  },
];

export const QUESTION = 'Which of these two migrations is safe?';

export interface QuestionOption {
  /** The migration shown as this option. */
  code: string;
  safe: boolean;
}

export interface LessonRuleDocs {
  id: string;
  severity: Rule['severity'];
  summary: string;
  why: string;
}

export interface Lesson {
  id: string;
  title: string;
  point: string;
  /** The rules this lesson covers, main rule first, with their docs. */
  rules: LessonRuleDocs[];
  /** The main rule's bad and good migrations. */
  bad: string;
  good: string;
  question: {
    text: string;
    /** Two options, in seeded order; exactly one is safe. */
    options: [QuestionOption, QuestionOption];
    /** Index (0 or 1) of the safe option. */
    answer: 0 | 1;
    /** Shown after the answer: names the main rule and its summary. */
    feedback: { correct: string; wrong: string };
  };
}

function requireRule(id: string): Rule {
  const rule = findRule(id);
  if (!rule) throw new Error(`lesson refers to unknown rule ${id}`);
  return rule;
}

/** A small deterministic PRNG step (mulberry32) so the option order depends only on the seed. */
function seededBit(seed: number, index: number): boolean {
  let t = (seed + Math.imul(index + 1, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) % 2 === 1;
}

export function buildLesson(spec: LessonSpec, seed: number, index: number): Lesson {
  const rules = spec.rules.map(requireRule);
  const main = rules[0]!;
  const bad: QuestionOption = { code: main.bad, safe: false };
  const good: QuestionOption = { code: main.good, safe: true };
  const goodFirst = seededBit(seed, index);
  const rule = `${main.id} (${main.severity})`;
  return {
    id: spec.id,
    title: spec.title,
    point: spec.point,
    rules: rules.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary, why: r.why })),
    bad: main.bad,
    good: main.good,
    question: {
      text: QUESTION,
      options: goodFirst ? [good, bad] : [bad, good],
      answer: goodFirst ? 0 : 1,
      feedback: {
        correct: `Right. The other one is what ${rule} flags: ${main.summary}`,
        wrong: `Not quite: that one is what ${rule} flags: ${main.summary}`,
      },
    },
  };
}

/** All lessons, in the guide's order; `seed` decides each question's option order. */
export function buildLessons(seed: number): Lesson[] {
  return LESSON_SPECS.map((spec, index) => buildLesson(spec, seed, index));
}

/** Every rule id a lesson covers. */
export function lessonRuleIds(): string[] {
  return LESSON_SPECS.flatMap((spec) => spec.rules);
}
