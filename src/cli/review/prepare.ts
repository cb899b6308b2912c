/**
 * Prepares a review session: loads the project, runs the rules, picks the
 * migrations to review and turns each into a ReviewSubject with its checklist
 * decisions. The wizard, the plain driver and --answers all start from here.
 */
import { lockRows } from '../../analysis/locks/migration-locks.js';
import { migrationForDialect } from '../../rules/dialect.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decideChecklist, otherFindings } from '../../review/checklist/decide.js';
import type { ReviewSubject } from '../../review/checklist/reducer.js';
import { UserError } from '../../model/errors.js';
import { unknownRevision } from '../../review/record/verify.js';
import { loadChecklists, type LoadedChecklist } from '../../io/fs/checklists.js';
import { recordPath, reviewsDirectory } from '../../io/fs/reviews.js';
import { resolveAllowedSigners, reviewStatus, type StatusContext } from '../../io/review-status.js';
import { changedFilesAgainstDefaultBranch, repositoryRoot } from '../../io/git/repo.js';
import { readGitConfigSnapshot, type GitConfigSnapshot } from '../../io/git/config.js';
import { readAllowedSignersSetting } from '../../io/git/signing.js';
import { discoverProject } from '../../io/fs/discover.js';
import { loadProject, type LoadedProject } from '../../io/load-project.js';
import { runRules } from '../../rules/runner.js';
import type { AnalyzedMigration } from '../../model/facts.js';
import type { Finding } from '../../model/findings.js';
import { applyProjectBaseline, withoutExcluded } from '../baseline-run.js';
import { projectLocation, type GlobalOptions } from '../command.js';
import { displayPath } from '../format/paths.js';

export interface ReviewSession {
  /** The project and the findings of every migration, as last analysed (again after a fix in the wizard). */
  loaded: LoadedProject;
  findings: Finding[];
  checklist: LoadedChecklist;
  subjects: ReviewSubject[];
  reviewsDir: string;
  /** Repository root (or the project root outside git): record paths are relative to it. */
  repoRoot: string;
  /** Why these migrations were picked, for the first line of output. */
  selection: string;
  /**
   * Without PATH|REV: version files whose revision cannot be read (`verify` calls them unknown).
   * They cannot be reviewed, and review must not claim there is nothing left to review.
   */
  unreadable: { file: string; line: number; message: string }[];
  /** One line each, for stderr (a repository-level allowed-signers setting that was ignored). */
  warnings: string[];
}

/** The project and its findings, as `check` reports them (excluded files left out, the baseline applied). */
async function analyseProject(global: GlobalOptions): Promise<{ loaded: LoadedProject; findings: Finding[] }> {
  const loaded = await loadProject(projectLocation(global));
  const findings = applyProjectBaseline(
    withoutExcluded(runRules({ migrations: loaded.migrations, graph: loaded.graph, settings: loaded.config.settings, severities: loaded.config.severities }), loaded),
    loaded,
    global.cwd,
  ).findings;
  return { loaded, findings };
}

/**
 * `onRepositoryRoot`: called once the repository is known, so the caller's own git reads (the signing setup)
 * run while the migrations are selected rather than after.
 */
