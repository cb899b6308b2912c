/** Parses and analyses one version file (no cache): the work a cold run spends its time on. */
import { readFileSync } from 'node:fs';
import type { MigrationParser } from '../analysis/parse/parser.js';
import type { KnownSql } from '../analysis/analyze-migration.js';
import type { AnalyzedMigration, MigrationFacts } from '../model/facts.js';
import type { RevisionHeader } from '../analysis/graph/graph.js';
import { keepWasmOnBaselineCompiler, tuneForManyParses } from '../analysis/wasm-load.js';
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
