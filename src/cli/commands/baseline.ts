import { z } from 'zod';
import { buildBaseline, sortEntries } from '../../baseline/baseline.js';
import { UserError } from '../../model/errors.js';
import { baselinePath, writeBaseline } from '../../io/fs/baseline-file.js';
import { loadProject, type LoadedProject } from '../../io/load-project.js';
import { runRules } from '../../rules/runner.js';
import { applyProjectBaseline, fingerprintAll, withoutExcluded } from '../baseline-run.js';
import { defineCommand, projectLocation, type GlobalOptions } from '../command.js';
import { displayPath } from '../format/paths.js';

export const baselineCommand = defineCommand({
  name: 'baseline',
  summary: 'Accept the current findings as they are, so `check` fails only on new ones.',
  options: {
    update: { type: 'boolean', description: 'only remove entries that match no finding any more; accept nothing new', schema: z.boolean().default(false) },
  },
  positionals: z.array(z.string()).max(0, 'baseline takes no arguments (it covers the whole project)'),
  details: `Writes .preflight-baseline.json next to alembic.ini (or the file \`baseline = "path"\` in
[tool.preflight] names): one entry per finding, fingerprinted by rule, revision and the
normalised source of the operation, not by line, so edits elsewhere in a file keep it.
Commit it. \`preflight check\` then marks those findings baselined, never fails on them,
and fails on every new finding; editing a baselined operation makes it a new finding.
Suppressed findings (# preflight: ignore[...]) are not baselined: they are accepted already.

Run it again after deciding to accept the current findings; --update (like check --prune)
only removes the entries of findings that are gone.

Examples:
  preflight baseline && git add .preflight-baseline.json
  preflight baseline --update`,
  async run(options, global) {
    const loaded = await loadProject({ ...projectLocation(global), cache: true });
    const result = writeProjectBaseline(loaded, global, { update: options.update });
    global.stdout.write(`${result.summary}\n`);
    return 0;
  },
});

export interface BaselineWriteResult {
  file: string;
  entries: number;
  summary: string;
}

/** Runs the rules and writes the baseline (shared with `init`). */
export function writeProjectBaseline(loaded: LoadedProject, global: Pick<GlobalOptions, 'cwd'>, options: { update: boolean }): BaselineWriteResult {
  const findings = withoutExcluded(
    runRules({ migrations: loaded.migrations, graph: loaded.graph, settings: loaded.config.settings, severities: loaded.config.severities }),
    loaded,
  );
  const file = baselinePath(loaded.project, loaded.config);
  const shown = displayPath(file, global.cwd);
  if (options.update) {
    const current = applyProjectBaseline(findings, loaded, global.cwd);
    if (!current.baseline) throw new UserError(`baseline --update: ${shown} does not exist yet; run \`preflight baseline\` (without --update) to write it`);
    writeBaseline(file, { version: current.baseline.version, entries: sortEntries(current.kept) });
    const removed = current.stale.length;
    return { file, entries: current.kept.length, summary: `${shown}: ${current.kept.length} entries kept, ${removed} removed (they match no finding any more)` };
  }
  const baseline = buildBaseline(fingerprintAll(findings, loaded), (path) => displayPath(path, loaded.project.root));
  writeBaseline(file, baseline);
  const files = new Set(baseline.entries.map((entry) => entry.file)).size;
  const severities = countBy(findings.filter((f) => !f.suppressed).map((f) => f.severity));
  const counts = (['error', 'warning', 'info'] as const).filter((s) => severities[s]).map((s) => `${severities[s]} ${s}${severities[s] === 1 || s === 'info' ? '' : 's'}`);
  const summary =
    baseline.entries.length === 0
      ? `wrote ${shown}: no findings to accept; \`preflight check\` fails on every new one`
      : `wrote ${shown}: ${baseline.entries.length} finding${baseline.entries.length === 1 ? '' : 's'} accepted (${counts.join(', ')}) in ${files} file${files === 1 ? '' : 's'} of ${loaded.migrations.length} migrations.\nCommit it; \`preflight check\` now fails only on new findings.`;
  return { file, entries: baseline.entries.length, summary };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
