/**
 * What env.py decides about the transactions and lock timeout of every migration, read from its
 * syntax tree: `context.configure(..., transaction_per_migration=True)`, the libpq `options` of
 * `connect_args={"options": "-c lock_timeout=5s"}`, and the SQL it executes on the connection
 * (`connection.execute(text("SET lock_timeout = '5s'"))`, `exec_driver_sql`, `op.execute`). The SQL
 * is judged by the caller with the SQL analysis (libpg-query), not here.
 */
import type { Node } from 'web-tree-sitter';
import { resolveValue } from './extract.js';

export interface EnvSyntax {
  /** A literal `transaction_per_migration=` (keyword or dict key); True wins over False (online and offline configure). */
  transactionPerMigration?: { value: boolean; line: number };
  /** The libpq options strings of `connect_args={"options": …}`. */
  connectOptions: { options: string; line: number }[];
  /** String-literal SQL passed to `.execute(…)` / `.exec_driver_sql(…)` (through `text(…)` too). */
  executedSql: { sql: string; line: number }[];
}

const EXECUTE_METHODS = new Set(['execute', 'exec_driver_sql']);

export function readEnvSyntax(root: Node): EnvSyntax {
  const assignments = new Map<string, Node>();
  const syntax: EnvSyntax = { connectOptions: [], executedSql: [] };
  const connectArgs: Node[] = [];
  const lineOf = (node: Node) => node.startPosition.row + 1;
  const transactionFlag = (value: Node) => {
    const resolved = resolveValue(value);
    if (resolved.kind !== 'bool') return;
    if (!syntax.transactionPerMigration || (resolved.value && !syntax.transactionPerMigration.value)) {
      syntax.transactionPerMigration = { value: resolved.value, line: lineOf(value) };
    }
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type === 'identifier' && right) assignments.set(left.text, right);
        break;
      }
      case 'keyword_argument': {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (value && name === 'transaction_per_migration') transactionFlag(value);
        if (value && name === 'connect_args') connectArgs.push(value);
        break;
      }
      case 'pair': {
        // `configure(**{"transaction_per_migration": True, ...})`, `connect_args = {"options": ...}` bound to a name.
        const key = node.childForFieldName('key');
        const value = node.childForFieldName('value');
        const resolved = key ? resolveValue(key) : undefined;
        if (value && resolved?.kind === 'str' && resolved.value === 'transaction_per_migration') transactionFlag(value);
        break;
      }
      case 'call': {
        const sql = executedSql(node);
        if (sql !== undefined) syntax.executedSql.push({ sql, line: lineOf(node) });
        break;
      }
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  for (let value of connectArgs) {
    if (value.type === 'identifier') value = assignments.get(value.text) ?? value;
    const options = optionsEntry(value);
    if (options) syntax.connectOptions.push({ options: options.value, line: lineOf(options.node) });
  }
  return syntax;
}

/** The SQL of `x.execute("…")`, `x.execute(text("…"))`, `x.exec_driver_sql("…")`, when it is a literal. */
function executedSql(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || !EXECUTE_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return undefined;
  const first = call.childForFieldName('arguments')?.namedChildren.find((child) => child && child.type !== 'comment' && child.type !== 'keyword_argument');
  if (!first) return undefined;
  const value = resolveValue(first);
  if (value.kind === 'str') return value.value;
  if (value.kind === 'call' && /(^|\.)text$/.test(value.callee) && value.args[0]?.kind === 'str') return value.args[0].value;
  return undefined;
}

/** The `"options"` entry of `{"options": "…"}` or `dict(options="…")`. */
function optionsEntry(node: Node): { value: string; node: Node } | undefined {
  if (node.type === 'dictionary') {
    for (const pair of node.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = pair.childForFieldName('key');
      const value = pair.childForFieldName('value');
      if (!key || !value) continue;
      const resolvedKey = resolveValue(key);
      const resolved = resolveValue(value);
      if (resolvedKey.kind === 'str' && resolvedKey.value === 'options' && resolved.kind === 'str') return { value: resolved.value, node: pair };
    }
    return undefined;
  }
  if (node.type === 'call' && node.childForFieldName('function')?.text === 'dict') {
    for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (argument?.type !== 'keyword_argument' || argument.childForFieldName('name')?.text !== 'options') continue;
      const value = argument.childForFieldName('value');
      const resolved = value ? resolveValue(value) : undefined;
      if (resolved?.kind === 'str') return { value: resolved.value, node: argument };
    }
  }
  return undefined;
}
