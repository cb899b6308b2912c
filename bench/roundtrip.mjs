#!/usr/bin/env node
// `preflight roundtrip` on the bundled example (examples/shop, SQLite): the seeded round trip of its
// head must finish in under 5 s. Copies the example to a temp dir, runs the round trip --runs times
// (default 5) as a whole process under GNU time, and prints each wall time and CPU time (user + system,
// its Python processes included: on a busy machine the wall time grows, the CPU time much less), the
// medians and the steps of the last run.
// A benchmark, not a test: run it by hand (the figure goes in bench/README.md).
//
// Usage: node bench/roundtrip.mjs [--runs N] [--rows N]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const preflight = join(root, 'bin', 'preflight.js');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const runs = option('--runs', 5);
const rows = option('--rows', 20);

const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-roundtrip-'));
cpSync(join(root, 'examples', 'shop'), dir, { recursive: true });
// Node reads NODE_EXTRA_CA_CERTS at every start; nothing here opens TLS (see bench/README.md).
const env = { ...process.env, NODE_EXTRA_CA_CERTS: '' };
delete env.NODE_EXTRA_CA_CERTS;

const times = [];
const cpus = [];
let last;
try {
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, preflight, 'roundtrip', '--format', 'json', '--rows', String(rows)], { cwd: dir, env, encoding: 'utf8' });
    const ms = performance.now() - started;
    const [, user, system] = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
    cpus.push((Number(user) + Number(system)) * 1000);
    if (result.status !== 0 && result.status !== 1) {
      console.error(result.stderr);
      process.exit(2);
    }
    last = JSON.parse(result.stdout);
    times.push(ms);
    console.log(`run ${run + 1}: ${(ms / 1000).toFixed(2)} s wall, ${(cpus.at(-1) / 1000).toFixed(2)} s CPU (exit ${result.status})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nmedian of ${runs}: ${(median(times) / 1000).toFixed(2)} s wall, ${(median(cpus) / 1000).toFixed(2)} s CPU (target: under 5 s), ${rows} rows per table`);
console.log('steps of the last run:');
for (const step of last.steps) console.log(`  ${step.ok ? '✔' : '✘'} ${step.name}: ${step.ms} ms`);
