#!/usr/bin/env node
// `preflight check ONE_FILE` against the full `preflight check`, both cold (--no-cache), on the
// 2,000-migration project of bench/check-vs-alembic.mjs: alternating runs (one of each per round,
// the order switching every round, so drift in the machine's load falls on both alike), medians.
// Before timing, it checks that the one-file report is the full report filtered to that file.
//
// Usage: node bench/check-one-file.mjs [--project DIR] [--file PATH] [--runs N] [--keep-env]
//   --project  a project from `node bench/check-vs-alembic.mjs --generate-only DIR` (default: one
//              generated into a temporary folder)
//   --file     the migration to check (default: the one two thirds down the chain)
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'preflight.js');
const argValue = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(argValue('--runs', '21'));

let project = argValue('--project');
let generated;
if (!project) {
  generated = mkdtempSync(join(tmpdir(), 'preflight-one-file-'));
  project = join(generated, 'project');
  const made = spawnSync(process.execPath, [join(root, 'bench', 'check-vs-alembic.mjs'), '--generate-only', project], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(1);
}
project = resolve(project);
const versions = join(project, 'migrations', 'versions');
const names = readdirSync(versions).filter((name) => name.endsWith('.py')).sort();
const file = resolve(argValue('--file', join(versions, names[Math.floor((names.length * 2) / 3)])));

const env = { ...process.env };
// See bench/README.md: the sandbox's certificate bundle slows every Node start-up alike.
if (!process.argv.includes('--keep-env')) delete env.NODE_EXTRA_CA_CERTS;
const cases = {
  full: ['check', '--no-cache', '--format', 'json'],
  one: ['check', file, '--no-cache', '--format', 'json'],
};

// GNU time, when there is one, also gives each run's CPU time (user + system): on a machine other
// people use, it moves less with their load than the wall-clock time does.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function run(name) {
  const command = [process.execPath, bin, ...cases[name]];
  const start = process.hrtime.bigint();
  const result = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', ...command], { cwd: project, env, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command[0], command.slice(1), { cwd: project, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${name}: exit ${result.status}: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, stdout: result.stdout };
}

// The one-file report must be the full one, filtered to the file (findings and lock tables).
const full = JSON.parse(run('full').stdout);
const one = JSON.parse(run('one').stdout);
const shown = (path) => resolve(project, path) === file;
const expected = {
  ...full,
  migrations: 1,
  findings: full.findings.filter((finding) => shown(finding.file)),
  ...(full.locks ? { locks: full.locks.filter((table) => shown(table.file)) } : {}),
};
if (JSON.stringify(one) !== JSON.stringify(expected)) {
  console.error(`check ${file} does not report what the full check reports for it`);
  process.exit(1);
}

const loadBefore = loadavg();
const times = { full: [], one: [] };
const cpu = { full: [], one: [] };
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? ['full', 'one'] : ['one', 'full'];
  for (const name of order) {
    const { ms, cpuMs } = run(name);
    times[name].push(ms);
    if (cpuMs !== undefined) cpu[name].push(cpuMs);
  }
}
const loadAfter = loadavg();
if (generated) rmSync(generated, { recursive: true, force: true });

const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const pairRatios = times.one.map((ms, i) => ms / times.full[i]);
console.log(`${names.length} migrations, ${cpus().length} cores, Node ${process.versions.node}, ${runs} alternating runs each`);
console.log(`load average before ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(1)).join(' ')}`);
console.log(`check --no-cache (all ${names.length}):   median ${median(times.full).toFixed(0)} ms`);
console.log(`check ONE_FILE --no-cache:   median ${median(times.one).toFixed(0)} ms (${file.slice(project.length + 1)})`);
console.log(`ratio of the medians ${(median(times.one) / median(times.full)).toFixed(2)}×; median of the per-round ratios ${median(pairRatios).toFixed(2)}×`);
if (cpu.one.length === runs) {
  const cpuRatios = cpu.one.map((ms, i) => ms / cpu.full[i]);
  console.log(`CPU time (user + system): full ${median(cpu.full).toFixed(0)} ms, one file ${median(cpu.one).toFixed(0)} ms, median of the per-round ratios ${median(cpuRatios).toFixed(2)}×`);
}
