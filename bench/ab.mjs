#!/usr/bin/env node
// A/B: the same preflight command from two builds (checkouts) of Preflight, alternating, so that
// drift in the machine's load falls on both alike. This machine's noise (±10%) is larger than most
// single changes; timing all runs of A and then all of B (hyperfine's default) has shown gains of
// 40 ms that alternating runs put at 2 ms. Each build gets its own cache folder, so one never
// invalidates the other's caches.
//
// Usage: node bench/ab.mjs --a DIR --b DIR --cwd PROJECT [--runs N] [--edit FILE] -- ARGS…
//   DIR      a built checkout (bin/preflight.js, dist/), e.g. `git worktree add /tmp/old HEAD~1`
//            then `npm run build` there (node_modules can be a symlink to this checkout's)
//   PROJECT  where to run, e.g. a project from `node bench/check-vs-alembic.mjs --generate-only DIR`
//   --edit   append a comment line to FILE before every run (the "one migration edited" case)
// Prints the median and mean of each and in how many pairs B was the faster one.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const options = split >= 0 ? argv.slice(0, split) : argv;
const args = split >= 0 ? argv.slice(split + 1) : ['check'];
const option = (name, fallback) => {
  const at = options.indexOf(name);
  return at >= 0 ? options[at + 1] : fallback;
};
const a = option('--a');
const b = option('--b');
const cwd = option('--cwd', process.cwd());
const runs = Number(option('--runs', '60'));
const edit = option('--edit');
if (!a || !b) {
  console.error('usage: node bench/ab.mjs --a DIR --b DIR --cwd PROJECT [--runs N] [--edit FILE] -- ARGS…');
  process.exit(2);
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // See bench/README.md: it slows every Node start-up alike.
const caches = mkdtempSync(join(tmpdir(), 'preflight-ab-'));

function run(build, name) {
  if (edit) appendFileSync(edit, '# edited\n');
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(resolve(build), 'bin', 'preflight.js'), ...args], {
    cwd,
    env: { ...env, PREFLIGHT_CACHE_DIR: join(caches, name) },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${build}: exit ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Warm-up: fill both caches and the page cache.
for (let i = 0; i < 3; i++) {
  run(a, 'a');
  run(b, 'b');
}
const times = { a: [], b: [] };
for (let i = 0; i < runs; i++) {
  // Alternate which goes first, so neither always runs right after the other.
  const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
  for (const name of order) times[name].push(run(name === 'a' ? a : b, name));
}
rmSync(caches, { recursive: true, force: true });

const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const bFaster = times.a.filter((time, i) => times.b[i] < time).length;
console.log(`preflight ${args.join(' ')}${edit ? ' (one file edited before each run)' : ''}, ${runs} alternating runs each`);
console.log(`A ${a}: median ${median(times.a).toFixed(1)} ms, mean ${mean(times.a).toFixed(1)} ms`);
console.log(`B ${b}: median ${median(times.b).toFixed(1)} ms, mean ${mean(times.b).toFixed(1)} ms`);
console.log(`B faster in ${bFaster} of ${runs} pairs`);
