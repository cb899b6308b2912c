/**
 * The rule registry: every rule, by id. Ids are public interface (config,
 * suppressions, JSON output, review records): never rename one without an alias.
 */
import { dropTable } from './drop-table.js';
import { duplicateRevision, missingDownRevision, multipleHeads, revisionCycle } from './graph-rules.js';
import { parseError } from './parse-error.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { unusedSuppression } from './unused-suppression.js';
import type { Rule } from './types.js';

// xtask-style marker: new rules are added above and listed here, in guide order.
export const RULES: readonly Rule[] = [
  dropTable,
  multipleHeads,
  missingDownRevision,
  duplicateRevision,
  revisionCycle,
  parseError,
  suppressionWithoutReason,
  unusedSuppression,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Old or alternative names that still resolve (none yet; kept so renames never break configs). */
export const RULE_ALIASES: Readonly<Record<string, string>> = {};

export function findRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(RULE_ALIASES[id] ?? id);
}
