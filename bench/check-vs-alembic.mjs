#!/usr/bin/env node
// Benchmark: `preflight check` against `alembic heads` on a generated 2,000-migration project.
// Reports the median wall time of several runs and the peak RSS (GNU time's %M), for:
//   alembic heads (Debian's Alembic, /usr/bin/python3); Node's own start-up (the floor for any Node
//   CLI); preflight check cold (--no-cache); warm (nothing changed: the report cache replays);
//   and after one migration was edited (the facts cache serves the other 1,999).
// The cases run round-robin (one run of each, then the next round), so drift in machine load
// spreads over all of them instead of skewing one.
// Usage: node bench/check-vs-alembic.mjs [--migrations N] [--runs N] [--keep-env]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const migrations = argValue('--migrations', 2000);
const runs = argValue('--runs', 7);
const python = process.env.PREFLIGHT_BENCH_PYTHON ?? '/usr/bin/python3';
const timeBinary = '/usr/bin/time';

/** A project shaped like a real one: a linear history mixing the guide's patterns. */
function generateProject(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(dir, 'alembic.ini'), `[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = sqlite:///%(here)s/bench.db\n`);
  writeFileSync(
    join(dir, 'migrations', 'env.py'),
    'from alembic import context\n\ndef run():\n    pass\n\nif context.is_offline_mode():\n    run()\nelse:\n    run()\n',
  );
  writeFileSync(join(dir, 'migrations', 'script.py.mako'), '"""${message}"""\n');
  const bodies = [
    (i) => `    op.add_column("users", sa.Column("c${i}", sa.String(), nullable=True))\n\n\ndef downgrade():\n    op.drop_column("users", "c${i}")\n`,
    (i) => `    with op.batch_alter_table("orders") as batch_op:\n        batch_op.alter_column("n${i}", new_column_name="m${i}")\n\n\ndef downgrade():\n    with op.batch_alter_table("orders") as batch_op:\n        batch_op.alter_column("m${i}", new_column_name="n${i}")\n`,
    (i) => `    op.add_column("t${i}", sa.Column("v", sa.Integer(), nullable=True))\n    op.get_bind().execute(sa.text("UPDATE t${i} SET v = 0 WHERE v IS NULL"))\n    op.alter_column("t${i}", "v", nullable=False)\n\n\ndef downgrade():\n    op.drop_column("t${i}", "v")\n`,
    (i) => `    op.create_index("ix_${i}", "users", ["c${i}"])\n\n\ndef downgrade():\n    op.drop_index("ix_${i}", table_name="users")\n`,
  ];
  let down = 'None';
  for (let i = 0; i < count; i++) {
    const revision = i.toString(16).padStart(12, '0');
    const body = bodies[i % bodies.length](i);
    writeFileSync(
      join(dir, 'migrations', 'versions', `${revision}_step_${i}.py`),
      `"""step ${i}\n\nRevision ID: ${revision}\nRevises: ${down === 'None' ? '' : down.slice(1, -1)}\nCreate Date: 2026-01-01 00:00:00\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "${revision}"\ndown_revision = ${down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n${body}`,
    );
    down = `"${revision}"`;
  }
}

// NODE_EXTRA_CA_CERTS makes every Node process read and parse that certificate bundle at start-up
// (+40 ms here, where the sandbox sets it); Preflight opens no TLS connection. The benchmark drops
// it, for every command alike, unless --keep-env.
const keepEnv = process.argv.includes('--keep-env');
const baseEnv = { ...process.env };
if (!keepEnv) delete baseEnv.NODE_EXTRA_CA_CERTS;

/** Runs argv under GNU time; returns wall ms and peak RSS in MB. */
function measure(argv, cwd, env) {
  const start = process.hrtime.bigint();
  // stdout is not read (20,000 migrations' JSON is over spawnSync's 1 MB buffer, which kills the child).
  const result = spawnSync(timeBinary, ['-f', '%M', ...argv], { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKb = Number(result.stderr.trim().split('\n').pop());
  if (result.status !== 0 && result.status !== 1) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
  return { ms, rssMb: rssKb / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
const project = join(work, 'project');
const generateOnly = process.argv.indexOf('--generate-only');
if (generateOnly >= 0) {
  // For profiling: write the project to the given folder and stop.
  generateProject(process.argv[generateOnly + 1], migrations);
  process.exit(0);
}
const cache = join(work, 'cache');
generateProject(project, migrations);
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'ignore' });

const preflight = [process.execPath, join(root, 'bin', 'preflight.js'), 'check', '--format', 'json'];
const cacheEnv = { PREFLIGHT_CACHE_DIR: cache };
const edited = join(project, 'migrations', 'versions', `${(6).toString(16).padStart(12, '0')}_step_6.py`);
const cases = {
  'alembic heads': { argv: [python, '-m', 'alembic', 'heads'], env: {} },
  "node -e '' (Node's start-up alone)": { argv: [process.execPath, '-e', ''], env: {} },
  'preflight check (cold, --no-cache)': { argv: [...preflight, '--no-cache'], env: cacheEnv },
  'preflight check (warm: nothing changed)': { argv: preflight, env: cacheEnv },
  // A comment line appended before each run: one file to parse, the rest from the facts cache.
  'preflight check (one migration edited)': { argv: preflight, env: cacheEnv, before: () => appendFileSync(edited, '# edited\n') },
};
// Fill the caches once so "warm" measures a repeat run.
measure(preflight, project, cacheEnv);

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, { argv, env, before }] of Object.entries(cases)) {
    before?.();
    samples[name].push(measure(argv, project, env));
  }
}
const results = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    { medianMs: median(list.map((s) => s.ms)), medianRssMb: median(list.map((s) => s.rssMb)), maxRssMb: Math.max(...list.map((s) => s.rssMb)) },
  ]),
);
const base = results['alembic heads'].medianMs;
console.log(`${migrations} migrations, median of ${runs} runs (node ${process.version}, ${python}${keepEnv ? '' : ', NODE_EXTRA_CA_CERTS unset'})`);
// Peak RSS varies by ±10 MB between runs of the same command (when V8 grows its young generation,
// how much the compiler threads allocate), so both its median and its highest value are shown.
console.log('| command | median | ratio to alembic heads | peak RSS, median (highest) |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} | ${r.medianMs.toFixed(0)} ms | ${(r.medianMs / base).toFixed(2)}× | ${r.medianRssMb.toFixed(0)} MB (${r.maxRssMb.toFixed(0)}) |`);
}
rmSync(work, { recursive: true, force: true });
