/**
 * The review status of one migration, as `verify` reports it and `review`
 * (without arguments) uses it to pick what still needs a review: reads the
 * record and its signature, checks the signature, then asks the pure core.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Checklist } from '../review/checklist/schema.js';
import type { EffectiveConfig } from '../config/schema.js';
import { verifyRecord, type SignatureResult, type VerifyResult } from '../review/record/verify.js';
import type { AnalyzedMigration } from '../model/facts.js';
import { readRegularFile } from './fs/read-text.js';
import { recordPath } from './fs/reviews.js';
import { readAllowedSignersSetting, verifySignature, type AllowedSignersSetting } from './git/signing.js';

export interface StatusContext {
  reviewsDir: string;
  checklist: Checklist;
  allowedSigners: string | undefined;
  env: NodeJS.ProcessEnv;
}

export interface TrustOptions {
  /** `--allowed-signers FILE` (relative to cwd): the verifier names the file. */
  flag?: string | undefined;
  /** `--trust-repo-signers`: accept an allowed signers file the repository itself names. */
  trustRepoSigners?: boolean;
  cwd: string;
  config: EffectiveConfig;
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  /** gpg.ssh.allowedSignersFile of repoRoot, when the caller started reading it already (readAllowedSignersSetting). */
  allowedSignersSetting?: Promise<AllowedSignersSetting | undefined>;
}

export interface ResolvedTrust {
  allowedSigners: string | undefined;
  /** One line each, for stderr: a repository-level setting that was ignored, and why. */
  warnings: string[];
}

/**
 * Where the SSH allowed signers file comes from. The repository under review cannot vouch for
 * itself: a pull request could add its own signer file and re-sign records. So trust comes from
 * the verifier's side only: `--allowed-signers`, or gpg.ssh.allowedSignersFile from git config
 * that is not a file of the work tree (system, global, the clone's own .git/config, the
 * environment: GIT_CONFIG_GLOBAL, GIT_CONFIG_COUNT…). A repository-level setting, the
 * `allowed-signers` key of .preflight.toml / [tool.preflight] or a git setting read from a config
 * file inside the work tree (an include of a committed file), is used only when it names the same
 * file as the verifier's git config, or with `--trust-repo-signers`; otherwise it is ignored, with
 * a warning.
 */
export async function resolveAllowedSigners(options: TrustOptions): Promise<ResolvedTrust> {
  if (options.flag) return { allowedSigners: resolve(options.cwd, options.flag), warnings: [] };
  const warnings: string[] = [];
  const hint = 'a repository under review cannot name its own trust root; set gpg.ssh.allowedSignersFile in your git config, pass --allowed-signers FILE, or --trust-repo-signers';
  const setting = await (options.allowedSignersSetting ?? readAllowedSignersSetting(options.repoRoot, options.env));
  let verifierFile: string | undefined;
  if (setting) {
    const origin = setting.originFile;
    if (origin === undefined || !insideWorkTree(origin, options.repoRoot) || options.trustRepoSigners) verifierFile = setting.file;
    else {
      warnings.push(`preflight: warning: ignoring gpg.ssh.allowedSignersFile = ${JSON.stringify(setting.value)} from ${relative(options.cwd, origin) || origin}: it is a file of the repository under review; ${hint}`);
    }
  }
  const repoKey = options.config.allowedSigners;
  if (repoKey === undefined) return { allowedSigners: verifierFile, warnings };
  const repoFile = resolve(options.config.baseDir, repoKey);
  if (options.trustRepoSigners) return { allowedSigners: repoFile, warnings };
  if (verifierFile !== undefined && sameFile(repoFile, verifierFile)) return { allowedSigners: verifierFile, warnings };
  const source = options.config.sources['allowed-signers'] ?? 'the configuration';
  warnings.push(`preflight: warning: ignoring allowed-signers = ${JSON.stringify(repoKey)} from ${source}: ${hint}`);
  return { allowedSigners: verifierFile, warnings };
}

/** Inside the work tree but not in its .git folder (the clone's own configuration is the verifier's). */
function insideWorkTree(path: string, repoRoot: string): boolean {
  const rel = relative(realOrSelf(repoRoot), realOrSelf(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return rel.split(sep)[0] !== '.git';
}

function sameFile(a: string, b: string): boolean {
  return realOrSelf(a) === realOrSelf(b);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
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
