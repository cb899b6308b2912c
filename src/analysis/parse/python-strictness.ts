/**
 * What CPython 3.11 refuses and tree-sitter accepts. tree-sitter-python recovers from errors and
 * knows nothing of indentation rules, Python 2 leftovers or the compiler's own checks, so a file
 * Alembic cannot import would otherwise pass as a valid migration. Two linear passes:
 *
 * - `scanPython` reads the text once the way CPython's tokenizer does: indentation (TabError,
 *   unindent, unexpected indent, missing block), brackets (at most 200 deep), strings, characters
 *   that are not Python, null bytes, bad UTF-8 outside comments, Python 2 literals and statements.
 * - `checkTree` asks the tree only about the keywords the scan found (`return`, `yield`, `def`, …)
 *   for the checks that need scopes, and walks the whole tree (iteratively) only when the scan
 *   says an expression may be nested deeper than the compiler allows.
 *
 * Messages are CPython's own words, so they can be searched for.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { ParseProblem } from '../../model/facts.js';
import type { InvalidUtf8 } from './python-source.js';

/** CPython's tokenizer: MAXLEVEL (brackets) and MAXINDENT. */
const MAX_PARENS = 200;
const MAX_INDENT = 100;
/**
 * CPython 3.11 compiles expressions nested up to about 2,990 levels (recursion limit 1,000 × 3,
 * less the depth of the code that imports the file: Alembic's stack is deeper than a script's)
 * and fails beyond with RecursionError or MemoryError. Files nested this deep are never real
 * migrations; stopping a little earlier keeps the answer the same whoever imports the file.
 */
export const MAX_EXPRESSION_DEPTH = 2900;

type ContextKeyword = 'return' | 'yield' | 'await' | 'break' | 'continue' | 'nonlocal' | 'def' | 'lambda';
const CONTEXT_KEYWORDS = new Set<string>(['return', 'yield', 'await', 'break', 'continue', 'nonlocal', 'def', 'lambda']);
const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'def', 'class', 'async']);
/** After `print`, these words make an expression (`print in x`), not a Python 2 statement. */
const OPERATOR_WORDS = new Set(['and', 'or', 'in', 'is', 'if', 'else', 'not', 'for']);
/** First letters of the words above and of `elif`, `print`, `exec` (char codes). */
const KEYWORD_INITIALS = new Set([...'rybcndlpe'].map((letter) => letter.charCodeAt(0)));
const VALID_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);

export interface ScanResult {
  problem?: ParseProblem;
  /** Keywords whose validity depends on the enclosing scope, by index in the text. */
  keywords: { word: ContextKeyword; index: number }[];
  /** An upper bound of the expression nesting (tokens per logical line and friends). */
  nestingBound: number;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code >= 0x80;
}
function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 0x30 && code <= 0x39);
}
function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0x30 && code <= 0x39;
}
function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0)!;
  return /[\p{C}\p{Z}]/u.test(character) && character !== ' '
    ? `invalid non-printable character ${codePointName(codePoint)}`
    : `invalid character '${character}' (${codePointName(codePoint)})`;
}
function validIdentifierCharacter(character: string): boolean {
  if (/\p{XID_Continue}/u.test(character)) return true;
  // Python checks the NFKC form (`ﬁ` is `fi`).
  const normal = character.normalize('NFKC');
  return normal !== character && /^\p{XID_Continue}+$/u.test(normal);
}

function headerDescription(first: string | undefined, second: string | undefined): string {
  const word = first === 'async' ? second : first;
  if (word === 'def') return 'function definition';
  if (word === 'class') return 'class definition';
  return word && COMPOUND.has(word) ? `'${word}' statement` : '';
}

