/**
 * Syntax-tree helpers for fixes that write whole statements into a migration function: the module's
 * `def upgrade()` / `def downgrade()`, its body's statements, and lines inserted before a statement or in place
 * of a `pass`, in the file's indentation and line endings.
 */
import type { Node } from 'web-tree-sitter';
import type { Edit } from './edits.js';
import type { FixSource } from './syntax.js';

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The module-level `def name(...)` (also under a decorator). */
export function moduleFunction(root: Node, name: string): Node | undefined {
  for (const child of root.namedChildren) {
    const def = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
}

/** The function definition a node is in (the innermost). */
export function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (current.type === 'function_definition') return current;
  return undefined;
}

/** The statements of a function's body, without comments. */
export function bodyStatements(def: Node): Node[] {
  const body = def.childForFieldName('body');
  return (body?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
}

/** The statement of `def`'s body that holds `node` (the body's direct child). */
export function topStatementOf(def: Node, node: Node): Node | undefined {
  const body = def.childForFieldName('body');
  let current: Node | null = node;
  while (current && current.parent?.id !== body?.id) current = current.parent;
  return current ?? undefined;
}

export function isDocstring(statement: Node): boolean {
  return statement.type === 'expression_statement' && statement.namedChildren.length === 1 && statement.namedChildren[0]?.type === 'string';
}

/** `pass` or `...` on its own. */
export function isPlaceholder(statement: Node): boolean {
  if (statement.type === 'pass_statement') return true;
  return statement.type === 'expression_statement' && statement.namedChildren.length === 1 && statement.namedChildren[0]?.type === 'ellipsis';
}

/** The indentation of the line a statement starts on, when it starts the line (else undefined: `def f(): pass`). */
export function indentOf(source: FixSource, statement: Node): string | undefined {
  const start = lineStart(source.text, statement.startIndex);
  const indent = source.text.slice(start, statement.startIndex);
  return indent.trim() === '' ? indent : undefined;
}

/** Lines inserted on their own before a statement (which must start its line), at its indentation. */
export function linesBefore(source: FixSource, statement: Node, lines: readonly string[]): Edit | string {
  const indent = indentOf(source, statement);
  if (indent === undefined) return 'the statement shares its line with other code';
  const eol = eolOf(source.text);
  const at = lineStart(source.text, statement.startIndex);
  return { start: at, end: at, text: lines.map((line) => (line === '' ? eol : `${indent}${line}${eol}`)).join('') };
}

/** Lines inserted after a statement, at its indentation (after its trailing comment). */
export function linesAfter(source: FixSource, statement: Node, lines: readonly string[]): Edit | string {
  const indent = indentOf(source, statement);
  if (indent === undefined) return 'the statement shares its line with other code';
  const eol = eolOf(source.text);
  const text = source.text;
  const end = text.indexOf('\n', statement.endIndex);
  const body = lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join(eol);
  return end === -1 ? { start: text.length, end: text.length, text: `${eol}${body}` } : { start: end + 1, end: end + 1, text: `${body}${eol}` };
}

/** A statement replaced by lines: the first where it stands, the others below it at its indentation. */
export function replaceStatement(source: FixSource, statement: Node, lines: readonly string[]): Edit | string {
  const indent = indentOf(source, statement);
  if (indent === undefined) return 'the statement shares its line with other code';
  const eol = eolOf(source.text);
  return { start: statement.startIndex, end: statement.endIndex, text: lines.map((line, i) => (i === 0 || line === '' ? line : `${indent}${line}`)).join(eol) };
}
