/**
 * `preflight sql [REV]`: the SQL a migration's upgrade emits, rendered by Alembic's offline
 * (`--sql`) mode, with findings that point at the statements (line in the printed SQL).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { offlineSqlMigration } from '../../analysis/offline-sql.js';
import { buildRevisionGraph } from '../../analysis/graph/graph.js';
import type { RuleSettings } from '../../model/settings.js';
import { RULES } from '../../rules/index.js';
import { runRules } from '../../rules/runner.js';
import { AlembicRunError, renderOfflineSql } from '../../io/alembic/offline-sql.js';
import { findAlembicPython } from '../../io/alembic/python.js';
import { loadProject, type LoadedProject } from '../../io/load-project.js';
import type { Severity } from '../../model/findings.js';
import { defineCommand, type GlobalOptions, projectLocation } from '../command.js';
import { COLORS, NO_COLORS } from '../format/colors.js';

const FORMATS = ['text', 'json'] as const;
const DIALECTS = ['postgresql', 'sqlite', 'mysql'] as const;
const TIMEOUT_MS = 120_000;

/** A migration picked by `[REV]`, with what Alembic needs to run it. */
export interface AlembicTarget {
  loaded: LoadedProject;
  iniPath: string;
  revision: string;
  downRevision: string | string[] | null;
  /** Absolute path of the migration file. */
  file: string;
}

/** Loads the project and picks `rev` (a revision id, a unique prefix or a file path), default: the single head. */
export async function resolveTarget(rev: string | undefined, global: GlobalOptions, command: string): Promise<AlembicTarget> {
  const loaded = await loadProject(projectLocation(global));
  const iniPath = loaded.project.iniPath;
  if (!iniPath) throw new UserError(`${command}: running Alembic needs an alembic.ini (found only ${loaded.project.pyprojectPath ?? 'pyproject.toml'})`);
  const withRevision = loaded.migrations.filter((m) => m.facts.revision !== undefined);
  let revision: string;
  if (rev === undefined) {
    const heads = loaded.graph.heads;
    if (heads.length === 0) throw new UserError(`${command}: the project has no migrations`);
    if (heads.length > 1) throw new UserError(`${command}: several heads (${heads.join(', ')}): name the revision to use`);
    revision = heads[0]!;
  } else {
    const absolute = resolve(global.cwd, rev);
    const byPath = existsSync(absolute) ? withRevision.find((m) => m.facts.path === absolute) : undefined;
    if (byPath) revision = byPath.facts.revision!.value;
    else {
      const exact = withRevision.filter((m) => m.facts.revision!.value === rev);
      const prefixed = exact.length > 0 ? exact : withRevision.filter((m) => m.facts.revision!.value.startsWith(rev));
      if (prefixed.length === 0) throw new UserError(`${command}: no migration with revision ${JSON.stringify(rev)}`);
      if (prefixed.length > 1) {
        throw new UserError(`${command}: ${JSON.stringify(rev)} matches several revisions (${prefixed.map((m) => m.facts.revision!.value).join(', ')})`);
      }
      revision = prefixed[0]!.facts.revision!.value;
    }
  }
  const migration = withRevision.find((m) => m.facts.revision!.value === revision);
  if (!migration) throw new UserError(`${command}: no migration file for revision ${revision}`);
  return {
    loaded,
    iniPath,
    revision,
    downRevision: migration.facts.downRevision?.value ?? null,
    file: migration.facts.path,
  };
}

export interface SqlFinding {
  rule: string;
  severity: Severity;
  /** 1-based line of the statement in the SQL. */
  line: number;
  statement: string;
  message: string;
}

/**
 * Rules that say nothing about offline SQL: it has no downgrade, no Python source (suppression
 * comments, parse errors) and is not the reset migration.
 */
const NOT_ABOUT_OFFLINE_SQL = new Set(['missing-downgrade', 'downgrade-incomplete', 'reset-migration', 'parse-error', 'suppression-without-reason', 'unused-suppression']);

