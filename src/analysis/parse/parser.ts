/**
 * The Python parser: web-tree-sitter with tree-sitter-python's own wasm grammar.
 * The grammar bytes are handed in by the caller (io reads them from the package),
 * so this module does no file I/O of its own.
 */
import { createHash } from 'node:crypto';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { extractMigrationFacts, extractModuleHeader } from './extract.js';
import type { RevisionHeader } from '../graph/graph.js';
import { loadWasmInTurn } from '../wasm-load.js';
import type { MigrationFacts, ParseProblem } from '../../model/facts.js';
import { readEnvSyntax, type EnvSyntax } from './env-settings.js';
import { readNamingConvention } from './naming-convention.js';
import { decodePythonSource, type DecodedSource } from './python-source.js';
import { checkTree, MAX_EXPRESSION_DEPTH, nestingBoundCeiling, scanPython } from './python-strictness.js';

export interface MigrationParser {
  /**
   * `source` is the file's bytes (decoded as Python decodes source) or text already decoded.
   * `sha256` of the file's bytes when the caller already has it (the loader hashes them for the cache).
   */
  parse(source: string | Uint8Array, path: string, sha256?: string): MigrationFacts;
  /**
   * The revision variables of a version file, read from its module-level statements before the
   * first function or class only, exactly as parse() would read them; undefined when that cannot
   * be certain (then parse() the file). See readHeader below.
   */
  readHeader(source: Uint8Array, path: string): RevisionHeader | undefined;
  /** The `naming_convention` dict literal of a `MetaData(naming_convention=…)` in a Python file (env.py). */
  namingConvention(source: string): Record<string, string> | undefined;
  /** env.py's transaction_per_migration, connect_args options and executed SQL (env-settings.ts). */
  envSyntax(source: string): EnvSyntax | undefined;
  /** Runs `read` on the syntax tree of `source` (already decoded text); the tree is freed afterwards (src/fix). */
  withTree<T>(source: string, read: (root: Node) => T): T;
}

let initialised: Promise<void> | undefined;

export async function createMigrationParser(grammarWasm: Uint8Array): Promise<MigrationParser> {
  // In turn with libpg-query's load (wasm-load.ts): tree-sitter keeps V8's optimising tier.
  const language = await loadWasmInTurn(async () => {
    initialised ??= Parser.init();
    await initialised;
    return Language.load(grammarWasm);
  });
  const parser = new Parser();
  parser.setLanguage(language);
  // One parse, one read, the tree freed (wasm memory is not garbage collected).
  const withTree = <T>(source: string, read: (root: Node) => T): T => {
    const tree = parser.parse(source);
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      return read(tree.rootNode);
    } finally {
      tree.delete();
    }
  };
  return {
    parse(source, path, sha256 = sha256Hex(source)) {
      const { decoded, text } = pythonText(source);
      const scan = scanPython(text, decoded.invalidUtf8);
      const tree = parser.parse(text);
      if (!tree) throw new Error(`tree-sitter returned no tree for ${path}`);
      try {
        const strict = checkTree(tree, scan);
        if (strict.tooDeep) {
          // The extractor would descend as deep as the tree goes; Python refuses the file anyway.
          return { path, sha256, branchLabels: [], dependsOn: [], annotatedVariables: false, operations: [], otherCalls: [], comments: [], parseError: firstProblem(decoded.problem, scan.problem, undefined, strict.problem)! };
        }
        const facts = extractMigrationFacts({ path, sha256, tree, source: text });
        // Only a file that says naming_convention can build one: the others skip the walk.
        const namingConvention = text.includes('naming_convention') ? readNamingConvention(tree.rootNode) : undefined;
        if (namingConvention) facts.namingConvention = namingConvention;
        const parseError = firstProblem(decoded.problem, scan.problem, facts.parseError, strict.problem);
        if (parseError) facts.parseError = parseError;
        return facts;
      } finally {
        // wasm memory is not garbage collected.
        tree.delete();
      }
    },
    readHeader(source, path) {
      const { decoded, text } = pythonText(source);
      const end = headerEnd(text);
      if (end === undefined) return undefined;
      // parse() returns a file nested deeper than Python compiles without its revision: only the whole text's scan rules that out.
      if (nestingBoundCeiling(text) > MAX_EXPRESSION_DEPTH && scanPython(text, decoded.invalidUtf8).nestingBound > MAX_EXPRESSION_DEPTH) return undefined;
      const tree = parser.parse(text.slice(0, end));
      if (!tree) return undefined;
      try {
        // An error here may be the cut itself (inside a string or brackets): not a header to trust.
        if (tree.rootNode.hasError) return undefined;
        const header = extractModuleHeader(tree.rootNode);
        // Without a revision the graph's finding depends on whether the whole file parses: parse() it.
        if (!header.revision) return undefined;
        return { path, ...header };
      } finally {
        tree.delete();
      }
    },
    namingConvention: (source) => withTree(source, readNamingConvention),
    envSyntax: (source) => withTree(source, readEnvSyntax),
    withTree,
  };
}

/** The source decoded as Python reads it, and the text tree-sitter is given. */
function pythonText(source: Uint8Array | string): { decoded: DecodedSource; text: string } {
  const decoded: DecodedSource = typeof source === 'string' ? { text: source, invalidUtf8: [] } : decodePythonSource(source);
  // Python ends a line at \r as well; tree-sitter-python does not. Same length, so every index holds.
  return { decoded, text: decoded.text.replace(/\r(?!\n)/g, '\n') };
}

/** What starts a module-level function or class: a line that begins with one of these. */
const DEFINITION_STARTS = ['def ', 'async def ', 'class ', '@'];
/** Text after the header that could assign a revision variable (extract.ts reads assignments to these names). */
const REVISION_NAMES = ['revision', 'branch_labels', 'depends_on'];

/**
 * Where a version file's header ends: the start of the first line that begins a function or class
 * definition, when the text from there on names no revision variable at all, so no statement after
 * the header can set one (`down_revision` contains `revision`). Undefined when there is no such line.
 * Only a guess at the boundary: readHeader trusts it only when the text before it parses as complete
 * statements (a cut inside a string or brackets does not).
 */
function headerEnd(text: string): number | undefined {
  let end: number | undefined;
  for (const start of DEFINITION_STARTS) {
    const at = text.indexOf(`\n${start}`);
    if (at >= 0 && (end === undefined || at + 1 < end)) end = at + 1;
  }
  if (end === undefined) return undefined;
  // A backslash joins the next line to this one: the definition line would not start a statement.
  const lastOfLine = text[end - 2] === '\r' ? end - 3 : end - 2;
  if (text[lastOfLine] === '\\') return undefined;
  const rest = text.slice(end);
  return REVISION_NAMES.some((name) => rest.includes(name)) ? undefined : end;
}

/**
 * The problem CPython reports: a decoding problem stops it before the first token; then the
 * earliest syntax error, the tokenizer's (which has Python's wording) before tree-sitter's on the
 * same line; the compiler's scope checks only run on a file that parses.
 */
function firstProblem(
  decoding: ParseProblem | undefined,
  tokenizer: ParseProblem | undefined,
  syntax: ParseProblem | undefined,
  compiler: ParseProblem | undefined,
): ParseProblem | undefined {
  if (decoding) return decoding;
  // tree-sitter puts a missing token where it gave up, often lines before the bracket Python names.
  if (tokenizer && syntax) return syntax.line < tokenizer.line && !syntax.message.startsWith('syntax error: missing') ? syntax : tokenizer;
  return tokenizer ?? syntax ?? compiler;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
