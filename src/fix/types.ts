import type { AnalyzedMigration, Operation } from '../model/facts.js';
import type { Finding } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';
import type { FixProposal } from './edits.js';
import type { FixSource } from './syntax.js';

export interface FixContext {
  finding: Finding;
  /** The operation the finding is about (the one at its line and column). */
  operation: Operation;
  migration: AnalyzedMigration;
  source: FixSource;
  /** The project's settings (dialect, naming convention, `fix-lock-timeout`). */
  settings: RuleSettings;
}

/** One rule's fix: the edits for a finding of that rule, a reason it needs the author, or undefined (no fix for this one). */
export type Fixer = (context: FixContext) => FixProposal | undefined;
