import { resolve } from 'node:path';
import { sortEntries } from '../../baseline/baseline.js';
import { writeBaseline } from '../../io/fs/baseline-file.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { applyProjectBaseline, withoutExcluded } from '../baseline-run.js';
import { displayPath } from '../format/paths.js';
import { existsSync } from 'node:fs';
import { readRegularFile } from '../../io/fs/read-text.js';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { InputLog } from '../../io/fs/input-log.js';
import { loadProject } from '../../io/load-project.js';
import { runRules } from '../../rules/runner.js';
import { storeCheckReport } from '../check-report.js';
import { checkFocus } from '../check-focus.js';
import { defineCommand, projectLocation, type CommandInput, type CommandOption, type GlobalOptions } from '../command.js';
import { PG_VERSION_OPTION } from '../options.js';
import { lockRows } from '../../analysis/locks/migration-locks.js';
import { migrationForDialect } from '../../rules/dialect.js';
import type { AnalyzedMigration } from '../../model/facts.js';
import type { RuleSettings } from '../../model/settings.js';
import { COLORS, NO_COLORS } from '../format/colors.js';
import { formatGithub } from '../format/github.js';
import { formatJson } from '../format/json.js';
import { checkExitCode, type CheckReport } from '../format/report.js';
import { formatSarif } from '../format/sarif.js';
import { formatText } from '../format/text.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

/** `--fix-value users.country=US`: TABLE.COLUMN (the table may be schema.table) and the value, by `table.column`. */
const FIX_VALUE = /^([^=\s]+)\.([^=\s.]+)=(.*)$/s;
const FIX_VALUES = z
  .array(
    z.string().superRefine((entry, context) => {
      if (!FIX_VALUE.test(entry)) context.addIssue({ code: 'custom', message: `${JSON.stringify(entry)}: write TABLE.COLUMN=VALUE (e.g. users.country=US)` });
      else if (FIX_VALUE.exec(entry)![3]!.trim() === '') context.addIssue({ code: 'custom', message: `${JSON.stringify(entry)}: the value is empty` });
    }),
  )
  .optional()
  .superRefine((entries, context) => {
    const keys = (entries ?? []).map((entry) => entry.slice(0, entry.indexOf('=')));
    const twice = keys.find((key, i) => keys.indexOf(key) !== i);
    if (twice !== undefined) context.addIssue({ code: 'custom', message: `${twice} is given twice` });
  })
  .transform((entries) => new Map((entries ?? []).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)] as [string, string])));

const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)`, schema: z.enum(FORMATS).default('text') },
  'no-cache': { type: 'boolean', description: 'neither use nor write the caches (parsed files, rule results, the last report)', schema: z.boolean().default(false) },
  verbose: { type: 'boolean', short: 'v', description: 'show the safe way to do it under each finding, and the baselined findings', schema: z.boolean().default(false) },
  since: { type: 'string', value: 'REF', description: 'report only migrations added or changed since the merge-base with REF (pull requests)', schema: z.string().min(1).optional() },
  prune: { type: 'boolean', description: 'remove baseline entries that match no finding any more from the baseline file', schema: z.boolean().default(false) },
  fix: { type: 'boolean', description: 'apply every safe fix (each checked: the file parses, the rule passes, Alembic loads it), then report what remains', schema: z.boolean().default(false) },
  diff: { type: 'boolean', description: 'with --fix: print the fixes as unified diffs and change no file', schema: z.boolean().default(false) },
  'with-fixes': {
    type: 'boolean',
    description: 'with --format json or sarif: give each finding its checked fix (edits, diff), without applying it; slower, as every fix is checked',
    schema: z.boolean().default(false),
  },
  'fix-value': {
    type: 'string',
    multiple: true,
    value: 'TABLE.COLUMN=VALUE',
    description: 'with --fix: the value existing rows get in a new NOT NULL column (add-column-not-null-without-default); repeatable',
    schema: FIX_VALUES,
  },
  python: { type: 'string', value: 'PATH', description: 'with --fix: the Python interpreter that has Alembic (default: .venv, venv, python3)', schema: z.string().optional() },
  'pg-version': { type: 'string', value: 'N', description: 'PostgreSQL major version the lock rules assume, 11 to 17 (default: pg-version in [tool.preflight], else 15)', schema: PG_VERSION_OPTION },
} satisfies Record<string, CommandOption>;
const POSITIONALS = z.array(z.string());

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check migrations against the guide (non-interactive; for CI and pre-commit).',
  arguments: '[PATH…]',
  options: CHECK_OPTIONS,
  positionals: POSITIONALS,
  details: `With PATHs, only those migration files are reported; the revision graph is still built from all
