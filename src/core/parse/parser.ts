/**
 * The Python parser: web-tree-sitter with tree-sitter-python's own wasm grammar.
 * The grammar bytes are handed in by the caller (io reads them from the package),
 * so this module does no file I/O of its own.
 */
import { createHash } from 'node:crypto';
import { Language, Parser } from 'web-tree-sitter';
import { extractMigrationFacts } from './extract.js';
import type { MigrationFacts } from './model.js';
import { readNamingConvention } from './naming-convention.js';

export interface MigrationParser {
  /** `sha256` of the file's bytes when the caller already has it (the loader hashes them for the cache). */
  parse(source: string, path: string, sha256?: string): MigrationFacts;
  /** The `naming_convention` dict literal of a `MetaData(naming_convention=…)` in a Python file (env.py). */
  namingConvention(source: string): Record<string, string> | undefined;
}

let initialised: Promise<void> | undefined;

export async function createMigrationParser(grammarWasm: Uint8Array): Promise<MigrationParser> {
  initialised ??= Parser.init();
  await initialised;
  const language = await Language.load(grammarWasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source, path, sha256 = sha256Hex(source)) {
      const tree = parser.parse(source);
      if (!tree) throw new Error(`tree-sitter returned no tree for ${path}`);
      try {
        return extractMigrationFacts({ path, sha256, tree, source });
      } finally {
        // wasm memory is not garbage collected.
        tree.delete();
      }
    },
    namingConvention(source) {
      const tree = parser.parse(source);
      if (!tree) return undefined;
      try {
        return readNamingConvention(tree.rootNode);
      } finally {
        tree.delete();
      }
    },
  };
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
