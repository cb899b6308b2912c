/**
 * Everything `git config` sees for a repository, read by one process: `git config --null --show-origin --list`
 * (each entry `origin NUL key [LF value] NUL`). A review reads a handful of keys (the signing setup, the reviewer,
 * gpg.ssh.allowedSignersFile); one git process each, two at a time (the client's limit), stood between the
 * project's analysis and the wizard's first frame.
 */
import { UserError } from '../../model/errors.js';
import { gitClient } from './client.js';

const TIMEOUT_MS = 30_000;

export interface GitConfigEntry {
  /** As written in the configuration (not trimmed); '' for a key without `=` (git's implicit true). */
  value: string;
  /** git's origin: `file:PATH` (PATH relative to the repository for its own config), `command line:`, … */
  origin: string;
}

export interface GitConfigSnapshot {
  /** What `git config --get KEY` answers: the last value git reads for KEY, with its origin. */
  get(key: string): GitConfigEntry | undefined;
}

/** `gpg.ssh.allowedSignersFile` → `gpg.ssh.allowedsignersfile`: section and name are case-insensitive, a subsection is not. */
function canonicalKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first === -1) return key.toLowerCase();
  return `${key.slice(0, first).toLowerCase()}${key.slice(first, last)}${key.slice(last).toLowerCase()}`;
}

/** Parses `git config --null --show-origin --list`. */
export function parseConfigList(output: string): GitConfigSnapshot {
  const entries = new Map<string, GitConfigEntry>();
  const parts = output.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const origin = parts[i]!;
    const pair = parts[i + 1]!;
    const newline = pair.indexOf('\n');
    const key = newline === -1 ? pair : pair.slice(0, newline);
    entries.set(canonicalKey(key), { value: newline === -1 ? '' : pair.slice(newline + 1), origin });
  }
  return { get: (key) => entries.get(canonicalKey(key)) };
}

export async function readGitConfigSnapshot(repoDir: string, env: NodeJS.ProcessEnv = process.env): Promise<GitConfigSnapshot> {
  try {
    return parseConfigList(await gitClient(repoDir, { env, timeoutMs: TIMEOUT_MS }).raw(['config', '--null', '--show-origin', '--list']));
  } catch (error) {
    throw new UserError(`cannot read git config in ${repoDir}: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
}
