/** The settings the rules read (from `[tool.preflight]`, alembic.ini and env.py). */
import type { Dialect } from './project.js';

export interface RuleSettings {
  dialect: Dialect;
  /** Environment variables whose test counts as a production safeguard. */
  guardVariables: string[];
  /** The flag the reset migration must test. */
  destructiveFlag: string;
  /** File names (or revision ids) of the sanctioned reset migration. */
  resetMigrations: string[];
  /** The `MetaData(naming_convention=…)` of env.py, when it is written there as a literal dict. */
  namingConvention?: NamingConvention;
  /** PostgreSQL major version the lock rules assume (`pg-version`, `--pg-version`; 11 to 17). */
  pgVersion: number;
  /**
   * env.py passes `transaction_per_migration=True` to `context.configure`: each migration commits on its
   * own. Otherwise one `alembic upgrade` runs every pending migration in one transaction, so a lock taken
   * by one is held until the last one commits.
   */
  transactionPerMigration?: boolean;
  /** Where env.py sets lock_timeout for every migration (`connect_args` options, `SET lock_timeout`), as `env.py:LINE`. */
  envLockTimeout?: string;
  /** The lock_timeout `check --fix` sets for lock-timeout-missing (`fix-lock-timeout`; default DEFAULT_FIX_LOCK_TIMEOUT). */
  fixLockTimeout?: string;
}

export const DEFAULT_FIX_LOCK_TIMEOUT = '5s';

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  dialect: 'postgresql',
  guardVariables: ['ENVIRONMENT', 'ALLOW_DESTRUCTIVE_MIGRATIONS'],
  destructiveFlag: 'ALLOW_DESTRUCTIVE_MIGRATIONS',
  resetMigrations: ['001_initial_clean_schema.py'],
  pgVersion: 15,
};

export type ConventionKind = 'ix' | 'uq' | 'ck' | 'fk' | 'pk';

export type NamingConvention = Partial<Record<ConventionKind, string>>;
