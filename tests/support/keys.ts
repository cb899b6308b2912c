/**
 * Real signing keys for tests: unprotected ed25519 SSH keys, GPG keys in throwaway GNUPGHOMEs and a
 * throwaway ssh-agent. Nothing here touches the user's own ~/.ssh, keyring or agent.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const TOOL_TIMEOUT_MS = 30_000;

async function runTool(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout } = await execFileAsync(program, args, { env, timeout: TOOL_TIMEOUT_MS });
  return stdout;
}

/**
 * An environment that shares nothing with the developer's machine: HOME (and so ~/.gitconfig and
 * ~/.ssh) points into `home`, system git config is off, and no agent from the outside leaks in.
 */
export function isolatedEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...extra };
  for (const name of ['XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GNUPGHOME', 'SSH_AUTH_SOCK']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

export interface SshKey {
  privateKeyPath: string;
  publicKeyPath: string;
  /** The `ssh-ed25519 AAAA… comment` line of the .pub file. */
  publicKey: string;
  /** `SHA256:…`, as ssh-keygen prints it. */
  fingerprint: string;
}

/** Creates an ed25519 key without a passphrase at `dir/name` (+ `.pub`). */
export async function makeSshKey(dir: string, name: string, comment = name): Promise<SshKey> {
  const privateKeyPath = join(dir, name);
  await runTool('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', privateKeyPath]);
  const publicKeyPath = `${privateKeyPath}.pub`;
  const publicKey = (await readFile(publicKeyPath, 'utf8')).trim();
  const fingerprintLine = await runTool('ssh-keygen', ['-l', '-E', 'sha256', '-f', publicKeyPath]);
  const fingerprint = fingerprintLine.split(' ')[1];
  if (fingerprint === undefined) throw new Error(`unexpected ssh-keygen -l output: ${fingerprintLine}`);
  return { privateKeyPath, publicKeyPath, publicKey, fingerprint };
}

/** One allowed-signers line (`principal keytype base64`) as used by gpg.ssh.allowedSignersFile. */
export function allowedSignersLine(principal: string, key: SshKey): string {
  const [type, blob] = key.publicKey.split(/\s+/);
  return `${principal} ${type ?? ''} ${blob ?? ''}\n`;
}

export interface SshAgent {
  socket: string;
  /** Adds a private key file to this agent. */
  add(privateKeyPath: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts an ssh-agent in the foreground (-D) on a socket in `dir`, so the test owns its pid. */
export async function startSshAgent(dir: string): Promise<SshAgent> {
  const socket = join(dir, 'agent.sock');
  const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => agent.once('exit', () => resolve()));
  // The socket file appears at bind(), before listen(): wait until the agent accepts a connection.
  await waitFor(() => acceptsConnections(socket), 10_000, `ssh-agent did not listen on ${socket}`);
  return {
    socket,
    async add(privateKeyPath) {
      await runTool('ssh-add', ['-q', privateKeyPath], { ...process.env, SSH_AUTH_SOCK: socket });
    },
    async stop() {
      if (agent.exitCode === null && agent.signalCode === null) {
        agent.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export interface GpgKey {
  fingerprint: string;
  userId: string;
}

/** A fresh GNUPGHOME (0700, short path so gpg-agent's socket fits) under the OS temp dir. */
export async function makeGnupgHome(): Promise<string> {
  // mkdtemp creates it 0700, which gpg insists on.
  return mkdtemp(join(tmpdir(), 'pf-gpg-'));
}

/** Generates an unprotected ed25519 signing key; gpg marks keys it generates as ultimately trusted. */
export async function makeGpgKey(gnupgHome: string, userId: string): Promise<GpgKey> {
  const env = gpgEnv(gnupgHome);
  await runTool('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', userId, 'ed25519', 'sign', 'never'], env);
  const listing = await runTool('gpg', ['--batch', '--with-colons', '--list-secret-keys', userId], env);
  const fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]+):/m.exec(listing)?.[1];
  if (fingerprint === undefined) throw new Error(`no fingerprint for ${userId} in: ${listing}`);
  return { fingerprint, userId };
}

/** Copies a public key from one GNUPGHOME to another without assigning it any trust. */
export async function copyGpgPublicKey(fromHome: string, toHome: string, fingerprint: string): Promise<void> {
  const armored = await runTool('gpg', ['--batch', '--armor', '--export', fingerprint], gpgEnv(fromHome));
  await new Promise<void>((resolve, reject) => {
    const child = execFile('gpg', ['--batch', '--quiet', '--import'], { env: gpgEnv(toHome), timeout: TOOL_TIMEOUT_MS }, (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin?.end(armored);
  });
}

/** Stops the gpg-agent that gpg started for this GNUPGHOME; it would otherwise outlive the test run. */
export async function stopGpgAgent(gnupgHome: string): Promise<void> {
  await runTool('gpgconf', ['--kill', 'gpg-agent'], gpgEnv(gnupgHome));
}

export function gpgEnv(gnupgHome: string): NodeJS.ProcessEnv {
  return { ...process.env, GNUPGHOME: gnupgHome };
}

function acceptsConnections(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const connection = connect(socketPath);
    connection.once('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.once('error', () => resolve(false));
  });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface SigningHome {
  home: string;
  alice: SshKey;
  mallory: SshKey;
  /** ~/.ssh/allowed_signers, trusting alice only. */
  allowedSigners: string;
  /** A global git config: alice signs with ssh, allowed_signers as git's trust, main as default branch. */
  gitConfig: string;
}

/** A reviewer's home under `root` with two ssh keys (alice trusted, mallory not), as the verify tests need. */
export async function makeSigningHome(root: string): Promise<SigningHome> {
  const home = join(root, 'home');
  mkdirSync(join(home, '.ssh'), { recursive: true, mode: 0o700 });
  const alice = await makeSshKey(join(home, '.ssh'), 'alice', 'alice@example.com');
  const mallory = await makeSshKey(join(home, '.ssh'), 'mallory', 'mallory@example.com');
  const allowedSigners = join(home, '.ssh', 'allowed_signers');
  writeFileSync(allowedSigners, allowedSignersLine('alice@example.com', alice));
  const gitConfig = join(root, 'gitconfig');
  writeFileSync(
    gitConfig,
    [
      '[user]',
      '\tname = Alice Reviewer',
      '\temail = alice@example.com',
      `\tsigningkey = ${alice.publicKeyPath}`,
      '[gpg]',
      '\tformat = ssh',
      '[gpg "ssh"]',
      `\tallowedSignersFile = ${allowedSigners}`,
      '[init]',
      '\tdefaultBranch = main',
      '',
    ].join('\n'),
  );
  return { home, alice, mallory, allowedSigners, gitConfig };
}
