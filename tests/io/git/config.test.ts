// One `git config --list` answers what the per-key reads answered (real git, an isolated HOME): the review reads
// its signing setup, reviewer and allowed signers file from such a snapshot.
import { execFile } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigList, readGitConfigSnapshot } from '../../../src/io/git/config.js';
import { readGitInfo } from '../../../src/io/git/repo.js';
import { readAllowedSignersSetting, readSigningSetup } from '../../../src/io/git/signing.js';
import { isolatedEnv } from '../../support/keys.js';

const execFileAsync = promisify(execFile);
let workDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pf-git-config-test-'));
  const home = join(workDir, 'home');
  await mkdir(home);
  env = isolatedEnv(home);
  // The user's global file, with an include: both are part of what git reads.
  await writeFile(join(home, 'extra.gitconfig'), '[gpg "ssh"]\n\tallowedSignersFile = ~/.ssh/allowed_signers\n');
  await writeFile(join(home, '.gitconfig'), `[user]\n\tname = Ada Global\n\temail = ada@example.com\n[include]\n\tpath = ${join(home, 'extra.gitconfig')}\n`);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function repo(lines: string): Promise<string> {
  const dir = await mkdtemp(join(workDir, 'repo-'));
  await execFileAsync('git', ['init', '-q', dir], { env });
  await execFileAsync('git', ['config', '--local', 'user.name', 'Ada Local'], { cwd: dir, env });
  await appendFile(join(dir, '.git', 'config'), lines);
  return dir;
}

describe('readGitConfigSnapshot', () => {
  it('answers as the per-key reads do: last value wins, global and included files, case of names', async () => {
    const dir = await repo('[GPG]\n\tFormat = ssh\n[user]\n\tsigningKey = ~/.ssh/id_ed25519.pub\n[gpg "ssh"]\n\tprogram = /usr/bin/ssh-keygen\n');
    const snapshot = await readGitConfigSnapshot(dir, env);
    expect(await readSigningSetup(dir, env, snapshot)).toEqual(await readSigningSetup(dir, env));
    expect(await readSigningSetup(dir, env, snapshot)).toEqual({ format: 'ssh', key: '~/.ssh/id_ed25519.pub', program: '/usr/bin/ssh-keygen' });
    expect(await readAllowedSignersSetting(dir, env, snapshot)).toEqual(await readAllowedSignersSetting(dir, env));
    expect((await readAllowedSignersSetting(dir, env, snapshot))?.originFile).toBe(join(env['HOME']!, 'extra.gitconfig'));
    expect((await readGitInfo(dir, snapshot)).reviewer).toEqual({ name: 'Ada Local', email: 'ada@example.com' });
  });

  it('reads a key without a value, and subsections by their own case', () => {
    const snapshot = parseConfigList('file:.git/config\0core.flagonly\0file:.git/config\0foo.BarBaz.somekey\nv1\0file:.git/config\0foo.BarBaz.somekey\nv2\0');
    expect(snapshot.get('core.flagOnly')).toEqual({ value: '', origin: 'file:.git/config' });
    expect(snapshot.get('Foo.BarBaz.SomeKey')?.value).toBe('v2');
    expect(snapshot.get('foo.barbaz.somekey')).toBeUndefined();
  });
});
