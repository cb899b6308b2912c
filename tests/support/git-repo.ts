/** A throwaway git repository with an identity given through the environment (no global config touched). */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE_SHOP } from './cli.js';

const execFileAsync = promisify(execFile);

export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
  return stdout.trim();
}

/** `git init` on branch main, then one commit of everything in `cwd`. */
export async function initRepository(cwd: string, message = 'initial'): Promise<void> {
  await git(cwd, ['init', '-q', '-b', 'main']);
  await commitAll(cwd, message);
}

export async function commitAll(cwd: string, message: string): Promise<string> {
  await git(cwd, ['add', '-A']);
  await git(cwd, ['commit', '-q', '--no-gpg-sign', '-m', message]);
  return git(cwd, ['rev-parse', 'HEAD']);
}

let shopCounter = 0;

/**
 * A fresh copy of the bundled example (examples/shop) under `root`, committed on main in a git repository of its
 * own, with Ada Reviewer as its user (the reviewer the review tests expect). `env`: the git environment of the test.
 */
export function shopRepo(root: string, env: NodeJS.ProcessEnv): string {
  const dir = join(root, `shop-${++shopCounter}`);
  cpSync(EXAMPLE_SHOP, dir, { recursive: true });
  const run = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  run('-c', 'init.defaultBranch=main', 'init', '-q');
  run('config', 'user.name', 'Ada Reviewer');
  run('config', 'user.email', 'ada@example.com');
  run('add', '-A');
  run('commit', '-q', '-m', 'shop');
  return dir;
}
