/**
 * Syntax-tree helpers the fixes share: the call node of a finding's operation, the statement around it,
 * a keyword argument added or set, a statement wrapped in `with op.get_context().autocommit_block():`.
 * Each returns edits of the source (src/fix/edits.ts) or the reason it cannot, never a regex over Python.
 */
import type { Node } from 'web-tree-sitter';
import type { AnalyzedMigration, MigrationFunction, Operation } from '../model/facts.js';
import type { Edit } from './edits.js';

export const AUTOCOMMIT = 'with op.get_context().autocommit_block():';

/** What a fix sees of the file. */
export interface FixSource {
  /** The decoded text of the file (what the edits apply to). */
  text: string;
  /** The module node of `text`'s syntax tree. */
  root: Node;
}

/** The call node of an operation: the call that starts at its position and has its text. */
export function callNodeOf(root: Node, operation: Operation): Node | undefined {
  const point = { row: operation.line - 1, column: operation.column - 1 };
  let node: Node | null = root.descendantForPosition(point);
  let found: Node | undefined;
  while (node && node.startPosition.row === point.row && node.startPosition.column === point.column) {
    if (node.type === 'call' && node.text === operation.text) found = node;
    node = node.parent;
  }
  return found;
}

/** The simple statement holding `node`: its ancestor directly in a block or the module. */
export function statementOf(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current?.parent && current.parent.type !== 'block' && current.parent.type !== 'module') current = current.parent;
  if (!current?.parent) return undefined;
  return current.type === 'expression_statement' || current.type === 'assignment' || current.parent.type === 'block' ? current : undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** One indentation step in the file's style: a tab where the statement is indented with tabs, else 4 spaces. */
function indentUnit(indent: string): string {
  return indent.includes('\t') ? '\t' : '    ';
}

/** Strings that span lines: a line starting inside one must not be re-indented (its text would change). */
function multilineStrings(node: Node): Node[] {
  const strings = node.descendantsOfType(['string', 'concatenated_string']).filter((s): s is Node => s !== null);
  return strings.filter((s) => s.startPosition.row < s.endPosition.row);
}

/** Where a keyword argument `name=` of the call is, when it has one. */
function keywordArgument(call: Node, name: string): Node | undefined {
  const args = call.childForFieldName('arguments');
  return args?.namedChildren.find((arg): arg is Node => arg?.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name);
}

/**
 * Sets `name=value` on a call: the value replaced when the keyword is there, else the keyword added after the last
 * argument, in the call's layout (one line: `, name=value`; one argument a line: a new line, trailing comma kept).
 * `extraIndent` is added to a new line's indentation (the statement is being re-indented into a block).
 */
export function setKeyword(source: FixSource, call: Node, name: string, value: string, extraIndent = ''): Edit[] | string {
  const existing = keywordArgument(call, name);
  if (existing) {
    const old = existing.childForFieldName('value')!;
    return old.text === value ? [] : [{ start: old.startIndex, end: old.endIndex, text: value }];
  }
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return 'the call has no argument list Preflight can extend';
  const children = args.children.filter((c): c is Node => c !== null);
  const close = children[children.length - 1];
  if (close?.type !== ')') return 'the call has no closing parenthesis';
  const named = args.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  const last = named[named.length - 1];
  if (!last) return [{ start: close.startIndex, end: close.startIndex, text: `${name}=${value}` }];
  const trailingComma = children.some((c) => c.type === ',' && c.startIndex >= last.endIndex);
  if (last.startPosition.row === args.startPosition.row || last.endPosition.row === close.startPosition.row) {
    // One line (or the closing parenthesis right after the last argument): `, name=value`.
    return trailingComma
      ? [{ start: close.startIndex, end: close.startIndex, text: `${name}=${value}` }]
      : [{ start: last.endIndex, end: last.endIndex, text: `, ${name}=${value}` }];
  }
  const text = source.text;
  const argIndent = text.slice(lineStart(text, last.startIndex), last.startIndex);
  if (argIndent.trim() !== '') return [{ start: last.endIndex, end: last.endIndex, text: `, ${name}=${value}` }];
  const eol = eolOf(text);
  if (trailingComma) {
    const comma = children.find((c) => c.type === ',' && c.startIndex >= last.endIndex)!;
    return [{ start: comma.endIndex, end: comma.endIndex, text: `${eol}${extraIndent}${argIndent}${name}=${value},` }];
  }
  return [{ start: last.endIndex, end: last.endIndex, text: `,${eol}${extraIndent}${argIndent}${name}=${value}` }];
}

