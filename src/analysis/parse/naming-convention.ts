/**
 * The `naming_convention` dict of a `MetaData(naming_convention=…)` in env.py or a migration, read from its
 * syntax tree: a dict literal passed directly, or a name bound to one in the same file
 * (`convention = {...}`; `MetaData(naming_convention=convention)`). A convention imported from
 * the application's models cannot be read here.
 */
import type { Node } from 'web-tree-sitter';
import { resolveValue } from './extract.js';

/** SQLAlchemy also takes the constraint classes as keys. */
const CLASS_KEYS: Record<string, string> = {
  Index: 'ix',
  UniqueConstraint: 'uq',
  CheckConstraint: 'ck',
  ForeignKeyConstraint: 'fk',
  PrimaryKeyConstraint: 'pk',
};

export function readNamingConvention(root: Node): Record<string, string> | undefined {
  const assignments = new Map<string, Node>();
  const values: Node[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && right) assignments.set(left.text, right);
    }
    if (node.type === 'keyword_argument' && node.childForFieldName('name')?.text === 'naming_convention') {
      const value = node.childForFieldName('value');
      if (value) values.push(value);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  for (let value of values) {
    if (value.type === 'identifier') value = assignments.get(value.text) ?? value;
    const entries = dictEntries(value);
    if (entries && Object.keys(entries).length > 0) return entries;
  }
  return undefined;
}

/** String → string entries of `{...}` or `dict(ix=..., ...)`; undefined when it is neither. */
function dictEntries(node: Node): Record<string, string> | undefined {
  const entries: Record<string, string> = {};
  if (node.type === 'dictionary') {
    for (const pair of node.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = pair.childForFieldName('key');
      const value = pair.childForFieldName('value');
      if (!key || !value) continue;
      const resolvedKey = resolveValue(key);
      const name = resolvedKey.kind === 'str' ? resolvedKey.value : CLASS_KEYS[key.text.split('.').pop() ?? ''];
      const resolved = resolveValue(value);
      if (name !== undefined && resolved.kind === 'str') entries[name] = resolved.value;
    }
    return entries;
  }
  if (node.type === 'call' && node.childForFieldName('function')?.text === 'dict') {
    const value = resolveValue(node);
    if (value.kind !== 'call') return undefined;
    for (const [name, item] of Object.entries(value.kwargs)) if (item.kind === 'str') entries[name] = item.value;
    return entries;
  }
  return undefined;
}
