/**
 * The rule registry: every rule, by id. Ids are public interface (config,
 * suppressions, JSON output, review records): never rename one without an alias.
 */
import { addColumnNotNullWithoutDefault } from './add-column-not-null-without-default.js';
import { addForeignKeyWithoutNotValid } from './add-foreign-key-without-not-valid.js';
import { changeColumnType } from './change-column-type.js';
import { createIndexNotConcurrently } from './create-index-not-concurrently.js';
import { destructiveRawSql } from './destructive-raw-sql.js';
import { destructiveWithoutSafeguard } from './destructive-without-safeguard.js';
import { downgradeIncomplete } from './downgrade-incomplete.js';
import { dropAndRecreateTable } from './drop-and-recreate-table.js';
import { dropColumn } from './drop-column.js';
import { dropTable } from './drop-table.js';
import { enumAddValueInTransaction } from './enum-add-value-in-transaction.js';
import { duplicateRevision, missingDownRevision, multipleHeads, revisionCycle } from './graph-rules.js';
import { lockTimeoutMissing } from './lock-timeout-missing.js';
import { locksHeldAcrossStatements } from './locks-held-across-statements.js';
import { missingDowngrade } from './missing-downgrade.js';
import { parseError } from './parse-error.js';
import { rawSqlStringExecute } from './raw-sql-string-execute.js';
import { renameColumn } from './rename-column.js';
import { renameTable } from './rename-table.js';
import { resetMigration } from './reset-migration.js';
import { setNotNullWithoutBackfill } from './set-not-null-without-backfill.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import type { Rule } from './types.js';
import { unparseableSql } from './unparseable-sql.js';
import { unusedSuppression } from './unused-suppression.js';

/** In the guide's order: safety rules, data, defaults, raw SQL, safeguards, reversibility, locking, graph, meta. */
export const RULES: readonly Rule[] = [
  dropTable,
  dropAndRecreateTable,
  dropColumn,
  addColumnNotNullWithoutDefault,
  setNotNullWithoutBackfill,
  rawSqlStringExecute,
  destructiveRawSql,
  unparseableSql,
  destructiveWithoutSafeguard,
  resetMigration,
  missingDowngrade,
  downgradeIncomplete,
  enumAddValueInTransaction,
  createIndexNotConcurrently,
  lockTimeoutMissing,
  locksHeldAcrossStatements,
  changeColumnType,
  renameColumn,
  renameTable,
  addForeignKeyWithoutNotValid,
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