/**
 * Wraps a statement in `with op.get_context().autocommit_block():`, re-indenting its lines one step (except lines
 * inside a multi-line string). `inner` are edits inside the statement, computed with `wrapIndent(...)` as their extra
 * indentation. The statement must be alone on its lines (a trailing comment may follow it).
 */
export function wrapInAutocommit(source: FixSource, statement: Node, inner: Edit[] = []): Edit[] | string {
  const text = source.text;
  const start = lineStart(text, statement.startIndex);
  const indent = text.slice(start, statement.startIndex);
  if (indent.trim() !== '') return 'the statement shares its line with other code';
  const after = text.slice(statement.endIndex, lineEnd(text, statement.endIndex)).trim();
  if (after !== '' && !after.startsWith('#')) return 'the statement shares its line with other code';
  const unit = indentUnit(indent);
  const eol = eolOf(text);
  const edits: Edit[] = [{ start, end: start, text: `${indent}${AUTOCOMMIT}${eol}${unit}` }];
  const strings = multilineStrings(statement);
  for (let at = text.indexOf('\n', statement.startIndex); at !== -1 && at < statement.endIndex; at = text.indexOf('\n', at + 1)) {
    const next = at + 1;
    if (strings.some((s) => s.startIndex < next && next < s.endIndex)) continue;
    // Blank lines stay blank (no trailing whitespace).
    if (text.slice(next, lineEnd(text, next)).trim() === '') continue;
    edits.push({ start: next, end: next, text: unit });
  }
  return [...edits, ...inner];
}

/** The extra indentation `wrapInAutocommit` gives the statement's lines (for `setKeyword`'s new lines). */
export function wrapIndent(source: FixSource, statement: Node): string {
  return indentUnit(source.text.slice(lineStart(source.text, statement.startIndex), statement.startIndex));
}

/** Merges inserts at the same offset into one edit (wrapInAutocommit and setKeyword may both insert at a line start). */
export function mergeEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const edit of sorted) {
    const previous = out[out.length - 1];
    if (previous && previous.start === edit.start && previous.end === previous.start && edit.end === edit.start) {
      previous.text += edit.text;
    } else {
      out.push({ ...edit });
    }
  }
  return out;
}

/** Top-level import statements of the module, in order. */
export function moduleImports(root: Node): Node[] {
  return root.namedChildren.filter((n): n is Node => n !== null && (n.type === 'import_statement' || n.type === 'import_from_statement' || n.type === 'future_import_statement'));
}

/** Whether the module binds `name` at top level other than by the given imports (an assignment, a def, a class). */
export function moduleBindsName(root: Node, name: string): boolean {
  for (const child of root.namedChildren) {
    if (!child) continue;
    if ((child.type === 'function_definition' || child.type === 'class_definition') && child.childForFieldName('name')?.text === name) return true;
    if (child.type === 'expression_statement') {
      const assignment = child.namedChildren[0];
      if (assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name) return true;
    }
  }
  return false;
}

/** An insertion of a new line after a top-level statement (a new import after the last one). */
export function lineAfter(source: FixSource, node: Node, line: string): Edit {
  const end = lineEnd(source.text, node.endIndex);
  const eol = eolOf(source.text);
  return end === source.text.length ? { start: end, end, text: `${eol}${line}` } : { start: end + 1, end: end + 1, text: `${line}${eol}` };
}

/** The body of the module-level `def NAME(...):`, when it has one on lines of its own. */
export function functionBody(root: Node, name: string): Node | undefined {
  const definition = root.namedChildren.find((n): n is Node => n?.type === 'function_definition' && n.childForFieldName('name')?.text === name);
  const body = definition?.childForFieldName('body');
  return body && body.startPosition.row > definition!.startPosition.row ? body : undefined;
}

/** Whether a statement is directly in the body of the module-level function NAME (not in an if, a loop, a with or a helper). */
export function inFunctionBody(root: Node, statement: Node, name: string): boolean {
  const body = functionBody(root, name);
  return body !== undefined && statement.parent?.id === body.id;
}

