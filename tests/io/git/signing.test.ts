import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/model/errors.js';
import {
  canSign,
  readAllowedSignersFile,
  readAllowedSignersSetting,
  readSigningSetup,
  signBytes,
  signingSetupHelp,
  verifySignature,
  type SigningSetup,
} from '../../../src/io/git/signing.js';
import {
  allowedSignersLine,
  copyGpgPublicKey,
  isolatedEnv,
  makeGnupgHome,
  makeGpgKey,
  makeSshKey,
  startSshAgent,
  stopGpgAgent,
  type GpgKey,
  type SshAgent,
  type SshKey,
} from '../../support/keys.js';

const execFileAsync = promisify(execFile);

const RECORD = Buffer.from('migration: 3f2a\nreviewer: alice@example.com\nverdict: approved\n');
const TAMPERED = Buffer.from('migration: 3f2a\nreviewer: alice@example.com\nverdict: rejected\n');

let workDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pf-signing-test-'));
  const home = join(workDir, 'home');
  await mkdir(home);
  env = isolatedEnv(home);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function makeRepo(config: Record<string, string>): Promise<string> {
  const repoDir = await mkdtemp(join(workDir, 'repo-'));
  await execFileAsync('git', ['init', '-q', repoDir], { env });
  for (const [key, value] of Object.entries(config)) {
    await execFileAsync('git', ['config', key, value], { cwd: repoDir, env });
  }
  return repoDir;
}

async function signTempDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('preflight-sign-'));
}

describe('readSigningSetup', () => {
  it('reads the ssh format, the key path and gpg.ssh.program', async () => {
    const repo = await makeRepo({
      'gpg.format': 'ssh',
      'user.signingkey': '~/.ssh/id_ed25519.pub',
      'gpg.ssh.program': '/usr/bin/ssh-keygen',
    });
    expect(await readSigningSetup(repo, env)).toEqual({
      format: 'ssh',
      key: '~/.ssh/id_ed25519.pub',
      program: '/usr/bin/ssh-keygen',
    });
  });

  it('defaults to openpgp and takes the program from gpg.program', async () => {
    const repo = await makeRepo({ 'user.signingkey': 'ABCDEF0123456789', 'gpg.program': 'gpg2' });
    expect(await readSigningSetup(repo, env)).toEqual({ format: 'openpgp', key: 'ABCDEF0123456789', program: 'gpg2' });
  });

  it('prefers gpg.openpgp.program over gpg.program, as git does', async () => {
    const repo = await makeRepo({ 'gpg.program': 'gpg2', 'gpg.openpgp.program': '/opt/gpg/bin/gpg' });
    expect((await readSigningSetup(repo, env)).program).toBe('/opt/gpg/bin/gpg');
  });

  it('reports x509 as configured', async () => {
    const repo = await makeRepo({ 'gpg.format': 'x509', 'user.signingkey': '0x1234' });
    expect(await readSigningSetup(repo, env)).toEqual({ format: 'x509', key: '0x1234' });
  });

  it('reports no key when nothing is configured', async () => {
    const repo = await makeRepo({});
    expect(await readSigningSetup(repo, env)).toEqual({ format: 'openpgp', key: undefined });
  });

  it('rejects an unknown gpg.format with a UserError', async () => {
    const repo = await makeRepo({ 'gpg.format': 'pgp' });
    await expect(readSigningSetup(repo, env)).rejects.toThrow(UserError);
    await expect(readSigningSetup(repo, env)).rejects.toThrow(/unsupported gpg\.format 'pgp'/);
  });
});

describe('readAllowedSignersFile', () => {
  it('resolves a relative path against the repository', async () => {
    const repo = await makeRepo({ 'gpg.ssh.allowedSignersFile': '.preflight/allowed_signers' });
    expect(await readAllowedSignersFile(repo, env)).toBe(join(repo, '.preflight', 'allowed_signers'));
  });

  it('resolves ~ against HOME', async () => {
    const repo = await makeRepo({ 'gpg.ssh.allowedSignersFile': '~/.ssh/allowed_signers' });
    expect(await readAllowedSignersFile(repo, env)).toBe(join(env.HOME ?? '', '.ssh', 'allowed_signers'));
  });

  it('returns undefined when it is not configured', async () => {
    const repo = await makeRepo({});
    expect(await readAllowedSignersFile(repo, env)).toBeUndefined();
  });
});