export function scanPython(text: string, invalidUtf8: readonly InvalidUtf8[] = []): ScanResult {
  const keywords: ScanResult['keywords'] = [];
  const invalid = new Map(invalidUtf8.map((entry) => [entry.index, entry]));
  const length = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  let problem: ParseProblem | undefined;
  const fail = (index: number, message: string, atLine = line, atLineStart = lineStart): void => {
    problem ??= { line: atLine, column: index - atLineStart + 1, message };
  };

  const nul = text.indexOf('\0');
  if (nul >= 0) {
    // Counted here, not by the scan: CPython refuses them even in strings and comments.
    let nulLine = 1;
    let nulLineStart = 0;
    for (let at = 0; at < nul; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        nulLine++;
        nulLineStart = at + 1;
      }
    }
    return { problem: { line: nulLine, column: nul - nulLineStart + 1, message: 'source code cannot contain null bytes' }, keywords, nestingBound: length };
  }

  const indents = [0];
  const altIndents = [0];
  const parens: { char: string; line: number; column: number }[] = [];
  let atLineStart = true;
  let pendingHeader: { description: string; line: number } | undefined;
  // The logical line being read.
  let logicalLine = 1;
  let firstWord: string | undefined;
  let secondWord: string | undefined;
  let tokens = 0;
  let lastToken = '';
  let statementStart = true;
  let lambdas = 0;
  // Nesting bound parts.
  let maxTokens = 0;
  let elifs = 0;
  let maxIndent = 0;

  const newline = (at: number): number => {
    const next = text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
    line++;
    lineStart = next;
    return next;
  };
  const isNewline = (code: number): boolean => code === 0x0a || code === 0x0d;

  const endLogicalLine = (): void => {
    pendingHeader = lastToken === ':' ? { description: headerDescription(firstWord, secondWord), line: logicalLine } : undefined;
    if (tokens > maxTokens) maxTokens = tokens;
    atLineStart = true;
  };

  const readString = (start: number, quoteAt: number, prefix: string): number => {
    const quote = text.charCodeAt(quoteAt);
    const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    const startLine = line;
    const startLineStart = lineStart;
    const bytes = prefix.includes('b');
    let at = quoteAt + (triple ? 3 : 1);
    for (;;) {
      if (at >= length) {
        fail(start, `unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${line})`, startLine, startLineStart);
        return length;
      }
      const code = text.charCodeAt(at);
      if (code === 0x5c) {
        // A backslash escapes the next character, even in raw strings, and may continue the line.
        at++;
        if (at < length && isNewline(text.charCodeAt(at))) at = newline(at);
        else at++;
        continue;
      }
      if (isNewline(code)) {
        if (!triple) {
          fail(start, `unterminated string literal (detected at line ${line})`, startLine, startLineStart);
          return at;
        }
        at = newline(at);
        continue;
      }
      if (code >= 0x80) {
        const bad = code === 0xfffd ? invalid.get(at) : undefined;
        if (bytes) {
          fail(start, 'bytes can only contain ASCII literal characters', startLine, startLineStart);
          return length;
        }
        if (bad) {
          fail(start, `(unicode error) 'utf-8' codec can't decode byte 0x${bad.byte.toString(16)}: ${bad.reason}`, startLine, startLineStart);
          return length;
        }
      }
      if (code === quote) {
        if (!triple) return at + 1;
        if (text.charCodeAt(at + 1) === quote && text.charCodeAt(at + 2) === quote) return at + 3;
      }
      at++;
    }
  };

  while (problem === undefined) {
    if (atLineStart) {
      let column = 0;
      let altColumn = 0;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20) {
          column++;
          altColumn++;
        } else if (c === 0x09) {
          column = (Math.floor(column / 8) + 1) * 8;
          altColumn++;
        } else if (c === 0x0c) {
          column = altColumn = 0;
        } else break;
      }
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === 0x23 || isNewline(c)) {
        // Blank and comment-only lines do not count for indentation.
        while (i < length && !isNewline(text.charCodeAt(i))) i++;
        if (i < length) i = newline(i);
        continue;
      }
      const top = indents[indents.length - 1]!;
      const altTop = altIndents[altIndents.length - 1]!;
      const tabError = 'inconsistent use of tabs and spaces in indentation';
      if (column > top) {
        if (altColumn <= altTop) fail(i, tabError);
        else if (!pendingHeader) fail(i, 'unexpected indent');
        indents.push(column);
        altIndents.push(altColumn);
        if (indents.length > MAX_INDENT) fail(i, 'too many levels of indentation');
        if (indents.length > maxIndent) maxIndent = indents.length;
      } else {
        while (column < indents[indents.length - 1]!) {
          indents.pop();
          altIndents.pop();
        }
        if (column !== indents[indents.length - 1]) fail(i, 'unindent does not match any outer indentation level');
        else if (altColumn !== altIndents[altIndents.length - 1]) fail(i, tabError);
        else if (pendingHeader) fail(i, expectedBlock(pendingHeader));
      }
      pendingHeader = undefined;
      atLineStart = false;
      logicalLine = line;
      firstWord = secondWord = undefined;
      tokens = 0;
      lastToken = '';
      statementStart = true;
      lambdas = 0;
      continue;
    }
    if (i >= length) {
      endLogicalLine();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0c) {
      i++;
      continue;
    }
    if (isNewline(c)) {
      i = newline(i);
      if (parens.length === 0) endLogicalLine();
      continue;
    }
    if (c === 0x23) {
      while (i < length && !isNewline(text.charCodeAt(i))) i++;
      continue;
    }
    if (c === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= length || (isNewline(next) && newlineThenEof(text, i + 1))) fail(i + 1, 'unexpected EOF while parsing');
      else if (!isNewline(next)) fail(i + 1, 'unexpected character after line continuation character');
      else i = newline(i + 1);
      continue;
    }
    tokens++;
    if (c === 0x22 || c === 0x27) {
      i = readString(i, i, '');
      lastToken = 'string';
      statementStart = false;
      continue;
    }
    if (isIdentifierStart(c)) {
      const start = i;
      while (i < length && isIdentifierPart(text.charCodeAt(i))) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) {
          const character = String.fromCodePoint(text.codePointAt(i)!);
          const bad = code === 0xfffd ? invalid.get(i) : undefined;
          if (bad) fail(i, `(unicode error) 'utf-8' codec can't decode byte 0x${bad.byte.toString(16)}: ${bad.reason}`);
          else if (!validIdentifierCharacter(character)) fail(i, describeCharacter(character));
          if (problem) break;
          i += character.length;
        } else i++;
      }
      if (problem) break;
      const quote = text.charCodeAt(i);
      const size = i - start;
      // Most names are none of the words this scan looks at: no string is made for them.
      if (tokens > 2 && quote !== 0x22 && quote !== 0x27 && (size < 3 || size > 8 || !KEYWORD_INITIALS.has(c))) {
        lastToken = 'name';
        statementStart = false;
        continue;
      }
      const word = text.slice(start, i);
      if ((quote === 0x22 || quote === 0x27) && word.length <= 2 && /^[rRbBuUfF]+$/.test(word)) {
        if (!VALID_PREFIXES.has(word.toLowerCase())) {
          fail(start, 'invalid syntax');
          break;
        }
        const end = readString(start, i, word.toLowerCase());
        if (word.toLowerCase().includes('f')) tokens += end - i;
        i = end;
        lastToken = 'string';
        statementStart = false;
        continue;
      }
      if (tokens === 1) firstWord = word;
      else if (tokens === 2) secondWord = word;
      if (word === 'elif') elifs++;
      if (word === 'lambda') lambdas++;
      if (CONTEXT_KEYWORDS.has(word) && !withoutParameters(text, word, i)) keywords.push({ word: word as ContextKeyword, index: start });
      if (statementStart && (word === 'print' || word === 'exec') && startsPython2Argument(text, i)) {
        fail(start, `Missing parentheses in call to '${word}'. Did you mean ${word}(...)?`);
        break;
      }
      lastToken = word;
      statementStart = false;
      continue;
    }
    if (isDigit(c) || (c === 0x2e && isDigit(text.charCodeAt(i + 1)))) {
      const start = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (isIdentifierPart(code) && code < 0x80) i++;
        else if (code === 0x2e) i++;
        else if ((code === 0x2b || code === 0x2d) && (text.charCodeAt(i - 1) | 0x20) === 0x65 && (text.charCodeAt(start + 1) | 0x20) !== 0x78) i++;
        else break;
      }
      const number = text.slice(start, i);
      if (/^0[0-9_]*[1-9][0-9_]*$/.test(number)) {
        fail(start, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      } else if (/^[0-9][0-9_]*[lL]$/.test(number)) fail(start, 'invalid decimal literal');
      lastToken = 'number';
      statementStart = false;
      continue;
    }
    const char = text[i]!;
    if (char === '(' || char === '[' || char === '{') {
      parens.push({ char, line, column: i - lineStart + 1 });
      if (parens.length > MAX_PARENS) fail(i, 'too many nested parentheses');
    } else if (char === ')' || char === ']' || char === '}') {
      const open = parens.pop();
      if (!open) fail(i, `unmatched '${char}'`);
      else if ('([{'.indexOf(open.char) !== ')]}'.indexOf(char)) {
        fail(i, `closing parenthesis '${char}' does not match opening parenthesis '${open.char}'${open.line === line ? '' : ` on line ${open.line}`}`);
      }
    } else if (char === ':' && text[i + 1] !== '=' && parens.length === 0) {
      if (lambdas > 0) lambdas--;
      // The body of a one-line compound statement starts a statement: `if x: print "y"`.
      else if (firstWord && COMPOUND.has(firstWord)) statementStart = true;
    } else if (char === ';' && parens.length === 0) {
      statementStart = true;
      lambdas = 0;
      lastToken = ';';
      i++;
      continue;
    } else if (char === '`' || (char === '<' && text[i + 1] === '>')) {
      // Python 2's repr backticks and `<>`: tree-sitter-python still accepts both.
      fail(i, 'invalid syntax');
    } else if (c < 0x20 || c === 0x7f) {
      fail(i, describeCharacter(char));
    }
    if (char === ':' && text[i + 1] === '=') i++;
    lastToken = char;
    statementStart = statementStart && char === ':';
    i++;
  }
  if (!problem) {
    const open = parens[parens.length - 1];
    if (open) problem = { line: open.line, column: open.column, message: `'${open.char}' was never closed` };
    else if (pendingHeader) problem = { line: pendingHeader.line, column: 1, message: expectedBlock(pendingHeader) };
  }
  // After a problem the scan stopped: only the text's length bounds the nesting.
  const nestingBound = problem ? length : maxTokens + elifs + 3 * maxIndent + 16;
  return { ...(problem ? { problem } : {}), keywords, nestingBound };
}