/** The statements of a block, without its comments. */
export function blockStatements(block: Node): Node[] {
  return block.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

/** New lines, indented like `node`'s line: `[depth, text]`, depth in indentation steps of the file's style. */
function renderLines(text: string, node: Node, lines: readonly (readonly [number, string])[]): string {
  const indent = text.slice(lineStart(text, node.startIndex), node.startIndex);
  const unit = indentUnit(indent);
  const eol = eolOf(text);
  return lines.map(([depth, line]) => `${indent}${unit.repeat(depth)}${line}${eol}`).join('');
}

/**
 * New lines before `node`'s line, at its indentation (`node` must start its line). They are inserted at the end of the
 * line before, so that another fix's insert at the start of `node`'s line (an autocommit block opened around it)
 * stays with `node`.
 */
export function linesBefore(source: FixSource, node: Node, lines: readonly (readonly [number, string])[]): Edit | string {
  const text = source.text;
  const start = lineStart(text, node.startIndex);
  if (text.slice(start, node.startIndex).trim() !== '') return 'the statement shares its line with other code';
  if (start === 0) return 'the statement is on the first line of the file';
  const eol = eolOf(text);
  const at = text[start - 2] === '\r' ? start - 2 : start - 1;
  return { start: at, end: at, text: `${eol}${renderLines(text, node, lines).slice(0, -eol.length)}` };
}

/** New lines after `node`'s last line, at its indentation. */
export function linesAfter(source: FixSource, node: Node, lines: readonly (readonly [number, string])[]): Edit {
  const text = source.text;
  const end = lineEnd(text, node.endIndex);
  const rendered = renderLines(text, node, lines);
  if (end === text.length) {
    const eol = eolOf(text);
    return { start: end, end, text: `${eol}${rendered.slice(0, -eol.length)}` };
  }
  return { start: end + 1, end: end + 1, text: rendered };
}

/**
 * Replaces a statement (alone on its lines; a trailing comment stays after the last new line) by new lines at its
 * indentation.
 */
export function replaceStatement(source: FixSource, statement: Node, lines: readonly (readonly [number, string])[]): Edit | string {
  const text = source.text;
  const start = lineStart(text, statement.startIndex);
  if (text.slice(start, statement.startIndex).trim() !== '') return 'the statement shares its line with other code';
  const after = text.slice(statement.endIndex, lineEnd(text, statement.endIndex)).trim();
  if (after !== '' && !after.startsWith('#')) return 'the statement shares its line with other code';
  const eol = eolOf(text);
  const rendered = renderLines(text, statement, lines);
  return { start, end: statement.endIndex, text: rendered.slice(0, -eol.length) };
}

/** A PostgreSQL identifier, always double-quoted: the name exactly as SQLAlchemy created it (capitals and key words included). */
export function sqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A Python string literal of `text`: single quotes unless the text has one and no double quote. */
export function pyLiteral(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\');
  if (text.includes("'") && !text.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

/**
 * Whether the function has code for some databases only (`if op.get_bind().dialect.name == "mysql":`): then it runs
 * on others than PostgreSQL too, and SQL only PostgreSQL knows must not be added outside a PostgreSQL branch.
 */
export function branchesOnDialect(migration: AnalyzedMigration, fn: MigrationFunction): boolean {
  return migration.facts.operations.some((o) => o.function === fn && o.dialects !== undefined);
}

/** Whether an operation runs on PostgreSQL only (inside `if … dialect.name == "postgresql":`). */
export function postgresqlOnly(operation: Operation): boolean {
  const dialects = operation.dialects;
  return dialects !== undefined && 'only' in dialects && dialects.only.length > 0 && dialects.only.every((d) => d === 'postgresql');
}

/**
 * Whether the call runs more than once or with values the facts resolved for one run only: inside a loop or a
 * comprehension, or in a function other than upgrade()/downgrade() (a helper they call). A rewrite that writes the
 * resolved names into SQL would pin them to one pass.
 */
export function inLoopOrHelper(call: Node): boolean {
  for (let node = call.parent; node; node = node.parent) {
    if (['for_statement', 'while_statement', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'lambda'].includes(node.type)) return true;
    if (node.type === 'function_definition') {
      const name = node.childForFieldName('name')?.text;
      return node.parent?.type !== 'module' || (name !== 'upgrade' && name !== 'downgrade');
    }
  }
  return true;
}
