import { resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { InputLog } from '../../io/fs/input-log.js';
import { loadProject } from '../../io/load-project.js';
import { runRules } from '../../rules/runner.js';
import { storeCheckReport } from '../check-report.js';
import { defineCommand, projectLocation } from '../command.js';
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
  usage: '[options] [PATH…]',
  options: {
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)` },
    'no-cache': { type: 'boolean', description: 'neither use nor write the caches (parsed files, rule results, the last report)' },
    verbose: { type: 'boolean', short: 'v', description: 'show the safe way to do it under each finding' },
  },
  schema: z.object({
    format: z.enum(FORMATS).default('text'),
    'no-cache': z.boolean().default(false),
    verbose: z.boolean().default(false),
    positionals: z.array(z.string()),
  }),
  details: `With PATHs, only those migration files are reported; the revision graph is still built from all.

Exit codes: 0 no unsuppressed error, 1 at least one error, 2 usage or configuration error.

Caches live in the project's node_modules/.cache/preflight, else ~/.cache/preflight
(PREFLIGHT_CACHE_DIR overrides): only edited files are parsed again, and an unchanged
project gets its last report back after a stat per file.

Examples:
  preflight check
  preflight check migrations/versions/ab12cd34ef56_add_phone.py
  preflight check --format json > preflight.json`,
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
        if (!known.has(absolute)) inputs.file(absolute, readFileSync(absolute));
        onlyFiles.add(absolute);
      }
    }
    const findings = runRules({
      migrations: loaded.migrations,
      graph: loaded.graph,
      settings: loaded.config.settings,
      severities: loaded.config.severities,
      ...(onlyFiles ? { onlyFiles } : {}),
      ...(loaded.cache ? { memo: loaded.cache } : {}),
    });
    loaded.cache?.save();
    const report: CheckReport = {
      migrations: onlyFiles ? onlyFiles.size : loaded.migrations.length,
      heads: loaded.graph.heads,
      findings,
      cwd: global.cwd,
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
    storeCheckReport(global, loaded.project, inputs, output, exitCode);
    return exitCode;
  },
});
