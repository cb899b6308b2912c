/**
 * Preflight's configuration: `[tool.preflight]` in pyproject.toml or the top
 * level of `.preflight.toml`. Keys are kebab-case (as in ruff). Validated with
 * zod; an unknown key or a bad value is a UserError naming the key path.
 */
import { z } from 'zod';
import { UserError } from '../model/errors.js';
import { findRule } from '../rules/index.js';
import { DEFAULT_FIX_LOCK_TIMEOUT, DEFAULT_RULE_SETTINGS, type RuleSettings } from '../model/settings.js';
import type { Dialect } from '../model/project.js';
import { MAX_PG_VERSION, MIN_PG_VERSION } from '../analysis/locks/pg-locks.js';

const severity = z.enum(['error', 'warning', 'info', 'off']);

/** `downgrades`: required (default), optional (missing ones are warnings), none (the project never writes them). */
export const DOWNGRADE_POLICIES = ['required', 'optional', 'none'] as const;
export type DowngradePolicy = (typeof DOWNGRADE_POLICIES)[number];
const DOWNGRADE_RULES = ['missing-downgrade', 'downgrade-incomplete'];

export const configSchema = z
  .object({
    dialect: z.enum(['postgresql', 'sqlite', 'mysql']).optional(),
    'pg-version': z
      .number()
      .int('must be a major version such as 15')
      .min(MIN_PG_VERSION, `Preflight knows PostgreSQL ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`)
      .max(MAX_PG_VERSION, `Preflight knows PostgreSQL ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`)
      .optional(),
    rules: z.record(z.string(), severity).optional(),
    'reset-migrations': z.array(z.string().min(1)).optional(),
    'guard-variables': z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')).optional(),
    'destructive-flag': z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name').optional(),
    'reviews-dir': z.string().min(1).optional(),
    checklists: z.array(z.string().min(1)).optional(),
    'templates-dir': z.string().min(1).optional(),
    'allowed-signers': z.string().min(1).optional(),
    baseline: z.string().min(1).optional(),
    downgrades: z.enum(DOWNGRADE_POLICIES).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    // What `check --fix` writes into SET lock_timeout: a PostgreSQL duration that turns the timeout on (0 turns it off).
    'fix-lock-timeout': z
      .string()
      .regex(/^(?=.*[1-9])\d+(\.\d+)?\s*(us|ms|s|min|h|d)?$/, "must be a duration above 0 such as '5s', '500ms' or '2min'")
      .optional(),
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;

export type ConfigSource = 'default' | 'sqlalchemy.url' | string;

/** The effective configuration, each value with where it came from (for `preflight config`). */
export interface EffectiveConfig {
  settings: RuleSettings;
  severities: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** Relative to the configuration file's folder, or undefined for the default (`<script_location>/reviews`). */
  reviewsDir?: string;
  checklists: string[];
  templatesDir?: string;
  /**
   * The repository's own suggestion for the SSH allowed signers file. `verify` honours it only when it
   * names the same file as the verifier's git config, or with --trust-repo-signers: a repository
   * under review cannot choose who may vouch for it.
   */
  allowedSigners?: string;
  /** The baseline file, relative to baseDir; undefined = `.preflight-baseline.json` next to alembic.ini. */
  baseline?: string;
  downgrades: DowngradePolicy;
  /** Globs of version files whose findings are not reported (vendored or generated). */
  exclude: string[];
  /** Folder that relative paths in the configuration are resolved against. */
  baseDir: string;
  sources: Record<string, ConfigSource>;
}

/** Validates a raw table; `where` names the file and table for error messages. */
export function validateConfig(raw: unknown, where: string): RawConfig {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)].join('.');
    const message = issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message;
    throw new UserError(`${where}: ${path || '(root)'}: ${message}`);
  }
  for (const id of Object.keys(result.data.rules ?? {})) {
    if (!findRule(id)) throw new UserError(`${where}: rules.${id}: unknown rule id (see \`preflight explain --list\`)`);
  }
  return result.data;
}

export function resolveConfig(
  raw: RawConfig,
  options: { source: string; baseDir: string; urlDialect?: Dialect },
): EffectiveConfig {
  const sources: Record<string, ConfigSource> = {};
  const pick = <T>(key: string, value: T | undefined, fallback: T, fallbackSource: ConfigSource = 'default'): T => {
    sources[key] = value !== undefined ? options.source : fallbackSource;
    return value ?? fallback;
  };
  const urlDialect = options.urlDialect && options.urlDialect !== 'other' ? options.urlDialect : undefined;
  const dialect = pick<Dialect>(
    'dialect',
    raw.dialect,
    urlDialect ?? DEFAULT_RULE_SETTINGS.dialect,
    urlDialect ? 'sqlalchemy.url' : 'default',
  );
  const severities: EffectiveConfig['severities'] = {};
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const canonical = findRule(id)!.id;
    severities[canonical] = value;
    sources[`rules.${canonical}`] = options.source;
  }
  const optional = <T>(key: string, value: T | undefined): T | undefined => {
    sources[key] = value !== undefined ? options.source : 'default';
    return value;
  };
  const reviewsDir = optional('reviews-dir', raw['reviews-dir']);
  const templatesDir = optional('templates-dir', raw['templates-dir']);
  const allowedSigners = optional('allowed-signers', raw['allowed-signers']);
  const baseline = optional('baseline', raw.baseline);
  const downgrades = pick<DowngradePolicy>('downgrades', raw.downgrades, 'required');
  // The policy sets the downgrade rules' severity; an explicit [tool.preflight.rules] entry still wins.
  for (const id of DOWNGRADE_RULES) {
    if (downgrades === 'required' || severities[id] !== undefined) continue;
    severities[id] = downgrades === 'none' ? 'off' : 'warning';
    sources[`rules.${id}`] = `${options.source} (downgrades = "${downgrades}")`;
  }
  return {
    settings: {
      dialect,
      guardVariables: pick('guard-variables', raw['guard-variables'], DEFAULT_RULE_SETTINGS.guardVariables),
      destructiveFlag: pick('destructive-flag', raw['destructive-flag'], DEFAULT_RULE_SETTINGS.destructiveFlag),
      resetMigrations: pick('reset-migrations', raw['reset-migrations'], DEFAULT_RULE_SETTINGS.resetMigrations),
      pgVersion: pick('pg-version', raw['pg-version'], DEFAULT_RULE_SETTINGS.pgVersion),
      fixLockTimeout: pick('fix-lock-timeout', raw['fix-lock-timeout'], DEFAULT_FIX_LOCK_TIMEOUT),
    },
    severities,
    ...(reviewsDir !== undefined ? { reviewsDir } : {}),
    checklists: pick('checklists', raw.checklists, []),
    ...(templatesDir !== undefined ? { templatesDir } : {}),
    ...(allowedSigners !== undefined ? { allowedSigners } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    downgrades,
    exclude: pick('exclude', raw.exclude, []),
    baseDir: options.baseDir,
    sources,
  };
}
