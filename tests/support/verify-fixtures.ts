/** Small helpers the verify suites (tests/cli/verify*.test.ts) share. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REVIEWS = 'migrations/reviews';

/** git config given through the environment for one run only (GIT_CONFIG_COUNT/KEY/VALUE). */
export function configEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const entries = Object.entries(settings);
  const out: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(entries.length) };
  entries.forEach(([key, value], index) => {
    out[`GIT_CONFIG_KEY_${index}`] = key;
    out[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  return out;
}

/** The files in the repository's reviews folder, sorted. */
export function reviewFiles(repo: string): string[] {
  const dir = join(repo, REVIEWS);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function recordFile(repo: string, revision: string): string {
  return join(repo, REVIEWS, `${revision}.json`);
}

export function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1)!;
}
