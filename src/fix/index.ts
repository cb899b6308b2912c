/**
 * The fixes, by rule id. They live here rather than in the rule files: a fix edits the syntax tree, which the rules
 * never see (they read MigrationFacts only), and a rule file stays its docs and its check. One fix = one file,
 * named after its rule.
 */
import { addCheckConstraintWithoutNotValidFix } from './add-check-constraint-without-not-valid.js';
import { addColumnNotNullWithoutDefaultFix } from './add-column-not-null-without-default.js';
import { addForeignKeyWithoutNotValidFix } from './add-foreign-key-without-not-valid.js';
import { addPrimaryKeyOnExistingTableFix } from './add-primary-key-on-existing-table.js';
import { addUniqueConstraintFix } from './add-unique-constraint.js';
import { concurrentlyOutsideAutocommitFix } from './concurrently-outside-autocommit.js';
import { createIndexNotConcurrentlyFix } from './create-index-not-concurrently.js';
import { destructiveWithoutSafeguardFix } from './destructive-without-safeguard.js';
import { downgradeIncompleteFix } from './downgrade-incomplete.js';
import { dropIndexNotConcurrentlyFix } from './drop-index-not-concurrently.js';
import { enumAddValueInTransactionFix } from './enum-add-value-in-transaction.js';
import { lockTimeoutMissingFix } from './lock-timeout-missing.js';
import { missingDowngradeFix } from './missing-downgrade.js';
import { rawSqlStringExecuteFix } from './raw-sql-string-execute.js';
import type { Fixer, MigrationFixer } from './types.js';

export const FIXES: ReadonlyMap<string, Fixer | MigrationFixer> = new Map<string, Fixer | MigrationFixer>([
  ['raw-sql-string-execute', rawSqlStringExecuteFix],
  ['create-index-not-concurrently', createIndexNotConcurrentlyFix],
  ['concurrently-outside-autocommit', concurrentlyOutsideAutocommitFix],
  ['enum-add-value-in-transaction', enumAddValueInTransactionFix],
  ['missing-downgrade', missingDowngradeFix],
  ['downgrade-incomplete', downgradeIncompleteFix],
  ['add-column-not-null-without-default', addColumnNotNullWithoutDefaultFix],
  ['destructive-without-safeguard', destructiveWithoutSafeguardFix],
  ['drop-index-not-concurrently', dropIndexNotConcurrentlyFix],
  ['add-foreign-key-without-not-valid', addForeignKeyWithoutNotValidFix],
  ['add-check-constraint-without-not-valid', addCheckConstraintWithoutNotValidFix],
  ['add-unique-constraint', addUniqueConstraintFix],
  ['add-primary-key-on-existing-table', addPrimaryKeyOnExistingTableFix],
  ['lock-timeout-missing', lockTimeoutMissingFix],
]);
