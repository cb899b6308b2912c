/**
 * `check --fix` on disk: the fixes of each file planned from its bytes (src/fix/plan.ts), then written atomically
 * and checked in real Alembic (`alembic heads`, and the migration's `upgrade`/`downgrade --sql` where they rendered
 * before the fix); a file Alembic fails on gets its old bytes back.
 */
import { readFileSync } from 'node:fs';
import type { RevisionGraph } from '../analysis/graph/graph.js';
import { hasFixer, planFileFixes, type FileFixPlan } from '../fix/plan.js';
import { UserError } from '../model/errors.js';
import type { AnalyzedMigration } from '../model/facts.js';
import type { Finding } from '../model/findings.js';
import type { AlembicProject, Dialect } from '../model/project.js';
import type { RuleSettings } from '../model/settings.js';
import type { SeverityOverrides } from '../rules/runner.js';
import { findAlembicPython } from './alembic/python.js';
import { checkOfflineRenders, migrationRenders, type OfflineRenderRequest } from './alembic/offline-sql.js';
import { runAlembic, summarizeFailure } from './alembic/run.js';
import type { LoadedProject } from './load-project.js';
import { pythonParser } from './analyze-files.js';
import { scaffoldSafeguard } from './fix-safeguard.js';
import { writeFileAtomic } from './fs/atomic-write.js';
import { onInterrupt } from './process.js';

export interface ProjectFixInput {
  project: AlembicProject;
  migrations: AnalyzedMigration[];
  graph: RevisionGraph;
  settings: RuleSettings;
  severities?: SeverityOverrides;
  /** The findings check reports (suppressed and baselined ones are not fixed). */
  findings: readonly Finding[];
  /** `--fix-value`: values the author gives, by `table.column`. */
  values?: ReadonlyMap<string, string>;
  /** The project's templates-dir (its drop-column template's safeguard is the one written), relative to baseDir. */
  templates?: { templatesDir?: string; baseDir?: string };
}

/**
 * planProjectFixes for a loaded project: its migrations and graph, its configuration's severities and templates-dir.
 * `settings`: when the run's differ from the configuration's (check --pg-version).
 */
export function planLoadedProjectFixes(
  loaded: LoadedProject,
  findings: readonly Finding[],
  options: { settings?: RuleSettings; values?: ReadonlyMap<string, string> } = {},
): Promise<FileFixPlan[]> {
  const { config } = loaded;
  return planProjectFixes({
    project: loaded.project,
    migrations: loaded.migrations,
    graph: loaded.graph,
    settings: options.settings ?? config.settings,
    severities: config.severities,
    findings,
    ...(options.values ? { values: options.values } : {}),
    templates: config.templatesDir ? { templatesDir: config.templatesDir, baseDir: config.baseDir } : {},
  });
}

/** The plans of every file with a fixable finding, in file order. */
export async function planProjectFixes(input: ProjectFixInput): Promise<FileFixPlan[]> {
  const parser = await pythonParser();
  const safeguard = scaffoldSafeguard(input.settings, { cwd: input.project.root, ...input.templates });
  const files = [...new Set(input.findings.filter((finding) => hasFixer(finding)).map((finding) => finding.file))].sort();
  const plans: FileFixPlan[] = [];
  for (const file of files) {
    const migration = input.migrations.find((m) => m.facts.path === file);
    if (!migration) continue;
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    const findings = input.findings.filter((finding) => finding.file === file);
    // The edits are of the decoded text: a file that does not round-trip through UTF-8 is not rewritten.
    if (!Buffer.from(text, 'utf8').equals(bytes) || text.startsWith('\ufeff')) {
      plans.push({
        file,
        before: text,
        after: text,
        kept: [],
        refused: findings.filter((finding) => hasFixer(finding)).map((finding) => ({ finding, rule: finding.rule, text: 'the file is not plain UTF-8: Preflight does not rewrite it' })),
        manual: [],
      });
      continue;
    }
    plans.push(
      await planFileFixes(file, text, migration, findings, {
        parser,
        graph: input.graph,
        settings: input.settings,
        ...(input.severities ? { severities: input.severities } : {}),
        ...(input.values ? { values: input.values } : {}),
        safeguard,
      }),
    );
  }
  return plans;
}

export interface AppliedFixes {
  /** Written and loaded by Alembic. */
  written: FileFixPlan[];
  /** Not written (or written and restored): why. */
  notWritten: { plan: FileFixPlan; reason: string }[];
  /**
   * Written, but checked by `alembic heads` only: their migration's upgrade or downgrade did not render offline
   * (`--sql`) before the fix either (op.get_bind(), a batch copy, …), so there is nothing to compare with.
   */
  headsOnly: { plan: FileFixPlan; reason: string }[];
}

export interface ApplyFixesOptions {
  python?: string;
  /** The dialect the fixed files are rendered offline in (the rules' dialect). */
  dialect: Dialect;
}

const HEADS_TIMEOUT_MS = 120_000;

/**
 * Writes the changed files and checks each one in real Alembic: the project still loads (`alembic heads`), and
 * its migration's upgrade and downgrade render offline (`--sql`) wherever they did before the fix. A file that
 * fails either gets its old bytes back. Ctrl-C while Alembic runs restores every file not yet confirmed, so no
 * file is left half-checked.
 */
