/**
 * What a rule is. One rule = one module under src/rules/ exporting one `Rule`:
 * its stable kebab-case id, default severity, docs (summary, why, bad, good) and
 * the check. `explain`, `learn`, SARIF help and the README table read the docs
 * from here, so they never drift from the check.
 */
import type { RevisionGraph } from '../analysis/graph/graph.js';
import type { AnalyzedMigration } from '../model/facts.js';
import type { ChecklistItemId, FindingEvidence, FindingLock, Severity } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';

export interface Report {
  line: number;
  column: number;
  message: string;
  help?: string;
  /** Overrides the rule's default severity for this finding (e.g. a known-irreversible downgrade). */
  severity?: Severity;
  /**
   * The destructive step the report is about (shared/destructive.ts stepKey): the runner folds the
   * destructive-without-safeguard report into the destructive report on the same step.
   */
  step?: string;
  /** Lock rules: the lock behind the finding (findingLock in src/analysis/locks/migration-locks.ts). */
  lock?: FindingLock;
  /** What the rule judged, as data: the checklist takes its evidence from here (copied to the Finding). */
  evidence?: FindingEvidence;
}

export interface MigrationRuleContext {
  migration: AnalyzedMigration;
  settings: RuleSettings;
  /** This file is the configured reset migration (the guide's 001_initial_clean_schema.py exception). */
  isResetMigration: boolean;
  report(finding: Report): void;
}

export interface ProjectRuleContext {
  graph: RevisionGraph;
  migrations: AnalyzedMigration[];
  settings: RuleSettings;
  report(file: string, finding: Report): void;
}

interface RuleDocs {
  /** Stable, kebab-case, public. */
  id: string;
  /**
   * The rule's place in the guide's order (README table, `explain --list`, SARIF): the registry
   * (src/rules/index.ts, generated) sorts by it, ties by id. Hundreds group the guide's parts:
   * 100 drops, 200 data and defaults, 300 raw SQL, 400 safeguards, 500 reversibility,
   * 600 locking, 700 the revision graph, 800 meta rules. A rule without one is listed last.
   */
  order?: number;
  severity: Severity;
  /** One line: what is flagged. */
  summary: string;
  /** Why it is dangerous, in a few sentences. */
  why: string;
  /** A migration that triggers the rule. */
  bad: string;
  /** The safe way, as a migration. */
  good: string;
  /** Checklist items this rule's findings decide. */
  decides?: ChecklistItemId[];
  /**
   * The part of the guide this rule enforces: the `preflight learn` lesson that teaches it
   * (src/learn/lessons.ts builds each lesson's rule list from this), and the rule's place in
   * that lesson: the lowest `place` is the lesson's main rule, whose bad and good migrations
   * become the lesson's question. Meta and graph rules belong to no lesson.
   */
  guideSection?: { lesson: GuideSection; place: number };
}

/** The parts of the guide a rule can enforce: the ids of the `preflight learn` lessons (src/learn/lessons.ts). */
export type GuideSection =
  | 'never-drop-tables'
  | 'alter-not-drop'
  | 'defaults-for-new-columns'
  | 'data-migration-pattern'
  | 'production-safeguards'
  | 'reversible-downgrades'
  | 'review-sql'
  | 'locks'
  | 'reset-migration-exception';

export interface MigrationRule extends RuleDocs {
  scope: 'migration';
  check(context: MigrationRuleContext): void;
}

export interface ProjectRule extends RuleDocs {
  scope: 'project';
  /**
   * What the rule reads besides the revision graph, so `check FILE` analyses only what findings on
   * FILE depend on: nothing ('graph'), or earlier migrations: `missingAncestors` names those it would
   * read to judge `migration` that `analysed` (by revision) does not hold yet; check FILE analyses
   * them and asks again until it names none. Without `reads`, check FILE analyses every migration.
   */
  reads?:
    | 'graph'
    | {
        missingAncestors(
          migration: AnalyzedMigration,
          context: { graph: RevisionGraph; analysed: ReadonlyMap<string, AnalyzedMigration>; settings: RuleSettings },
        ): string[];
      };
  check(context: ProjectRuleContext): void;
}

export type Rule = MigrationRule | ProjectRule;

