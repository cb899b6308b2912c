/**
 * Signs review record files with the key git is configured to sign commits with, and verifies
 * those signatures. SSH signatures go through `ssh-keygen -Y`, OpenPGP ones through `gpg`.
 */
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { ProcessStartError, runProcess, type ProcessResult } from '../process.js';
import { gitClient, type GitClient } from './client.js';
import type { GitConfigSnapshot } from './config.js';

export type SigningFormat = 'ssh' | 'openpgp' | 'x509';

export interface SigningSetup {
  format: SigningFormat;
  /** user.signingkey as configured: a key file path, a `key::ssh-…` literal or a GPG key id; undefined when unset. */
  key: string | undefined;
  /** gpg.ssh.program / gpg.openpgp.program / gpg.program when configured. */
  program?: string;
}

export type SignatureCheck =
  | { status: 'valid'; signer: string; trusted: true }
  /** The signature matches the bytes, but the key is not trusted (not in allowed signers, not certified). */
  | { status: 'untrusted'; signer: string; detail: string }
  /** The signature does not match the bytes, is malformed, or its key is unknown. */
  | { status: 'invalid'; detail: string };

export type SignatureExtension = '.sig' | '.asc';

/** Separates preflight signatures from git's own (`git`) so one can never be replayed as the other. */
export const SSH_SIGNATURE_NAMESPACE = 'preflight-review';

const SUBPROCESS_TIMEOUT_MS = 30_000;
// Signing may wait for a passphrase prompt, a pinentry dialog or a security-key touch.
const SIGN_TIMEOUT_MS = 120_000;

const DEFAULT_SSH_PROGRAM = 'ssh-keygen';
const DEFAULT_GPG_PROGRAM = 'gpg';

/** Reads gpg.format (default openpgp), user.signingkey, gpg.ssh.program / gpg.program from git config in repoDir. */
export async function readSigningSetup(repoDir: string, env: NodeJS.ProcessEnv = process.env, snapshot?: GitConfigSnapshot): Promise<SigningSetup> {
  const git = gitFor(repoDir, env);
  // Read at once (one git process each, none waiting for another; or all from one snapshot); which program
  // counts depends on the format.
  const [rawFormat = 'openpgp', key, sshProgram, openpgpProgram, gpgProgram] = await Promise.all(
    ['gpg.format', 'user.signingkey', 'gpg.ssh.program', 'gpg.openpgp.program', 'gpg.program'].map((name) =>
      snapshot ? nonEmpty(snapshot.get(name)?.value) : readGitConfig(git, repoDir, name),
    ),
  );
  const format = parseSigningFormat(rawFormat);
  // git prefers the format-specific key and falls back to the older gpg.program.
  const program = format === 'ssh' ? sshProgram : format === 'openpgp' ? (openpgpProgram ?? gpgProgram) : undefined;
  return program === undefined ? { format, key } : { format, key, program };
}

/** Reads gpg.ssh.allowedSignersFile from git config (resolving ~ and relative paths against repoDir). */
export async function readAllowedSignersFile(
  repoDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  return (await readAllowedSignersSetting(repoDir, env))?.file;
}

export interface AllowedSignersSetting {
  /** The file, with ~ and a relative path resolved (against repoDir). */
  file: string;
  /** The value as written in the configuration. */
  value: string;
  /** The configuration file that sets it (absolute), undefined for the command line / environment. */
  originFile: string | undefined;
}

/**
 * gpg.ssh.allowedSignersFile with where git found it (`git config --show-origin`):
 * the caller decides whether that place belongs to the verifier or to the repository under review.
 */
