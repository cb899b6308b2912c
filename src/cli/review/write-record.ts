/**
 * Review records: built and signed in memory per migration, then written
 * together at the end of the session (record first, then its signature).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { currentSubject, reviewedItems, type WizardState } from '../../core/checklist/reducer.js';
import { UserError } from '../../core/errors.js';
import { buildRecord } from '../../core/record/build.js';
import { serializeRecord } from '../../core/record/schema.js';
import { writeFileAtomic } from '../../io/fs/atomic-write.js';
import { recordPath } from '../../io/fs/reviews.js';
import { readGitInfo } from '../../io/git/repo.js';
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

/** Whether a signature can be made with git's configuration; the wizard asks before writing unsigned. */
export async function signingAvailable(session: ReviewSession, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    return await canSign(await readSigningSetup(session.repoRoot, env), env);
  } catch {
    return false;
  }
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
  const gitInfo = await readGitInfo(session.repoRoot).catch(() => undefined);
  const items = reviewedItems(state);
  const record = buildRecord(subject, items, {
    checklist: state.checklist,
    checklistSha256: session.checklist.sha256,
    reviewer: gitInfo?.reviewer ?? { name: '', email: '' },
    git: { commit: gitInfo?.commit ?? null, branch: gitInfo?.branch ?? null },
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
 * Writes each record and its signature atomically, record first. A failure on
 * a signature restores that pair as it was, so no half pair is left behind.
 */
export function persistRecords(pending: PendingRecord[]): WrittenRecord[] {
  return pending.map(({ path, bytes, signature }) => {
    const previous = {
      record: existsSync(path) ? readFileSync(path) : undefined,
      sig: existsSync(`${path}.sig`) ? readFileSync(`${path}.sig`) : undefined,
      asc: existsSync(`${path}.asc`) ? readFileSync(`${path}.asc`) : undefined,
    };
    writeFileAtomic(path, bytes);
    const removedSignatures: string[] = [];
    try {
      // A re-review replaces the pair: a signature of the old bytes must not survive.
      for (const extension of ['.sig', '.asc'] as const) {
        if (extension !== signature?.extension && existsSync(`${path}${extension}`)) {
          rmSync(`${path}${extension}`);
          removedSignatures.push(`${path}${extension}`);
        }
      }
      if (signature) writeFileAtomic(`${path}${signature.extension}`, signature.signature);
    } catch (error) {
      if (previous.record) writeFileAtomic(path, previous.record);
      else rmSync(path, { force: true });
      if (previous.sig) writeFileAtomic(`${path}.sig`, previous.sig);
      if (previous.asc) writeFileAtomic(`${path}.asc`, previous.asc);
      throw error;
    }
    return { path, ...(signature ? { signaturePath: `${path}${signature.extension}` } : {}), removedSignatures };
  });
}
