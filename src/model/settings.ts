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
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  dialect: 'postgresql',
  guardVariables: ['ENVIRONMENT', 'ALLOW_DESTRUCTIVE_MIGRATIONS'],
  destructiveFlag: 'ALLOW_DESTRUCTIVE_MIGRATIONS',
  resetMigrations: ['001_initial_clean_schema.py'],
};

export type ConventionKind = 'ix' | 'uq' | 'ck' | 'fk' | 'pk';

export type NamingConvention = Partial<Record<ConventionKind, string>>;
