// Builds dist/ once per test run so end-to-end tests exercise bin/preflight.js on the current source.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (process.env.PREFLIGHT_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
}