/**
 * `def upgrade():` and `lambda: …` have no parameters to check: most migrations' defs, so the
 * tree is not asked about them.
 */
function withoutParameters(text: string, word: string, at: number): boolean {
  if (word === 'lambda') return /^[ \t]*:/.test(text.slice(at, at + 16));
  if (word !== 'def') return false;
  return /^[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*\)/.test(text.slice(at, at + 80));
}

function expectedBlock(header: { description: string; line: number }): string {
  return header.description ? `expected an indented block after ${header.description} on line ${header.line}` : 'expected an indented block';
}

function newlineThenEof(text: string, at: number): boolean {
  const next = text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
  return next >= text.length;
}

/** `print "x"`, `print x, y`, `exec code in ns`: what follows is a value, not an operator. */
function startsPython2Argument(text: string, at: number): boolean {
  while (text[at] === ' ' || text[at] === '\t') at++;
  const code = text.charCodeAt(at);
  if (code === 0x22 || code === 0x27 || code === 0x7b || code === 0x7e || isDigit(code)) return true;
  if (!isIdentifierStart(code)) return false;
  let end = at;
  while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
  return !OPERATOR_WORDS.has(text.slice(at, end));
}

/**
 * A number never below scanPython(text).nestingBound, counted without the scan: each token takes
 * at least one character (an f-string counts its characters), an `elif` is the word in the text,
 * and an indentation level starts on a line of its own. Below MAX_EXPRESSION_DEPTH, no scan is needed
 * to know the file is not nested too deeply.
 */
