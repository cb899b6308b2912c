/**
 * The review status of one migration, as `verify` reports it and `review`
 * (without arguments) uses it to pick what still needs a review: reads the
 * record and its signature, checks the signature, then asks the pure core.
 */
import { resolve } from 'node:path';
import type { Checklist } from '../core/checklist/schema.js';
import type { EffectiveConfig } from '../core/config/schema.js';
import { verifyRecord, type SignatureResult, type VerifyResult } from '../core/record/verify.js';
import type { AnalyzedMigration } from '../rules/types.js';
import { readRegularFile } from './fs/read-text.js';
import { recordPath } from './fs/reviews.js';
import { readAllowedSignersFile, verifySignature } from './git/signing.js';

export interface StatusContext {
  reviewsDir: string;
  checklist: Checklist;
  allowedSigners: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** `--allowed-signers`, then the configuration, then git's gpg.ssh.allowedSignersFile. */
export async function resolveAllowedSigners(
  flag: string | undefined,
  cwd: string,
  config: EffectiveConfig,
  repoRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (flag) return resolve(cwd, flag);
  if (config.allowedSigners) return resolve(config.baseDir, config.allowedSigners);
  return readAllowedSignersFile(repoRoot, env);
}

export async function reviewStatus(migration: AnalyzedMigration, context: StatusContext): Promise<VerifyResult> {
  const revision = migration.facts.revision!.value;
  let path: string;
  try {
    path = recordPath(context.reviewsDir, revision);
  } catch (error) {
    return { status: 'invalid', detail: (error as Error).message };
  }
  // The signature covers the file's exact bytes: verify those, not a re-encoded string.
  // A folder or FIFO where the record should be is one line naming it, never a hang or a stack trace.
  const bytes = readRegularFile(path);
  const signature = bytes === undefined ? { kind: 'none' as const } : await checkSignature(path, bytes, context);
  return verifyRecord({
    revision,
    migrationSha256: migration.facts.sha256,
    recordText: bytes?.toString('utf8'),
    signature,
    checklist: context.checklist,
  });
}

async function checkSignature(path: string, data: Buffer, context: StatusContext): Promise<SignatureResult> {
  for (const extension of ['.sig', '.asc'] as const) {
    const signaturePath = `${path}${extension}`;
    const signature = readRegularFile(signaturePath);
    if (signature === undefined) continue;
    const check = await verifySignature({
      extension,
      data,
      signature: signature.toString('utf8'),
      ...(context.allowedSigners ? { allowedSignersFile: context.allowedSigners } : {}),
      env: context.env,
    });
    if (check.status === 'valid') return { kind: 'valid', signer: check.signer };
    if (check.status === 'untrusted') return { kind: 'untrusted', signer: check.signer, detail: check.detail };
    return { kind: 'invalid', detail: check.detail };
  }
  return { kind: 'none' };
}
