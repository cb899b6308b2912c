#!/usr/bin/env node
// `npm run demo`: try Preflight on the bundled example project without touching this repository.
// Copies examples/shop into a temporary git repository, then runs the review wizard when
// there is a terminal, or `preflight check` when there is none (CI, pipes).
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'preflight-demo-'));
cpSync(join(root, 'examples', 'shop'), work, { recursive: true, filter: (path) => !path.endsWith('.db') });
const git = (...args) => execFileSync('git', args, { cwd: work, stdio: 'ignore' });
git('init', '-q');
git('config', 'user.name', 'Preflight Demo');
git('config', 'user.email', 'demo@example.com');
git('add', '-A');
git('commit', '-qm', 'example project');

const interactive = process.stdin.isTTY && process.stdout.isTTY;
const args = interactive ? ['review', '--no-sign'] : ['check'];
console.error(`Example project copied to ${work}; running: preflight ${args.join(' ')}`);
const result = spawnSync(process.execPath, [join(root, 'bin', 'preflight.js'), ...args], {
  cwd: work,
  stdio: 'inherit',
});
if (interactive) console.error(`The review record (if you wrote one) is in ${join(work, 'migrations', 'reviews')}.`);
else rmSync(work, { recursive: true, force: true });
// The example's last three migrations break the guide on purpose, so findings (exit 1) are the expected
// result of the demo; anything else (usage errors, a crash) is passed on.
if (result.status === 1) console.error('preflight exited 1: it found the problems the example project has on purpose.');
process.exitCode = result.status === 0 || result.status === 1 ? 0 : (result.status ?? 1);