export function nestingBoundCeiling(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) lines++;
  let elifs = 0;
  for (let at = text.indexOf('elif'); at >= 0; at = text.indexOf('elif', at + 1)) elifs++;
  return text.length + elifs + 3 * (lines + 1) + 16;
}

export interface TreeCheck {
  problem?: ParseProblem;
  /** Nested beyond MAX_EXPRESSION_DEPTH: the extractor must not walk this tree. */
  tooDeep: boolean;
}

const FUNCTION_SCOPES = new Set(['function_definition', 'lambda']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

function at(node: Node, message: string): ParseProblem {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, message };
}

/** The compiler's scope checks for the keywords the scan found, and the nesting limit. */
export function checkTree(tree: Tree, scan: ScanResult): TreeCheck {
  const root = tree.rootNode;
  if (scan.nestingBound > MAX_EXPRESSION_DEPTH) {
    const deep = deepestNesting(tree);
    if (deep) return { problem: deep, tooDeep: true };
  }
  let first: ParseProblem | undefined;
  const report = (problem: ParseProblem | undefined): void => {
    if (problem && (!first || problem.line < first.line || (problem.line === first.line && problem.column < first.column))) first = problem;
  };
  for (const { word, index } of scan.keywords) {
    const token = root.descendantForIndex(index);
    if (token?.type !== word) continue;
    const parent = token.parent;
    if (!parent) continue;
    report(checkKeyword(word, token, parent));
  }
  return { ...(first ? { problem: first } : {}), tooDeep: false };
}