(without --since or --fix, the other files are read for their revision variables only, and analysed
only when a finding on PATH depends on them: the earlier migrations a type change is judged by, the
files the baseline names). The report is the one the full check gives for those files.

With --since REF, only migrations added or changed since the merge-base of HEAD and REF
(committed or not) are reported, as in a pull request's diff; graph findings (heads,
cycles, missing revisions) are reported wherever they are.

Findings the baseline file accepts (.preflight-baseline.json, written by
\`preflight baseline\`) are marked baselined and never fail the run; entries that match
nothing any more are listed, and --prune removes them.

With --fix, every finding whose rule has a fix (src/fix: one per rule) is rewritten in the migration's own source, and kept only when the
fixed file parses, the rule no longer reports it, \`alembic heads\` still loads the project, and the
migration's \`upgrade --sql\` / \`downgrade --sql\` still render wherever they did before the fix; the
report that follows shows what remains. Fixes that need a decision of the author are listed, not
guessed. --fix --diff prints the diffs instead (checked the same way except for Alembic) and writes nothing;
with --format json or sarif it prints the report, each fixable finding with its edits (\`fix\`, SARIF \`fixes\`);
--with-fixes gives the same report without --fix (opt-in: checking every fix makes the run slower).
A new NOT NULL column needs the value its existing rows get: --fix-value TABLE.COLUMN=VALUE (a number,
true/false, or text; quotes optional), else the fix is listed as needing a value.

Exit codes: 0 no error that is neither suppressed nor baselined, 1 at least one error, 2 usage or configuration error.

Caches live in the project's node_modules/.cache/preflight, else ~/.cache/preflight
(PREFLIGHT_CACHE_DIR overrides): only edited files are parsed again, and an unchanged
project gets its last report back after a stat per file.

Examples:
  preflight check
  preflight check migrations/versions/ab12cd34ef56_add_phone.py
  preflight check --format json > preflight.json
  preflight check --since origin/main --format github
  preflight check --fix --diff`,
  async run(options, global) {
    if (options['with-fixes'] && options.format !== 'json' && options.format !== 'sarif') throw new UserError('check: --with-fixes goes with --format json or sarif');
    if ((options.diff || options.python !== undefined || options['fix-value'].size > 0) && !options.fix) {
      throw new UserError(`check: --${options.diff ? 'diff' : options.python !== undefined ? 'python' : 'fix-value'} only goes with --fix`);
    }
    if (!options.fix) return (await checkOnce(options, global, true)).exitCode;
    if (options.prune) throw new UserError('check: --fix and --prune do not go together; prune the baseline in a separate run');
    const { runFix } = await import('./check-fix.js');
    return runFix(options, global, { checkOnce, formatReport });
  },
});

export type CheckOptions = CommandInput<typeof CHECK_OPTIONS, typeof POSITIONALS>;
type Global = GlobalOptions;

/** What check --fix runs again (check-fix.ts): one check, and the report's formatting. */
export interface CheckRun {
  checkOnce: typeof checkOnce;
  formatReport: typeof formatReport;
}

