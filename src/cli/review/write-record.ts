/**
 * Review records: built and signed in memory per migration, then written at the end of the
 * session, each record with its signature as one unit.
 */
import { relative, sep } from 'node:path';
import type { GitConfigSnapshot } from '../../io/git/config.js';
import { currentSubject, reviewedItems, type WizardState } from '../../review/checklist/reducer.js';
import { UserError } from '../../model/errors.js';
import { buildRecord } from '../../review/record/build.js';
import { serializeRecord } from '../../review/record/schema.js';
import { recordPath, writeRecordPair } from '../../io/fs/reviews.js';
import { readGitInfo, type GitInfo } from '../../io/git/repo.js';
import { canSign, readSigningSetup, signBytes, signingSetupHelp } from '../../io/git/signing.js';
import { TOOL_NAME, toolVersion } from '../../io/package-paths.js';
import type { ReviewSession } from './prepare.js';

export type SignMode = 'sign' | 'no-sign';

export interface WrittenRecord {
  path: string;
  signaturePath?: string;
  /** Signatures of the previous review that were removed (a commit must include their deletion). */
  removedSignatures: string[];
}

/**
 * Whether a signature can be made with git's configuration; the wizard asks before writing
 * unsigned. A configuration git itself would reject (a bad gpg.format, an unreadable config) is
 * an error naming it, not "no key".
 */
export async function signingAvailable(repoRoot: string, env: NodeJS.ProcessEnv, snapshot?: GitConfigSnapshot): Promise<boolean> {
  return canSign(await readSigningSetup(repoRoot, env, snapshot), env);
}

/** The reviewer a signed record names: user.name and user.email from git config, both required. */
export async function reviewerIdentity(repoRoot: string, snapshot?: GitConfigSnapshot): Promise<GitInfo> {
  const info = await readGitInfo(repoRoot, snapshot);
  const missing = (['name', 'email'] as const).filter((key) => info.reviewer[key] === '');
  if (missing.length > 0) {
    const keys = missing.map((key) => `user.${key}`).join(' and ');
    const commands = missing.map((key) => `git config --global user.${key} ${key === 'name' ? '"Your Name"' : 'you@example.com'}`).join('; ');
    throw new UserError(`cannot sign a review record without a reviewer: ${keys} ${missing.length > 1 ? 'are' : 'is'} not set in git config (${commands})`);
  }
  return info;
}

/** A record built and signed in memory, not yet on disk. */
export interface PendingRecord {
  path: string;
  bytes: Buffer;
  signature?: { extension: '.sig' | '.asc'; signature: string };
  /** Some item was answered "no". */
  hasNo: boolean;
}

/**
 * Builds and signs the current subject's record in memory. Nothing touches the
 * disk until `persistRecords`, so aborting a multi-migration review writes nothing.
 */
export async function prepareReviewRecord(
  state: WizardState,
  session: ReviewSession,
  options: { sign: SignMode; env: NodeJS.ProcessEnv; now: Date },
): Promise<PendingRecord> {
  const subject = currentSubject(state);
  if (!subject) throw new Error('no subject to write');
  const path = recordPath(session.reviewsDir, subject.revision);
  // A signed record vouches for its reviewer: never sign one that names nobody.
  const gitInfo = options.sign === 'sign' ? await reviewerIdentity(session.repoRoot) : await readGitInfo(session.repoRoot);
  const items = reviewedItems(state);
  const record = buildRecord(subject, items, {
    checklist: state.checklist,
    checklistSha256: session.checklist.sha256,
    reviewer: gitInfo.reviewer,
    git: { commit: gitInfo.commit, branch: gitInfo.branch },
    createdAt: options.now.toISOString(),
    tool: { name: TOOL_NAME, version: toolVersion() },
    relativePath: (file) => relative(session.repoRoot, file).split(sep).join('/'),
  });
  const bytes = Buffer.from(serializeRecord(record), 'utf8');
  let signature: PendingRecord['signature'];
  if (options.sign === 'sign') {
    const setup = await readSigningSetup(session.repoRoot, options.env);
    if (!(await canSign(setup, options.env))) {
      throw new UserError(`no signing key is configured for git (gpg.format=${setup.format}); set one up or pass --no-sign:\n${signingSetupHelp()}`);
    }
    signature = await signBytes(setup, bytes, options.env);
  }
  return { path, bytes, ...(signature ? { signature } : {}), hasNo: items.some((item) => item.answer === 'no') };
}

/**
 * Writes each record and its signature as one unit under the record's lock (see writeRecordPair):
 * two reviews of the same revision at once leave one review's pair, never a mix.
 */
export async function persistRecords(pending: PendingRecord[]): Promise<WrittenRecord[]> {
  const written: WrittenRecord[] = [];
  for (const { path, bytes, signature } of pending) {
    const removedSignatures = await writeRecordPair({
      path,
      bytes,
      ...(signature ? { signature: { extension: signature.extension, text: signature.signature } } : {}),
    });
    written.push({ path, ...(signature ? { signaturePath: `${path}${signature.extension}` } : {}), removedSignatures });
  }
  return written;
}