export async function readAllowedSignersSetting(
  repoDir: string,
  env: NodeJS.ProcessEnv = process.env,
  snapshot?: GitConfigSnapshot,
): Promise<AllowedSignersSetting | undefined> {
  const key = 'gpg.ssh.allowedSignersFile';
  let output: string;
  if (snapshot) {
    const entry = snapshot.get(key);
    output = entry ? `${entry.origin}\0${entry.value}` : '';
  } else {
    try {
      // An unset key is exit 1 with nothing on stderr, which the client returns as empty output.
      output = await gitFor(repoDir, env).raw(['config', '--show-origin', '-z', '--get', key]);
    } catch (error) {
      throw new UserError(`cannot read ${key} from git config in ${repoDir}: ${firstLine(messageOf(error), null)}`);
    }
  }
  if (output === '') return undefined;
  const [origin = '', rawValue = ''] = output.split('\0');
  const value = rawValue.trim();
  if (value === '') return undefined;
  const originFile = origin.startsWith('file:') ? resolve(repoDir, origin.slice('file:'.length)) : undefined;
  return { file: resolve(repoDir, expandHome(value, env)), value, originFile };
}

/** Human text with the exact `git config` commands to set up SSH signing (and the GPG alternative). */
export function signingSetupHelp(): string {
  return [
    'Preflight signs review records with the key git signs commits with, and git has no usable signing key configured.',
    '',
    'Set up SSH signing (recommended):',
    '  ssh-keygen -t ed25519 -C "you@example.com"          # only if you have no SSH key yet',
    '  git config --global gpg.format ssh',
    '  git config --global user.signingkey ~/.ssh/id_ed25519.pub',
    '',
    'To verify signatures, list the keys you trust in an allowed signers file:',
    '  echo "you@example.com $(cat ~/.ssh/id_ed25519.pub)" >> ~/.ssh/allowed_signers',
    '  git config --global gpg.ssh.allowedSignersFile ~/.ssh/allowed_signers',
    '',
    'Or sign with GPG:',
    '  gpg --quick-gen-key "Your Name <you@example.com>"   # only if you have no GPG key yet',
    '  gpg --list-secret-keys --keyid-format=long          # the key id follows "sec   ed25519/"',
    '  git config --global gpg.format openpgp',
    '  git config --global user.signingkey <key id>',
    '',
    'X.509 signing (gpg.format x509) is not supported by preflight.',
  ].join('\n');
}

/** true when a signature can be produced (ssh with a key, or openpgp with a key or a default secret key in the keyring). */
export async function canSign(setup: SigningSetup, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (setup.format === 'x509') return false;
  if (setup.format === 'ssh') {
    if (setup.key === undefined) return false;
    // A literal key only names the public half; the private half must come from the agent.
    if (sshLiteralKey(setup.key) !== undefined) return Boolean(env.SSH_AUTH_SOCK);
    return pathExists(expandHome(setup.key, env));
  }
  const args = ['--batch', '--list-secret-keys', '--with-colons'];
  if (setup.key !== undefined) args.push(setup.key);
  try {
    const result = await run(setup.program ?? DEFAULT_GPG_PROGRAM, args, { env, timeoutMs: SUBPROCESS_TIMEOUT_MS });
    return result.code === 0 && /^sec:/m.test(result.stdout);
  } catch (error) {
    // Nothing configured and no gpg: simply no key. With a key configured, gpg missing or hanging is
    // the error to show, not "no signing key".
    if (setup.key !== undefined || setup.program !== undefined) throw error;
    return false;
  }
}

/** Signs `data` (the exact bytes of the record file) with the configured key. */
export async function signBytes(
  setup: SigningSetup,
  data: Buffer,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ extension: SignatureExtension; signature: string }> {
  if (setup.format === 'x509') {
    throw new UserError('gpg.format is x509, which preflight cannot sign with; configure ssh or openpgp signing');
  }
  if (setup.format === 'ssh') return { extension: '.sig', signature: await signWithSsh(setup, data, env) };
  return { extension: '.asc', signature: await signWithGpg(setup, data, env) };
}

/** Checks `signature` (the contents of a `.sig` or `.asc` file) against `data`. */
export async function verifySignature(opts: {
  extension: SignatureExtension;
  data: Buffer;
  signature: string;
  allowedSignersFile?: string;
  env?: NodeJS.ProcessEnv;
  /** ssh-keygen or gpg to run instead of the one on PATH. */
  program?: string;
}): Promise<SignatureCheck> {
  const env = opts.env ?? process.env;
  return withPrivateTempDir(async (dir) => {
    const signatureFile = join(dir, `record${opts.extension}`);
    await writeFile(signatureFile, opts.signature, { mode: 0o600 });
    if (opts.extension === '.sig') {
      return verifySsh(opts.program ?? DEFAULT_SSH_PROGRAM, signatureFile, opts.data, opts.allowedSignersFile, env);
    }
    return verifyGpg(opts.program ?? DEFAULT_GPG_PROGRAM, signatureFile, opts.data, env);
  });
}

