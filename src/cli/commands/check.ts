import { resolve } from 'node:path';
import { sortEntries } from '../../baseline/baseline.js';
import { writeBaseline } from '../../io/fs/baseline-file.js';
import { changedFilesSinceMergeBase, repositoryRoot } from '../../io/git/repo.js';
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
import { defineCommand, projectLocation } from '../command.js';
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

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check migrations against the guide (non-interactive; for CI and pre-commit).',
  arguments: '[PATH…]',
  options: {
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)`, schema: z.enum(FORMATS).default('text') },
    'no-cache': { type: 'boolean', description: 'neither use nor write the caches (parsed files, rule results, the last report)', schema: z.boolean().default(false) },
    verbose: { type: 'boolean', short: 'v', description: 'show the safe way to do it under each finding, and the baselined findings', schema: z.boolean().default(false) },
    since: { type: 'string', value: 'REF', description: 'report only migrations added or changed since the merge-base with REF (pull requests)', schema: z.string().min(1).optional() },
    prune: { type: 'boolean', description: 'remove baseline entries that match no finding any more from the baseline file', schema: z.boolean().default(false) },
    'pg-version': { type: 'string', value: 'N', description: 'PostgreSQL major version the lock rules assume, 11 to 17 (default: pg-version in [tool.preflight], else 15)', schema: PG_VERSION_OPTION },
  },
  positionals: z.array(z.string()),
  details: `With PATHs, only those migration files are reported; the revision graph is still built from all.

With --since REF, only migrations added or changed since the merge-base of HEAD and REF
(committed or not) are reported, as in a pull request's diff; graph findings (heads,
cycles, missing revisions) are reported wherever they are.

Findings the baseline file accepts (.preflight-baseline.json, written by
\`preflight baseline\`) are marked baselined and never fail the run; entries that match
nothing any more are listed, and --prune removes them.

Exit codes: 0 no error that is neither suppressed nor baselined, 1 at least one error, 2 usage or configuration error.

Caches live in the project's node_modules/.cache/preflight, else ~/.cache/preflight
(PREFLIGHT_CACHE_DIR overrides): only edited files are parsed again, and an unchanged
project gets its last report back after a stat per file.

Examples:
  preflight check
  preflight check migrations/versions/ab12cd34ef56_add_phone.py
  preflight check --format json > preflight.json
  preflight check --since origin/main --format github`,
  async run(options, global) {
    const inputs = new InputLog();
    const loaded = await loadProject({ ...projectLocation(global), cache: !options['no-cache'], deferCacheSave: true, inputs });
    let onlyFiles: Set<string> | undefined;
    if (options.positionals.length > 0) {
      const known = new Set(loaded.migrations.map((m) => m.facts.path));
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
    const output =
      options.format === 'json'
        ? formatJson(report)
        : options.format === 'github'
          ? formatGithub(report)
          : options.format === 'sarif'
            ? formatSarif(report)
            : formatText(report, global.color ? COLORS : NO_COLORS, { verbose: options.verbose });
    global.stdout.write(output);
    const exitCode = checkExitCode(findings);
    // --since depends on git's state and --prune writes: neither is replayed from the report cache.
    if (options.since === undefined && !options.prune) storeCheckReport(global, loaded.project, inputs, output, exitCode);
    return exitCode;
  },
});

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