/** One check run; `print` writes its report to stdout (and stores it for replay). */
async function checkOnce(options: CheckOptions, global: Global, print: boolean) {
  {
    const inputs = new InputLog();
    // check FILE analyses FILE and what its findings depend on; --since and --fix need every file's findings.
    const focus =
      options.positionals.length > 0 && options.since === undefined && !options.fix
        ? checkFocus(new Set(options.positionals.map((path) => resolve(global.cwd, path))), options['pg-version'])
        : undefined;
    const loaded = await loadProject({ ...projectLocation(global), cache: !options['no-cache'], deferCacheSave: true, inputs, ...(focus ? { focus } : {}) });
    let onlyFiles: Set<string> | undefined;
    if (options.positionals.length > 0) {
      const known = new Set(loaded.versionFiles);
      onlyFiles = new Set();
      for (const path of options.positionals) {
        const absolute = resolve(global.cwd, path);
        if (!existsSync(absolute)) throw new UserError(`check: ${path}: no such file`);
        // pre-commit passes every staged file that matches; files outside the version folders are not migrations.
        if (!known.has(absolute) && !/\.py$/.test(absolute)) throw new UserError(`check: ${path}: not a Python migration file`);
        // A path outside the version folders still decides the output (it may vanish): the report cache watches it.
        // Never opened when it is a FIFO or a folder: readRegularFile refuses those with one line.
        if (!known.has(absolute)) inputs.file(absolute, readRegularFile(absolute) ?? Buffer.alloc(0));
        onlyFiles.add(absolute);
      }
    }
    let sinceFiles: Set<string> | undefined;
    if (options.since !== undefined) {
      // Loaded only here: git's client costs ~30 ms of start-up that a check without --since does not need.
      const { changedFilesSinceMergeBase, repositoryRoot } = await import('../../io/git/repo.js');
      const root = await repositoryRoot(loaded.project.root);
      if (!root) throw new UserError(`check: --since ${options.since}: ${displayPath(loaded.project.root, global.cwd) || '.'} is not in a git repository`);
      const changed = new Set((await changedFilesSinceMergeBase(root, options.since)).map((file) => resolve(root, file)));
      sinceFiles = new Set(loaded.migrations.map((m) => m.facts.path).filter((path) => changed.has(path) && (!onlyFiles || onlyFiles.has(path))));
    }
    const settings = options['pg-version'] === undefined ? loaded.config.settings : { ...loaded.config.settings, pgVersion: options['pg-version'] };
    // All files, so baseline entries of files not reported now are not taken for stale ones.
    const all = runRules({
      migrations: loaded.migrations,
      graph: loaded.graph,
      settings,
      severities: loaded.config.severities,
      ...(loaded.cache ? { memo: loaded.cache } : {}),
    });
    loaded.cache?.save();
    const baselined = applyProjectBaseline(withoutExcluded(all, loaded), loaded, global.cwd, inputs);
    const reported = sinceFiles ?? onlyFiles;
    const findings = reported
      ? baselined.findings.filter(
          (finding) => reported.has(finding.file) || (sinceFiles !== undefined && RULES_BY_ID.get(finding.rule)?.scope === 'project'),
        )
      : baselined.findings;
    const prune = options.prune && baselined.baseline !== undefined && baselined.stale.length > 0;
    if (prune) {
      writeBaseline(baselined.file, { version: baselined.baseline!.version, entries: sortEntries(baselined.kept) });
      global.stderr.write(`preflight: removed ${baselined.stale.length} stale entr${baselined.stale.length === 1 ? 'y' : 'ies'} from ${displayPath(baselined.file, global.cwd)}\n`);
    }
    const report: CheckReport = {
      migrations: reported ? reported.size : loaded.migrations.length,
      heads: loaded.graph.heads,
      findings,
      cwd: global.cwd,
      ...(baselined.baseline
        ? { baseline: { file: baselined.file, entries: baselined.baseline.entries.length, stale: baselined.stale, pruned: prune } }
        : {}),
      ...(options.since !== undefined ? { since: options.since } : {}),
      // What each migration locks: in JSON always, in text with --verbose (PostgreSQL only).
      ...(settings.dialect === 'postgresql' && (options.format === 'json' || (options.format === 'text' && options.verbose))
        ? { locks: migrationLockTables(loaded.migrations, reported, settings) }
        : {}),
    };
    // For editors and code scanning: each finding with a checked fix carries it (computed only for json and sarif).
    // Opt-in: checking every fix costs about half a run again on a large history (warehouse: 3.3 s → 5–6 s).
    if (print && options['with-fixes'] && !options.fix) {
      // Loaded only here and for --fix: the fixers (and the scaffold and YAML they use) are a tenth of check's start-up.
      const { withCheckedFixes } = await import('./check-fix.js');
      report.findings = await withCheckedFixes(loaded, findings, settings, global);
    }
    const output = formatReport(report, options, global);
    const exitCode = checkExitCode(findings);
    if (print) {
      global.stdout.write(output);
      // --since depends on git's state, --prune and --fix write: none is replayed from the report cache.
      if (options.since === undefined && !options.prune && !options.fix) storeCheckReport(global, loaded.project, inputs, output, exitCode);
    }
    return { exitCode, loaded, settings, findings, report };
  }
}

function formatReport(report: CheckReport, options: CheckOptions, global: Global): string {
  return options.format === 'json'
    ? formatJson(report)
    : options.format === 'github'
      ? formatGithub(report)
      : options.format === 'sarif'
        ? formatSarif(report)
        : formatText(report, global.color ? COLORS : NO_COLORS, { verbose: options.verbose });
}

function migrationLockTables(migrations: AnalyzedMigration[], reported: Set<string> | undefined, settings: RuleSettings): CheckReport['locks'] {
  return migrations
    .filter((migration) => !migration.facts.parseError && (!reported || reported.has(migration.facts.path)))
    .map((migration) => ({
      file: migration.facts.path,
      ...(migration.facts.revision ? { revision: migration.facts.revision.value } : {}),
      pgVersion: settings.pgVersion,
      // Code in a branch for another dialect does not run on PostgreSQL.
      rows: lockRows(migrationForDialect(migration, settings.dialect), settings),
    }))
    .filter((table) => table.rows.length > 0);
}