describe('readAllowedSignersSetting: the file and the configuration file that names it', () => {
  it('the clone\'s own .git/config', async () => {
    const repo = await makeRepo({ 'gpg.ssh.allowedSignersFile': '/etc/preflight/allowed_signers' });
    expect(await readAllowedSignersSetting(repo, env)).toEqual({
      file: '/etc/preflight/allowed_signers',
      value: '/etc/preflight/allowed_signers',
      originFile: join(repo, '.git', 'config'),
    });
  });

  it('a committed file included from .git/config is named as the origin', async () => {
    const repo = await makeRepo({ 'include.path': '../team.gitconfig' });
    await writeFile(join(repo, 'team.gitconfig'), '[gpg "ssh"]\n\tallowedSignersFile = keys/allowed_signers\n');
    expect(await readAllowedSignersSetting(repo, env)).toMatchObject({ file: join(repo, 'keys', 'allowed_signers'), originFile: join(repo, 'team.gitconfig') });
  });

  it('the environment (GIT_CONFIG_COUNT) has no origin file', async () => {
    const repo = await makeRepo({});
    const fromEnv = { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'gpg.ssh.allowedSignersFile', GIT_CONFIG_VALUE_0: '/ci/allowed_signers' };
    expect(await readAllowedSignersSetting(repo, fromEnv)).toEqual({ file: '/ci/allowed_signers', value: '/ci/allowed_signers', originFile: undefined });
  });

  it('a broken git config is a one-line UserError, not "not configured"', async () => {
    const repo = await makeRepo({});
    await writeFile(join(repo, '.git', 'config'), '[core\n');
    await expect(readAllowedSignersSetting(repo, env)).rejects.toThrow(UserError);
    await expect(readAllowedSignersSetting(repo, env)).rejects.toThrow(/cannot read gpg\.ssh\.allowedSignersFile .*: .*bad config/);
  });
});

describe('canSign with gpg missing', () => {
  it('is simply "no key" when nothing is configured, and an error naming the program when a key is', async () => {
    const noGpg = { ...env, PATH: join(workDir, 'no-such-bin') };
    expect(await canSign({ format: 'openpgp', key: undefined }, noGpg)).toBe(false);
    await expect(canSign({ format: 'openpgp', key: 'ABCDEF0123456789' }, noGpg)).rejects.toThrow(/^gpg not found/);
    await expect(canSign({ format: 'openpgp', key: undefined, program: join(workDir, 'gpg2') }, env)).rejects.toThrow(/gpg2 not found/);
  });
});

describe('signingSetupHelp', () => {
  it('gives the exact git config commands for SSH signing and the GPG alternative', () => {
    const help = signingSetupHelp();
    expect(help).toContain('git config --global gpg.format ssh');
    expect(help).toContain('git config --global user.signingkey ~/.ssh/id_ed25519.pub');
    expect(help).toContain('git config --global gpg.ssh.allowedSignersFile ~/.ssh/allowed_signers');
    expect(help).toContain('git config --global gpg.format openpgp');
  });
});

