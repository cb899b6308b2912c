/**
 * create-index-not-concurrently: `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():`,
 * for the op.create_index call and the downgrade's op.drop_index of the same index.
 */
import type { Node } from 'web-tree-sitter';
import type { AnalyzedMigration, Operation } from '../model/facts.js';
import { literalName } from '../analysis/operations/op-arguments.js';
import { sqlStatementsOf } from '../rules/helpers.js';
import type { Edit, FixProposal } from './edits.js';
import { callNodeOf, mergeEdits, setKeyword, statementOf, wrapIndent, wrapInAutocommit, type FixSource } from './syntax.js';
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

export const createIndexNotConcurrentlyFix: Fixer = ({ operation, migration, source }): FixProposal | undefined => {
  if (operation.name !== 'create_index') return sqlIndexFix(source, operation, migration);
  if (operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'the index is created inside batch_alter_table: move it out as op.create_index(…) by hand' };
  }
  const upgrade = concurrentEdits(source, operation);
  if (typeof upgrade === 'string') return { kind: 'manual', reason: upgrade };
  const name = literalName(operation.args[0] ?? operation.kwargs['index_name']);
  const drop =
    name === undefined
      ? undefined
      : migration.facts.operations.find(
          (other) => other.function === 'downgrade' && other.receiver === 'op' && other.name === 'drop_index' && literalName(other.args[0] ?? other.kwargs['index_name']) === name,
        );
  const dropConcurrent = drop?.kwargs['postgresql_concurrently'];
  const downgrade = drop && !(dropConcurrent?.kind === 'bool' && dropConcurrent.value && drop.inAutocommit) ? concurrentEdits(source, drop) : [];
  return {
    kind: 'edits',
    description:
      `create ${name ?? 'the index'} with postgresql_concurrently=True in an autocommit block` +
      (drop && typeof downgrade !== 'string' && downgrade.length > 0 ? ', and drop it the same way in downgrade' : '') +
      (typeof downgrade === 'string' ? ` (downgrade's drop_index left as it is: ${downgrade})` : ''),
    edits: [...upgrade, ...(typeof downgrade === 'string' ? [] : downgrade)],
  };
};

const BY_HAND = 'the index is created in SQL Preflight does not rewrite: add CONCURRENTLY to the statement and run it in an autocommit block by hand';

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

/** `op.execute("CREATE INDEX …")`: CONCURRENTLY written into the SQL (the string's text, not Python), the statement in an autocommit block. */
function sqlIndexFix(source: FixSource, operation: Operation, migration: AnalyzedMigration): FixProposal {
  const statements = sqlStatementsOf(migration, operation);
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  const content = call && sqlLiteral(call);
  if (statements.length !== 1 || statements[0]!.kind !== 'create-index' || !statement || !content) return { kind: 'manual', reason: BY_HAND };
  const head = /^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)(\s+)(CONCURRENTLY\b)?/i.exec(content.text);
  if (!head) return { kind: 'manual', reason: BY_HAND };
  const at = content.startIndex + head[1]!.length;
  const keyword = head[3] ? [] : [{ start: at, end: at, text: ' CONCURRENTLY' }];
  if (operation.inAutocommit) return { kind: 'edits', description: 'CREATE INDEX CONCURRENTLY', edits: keyword };
  const wrapped = wrapInAutocommit(source, statement, keyword);
  if (typeof wrapped === 'string') return { kind: 'manual', reason: wrapped };
  return { kind: 'edits', description: 'CREATE INDEX CONCURRENTLY in an autocommit block', edits: mergeEdits(wrapped) };
}
