/**
 * create-index-not-concurrently: `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():`,
 * for the op.create_index call and the downgrade's op.drop_index of the same index.
 */
import type { Node } from 'web-tree-sitter';
import type { AnalyzedMigration, Operation } from '../model/facts.js';
import { literalName } from '../analysis/operations/op-arguments.js';
import { sqlStatementsOf } from '../rules/helpers.js';
import type { Edit, FixProposal } from './edits.js';
import { branchesOnDialect, callNodeOf, mergeEdits, postgresqlOnly, setKeyword, statementOf, wrapIndent, wrapInAutocommit, type FixSource } from './syntax.js';
import type { Fixer } from './types.js';

/** The edits that make one op.*_index call concurrent and outside the transaction, or why not. */
export function concurrentEdits(source: FixSource, operation: Operation): Edit[] | string {
  const call = callNodeOf(source.root, operation);
  if (!call) return 'Preflight could not find the call in the syntax tree';
  const statement = statementOf(call);
  if (!statement) return 'the call is not a statement of its own';
  const concurrently = operation.kwargs['postgresql_concurrently'];
  const isConcurrent = concurrently?.kind === 'bool' && concurrently.value;
  const extra = operation.inAutocommit ? '' : wrapIndent(source, statement);
  const keyword = isConcurrent ? [] : setKeyword(source, call, 'postgresql_concurrently', 'True', extra);
  if (typeof keyword === 'string') return keyword;
  if (operation.inAutocommit) return keyword;
  const wrapped = wrapInAutocommit(source, statement, keyword);
  return typeof wrapped === 'string' ? wrapped : mergeEdits(wrapped);
}

/** The index name of an op.create_index / op.drop_index call, when it is a literal (also through op.f()). */
export function indexName(operation: Operation): string | undefined {
  return literalName(operation.args[0] ?? operation.kwargs['index_name']);
}

/**
 * The downgrade's op call of `name` that undoes the upgrade's index change (drop_index for a create_index, and the
 * other way round), and the edits that make it concurrent too: [] when it is already, or why not.
 */
export function inverseInDowngrade(source: FixSource, migration: AnalyzedMigration, inverse: 'create_index' | 'drop_index', name: string | undefined): { operation: Operation; edits: Edit[] | string } | undefined {
  if (name === undefined) return undefined;
  const other = migration.facts.operations.find((o) => o.function === 'downgrade' && o.receiver === 'op' && o.name === inverse && indexName(o) === name);
  if (!other) return undefined;
  const concurrent = other.kwargs['postgresql_concurrently'];
  const done = concurrent?.kind === 'bool' && concurrent.value && other.inAutocommit;
  return { operation: other, edits: done ? [] : concurrentEdits(source, other) };
}

export const createIndexNotConcurrentlyFix: Fixer = ({ operation, migration, source }): FixProposal | undefined => {
  if (operation.name !== 'create_index') return sqlIndexFix(source, operation, migration);
  if (operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'the index is created inside batch_alter_table: move it out as op.create_index(…) by hand' };
  }
  const upgrade = concurrentEdits(source, operation);
  if (typeof upgrade === 'string') return { kind: 'manual', reason: upgrade };
  const name = indexName(operation);
  const drop = inverseInDowngrade(source, migration, 'drop_index', name);
  const downgrade = drop?.edits ?? [];
  return {
    kind: 'edits',
    description:
      `create ${name ?? 'the index'} with postgresql_concurrently=True in an autocommit block` +
      (typeof downgrade !== 'string' && downgrade.length > 0 ? ', and drop it the same way in downgrade' : '') +
      (typeof downgrade === 'string' ? ` (downgrade's drop_index left as it is: ${downgrade})` : ''),
    edits: [...upgrade, ...(typeof downgrade === 'string' ? [] : downgrade)],
  };
};

const BY_HAND = {
  'create-index': 'the index is created in SQL Preflight does not rewrite: add CONCURRENTLY to the statement and run it in an autocommit block by hand',
  'drop-index': 'the index is dropped in SQL Preflight does not rewrite: write DROP INDEX CONCURRENTLY (one index, no CASCADE) in an autocommit block by hand',
} as const;

/** Where CONCURRENTLY goes: after CREATE [UNIQUE] INDEX, or after DROP INDEX. */
const HEAD = {
  'create-index': /^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)(\s+)(CONCURRENTLY\b)?/i,
  'drop-index': /^(\s*DROP\s+INDEX)(\s+)(CONCURRENTLY\b)?/i,
} as const;

/** The one plain string literal (no f-string, no concatenation) the call passes as its SQL, also inside text(…). */
function sqlLiteral(call: Node): Node | undefined {
  const first = call.childForFieldName('arguments')?.namedChildren.find((n): n is Node => n !== null && n.type !== 'comment');
  const literal =
    first?.type === 'call' && /(^|\.)text$/.test(first.childForFieldName('function')?.text ?? '')
      ? first.childForFieldName('arguments')?.namedChildren.find((n): n is Node => n !== null && n.type !== 'comment')
      : first;
  if (literal?.type !== 'string' || /[fF]/.test(literal.child(0)?.text ?? '')) return undefined;
  const contents = literal.namedChildren.filter((n): n is Node => n?.type === 'string_content');
  return contents.length === 1 && literal.namedChildren.every((n) => n?.type !== 'interpolation') ? contents[0] : undefined;
}

/**
 * `op.execute("CREATE INDEX …")` / `op.execute("DROP INDEX …")`: CONCURRENTLY written into the SQL (the string's text,
 * not Python), the statement in an autocommit block.
 */
export function sqlIndexFix(source: FixSource, operation: Operation, migration: AnalyzedMigration, kind: 'create-index' | 'drop-index' = 'create-index'): FixProposal {
  const statements = sqlStatementsOf(migration, operation);
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  const content = call && sqlLiteral(call);
  const manual = { kind: 'manual', reason: BY_HAND[kind] } as const;
  if (statements.length !== 1 || statements[0]!.kind !== kind || !statement || !content) return manual;
  // DROP INDEX CONCURRENTLY takes one index and no CASCADE.
  if (kind === 'drop-index' && (statements[0]!.targets.length !== 1 || /\bCASCADE\b/i.test(content.text))) return manual;
  // Other databases have no CONCURRENTLY: SQL that runs on them too stays as it is.
  if (kind === 'drop-index' && !postgresqlOnly(operation) && branchesOnDialect(migration, operation.function)) {
    return { kind: 'manual', reason: `${operation.function}() branches on the database dialect: write DROP INDEX CONCURRENTLY in its PostgreSQL branch by hand` };
  }
  const head = HEAD[kind].exec(content.text);
  if (!head) return manual;
  const at = content.startIndex + head[1]!.length;
  const keyword = head[3] ? [] : [{ start: at, end: at, text: ' CONCURRENTLY' }];
  const sql = kind === 'create-index' ? 'CREATE INDEX CONCURRENTLY' : 'DROP INDEX CONCURRENTLY';
  if (operation.inAutocommit) return { kind: 'edits', description: sql, edits: keyword };
  const wrapped = wrapInAutocommit(source, statement, keyword);
  if (typeof wrapped === 'string') return { kind: 'manual', reason: wrapped };
  return { kind: 'edits', description: `${sql} in an autocommit block`, edits: mergeEdits(wrapped) };
}