// ---------------------------------------------------------------------------------------------
// SSH

async function signWithSsh(setup: SigningSetup, data: Buffer, env: NodeJS.ProcessEnv): Promise<string> {
  const key = setup.key;
  if (key === undefined) {
    throw new UserError('no SSH signing key configured: set user.signingkey in git config');
  }
  const program = setup.program ?? DEFAULT_SSH_PROGRAM;
  const keyLabel = describeKey(key);
  return withPrivateTempDir(async (dir) => {
    let keyFile: string;
    const literal = sshLiteralKey(key);
    if (literal !== undefined) {
      // As git does: a literal public key goes to a file, and ssh-keygen finds its private half in the agent.
      keyFile = join(dir, 'signing-key.pub');
      await writeFile(keyFile, `${literal}\n`, { mode: 0o600 });
    } else {
      keyFile = expandHome(key, env);
    }
    const recordFile = join(dir, 'record');
    await writeFile(recordFile, data, { mode: 0o600 });
    const result = await run(
      program,
      ['-Y', 'sign', '-n', SSH_SIGNATURE_NAMESPACE, '-f', keyFile, recordFile],
      { env, timeoutMs: SIGN_TIMEOUT_MS, what: `signing with key ${keyLabel}` },
    );
    if (result.code !== 0) {
      throw new UserError(`${program} failed to sign with key ${keyLabel}: ${firstLine(result.stderr, result.code)}`);
    }
    return readFile(`${recordFile}.sig`, 'utf8');
  });
}

