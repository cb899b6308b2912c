/**
 * What a rule is. One rule = one module under src/rules/ exporting one `Rule`:
 * its stable kebab-case id, default severity, docs (summary, why, bad, good) and
 * the check. `explain`, `learn`, SARIF help and the README table read the docs
 * from here, so they never drift from the check.
 */
import type { RevisionGraph } from '../analysis/graph/graph.js';
import type { AnalyzedMigration, Operation, PyValue } from '../model/facts.js';
import type { ChecklistItemId, FindingEvidence, Severity } from '../model/findings.js';
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
  /** Part of the guide this rule enforces (for `learn`). */
  guideSection?: string;
}

export interface MigrationRule extends RuleDocs {
  scope: 'migration';
  check(context: MigrationRuleContext): void;
}

export interface ProjectRule extends RuleDocs {
  scope: 'project';
  check(context: ProjectRuleContext): void;
}

export type Rule = MigrationRule | ProjectRule;

/** Table an operation acts on: its first argument (`table_name=`), or the batch table. */
export function tableOf(operation: Operation): string | undefined {
  if (operation.receiver === 'batch') return operation.batchTable;
  const value = tableArgument(operation);
  return value?.kind === 'str' ? value.value : undefined;
}

/** The argument that names an operation's table, literal or not (none for batch operations: the batch names it). */
export function tableArgument(operation: Operation): PyValue | undefined {
  if (operation.receiver === 'batch') return undefined;
  const keyword = TABLE_KEYWORD[operation.name] ?? 'table_name';
  const position = TABLE_POSITION[operation.name] ?? 0;
  return operation.kwargs[keyword] ?? operation.args[position];
}

/** Index/constraint operations take the name first and the table second. */
const TABLE_POSITION: Record<string, number> = {
  create_index: 1,
  drop_index: 1,
  create_foreign_key: 1,
  create_unique_constraint: 1,
  create_check_constraint: 1,
  create_primary_key: 1,
  drop_constraint: 1,
};
const TABLE_KEYWORD: Record<string, string> = {
  create_foreign_key: 'source_table',
  rename_table: 'old_table_name',
};

/** Column argument position: `op.add_column(table, column)` vs `batch_op.add_column(column)`. */
export function columnArgumentIndex(operation: Operation): number {
  return operation.receiver === 'batch' ? 0 : 1;
}