describe('SSH signatures', () => {
  let keyDir: string;
  let alice: SshKey;
  let mallory: SshKey;
  let allowedSigners: string;

  beforeAll(async () => {
    keyDir = await mkdtemp(join(workDir, 'ssh-'));
    [alice, mallory] = await Promise.all([
      makeSshKey(keyDir, 'alice', 'alice@example.com'),
      makeSshKey(keyDir, 'mallory', 'mallory@example.com'),
    ]);
    allowedSigners = join(keyDir, 'allowed_signers');
    await writeFile(allowedSigners, allowedSignersLine('alice@example.com', alice));
  });

  it('signs with the key from git config and verifies as valid against the allowed signers file', async () => {
    const repo = await makeRepo({
      'gpg.format': 'ssh',
      'user.signingkey': alice.privateKeyPath,
      'gpg.ssh.allowedSignersFile': allowedSigners,
    });
    const setup = await readSigningSetup(repo, env);
    expect(await canSign(setup, env)).toBe(true);

    const signed = await signBytes(setup, RECORD, env);
    expect(signed.extension).toBe('.sig');
    expect(signed.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----\n/);

    const check = await verifySignature({
      extension: signed.extension,
      data: RECORD,
      signature: signed.signature,
      allowedSignersFile: await readAllowedSignersFile(repo, env),
      env,
    });
    expect(check).toEqual({ status: 'valid', signer: 'alice@example.com', trusted: true });
  });

  it('reports invalid when the data changed after signing', async () => {
    const signed = await signBytes({ format: 'ssh', key: alice.privateKeyPath }, RECORD, env);
    const check = await verifySignature({ ...signed, data: TAMPERED, allowedSignersFile: allowedSigners, env });
    expect(check.status).toBe('invalid');
  });

  it('reports untrusted, naming the key fingerprint, when the key is not in the allowed signers file', async () => {
    const signed = await signBytes({ format: 'ssh', key: mallory.privateKeyPath }, RECORD, env);
    const check = await verifySignature({ ...signed, data: RECORD, allowedSignersFile: allowedSigners, env });
    expect(check).toEqual({
      status: 'untrusted',
      signer: mallory.fingerprint,
      detail: `no principal in ${allowedSigners} matches the signing key`,
    });
  });

  it('says so when the allowed signers file has a line ssh-keygen cannot read', async () => {
    const broken = join(keyDir, 'allowed_signers_broken');
    await writeFile(broken, 'alice@example.com ssh-ed25519 not-base64\n');
    const signed = await signBytes({ format: 'ssh', key: alice.privateKeyPath }, RECORD, env);
    const check = await verifySignature({ ...signed, data: RECORD, allowedSignersFile: broken, env });
    expect(check).toEqual({
      status: 'untrusted',
      signer: alice.fingerprint,
      detail: `no principal in ${broken} matches the signing key (${broken}:1: invalid key)`,
    });
  });

  it('reports untrusted when there is no allowed signers file, and invalid if the data changed', async () => {
    const signed = await signBytes({ format: 'ssh', key: alice.privateKeyPath }, RECORD, env);
    expect(await verifySignature({ ...signed, data: RECORD, env })).toMatchObject({
      status: 'untrusted',
      signer: alice.fingerprint,
    });
    expect(await verifySignature({ ...signed, data: TAMPERED, env })).toMatchObject({ status: 'invalid' });
  });

  it('reports invalid for a signature made for another namespace (e.g. a git commit signature)', async () => {
    const recordFile = join(keyDir, 'record-for-git');
    await writeFile(recordFile, RECORD);
    await execFileAsync('ssh-keygen', ['-Y', 'sign', '-n', 'git', '-f', alice.privateKeyPath, recordFile], { env });
    const signature = await readFile(`${recordFile}.sig`, 'utf8');
    const check = await verifySignature({ extension: '.sig', data: RECORD, signature, allowedSignersFile: allowedSigners, env });
    expect(check.status).toBe('invalid');
  });

  it('reports invalid for a malformed signature', async () => {
    const check = await verifySignature({ extension: '.sig', data: RECORD, signature: 'not a signature\n', env });
    expect(check.status).toBe('invalid');
  });

  it('signs with a .pub key path whose private key sits next to it', async () => {
    const signed = await signBytes({ format: 'ssh', key: alice.publicKeyPath }, RECORD, env);
    const check = await verifySignature({ ...signed, data: RECORD, allowedSignersFile: allowedSigners, env });
    expect(check.status).toBe('valid');
  });

  it('expands ~ in the key path against HOME', async () => {
    const sshDir = join(env.HOME ?? '', '.ssh');
    await mkdir(sshDir, { recursive: true });
    const homeKey = await makeSshKey(sshDir, 'id_ed25519', 'alice@example.com');
    const setup: SigningSetup = { format: 'ssh', key: '~/.ssh/id_ed25519' };
    expect(await canSign(setup, env)).toBe(true);
    const signed = await signBytes(setup, RECORD, env);
    expect(await verifySignature({ ...signed, data: RECORD, env })).toMatchObject({ signer: homeKey.fingerprint });
  });

  describe('with a key:: literal from git config', () => {
    let agent: SshAgent;

    beforeAll(async () => {
      agent = await startSshAgent(keyDir);
      await agent.add(alice.privateKeyPath);
    });

    afterAll(async () => {
      await agent?.stop();
    });

    it('signs with the matching private key held by ssh-agent', async () => {
      const repo = await makeRepo({ 'gpg.format': 'ssh', 'user.signingkey': `key::${alice.publicKey}` });
      const agentEnv = { ...env, SSH_AUTH_SOCK: agent.socket };
      const setup = await readSigningSetup(repo, agentEnv);
      expect(await canSign(setup, agentEnv)).toBe(true);

      const signed = await signBytes(setup, RECORD, agentEnv);
      const check = await verifySignature({ ...signed, data: RECORD, allowedSignersFile: allowedSigners, env });
      expect(check).toEqual({ status: 'valid', signer: 'alice@example.com', trusted: true });
    });

    it('cannot sign without an agent, and says which key failed', async () => {
      const setup: SigningSetup = { format: 'ssh', key: `key::${mallory.publicKey}` };
      expect(await canSign(setup, env)).toBe(false);
      await expect(signBytes(setup, RECORD, env)).rejects.toThrow(
        /^ssh-keygen failed to sign with key key::ssh-ed25519 AAAA/,
      );
    });
  });

  it('cannot sign without a key, with a missing key file, or with x509', async () => {
    expect(await canSign({ format: 'ssh', key: undefined }, env)).toBe(false);
    expect(await canSign({ format: 'ssh', key: join(keyDir, 'missing') }, env)).toBe(false);
    expect(await canSign({ format: 'x509', key: '0x1234' }, env)).toBe(false);
    await expect(signBytes({ format: 'x509', key: '0x1234' }, RECORD, env)).rejects.toThrow(UserError);
  });

  it('throws a one-line UserError naming the key when ssh-keygen fails', async () => {
    const missing = join(keyDir, 'missing');
    const failure = signBytes({ format: 'ssh', key: missing }, RECORD, env);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(new RegExp(`^ssh-keygen failed to sign with key ${missing}: \\S[^\\n]*$`));
  });

  it('explains why ssh-keygen refuses a private key file that others can read', async () => {
    const exposed = await makeSshKey(keyDir, 'exposed');
    await chmod(exposed.privateKeyPath, 0o644);
    await expect(signBytes({ format: 'ssh', key: exposed.privateKeyPath }, RECORD, env)).rejects.toThrow(
      `ssh-keygen failed to sign with key ${exposed.privateKeyPath}: Permissions 0644 for '${exposed.privateKeyPath}' are too open.`,
    );
  });

  it('throws a UserError when the signing program does not exist', async () => {
    const setup: SigningSetup = { format: 'ssh', key: alice.privateKeyPath, program: 'no-such-ssh-keygen' };
    await expect(signBytes(setup, RECORD, env)).rejects.toThrow(/^no-such-ssh-keygen not found/);
  });

  it('removes its temporary files', async () => {
    const before = await signTempDirs();
    const signed = await signBytes({ format: 'ssh', key: alice.privateKeyPath }, RECORD, env);
    await verifySignature({ ...signed, data: RECORD, allowedSignersFile: allowedSigners, env });
    await signBytes({ format: 'ssh', key: join(keyDir, 'missing') }, RECORD, env).catch(() => undefined);
    expect(await signTempDirs()).toEqual(before);
  });
});