export async function applyFixes(
  loaded: Pick<LoadedProject, 'project' | 'migrations'>,
  plans: readonly FileFixPlan[],
  options: ApplyFixesOptions,
): Promise<AppliedFixes> {
  const { project } = loaded;
  const changed = plans.filter((plan) => plan.after !== plan.before);
  if (changed.length === 0) return { written: [], notWritten: [], headsOnly: [] };
  const refuseAll = (reason: string): AppliedFixes => ({ written: [], notWritten: changed.map((plan) => ({ plan, reason })), headsOnly: [] });
  if (!project.iniPath) return refuseAll('the project has no alembic.ini to load the fixed files with (alembic heads)');
  const iniPath = project.iniPath;
  let interpreter: string;
  try {
    interpreter = await findAlembicPython({ root: project.root, ...(options.python !== undefined ? { python: options.python } : {}) });
  } catch (error) {
    if (error instanceof UserError) return refuseAll(`cannot load the fixed files in Alembic: ${error.message}`);
    throw error;
  }
  const heads = async (): Promise<string | undefined> => {
    const result = await runAlembic({ python: interpreter, iniPath, args: ['heads'], cwd: project.root, timeoutMs: HEADS_TIMEOUT_MS });
    return result.code === 0 && !result.timedOut ? undefined : summarizeFailure(result);
  };
  const renders = new Map(changed.map((plan) => [plan, rendersOf(plan, loaded.migrations)]));
  const render = (list: readonly FileFixPlan[]) =>
    checkOfflineRenders({ python: interpreter, iniPath, dialect: options.dialect, cwd: project.root, requests: list.flatMap((plan) => renders.get(plan)!) });

  const before = await heads();
  if (before !== undefined) return refuseAll(`alembic heads fails before any fix, so a fixed file cannot be checked: ${before}`);
  const renderedBefore = await render(changed);
  const failedBefore = new Map<OfflineRenderRequest, string>();
  if ('failures' in renderedBefore) {
    const requests = changed.flatMap((plan) => renders.get(plan)!);
    requests.forEach((request, i) => {
      const failure = renderedBefore.failures[i];
      if (failure) failedBefore.set(request, failure);
    });
  }

  const restore = (list: readonly FileFixPlan[]): void => {
    for (const plan of list) writeFileAtomic(plan.file, plan.before);
  };
  const unconfirmed = new Set<FileFixPlan>();
  const stopWatching = onInterrupt(() => restore([...unconfirmed]));
  try {
    const result: AppliedFixes = { written: [], notWritten: [], headsOnly: [] };
    for (const plan of changed) {
      unconfirmed.add(plan);
      writeFileAtomic(plan.file, plan.after);
    }
    let loading = [...changed];
    if ((await heads()) !== undefined) {
      // One of them breaks the project: restore all, then try each file alone.
      restore(changed);
      unconfirmed.clear();
      loading = [];
      for (const plan of changed) {
        unconfirmed.add(plan);
        writeFileAtomic(plan.file, plan.after);
        const failure = await heads();
        if (failure === undefined) {
          loading.push(plan);
        } else {
          restore([plan]);
          unconfirmed.delete(plan);
          result.notWritten.push({ plan, reason: `Alembic cannot load the fixed file: ${failure}` });
        }
      }
    }

    if ('unavailable' in renderedBefore) {
      result.written.push(...loading);
      result.headsOnly.push(...loading.map((plan) => ({ plan, reason: renderedBefore.unavailable })));
      return result;
    }
    // The fixed files all load: now each migration must render offline wherever it did before.
    const renderedAfter = await render(loading);
    const requests = loading.flatMap((plan) => renders.get(plan)!);
    const failedAfter = new Map<OfflineRenderRequest, string>();
    requests.forEach((request, i) => {
      const failure = 'failures' in renderedAfter ? renderedAfter.failures[i] : renderedAfter.unavailable;
      if (failure) failedAfter.set(request, failure);
    });
    for (const plan of loading) {
      const own = renders.get(plan)!;
      const broken = own.find((request) => !failedBefore.has(request) && failedAfter.has(request));
      if (broken) {
        restore([plan]);
        result.notWritten.push({ plan, reason: `alembic ${broken.command} ${broken.range} --sql fails after the fix: ${failedAfter.get(broken)!}` });
        continue;
      }
      result.written.push(plan);
      const unrendered = own.find((request) => failedBefore.has(request));
      if (own.length === 0) result.headsOnly.push({ plan, reason: 'Preflight cannot read the revision of the file' });
      else if (unrendered) result.headsOnly.push({ plan, reason: `alembic ${unrendered.command} ${unrendered.range} --sql fails before the fix too: ${failedBefore.get(unrendered)!}` });
    }
    return result;
  } finally {
    unconfirmed.clear();
    stopWatching();
  }
}

/** The offline renders of a fixed file's migration; none when its revision cannot be read. */
function rendersOf(plan: FileFixPlan, migrations: readonly AnalyzedMigration[]): OfflineRenderRequest[] {
  const facts = migrations.find((migration) => migration.facts.path === plan.file)?.facts;
  if (!facts?.revision || facts.downRevision === undefined) return [];
  return migrationRenders(facts.revision.value, facts.downRevision.value);
}
