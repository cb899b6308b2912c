#!/usr/bin/env node
// Benchmark: `preflight check` against `alembic heads` on a generated 2,000-migration project.
// Reports the median wall time of several runs and the peak RSS (GNU time's %M), for:
//   alembic heads (Debian's Alembic, /usr/bin/python3), preflight check cold (--no-cache), preflight check warm (cache).
// Usage: node bench/check-vs-alembic.mjs [--migrations N] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
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

/** Runs argv under GNU time; returns wall ms and peak RSS in MB. */
function measure(argv, cwd, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(timeBinary, ['-f', '%M', ...argv], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
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

const cases = {
  'alembic heads': { argv: [python, '-m', 'alembic', 'heads'], env: {} },
  'preflight check (cold, --no-cache)': { argv: [process.execPath, join(root, 'bin', 'preflight.js'), 'check', '--no-cache', '--format', 'json'], env: { PREFLIGHT_CACHE_DIR: cache } },
  'preflight check (warm cache)': { argv: [process.execPath, join(root, 'bin', 'preflight.js'), 'check', '--format', 'json'], env: { PREFLIGHT_CACHE_DIR: cache } },
};
// Fill the cache once so "warm" measures a repeat run.
measure(cases['preflight check (warm cache)'].argv, project, cases['preflight check (warm cache)'].env);

const results = {};
for (const [name, { argv, env }] of Object.entries(cases)) {
  const samples = Array.from({ length: runs }, () => measure(argv, project, env));
  results[name] = { medianMs: median(samples.map((s) => s.ms)), peakRssMb: Math.max(...samples.map((s) => s.rssMb)) };
}
const base = results['alembic heads'].medianMs;
console.log(`${migrations} migrations, median of ${runs} runs (node ${process.version}, ${python})`);
console.log('| command | median | ratio to alembic heads | peak RSS |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} | ${r.medianMs.toFixed(0)} ms | ${(r.medianMs / base).toFixed(2)}× | ${r.peakRssMb.toFixed(0)} MB |`);
}
rmSync(work, { recursive: true, force: true });
