/** A throwaway git repository with an identity given through the environment (no global config touched). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