describe('GPG signatures', () => {
  let aliceHome: string;
  let bobHome: string;
  let emptyHome: string;
  let alice: GpgKey;
  let bob: GpgKey;
  let aliceEnv: NodeJS.ProcessEnv;
  let bobEnv: NodeJS.ProcessEnv;
  let emptyEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    [aliceHome, bobHome, emptyHome] = await Promise.all([makeGnupgHome(), makeGnupgHome(), makeGnupgHome()]);
    [alice, bob] = await Promise.all([
      makeGpgKey(aliceHome, 'Alice <alice@example.com>'),
      makeGpgKey(bobHome, 'Bob <bob@example.com>'),
    ]);
    // Alice knows Bob's public key but has not certified it.
    await copyGpgPublicKey(bobHome, aliceHome, bob.fingerprint);
    aliceEnv = { ...env, GNUPGHOME: aliceHome };
    bobEnv = { ...env, GNUPGHOME: bobHome };
    emptyEnv = { ...env, GNUPGHOME: emptyHome };
  });

  afterAll(async () => {
    for (const home of [aliceHome, bobHome, emptyHome]) {
      if (home === undefined) continue;
      await stopGpgAgent(home).catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    }
  });

  it('signs with the configured key and verifies as valid when the key is ultimately trusted', async () => {
    const setup: SigningSetup = { format: 'openpgp', key: alice.fingerprint };
    expect(await canSign(setup, aliceEnv)).toBe(true);
    const signed = await signBytes(setup, RECORD, aliceEnv);
    expect(signed.extension).toBe('.asc');
    expect(signed.signature).toMatch(/^-----BEGIN PGP SIGNATURE-----\n/);
    expect(await verifySignature({ ...signed, data: RECORD, env: aliceEnv })).toEqual({
      status: 'valid',
      signer: 'Alice <alice@example.com>',
      trusted: true,
    });
  });

  it('signs with the default secret key when user.signingkey is unset', async () => {
    const setup: SigningSetup = { format: 'openpgp', key: undefined };
    expect(await canSign(setup, aliceEnv)).toBe(true);
    const signed = await signBytes(setup, RECORD, aliceEnv);
    expect(await verifySignature({ ...signed, data: RECORD, env: aliceEnv })).toMatchObject({ status: 'valid' });
  });

  it('reports invalid when the data changed after signing', async () => {
    const signed = await signBytes({ format: 'openpgp', key: alice.fingerprint }, RECORD, aliceEnv);
    const check = await verifySignature({ ...signed, data: TAMPERED, env: aliceEnv });
    expect(check).toEqual({ status: 'invalid', detail: 'bad signature from Alice <alice@example.com>' });
  });

  it('reports untrusted for a good signature by an imported key nobody certified', async () => {
    const signed = await signBytes({ format: 'openpgp', key: bob.fingerprint }, RECORD, bobEnv);
    const check = await verifySignature({ ...signed, data: RECORD, env: aliceEnv });
    expect(check).toMatchObject({ status: 'untrusted', signer: 'Bob <bob@example.com>' });
  });

  it('reports invalid, naming the key id, when the public key is unknown', async () => {
    const signed = await signBytes({ format: 'openpgp', key: bob.fingerprint }, RECORD, bobEnv);
    const check = await verifySignature({ ...signed, data: RECORD, env: emptyEnv });
    expect(check).toEqual({ status: 'invalid', detail: `unknown key ${bob.fingerprint.slice(-16)}` });
  });

  it('reports invalid for a malformed signature', async () => {
    const check = await verifySignature({ extension: '.asc', data: RECORD, signature: 'garbage\n', env: aliceEnv });
    expect(check.status).toBe('invalid');
  });

  it('cannot sign without a secret key, and says so in one line', async () => {
    expect(await canSign({ format: 'openpgp', key: undefined }, emptyEnv)).toBe(false);
    expect(await canSign({ format: 'openpgp', key: 'nobody@example.com' }, aliceEnv)).toBe(false);
    await expect(signBytes({ format: 'openpgp', key: 'nobody@example.com' }, RECORD, aliceEnv)).rejects.toThrow(
      /^gpg failed to sign with key nobody@example\.com: [^\n]+$/,
    );
  });
});
