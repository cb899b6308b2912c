// Test helper: a real migration parser over the grammar shipped in node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMigrationParser, type MigrationParser } from '../../src/analysis/parse/parser.js';
import type { MigrationFacts } from '../../src/model/facts.js';

const require = createRequire(import.meta.url);
let parser: Promise<MigrationParser> | undefined;

export function testParser(): Promise<MigrationParser> {
  parser ??= createMigrationParser(readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm')));
  return parser;
}

/** Parses a migration source (dedented) as `versions/<name>`. */
export async function parseSource(source: string, name = 'versions/0001_test.py'): Promise<MigrationFacts> {
  return (await testParser()).parse(dedent(source), name);
}

export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