/** Checks the rendered SQL statement by statement, with the rules `check` runs on raw SQL. */
export async function checkOfflineSql(
  sql: string,
  context: { file: string; revision: string; settings: RuleSettings; severities?: Record<string, Severity | 'off'> },
): Promise<SqlFinding[]> {
  const { migration, statements } = await offlineSqlMigration(sql, context.file, context.revision);
  const byLine = new Map(statements.map((statement) => [statement.line, statement]));
  const findings = runRules({
    migrations: [migration],
    graph: buildRevisionGraph([migration.facts]),
    settings: context.settings,
    ...(context.severities ? { severities: context.severities } : {}),
    rules: RULES.filter((rule) => rule.scope === 'migration' && !NOT_ABOUT_OFFLINE_SQL.has(rule.id)),
  });
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    line: finding.line,
    statement: byLine.get(finding.line)?.text ?? '',
    message: finding.message,
  }));
}

export const sqlCommand = defineCommand({
  name: 'sql',
  summary: "Print the SQL a migration's upgrade runs (Alembic offline mode) and check each statement.",
  arguments: '[REV]',
  options: {
    python: { type: 'string', value: 'PATH', description: 'the Python interpreter that has Alembic (default: .venv, venv, python3)', schema: z.string().optional() },
    dialect: { type: 'string', value: 'DIALECT', description: `SQL dialect: ${DIALECTS.join(', ')} (default: the configured database's)`, schema: z.enum(DIALECTS).optional() },
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)`, schema: z.enum(FORMATS).default('text') },
  },
  positionals: z.array(z.string()).max(1, 'at most one revision'),
  details: `REV is a revision id (or a unique prefix) or a migration file; default: the single head.

Exit codes: 0 no error-severity finding, 1 at least one (or Alembic failed), 2 usage or setup error.

Examples:
  preflight sql
  preflight sql ab12cd34ef56 --dialect postgresql
  preflight sql --format json > upgrade.json`,
  async run(options, global) {
    const target = await resolveTarget(options.positionals[0], global, 'sql');
    const python = await findAlembicPython({
      ...(options.python !== undefined ? { python: options.python } : {}),
      root: target.loaded.project.root,
      env: global.env,
    });
    let sql: string;
    try {
      sql = await renderOfflineSql({
        python,
        iniPath: target.iniPath,
        revision: target.revision,
        downRevision: target.downRevision,
        ...(options.dialect ? { dialect: options.dialect } : {}),
        env: global.env,
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      if (!(error instanceof AlembicRunError)) throw error;
      const oneLine = error.message.replace(/\s*\n\s*/g, ' ');
      global.stderr.write(`preflight: ${oneLine}\n`);
      if (options.dialect !== 'postgresql') {
        global.stderr.write('hint: batch migrations cannot render offline on SQLite (they need a live database); pass --dialect postgresql to see their SQL\n');
      }
      return 1;
    }
    const findings = await checkOfflineSql(sql, {
      file: target.file,
      revision: target.revision,
      settings: { ...target.loaded.config.settings, ...(options.dialect ? { dialect: options.dialect } : {}) },
      severities: target.loaded.config.severities,
    });
    if (options.format === 'json') {
      global.stdout.write(`${JSON.stringify({ version: 1, revision: target.revision, sql, findings }, null, 2)}\n`);
    } else {
      const palette = global.color ? COLORS : NO_COLORS;
      global.stdout.write(`${sql.trimEnd()}\n`);
      if (findings.length > 0) {
        global.stdout.write('\n');
        for (const finding of findings) {
          const severity = finding.severity === 'error' ? palette.red('error') : finding.severity === 'warning' ? palette.yellow('warning') : palette.blue('info');
          global.stdout.write(`sql:${finding.line} ${severity} ${palette.dim(finding.rule)} ${finding.message}\n`);
          for (const line of finding.statement.split('\n')) global.stdout.write(`    ${palette.dim(line)}\n`);
        }
      }
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      global.stderr.write(`${target.revision}: ${findings.length} finding(s) in the SQL, ${errors} error(s)\n`);
    }
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
});
