#!/usr/bin/env node
// One very large migration: `preflight check --no-cache` must stay linear in the file's size.
// Generates a temp Alembic project with a single ~20 MB version file and times check on it:
//   - 100,000 `op.drop_table(...)` calls in upgrade() (many operations, many findings);
//   - ~20 MB of `pass` lines in upgrade() (many statements, no operations).
// Prints the wall time of each (target: under 10 s). A benchmark, not a test: run it by hand.
//
// Usage: node bench/large-file.mjs [--keep DIR]   (DIR: also write the projects there and keep them)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const preflight = join(root, 'bin', 'preflight.js');
const argv = process.argv.slice(2);
const keepAt = argv.indexOf('--keep');
const base = keepAt >= 0 ? resolve(argv[keepAt + 1]) : mkdtempSync(join(tmpdir(), 'preflight-large-'));
const TARGET_BYTES = 20 * 1024 * 1024;

const header = (revision) =>
  `"""one large migration\n\nRevision ID: ${revision}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "${revision}"\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n`;
const footer = '\n\ndef downgrade():\n    pass\n';

function dropTables() {
  const lines = [];
  // ~200 bytes a call: 100,000 calls are ~20 MB.
  for (let i = 0; i < 100_000; i++) {
    lines.push(`    op.drop_table("legacy_table_with_a_rather_long_name_${String(i).padStart(6, '0')}")  # preflight-bench padding so the file reaches twenty megabytes ${'x'.repeat(60)}`);
  }
  return header('big000000001') + lines.join('\n') + footer;
}

function passLines() {
  const line = '    pass\n';
  return header('big000000002') + line.repeat(Math.ceil(TARGET_BYTES / line.length)) + footer;
}

function project(name, source) {
  const dir = join(base, name);
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(dir, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = postgresql://localhost/bench\n');
  writeFileSync(join(dir, 'migrations', 'env.py'), '# not run by preflight check\n');
  writeFileSync(join(dir, 'migrations', 'versions', `${name}.py`), source);
  return dir;
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // see bench/README.md: it slows every Node start-up alike
const cases = [
  ['100,000 op.drop_table calls', project('drop_tables', dropTables())],
  ['20 MB of pass lines', project('pass_lines', passLines())],
];
let failed = false;
for (const [label, dir] of cases) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [preflight, '-C', dir, 'check', '--no-cache', '--format', 'json'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let findings = '?';
  try {
    findings = String(JSON.parse(run.stdout).findings?.length ?? JSON.parse(run.stdout).length);
  } catch {
    // not JSON: the error output below says why
  }
  // check exits 1 when it reports errors; 2 and above is a failure of the tool.
  const ok = run.status === 0 || run.status === 1;
  if (!ok) failed = true;
  console.log(`${label}: ${seconds.toFixed(1)} s (exit ${run.status}, ${findings} findings)${seconds > 10 ? '  over the 10 s target' : ''}`);
  if (!ok) console.log(run.stderr.split('\n').slice(0, 5).join('\n'));
}
if (keepAt < 0) rmSync(base, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
