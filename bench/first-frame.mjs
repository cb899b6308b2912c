#!/usr/bin/env node
// The wizard's first full frame, as a user waits for it: `preflight review` on a copy of the bundled
// example (a git repository of its own) in a real terminal (tmux), timed from the start of the process
// to the moment the screen shows the whole checklist and the key help under it. Alternating runs of
// one or two builds, medians. Not a test: this machine's noise is larger than a test could allow for.
//
// Usage: node bench/first-frame.mjs [--a DIR] [--b DIR] [--runs N] [--warm]
//   DIR  a built checkout (bin/preflight.js, dist/); default: this one. With --b, A and B alternate.
//   Each run starts without Preflight's caches (as issue #18 measures); --warm keeps each build's own
//   caches from run to run (a second review of the same project).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const builds = [option('--a', here), option('--b')].filter(Boolean).map((dir) => resolve(dir));
const runs = Number(option('--runs', '9'));
// The last line of the first full frame: the key help under the checklist (its round trip key comes
// later, once a Python with Alembic is found).
const FULL_FRAME = /K locks/;

const work = mkdtempSync(join(tmpdir(), 'preflight-first-frame-'));
const project = join(work, 'shop');
cpSync(join(here, 'examples', 'shop'), project, { recursive: true });
const git = (...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: project, stdio: 'ignore' });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'example');

const warm = argv.includes('--warm');
const cacheDir = (build) => join(work, `cache-${builds.indexOf(build)}`);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // See bench/README.md: it slows every Node start-up alike.

// A server of its own, kept alive between runs by an idle session: a run's session started while the
// previous run's server was still exiting came up empty now and then.
const socket = `pf-first-frame-${process.pid}`;
function tmux(args) {
  return spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env });
}
tmux(['new-session', '-d', '-s', 'keep', 'sleep', '3600']);

function firstFrame(build) {
  const session = `pf-first-frame-${process.pid}`;
  tmux(['kill-session', '-t', session]);
  if (!warm) rmSync(cacheDir(build), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  // No shell: tmux runs the command's words itself when given more than one argument. -e: the session's
  // environment (a tmux server started earlier keeps its own).
  tmux(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', project, '-e', `PREFLIGHT_CACHE_DIR=${cacheDir(build)}`, process.execPath, join(build, 'bin', 'preflight.js'), 'review']);
  try {
    for (;;) {
      const screen = tmux(['capture-pane', '-p', '-t', session]).stdout ?? '';
      if (FULL_FRAME.test(screen)) return Number(process.hrtime.bigint() - start) / 1e6;
      if (Number(process.hrtime.bigint() - start) > 30e9) throw new Error(`${build}: no full frame after 30 s:\n${screen}`);
      spawnSync('sleep', ['0.01']);
    }
  } finally {
    tmux(['kill-session', '-t', session]);
  }
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  for (const build of builds) firstFrame(build); // warm-up: the page cache and the caches
  const times = builds.map(() => []);
  for (let i = 0; i < runs; i++) builds.forEach((build, index) => times[index].push(firstFrame(build)));
  const nodeStart = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env });
    nodeStart.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(`preflight review on the example, first full frame, ${runs} alternating runs each, ${warm ? 'caches kept' : 'no cache'} (the screen polled every ~10 ms)`);
  builds.forEach((build, index) => console.log(`${index ? 'B' : 'A'} ${build}: median ${median(times[index]).toFixed(0)} ms (min ${Math.min(...times[index]).toFixed(0)}, max ${Math.max(...times[index]).toFixed(0)})`));
  console.log(`node -e 0: median ${median(nodeStart).toFixed(0)} ms`);
} finally {
  tmux(['kill-server']);
  rmSync(work, { recursive: true, force: true });
}