async function verifySsh(
  program: string,
  signatureFile: string,
  data: Buffer,
  allowedSignersFile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<SignatureCheck> {
  let untrustedBecause: string;
  if (allowedSignersFile === undefined) {
    untrustedBecause = 'no allowed signers file configured (gpg.ssh.allowedSignersFile)';
  } else if (!(await pathExists(allowedSignersFile))) {
    untrustedBecause = `allowed signers file ${allowedSignersFile} does not exist`;
  } else {
    const found = await run(program, ['-Y', 'find-principals', '-s', signatureFile, '-f', allowedSignersFile], {
      env,
      timeoutMs: SUBPROCESS_TIMEOUT_MS,
      what: 'looking up the signer',
    });
    const principals = found.code === 0 ? nonEmptyLines(found.stdout) : [];
    // ssh-keygen skips lines it cannot read and says so: a broken allowed signers file must show.
    const complaint = found.code === 0 ? undefined : nonEmptyLines(found.stderr).find((line) => line !== 'No principal matched.');
    untrustedBecause = `no principal in ${allowedSignersFile} matches the signing key${complaint ? ` (${complaint})` : ''}`;
    for (const principal of principals) {
      const verified = await run(
        program,
        ['-Y', 'verify', '-f', allowedSignersFile, '-I', principal, '-n', SSH_SIGNATURE_NAMESPACE, '-s', signatureFile],
        { env, input: data, timeoutMs: SUBPROCESS_TIMEOUT_MS, what: 'verifying the signature' },
      );
      if (verified.code === 0) return { status: 'valid', signer: principal, trusted: true };
      // e.g. the entry is expired or limited to other namespaces; check-novalidate below tells that from a bad signature.
      untrustedBecause = `key of ${principal} is not accepted by ${allowedSignersFile}: ${firstLine(verified.stderr, verified.code)}`;
    }
  }
  // Without a trusted principal, still tell a genuine signature by an unknown key from a broken one.
  const checked = await run(program, ['-Y', 'check-novalidate', '-n', SSH_SIGNATURE_NAMESPACE, '-s', signatureFile], {
    env,
    input: data,
    timeoutMs: SUBPROCESS_TIMEOUT_MS,
    what: 'checking the signature',
  });
  if (checked.code !== 0) return { status: 'invalid', detail: firstLine(checked.stderr, checked.code) };
  const fingerprint = /\bkey (\S+)/.exec(checked.stdout)?.[1] ?? 'unknown key';
  return { status: 'untrusted', signer: fingerprint, detail: untrustedBecause };
}

/** The public key of a `key::ssh-…` literal (or the older bare `ssh-…` form git still accepts), else undefined. */
function sshLiteralKey(key: string): string | undefined {
  if (key.startsWith('key::')) return key.slice('key::'.length).trim();
  if (key.startsWith('ssh-')) return key.trim();
  return undefined;
}

/** Short form for messages: literal keys are long and end in a base64 blob. */
function describeKey(key: string): string {
  const literal = sshLiteralKey(key);
  if (literal === undefined) return key;
  const [type, blob] = literal.split(/\s+/);
  return `key::${type ?? ''} ${(blob ?? '').slice(0, 16)}…`;
}

// ---------------------------------------------------------------------------------------------
// OpenPGP

async function signWithGpg(setup: SigningSetup, data: Buffer, env: NodeJS.ProcessEnv): Promise<string> {
  const program = setup.program ?? DEFAULT_GPG_PROGRAM;
  const args = ['--batch', '--yes', '--detach-sign', '--armor'];
  if (setup.key !== undefined) args.push('--local-user', setup.key);
  const keyLabel = setup.key ?? 'the default GPG key';
  const result = await run(program, args, {
    env,
    input: data,
    timeoutMs: SIGN_TIMEOUT_MS,
    what: `signing with key ${keyLabel}`,
  });
  if (result.code !== 0 || !result.stdout.includes('-----BEGIN PGP SIGNATURE-----')) {
    throw new UserError(`${program} failed to sign with key ${keyLabel}: ${firstLine(result.stderr, result.code)}`);
  }
  return result.stdout;
}

async function verifyGpg(
  program: string,
  signatureFile: string,
  data: Buffer,
  env: NodeJS.ProcessEnv,
): Promise<SignatureCheck> {
  // Trust comes from the verifier's keyring only: a key carried inside the signature (--include-key-block)
  // or fetched on the way must never be imported by the check, whatever gpg.conf says.
  const verify = (guards: string[]) =>
    run(program, ['--batch', ...guards, '--status-fd', '1', '--verify', signatureFile, '-'], {
      env,
      input: data,
      timeoutMs: SUBPROCESS_TIMEOUT_MS,
      what: 'verifying the signature',
    });
  let result = await verify(['--no-auto-key-import', '--no-auto-key-retrieve']);
  // gpg before 2.2.28 has no key import from signatures, and so no option to turn it off.
  if (/invalid option "--no-auto-key-import"/.test(result.stderr)) result = await verify(['--no-auto-key-retrieve']);
  return interpretGpgStatus(result.stdout, result.stderr, result.code);
}

/** Maps `gpg --status-fd` output of a --verify to a SignatureCheck (see doc/DETAILS in GnuPG). */
function interpretGpgStatus(status: string, stderr = '', exitCode: number | null = null): SignatureCheck {
  const lines = status
    .split('\n')
    .filter((line) => line.startsWith('[GNUPG:] '))
    .map((line) => line.slice('[GNUPG:] '.length).split(' '));
  const find = (keyword: string): string[] | undefined => lines.find((fields) => fields[0] === keyword);
  const userIdOf = (fields: string[]): string => decodeGpgStatusText(fields.slice(2).join(' '));

  const bad = find('BADSIG');
  if (bad) return { status: 'invalid', detail: `bad signature from ${userIdOf(bad)}` };
  const noPublicKey = find('NO_PUBKEY');
  if (noPublicKey) return { status: 'invalid', detail: `unknown key ${noPublicKey[1] ?? ''}`.trim() };
  const error = find('ERRSIG');
  if (error) return { status: 'invalid', detail: `cannot check signature by key ${error[1] ?? ''}`.trim() };

  // These say the bytes match but the key can no longer vouch for them.
  for (const [keyword, reason] of [
    ['EXPSIG', 'the signature has expired'],
    ['EXPKEYSIG', 'the signing key has expired'],
    ['REVKEYSIG', 'the signing key has been revoked'],
  ] as const) {
    const fields = find(keyword);
    if (fields) return { status: 'untrusted', signer: userIdOf(fields), detail: reason };
  }

  const good = find('GOODSIG');
  if (!good) {
    return { status: 'invalid', detail: firstLine(stderr, exitCode, 'no valid OpenPGP signature found') };
  }
  const signer = userIdOf(good);
  const trust = lines.find((fields) => fields[0]?.startsWith('TRUST_'))?.[0];
  if (trust === 'TRUST_FULLY' || trust === 'TRUST_ULTIMATE') return { status: 'valid', signer, trusted: true };
  const level = trust === undefined ? 'unknown' : trust.slice('TRUST_'.length).toLowerCase();
  return { status: 'untrusted', signer, detail: `the key of ${signer} is not trusted (gpg trust level: ${level})` };
}

/** gpg percent-escapes special characters (e.g. %25, %0A) in status line text. */
function decodeGpgStatusText(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// git config

function gitFor(repoDir: string, env: NodeJS.ProcessEnv): GitClient {
  return gitClient(repoDir, { env, timeoutMs: SUBPROCESS_TIMEOUT_MS });
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
}

async function readGitConfig(git: GitClient, repoDir: string, key: string): Promise<string | undefined> {
  try {
    return nonEmpty((await git.getConfig(key)).value);
  } catch (error) {
    throw new UserError(`cannot read ${key} from git config in ${repoDir}: ${firstLine(messageOf(error), null)}`);
  }
}

function parseSigningFormat(value: string): SigningFormat {
  const format = value.toLowerCase();
  if (format === 'ssh' || format === 'openpgp' || format === 'x509') return format;
  throw new UserError(`unsupported gpg.format '${value}' in git config (expected openpgp, ssh or x509)`);
}

// ---------------------------------------------------------------------------------------------
// helpers

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs ssh-keygen, gpg or git through the one process runner; a non-zero exit is a result, not an
 * error. They stay in Preflight's process group: signing may prompt for a passphrase on the terminal.
 */
async function run(
  program: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; input?: Buffer; timeoutMs: number; what?: string },
): Promise<RunResult> {
  const doing = opts.what === undefined ? '' : ` while ${opts.what}`;
  let result: ProcessResult;
  try {
    result = await runProcess(program, args, {
      env: opts.env,
      timeoutMs: opts.timeoutMs,
      ownProcessGroup: false,
      killGraceMs: 0,
      ...(opts.input === undefined ? {} : { input: opts.input }),
    });
  } catch (error) {
    if (error instanceof ProcessStartError && error.code === 'ENOENT') {
      throw new UserError(`${program} not found${doing}: install it or set gpg.program / gpg.ssh.program in git config`);
    }
    throw new UserError(`could not run ${program}${doing}: ${messageOf(error)}`);
  }
  if (result.timedOut) throw new UserError(`${program} did not finish within ${opts.timeoutMs / 1000} s${doing}`);
  return { code: result.code, stdout: result.stdout, stderr: result.stderr };
}

/** The first line worth showing from a tool's stderr, skipping progress chatter and ssh's `@@@` warning banners. */
function firstLine(text: string, exitCode: number | null, fallback?: string): string {
  const line = nonEmptyLines(text).find(
    (candidate) => !/^(@|Signing file |Write signature to |gpg: Signature made |gpg: +using )/.test(candidate),
  );
  return line ?? fallback ?? `exited with status ${exitCode ?? 'unknown'}`;
}

function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function expandHome(path: string, env: NodeJS.ProcessEnv): string {
  if (path !== '~' && !path.startsWith('~/')) return path;
  const home = env.HOME ?? homedir();
  return path === '~' ? home : join(home, path.slice(2));
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function withPrivateTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  // mkdtemp creates the directory 0700, so the record copy and any key file stay private.
  const dir = await mkdtemp(join(tmpdir(), 'preflight-sign-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