function checkKeyword(word: ContextKeyword, token: Node, parent: Node): ParseProblem | undefined {
  switch (word) {
    case 'return':
      if (parent.type !== 'return_statement') return undefined;
      return enclosingScope(parent)?.type === 'function_definition' ? undefined : at(token, "'return' outside function");
    case 'yield': {
      if (parent.type !== 'yield') return undefined;
      const scope = enclosingScope(parent);
      return scope && FUNCTION_SCOPES.has(scope.type) ? undefined : at(token, "'yield' outside function");
    }
    case 'await': {
      if (parent.type !== 'await') return undefined;
      for (let node = parent.parent; node; node = node.parent) {
        // Comprehensions have rules of their own (asynchronous generator expressions); not judged here.
        if (COMPREHENSIONS.has(node.type)) return undefined;
        if (node.type === 'lambda') return at(token, "'await' outside async function");
        if (node.type === 'function_definition') {
          return node.child(0)?.type === 'async' ? undefined : at(token, "'await' outside async function");
        }
        if (node.type === 'class_definition') return at(token, "'await' outside function");
      }
      return at(token, "'await' outside function");
    }
    case 'break':
    case 'continue': {
      if (parent.type !== `${word}_statement`) return undefined;
      let child: Node = parent;
      for (let node = parent.parent; node; child = node, node = node.parent) {
        if ((node.type === 'for_statement' || node.type === 'while_statement') && node.childForFieldName('body')?.equals(child)) return undefined;
        if (FUNCTION_SCOPES.has(node.type) || node.type === 'class_definition') break;
      }
      return at(token, word === 'break' ? "'break' outside loop" : "'continue' not properly in loop");
    }
    case 'nonlocal':
      if (parent.type !== 'nonlocal_statement') return undefined;
      for (let node = parent.parent; node; node = node.parent) if (FUNCTION_SCOPES.has(node.type)) return undefined;
      return at(token, 'nonlocal declaration not allowed at module level');
    case 'def':
    case 'lambda': {
      if (parent.type !== 'function_definition' && parent.type !== 'lambda') return undefined;
      const parameters = parent.childForFieldName('parameters');
      return parameters ? checkParameters(parameters) : undefined;
    }
  }
}