export async function prepareReview(
  targets: string[],
  global: GlobalOptions,
  options: { onRepositoryRoot?: (repoRoot: string, config: Promise<GitConfigSnapshot>) => void } = {},
): Promise<ReviewSession> {
  // git runs while the project is analysed (processes waiting, not this thread): the repository, then the
  // caller's reads and the files changed on this branch. A project that cannot be found fails in the analysis.
  let projectRoot: string | undefined;
  try {
    projectRoot = discoverProject(projectLocation(global)).root;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
  const early = projectRoot === undefined ? undefined : repositoryRootOf(projectRoot, global.env, options.onRepositoryRoot);
  const { loaded, findings } = await analyseProject(global);
  const checklist = loadChecklists(loaded.config.checklists, loaded.config.baseDir);
  const { repoRoot, changed, allowedSignersSetting } = await (loaded.project.root === projectRoot ? early! : repositoryRootOf(loaded.project.root, global.env, options.onRepositoryRoot));
  const reviewsDir = reviewsDirectory(loaded.project, loaded.config);
  // The same trust as `verify` (without its flags), so "not ok" means the same thing in both.
  const trust = await resolveAllowedSigners({ cwd: global.cwd, config: loaded.config, repoRoot, env: global.env, allowedSignersSetting });
  const status: StatusContext = { reviewsDir, checklist: checklist.checklist, allowedSigners: trust.allowedSigners, env: global.env };
  const { migrations, selection } = await selectMigrations(targets, loaded, status, repoRoot, global.cwd, changed);
  const unreadable =
    targets.length > 0
      ? []
      : loaded.migrations.flatMap((migration) => {
          const problem = unknownRevision(migration.facts, () => readFileSync(migration.facts.path, 'utf8'));
          return problem ? [{ file: displayPath(migration.facts.path, global.cwd), ...problem }] : [];
        });
  // Refuse an unusable revision id before any question is asked, not when the record is written.
  for (const migration of migrations) {
    try {
      recordPath(reviewsDir, migration.facts.revision!.value);
    } catch (error) {
      throw new UserError(`${displayPath(migration.facts.path, global.cwd)}:${migration.facts.revision!.line}: ${(error as Error).message}`);
    }
  }
  const subjects = migrations.map((migration) => toSubject(migration, loaded, findings, checklist, repoRoot));
  return { loaded, findings, checklist, subjects, reviewsDir, repoRoot, selection, unreadable, warnings: trust.warnings };
}

/**
 * After a fix was written: the whole project analysed again (graph and baseline included, as at the start), the
 * session updated, and the migration at `file` as a fresh subject: its findings, decisions, lines and sha256.
 */
export async function reanalyseSubject(session: ReviewSession, file: string, global: GlobalOptions): Promise<ReviewSubject> {
  const { loaded, findings } = await analyseProject(global);
  const migration = loaded.migrations.find((m) => m.facts.path === file);
  if (!migration || migration.facts.parseError || unknownRevision(migration.facts)) {
    throw new UserError(`${displayPath(file, global.cwd)}: cannot be read as a migration any more`);
  }
  session.loaded = loaded;
  session.findings = findings;
  return toSubject(migration, loaded, findings, session.checklist, session.repoRoot);
}

function toSubject(
  migration: AnalyzedMigration,
  loaded: LoadedProject,
  allFindings: Finding[],
  checklist: LoadedChecklist,
  repoRoot: string,
): ReviewSubject {
  const { facts } = migration;
  const revision = facts.revision!.value;
  const findings = allFindings.filter((finding) => finding.file === facts.path);
  const down = facts.downRevision?.value ?? null;
  const decisions = decideChecklist(checklist.checklist, {
    migration,
    findings,
    settings: loaded.config.settings,
    downRevisionLabel: down === null ? 'base' : Array.isArray(down) ? down.join(', ') : down,
    downgrades: loaded.config.downgrades,
    project: { graph: loaded.graph, migrations: loaded.migrations },
  });
  return {
    file: facts.path,
    displayPath: displayPath(facts.path, repoRoot),
    revision,
    downRevision: down,
    ...(facts.message !== undefined ? { message: facts.message } : {}),
    sha256: facts.sha256,
    sourceLines: readFileSync(facts.path, 'utf8').split('\n'),
    decisions,
    findings,
    otherFindings: otherFindings(checklist.checklist, findings),
    ...(loaded.config.settings.dialect === 'postgresql'
      ? { locks: { pgVersion: loaded.config.settings.pgVersion, rows: lockRows(migrationForDialect(migration, 'postgresql'), loaded.config.settings) } }
      : {}),
  };
}

/**
 * The repository holding a project (else the project's folder), and what is read of it at once: the files changed
 * on its branch and its git config, in one snapshot (each awaited only where it is used).
 */
function repositoryRootOf(projectRoot: string, env: NodeJS.ProcessEnv, onRepositoryRoot: ((repoRoot: string, config: Promise<GitConfigSnapshot>) => void) | undefined) {
  const repoRoot = repositoryRoot(projectRoot).then((root) => root ?? projectRoot);
  const result = repoRoot.then((root) => {
    const config = readGitConfigSnapshot(root, env);
    config.catch(() => undefined);
    onRepositoryRoot?.(root, config);
    const changed = changedFilesAgainstDefaultBranch(root);
    const allowedSignersSetting = config.then((snapshot) => readAllowedSignersSetting(root, env, snapshot));
    changed.catch(() => undefined);
    allowedSignersSetting.catch(() => undefined);
    return { repoRoot: root, changed: () => changed, allowedSignersSetting };
  });
  result.catch(() => undefined);
  return result;
}

async function selectMigrations(
  targets: string[],
  loaded: LoadedProject,
  status: StatusContext,
  repoRoot: string,
  cwd: string,
  changedFiles: () => ReturnType<typeof changedFilesAgainstDefaultBranch>,
): Promise<{ migrations: AnalyzedMigration[]; selection: string }> {
  const reviewable = loaded.migrations.filter((migration) => !unknownRevision(migration.facts) && !migration.facts.parseError);
  if (targets.length > 0) {
    const picked = targets.map((target) => {
      const byPath = reviewable.find((m) => m.facts.path === resolve(cwd, target));
      const byRevision = reviewable.filter((m) => m.facts.revision!.value === target || (target.length >= 4 && m.facts.revision!.value.startsWith(target)));
      if (byPath) return byPath;
      if (byRevision.length === 1) return byRevision[0]!;
      if (byRevision.length > 1) throw new UserError(`review: ${target} matches several revisions: ${byRevision.map((m) => m.facts.revision!.value).join(', ')}`);
      const broken = loaded.migrations.find((m) => m.facts.path === resolve(cwd, target));
      const unknown = broken && unknownRevision(broken.facts, () => readFileSync(broken.facts.path, 'utf8'));
      if (broken && unknown) {
        throw new UserError(`${displayPath(broken.facts.path, cwd)}:${unknown.line}: cannot be reviewed until its revision is readable (${unknown.message})`);
      }
      if (broken?.facts.parseError) throw new UserError(`review: ${target}:${broken.facts.parseError.line}: ${broken.facts.parseError.message}; fix it first`);
      throw new UserError(`review: ${target} is neither a migration file nor a revision of this project`);
    });
    return { migrations: [...new Set(picked)], selection: 'as given' };
  }
  const anyRecord = existsSync(status.reviewsDir) && readdirSync(status.reviewsDir).some((name) => name.endsWith('.json'));
  if (anyRecord) {
    // Everything `verify` would not pass: missing, stale, unsigned, invalid, untrusted, incomplete.
    const pending: AnalyzedMigration[] = [];
    for (const migration of reviewable) {
      if ((await reviewStatus(migration, status)).status !== 'ok') pending.push(migration);
    }
    return { migrations: pending, selection: 'migrations whose review record is not ok (see preflight verify)' };
  }
  const changed = await changedFiles();
  if (changed && changed.length > 0) {
    const changedSet = new Set(changed.map((file) => resolve(repoRoot, file)));
    const picked = reviewable.filter((migration) => changedSet.has(migration.facts.path));
    if (picked.length > 0) return { migrations: picked, selection: 'migrations added or changed on this branch' };
  }
  const heads = reviewable.filter((migration) => loaded.graph.heads.includes(migration.facts.revision!.value));
  return { migrations: heads, selection: 'the head revision' };
}
