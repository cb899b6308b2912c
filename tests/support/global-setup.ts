// Builds dist/ once per test run so end-to-end tests exercise bin/preflight.js on the current source,
// and points every cache at a folder of this run's own, so tests never fill the user's ~/.cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export default function setup(): () => void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // Test workers start after global setup and inherit this environment.
  const cache = process.env.PREFLIGHT_CACHE_DIR ? undefined : mkdtempSync(join(tmpdir(), 'preflight-test-caches-'));
  if (cache) process.env.PREFLIGHT_CACHE_DIR = cache;
  if (process.env.PREFLIGHT_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  }
  return () => {
    if (cache) rmSync(cache, { recursive: true, force: true });
  };
}
