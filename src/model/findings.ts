/** What a check reports: findings, their severities, and the checklist items they decide. */
import type { LockMode } from './schema-change.js';
import type { SqlStatementKind } from './sql.js';

export type Severity = 'error' | 'warning' | 'info';

/** The checklist items of the guide (checklists/migration.yaml uses the same ids). */
export type ChecklistItemId =
  | 'alter-not-drop'
  | 'data-migration-strategy'
  | 'defaults-for-new-columns'
  | 'reversible'
  | 'tested-on-production-copy'
  | 'production-safeguards'
  | 'rollback-plan';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Absolute path of the migration file (formatters make it relative). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** Longer advice with the user's own names, shown by `check --verbose` and the wizard. */
  help?: string;
  suppressed: boolean;
  suppressReason?: string;
  revision?: string;
  /** Accepted by the project's baseline file (`preflight baseline`): shown as such, never fails `check`. */
  baselined?: boolean;
  /** A destructive finding that also says no production safeguard guards the step (production-safeguards reads it). */
  unguarded?: true;
  /** What the rule judged, as data, for the checklist (not part of `check`'s output): see FindingEvidence. */
  evidence?: FindingEvidence;
  /** Lock rules: the lock the operation takes, in `--format json` and SARIF. */
  lock?: FindingLock;
  /** `check --fix --diff --format json|sarif`: the checked rewrite (src/fix). */
  fix?: FindingFix;
}

/** Edits of the file's text, 1-based lines and columns (UTF-16 code units, SARIF's default column kind); end exclusive. */
export interface FindingFix {
  description: string;
  edits: { startLine: number; startColumn: number; endLine: number; endColumn: number; text: string }[];
  /** The same edits as a unified diff of the file (this fix alone); absent when the fix needs a value first. */
  diff?: string;
  /** The fix needs a value from the author first (no edits until then): the key of `--fix-value`, the question. */
  needsValue?: ValueRequest;
}

/** A value a fix needs from the author (a backfill value): what to ask, and the key it is given under. */
export interface ValueRequest {
  /** `table.column`: the key of `--fix-value`. */
  key: string;
  /** What the value is for, as a question. */
  prompt: string;
  /** The column's type as written (`sa.String(length=2)`), to help the author write the value. */
  type?: string;
}

/** The lock behind a lock rule's finding (src/analysis/locks). */
export interface FindingLock {
  table: string;
  mode: LockMode | 'none';
  /** In plain words: "blocks reads and writes". */
  blocks: string;
  rewrite: boolean;
  scan: boolean;
  heldUntil: 'statement' | 'migration' | 'upgrade';
}

/**
 * The step a finding is about, set by the rule that judged it, so the checklist cites the same step
 * (and the same statement of a multi-statement execute) as the rule instead of finding it again.
 * `step` is the step key of rules/shared/destructive.ts: `<function>:<operation index>:<statement offset>`.
 */
export type FindingEvidence =
  | {
      /** A step that destroys existing data: drop_table, drop_column, destructive raw SQL. */
      kind: 'destructive-step';
      step: string;
      /** For raw SQL: the statement's kind (`drop-table`, `update`, `delete`, …). */
      statement?: SqlStatementKind;
      /** `drop_table("users")`, `drop_column users.legacy`, or the statement's text. */
      description: string;
    }
  | {
      /** alter_column(type_=…) that rewrites or may fail on existing values. */
      kind: 'type-change';
      step: string;
    };

/** The rule whose part a destructive finding carries when no production safeguard guards its step (`unguarded`). */
export const SAFEGUARD_RULE = 'destructive-without-safeguard';

/**
 * The rules whose fixes apply to a finding: its own, and destructive-without-safeguard's when the finding carries
 * that rule's part (runner.ts foldSafeguards: a drop-table finding that no production safeguard guards).
 */
export function fixRulesOf(finding: Finding): string[] {
  return finding.unguarded && finding.rule !== SAFEGUARD_RULE ? [finding.rule, SAFEGUARD_RULE] : [finding.rule];
}

/** Whether one of these rules' fixes applies to a finding (suppressed and baselined findings are left alone). */
export function fixableBy(finding: Finding, hasFix: (rule: string) => boolean): boolean {
  return !finding.suppressed && !finding.baselined && fixRulesOf(finding).some(hasFix);
}