function enclosingScope(node: Node): Node | undefined {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (FUNCTION_SCOPES.has(scope.type) || scope.type === 'class_definition') return scope;
  }
  return undefined;
}

/** Duplicate names, and a parameter without a default after one with a default (before any `*`). */
function checkParameters(parameters: Node): ParseProblem | undefined {
  const seen = new Set<string>();
  let defaulted = false;
  let starred = false;
  for (const parameter of parameters.namedChildren) {
    if (!parameter) continue;
    const type = parameter.type;
    let name: Node | null = null;
    if (type === 'identifier') name = parameter;
    else if (type === 'default_parameter' || type === 'typed_default_parameter') name = parameter.childForFieldName('name');
    else if (type === 'typed_parameter' || type === 'list_splat_pattern' || type === 'dictionary_splat_pattern') {
      const inner = parameter.namedChild(0);
      name = inner?.type === 'identifier' ? inner : (inner?.namedChild(0) ?? null);
    } else if (type === 'keyword_separator') starred = true;
    const splat = type === 'list_splat_pattern' || type === 'dictionary_splat_pattern' || parameter.namedChild(0)?.type.endsWith('splat_pattern');
    if (splat) starred = true;
    if (name?.type === 'identifier') {
      if (seen.has(name.text)) return at(name, `duplicate argument '${name.text}' in function definition`);
      seen.add(name.text);
    }
    if (type === 'default_parameter' || type === 'typed_default_parameter') defaulted = true;
    else if ((type === 'identifier' || type === 'typed_parameter') && !splat && defaulted && !starred) {
      return at(parameter, 'non-default argument follows default argument');
    }
  }
  return undefined;
}

/**
 * Nodes that are not a level of Python's syntax tree: the compiler never recurses through them.
 * Everything else named counts one level (a close enough estimate of CPython's AST depth).
 */
const FLAT = new Set(['module', 'block', 'expression_statement', 'parenthesized_expression', 'argument_list', 'comment', 'string_start', 'string_content', 'string_end']);

/**
 * One walk with a TreeCursor (no recursion, constant work per node): the first node nested
 * deeper than the compiler allows. `a and b and c` is one level in Python (one BoolOp), so a chain
 * of one operator counts once; each `elif` nests one level deeper than the branch before it.
 */
function deepestNesting(tree: Tree): ParseProblem | undefined {
  const cursor = tree.walk();
  try {
    // Per cursor depth: the AST depth of the node there, and the number of elif clauses seen among its siblings.
    const depths: number[] = [0];
    const operators: (string | undefined)[] = [undefined];
    const elifSiblings: number[] = [0];
    let level = 0;
    for (;;) {
      const type = cursor.nodeType;
      const parentDepth = level > 0 ? depths[level - 1]! : 0;
      let weight = cursor.nodeIsNamed && !FLAT.has(type) ? 1 : 0;
      let operator: string | undefined;
      if (type === 'boolean_operator') {
        operator = cursor.currentNode.childForFieldName('operator')?.type;
        if (level > 0 && operators[level - 1] === operator) weight = 0;
      }
      if (type === 'elif_clause' || type === 'else_clause') weight += elifSiblings[level]!;
      if (type === 'elif_clause') elifSiblings[level]!++;
      const depth = parentDepth + weight;
      if (depth > MAX_EXPRESSION_DEPTH) {
        const node = cursor.currentNode;
        return at(
          node,
          `too deeply nested for Python's compiler (more than ${MAX_EXPRESSION_DEPTH} levels; CPython fails with "RecursionError: maximum recursion depth exceeded during compilation")`,
        );
      }
      depths[level] = depth;
      operators[level] = operator;
      if (cursor.gotoFirstChild()) {
        level++;
        elifSiblings[level] = 0;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return undefined;
        level--;
      }
    }
  } finally {
    cursor.delete();
  }
}
