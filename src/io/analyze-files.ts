/** Parses and analyses one version file (no cache): the work a cold run spends its time on. */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { MigrationParser } from '../analysis/parse/parser.js';
import type { KnownSql } from '../analysis/analyze-migration.js';
import type { AnalyzedMigration, MigrationFacts } from '../model/facts.js';
import type { RevisionHeader } from '../analysis/graph/graph.js';
import { keepWasmOnBaselineCompiler } from '../analysis/wasm-load.js';
import { pythonGrammarPath } from './package-paths.js';

let parserPromise: Promise<MigrationParser> | undefined;
let analyzerPromise: Promise<typeof import('../analysis/analyze-migration.js')> | undefined;

/** The wasm parser and libpg-query load on first use only: a fully cached run never instantiates them. */
async function tools() {
  parserPromise ??= import('../analysis/parse/parser.js').then(({ createMigrationParser }) =>
    createMigrationParser(readFileSync(pythonGrammarPath())),
  );
  analyzerPromise ??= import('../analysis/analyze-migration.js');
  return { parser: await parserPromise, analyzer: await analyzerPromise };
}

/** Up to this many files to parse, tree-sitter is not tiered up (analysis/wasm-load.ts keepWasmOnBaselineCompiler). */
const FEW_PARSES = 100;

/**
 * Starts loading the parsers a cold run needs, without waiting: their wasm compiles on V8's background
 * threads while the main thread reads the version files. `sql`: libpg-query too. `parses`: how many
 * files the run is expected to parse.
 */
export function preloadParsers({ sql, parses }: { sql: boolean; parses: number }): void {
  if (parses <= FEW_PARSES) keepWasmOnBaselineCompiler();
  else tuneForManyParses();
  // A failure to load is reported by the first analysis that waits for it.
  const python = tools().catch(() => undefined);
  // After tree-sitter (the two compile in turn, see analysis/wasm-load.ts): every file is parsed first.
  if (sql) void python.then(() => import('../analysis/sql/analyze.js')).then(({ preloadSqlParser }) => void preloadSqlParser()).catch(() => undefined);
}

/**
 * V8 settings for a run that parses many files (bench/README.md, round 9). TurboFan's cumulative inlining
 * budget (bytecode bytes; V8's default is 920): the extractor's and the rules' large functions each took
 * 20-50 ms to optimise on a background thread with the default, on a machine with two cores; optimised
 * with less inlined into them, the cold 2,000-migration check takes ~60 ms less, 20,000 migrations as long
 * as before. And the young generation stops growing (V8 doubles it up to 2 × 16 MB under a high allocation
 * rate): peak RSS of the cold 2,000-migration check 165-169 -> 149-154 MB, in the same time.
 * Set here, for large runs only: set at start-up (bin/preflight.js), the inlining flag made the example's check ~10 ms slower.
 */
const MANY_PARSES_INLINING_BUDGET = 100;
let manyParsesTuned = false;

function tuneForManyParses(): void {
  if (manyParsesTuned) return;
  manyParsesTuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MANY_PARSES_INLINING_BUDGET}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** The Python parser, for the other Python files Preflight reads (env.py). */
export async function pythonParser(): Promise<MigrationParser> {
  return (await tools()).parser;
}

/** A version file's facts: needs tree-sitter only. */
export async function parseSource(file: string, source: string | Uint8Array, sha256: string): Promise<MigrationFacts> {
  return (await tools()).parser.parse(source, file, sha256);
}

/** The facts analysed: parses the SQL of the file's execute calls (libpg-query loads on the first). */
export async function analyzeFacts(facts: MigrationFacts, knownSql?: KnownSql): Promise<AnalyzedMigration> {
  return (await tools()).analyzer.analyzeMigration(facts, knownSql);
}

/** A version file's revision variables without analysing it (MigrationParser.readHeader); undefined: analyse it. */
export async function readRevisionHeader(file: string, source: Uint8Array): Promise<RevisionHeader | undefined> {
  return (await tools()).parser.readHeader(source, file);
}
