/** Git facts for reviews, through simple-git: identity, HEAD, branch, files changed against the default branch. */
import { existsSync } from 'node:fs';
import { UserError } from '../../model/errors.js';
import { gitClient, type GitClient } from './client.js';
import type { GitConfigSnapshot } from './config.js';

export interface GitInfo {
  root: string;
  commit: string | null;
  branch: string | null;
  reviewer: { name: string; email: string };
}

function git(dir: string): GitClient {
  return gitClient(dir);
}

/** The repository's top folder, or undefined outside a git repository. */
export async function repositoryRoot(dir: string): Promise<string | undefined> {
  try {
    return await git(dir).revparse(['--show-toplevel']);
  } catch {
    return undefined;
  }
}

/** HEAD, the branch and the reviewer's identity (empty strings when user.name / user.email are unset). */
export async function readGitInfo(root: string, snapshot?: GitConfigSnapshot): Promise<GitInfo> {
  const repo = git(root);
  const config = async (key: string) => (snapshot ? snapshot.get(key)?.value : (await repo.getConfig(key)).value) ?? '';
  // Four independent reads: run at once, not one git process after the other.
  const [commit, branch, reviewer] = await Promise.all([
    repo.revparse(['HEAD']).catch(() => null), // no commit yet
    repo.revparse(['--abbrev-ref', 'HEAD']).then(
      (name) => (name === 'HEAD' ? null : name),
      () => null,
    ),
    Promise.all([config('user.name'), config('user.email')]).then(
      ([name, email]) => ({ name: name.trim(), email: email.trim() }),
      (error: unknown) => {
        throw new UserError(`cannot read user.name / user.email from git config in ${root}: ${String((error as Error).message).split('\n')[0]}`);
      },
    ),
  ]);
  return { root, commit, branch, reviewer };
}

/**
 * Files added or changed on this branch: against the merge-base with the remote's
 * default branch (origin/HEAD) or a local main/master, plus uncommitted and untracked files.
 */
export async function changedFilesAgainstDefaultBranch(root: string): Promise<string[] | undefined> {
  const repo = git(root);
  // One call names the candidates that exist (a git process costs ~5 ms, more on a busy machine); the
  // first of them that shares history with HEAD is the base.
  const candidates = ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master'];
  let listed: Set<string>;
  try {
    listed = new Set((await repo.raw(['for-each-ref', '--format=%(refname)', ...candidates])).split('\n'));
  } catch {
    listed = new Set();
  }
  let base: string | undefined;
  for (const candidate of candidates.filter((ref) => listed.has(ref))) {
    try {
      base = await repo.raw(['merge-base', 'HEAD', candidate]);
      if (base) break;
    } catch {
      // no history shared with HEAD
    }
  }
  const files = await changedSinceCommit(repo, base);
  if (!base && files.length === 0) return undefined;
  return files;
}

/**
 * Files added or changed since the merge-base of HEAD and `ref`, as a pull request's diff shows
 * them, plus uncommitted and untracked files: what `check --since` reports and `review` picks.
 * Paths are relative to the repository root. An unknown ref is a UserError naming `option`.
 */
export async function changedFilesSinceMergeBase(root: string, ref: string, option = `--since ${ref}`): Promise<string[]> {
  const repo = git(root);
  const resolved = await resolveCommit(repo, ref, `${option}: unknown git ref (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, '')})`);
  let base: string;
  try {
    base = await repo.raw(['merge-base', 'HEAD', resolved]);
  } catch {
    base = '';
  }
  if (!base.trim()) throw new UserError(`${option}: no common ancestor with HEAD (a shallow clone? fetch with fetch-depth: 0)`);
  return changedSinceCommit(repo, base.trim());
}

async function changedSinceCommit(repo: GitClient, base: string | undefined): Promise<string[]> {
  const files = new Set<string>();
  const [changed, status] = await Promise.all([base ? repo.raw(['diff', ...DIFF_NAMES, base, '--']) : Promise.resolve(undefined), repo.status()]);
  if (changed !== undefined) diffNames(changed).forEach((file) => files.add(file));
  [...status.not_added, ...status.created, ...status.modified, ...status.staged].forEach((file) => files.add(file));
  return [...files];
}

/**
 * Every path the diff touches, as `git diff` names them. `-z`: paths verbatim (without it git quotes
 * non-ASCII names, e.g. "a\303\261.py", and they match no file). `--no-renames`: a migration that
 * git pairs with a deleted file as a rename is still an added file, not one to skip. No
 * --diff-filter: a type change (a migration replaced by a symlink), a copy or an unmerged path is
 * a change as much as an edit; deleted paths match no version file and drop out on their own.
 */
const DIFF_NAMES = ['--name-only', '-z', '--no-renames'];

/** The commit `ref` names, or a UserError with `unknown` when it names none. */
async function resolveCommit(repo: GitClient, ref: string, unknown: string): Promise<string> {
  let resolved: string;
  try {
    resolved = (await repo.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    resolved = '';
  }
  if (!resolved) throw new UserError(unknown);
  return resolved;
}

function diffNames(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

/** Every path changed since `ref` (committed or not, plus untracked); unknown ref → UserError naming it. */
export async function filesChangedSince(root: string, ref: string): Promise<string[]> {
  const repo = git(root);
  await resolveCommit(repo, ref, `verify: --since ${ref}: unknown git ref`);
  const files = new Set<string>();
  diffNames(await repo.raw(['diff', ...DIFF_NAMES, ref, '--'])).forEach((file) => files.add(file));
  const status = await repo.status();
  status.not_added.forEach((file) => files.add(file));
  return [...files];
}

/** `review --commit` commits only its own files: anything already staged means the user is mid-work. */
export async function assertNothingElseStaged(root: string): Promise<void> {
  const staged = (await git(root).raw(['diff', '--cached', '--name-only'])).split('\n').filter(Boolean);
  if (staged.length > 0) {
    throw new UserError(`--commit: the index already has staged changes (${staged.slice(0, 3).join(', ')}${staged.length > 3 ? ', …' : ''}); commit or unstage them first`);
  }
}

/**
 * Commits exactly `files` (git applies commit.gpgsign itself); returns the commit id.
 * A listed file that no longer exists is committed as a deletion when git tracks it.
 */
export async function commitRecords(root: string, files: string[], message: string): Promise<string> {
  const repo = git(root);
  const paths: string[] = [];
  for (const file of files) {
    if (existsSync(file) || (await repo.raw(['ls-files', '--', file])).trim()) paths.push(file);
  }
  await repo.raw(['add', '-A', '--', ...paths]);
  const result = await repo.commit(message, paths);
  return result.commit;
}
