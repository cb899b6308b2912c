#!/usr/bin/env node
// Does tree-sitter reach V8's optimising tier after the CLI's loading order? libpg-query is compiled baseline-only
// (src/analysis/sql/analyze.ts) and that setting is the whole process's while it loads; a mistake there leaves
// tree-sitter on the baseline compiler, which shows here as rounds that stay slow (~900 ms for 2,000 parses on
// this machine, against ~250 ms tiered up).
//
// Usage: node bench/wasm-tier.mjs PROJECT [--no-preload]
//   PROJECT  e.g. one from `node bench/check-vs-alembic.mjs --generate-only DIR` (its migrations/versions is read)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = process.argv[2];
if (!project) {
  console.error('usage: node bench/wasm-tier.mjs PROJECT [--no-preload]');
  process.exit(2);
}
const { preloadParsers, pythonParser } = await import(join(root, 'dist', 'io', 'analyze-files.js'));
const { analyzeSql } = await import(join(root, 'dist', 'analysis', 'sql', 'analyze.js'));
if (!process.argv.includes('--no-preload')) preloadParsers({ sql: true });
const parser = await pythonParser();
const dir = join(project, 'migrations', 'versions');
const files = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
const rounds = [];
for (let round = 0; round < 4; round++) {
  const start = performance.now();
  for (const [index, bytes] of files.entries()) {
    parser.parse(bytes, `f${index}`, 'sha');
    // SQL in the first round, as a cold check meets it: libpg-query loads while tree-sitter runs.
    if (round === 0 && index % 4 === 0) await analyzeSql('UPDATE t SET v = 0 WHERE v IS NULL');
  }
  rounds.push(Math.round(performance.now() - start));
}
// Tiered up, a warm round takes well under half the first (which includes the compile and the cold JS).
const tiered = rounds[3] < rounds[0] * 0.6;
console.log(`${files.length} parses a round, ms: ${rounds.join(' ')}: tree-sitter ${tiered ? 'reached' : 'did NOT reach'} the optimising tier`);
