import type { AnalyzedMigration, Operation } from '../model/facts.js';
import type { Finding } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';
import type { FixProposal } from './edits.js';
import type { FixSource } from './syntax.js';

/** What a fix of a finding about the migration as a whole sees (missing-downgrade is on the def line, not an operation). */
export interface MigrationFixContext {
  finding: Finding;
  migration: AnalyzedMigration;
  source: FixSource;
  /** The settings the rules ran with (dialect, naming convention, `fix-lock-timeout`; the rules' own judgements are asked again with them). */
  settings: RuleSettings;
  /** Values the author gave for fixes that need one (`--fix-value users.country='US'`), by `table.column`. */
  values?: ReadonlyMap<string, string>;
  /** The production safeguard to write before a destructive step (the scaffold's text, rendered by io). */
  safeguard?: SafeguardText;
}

export interface FixContext extends MigrationFixContext {
  /** The operation the finding is about (the one at its line and column). */
  operation: Operation;
}

/**
 * The guard statement's lines (unindented) and the import it needs: for a dropped column (the drop-column template's
 * own refusal), or for other steps with the refusal and comment the fix words (the template's guard, saying those).
 */
export type SafeguardText = (
  step: { table: string; column: string } | { refusal: string; comment: string },
) => { lines: string[]; imports: string[] } | undefined;

/** One rule's fix: the edits for a finding of that rule, a reason it needs the author, or undefined (no fix for this one). */
export type Fixer = (context: FixContext) => FixProposal | undefined;

/** A fix for a finding that is on no operation: it gets the migration, not an operation. */
export interface MigrationFixer {
  forMigration: (context: MigrationFixContext) => FixProposal | undefined;
}
