/**
 * create-index-not-concurrently: `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():`,
 * for the op.create_index call and the downgrade's op.drop_index of the same index.
 */
import { stringValue, type Operation, type PyValue } from '../model/facts.js';
import type { Edit, FixProposal } from './edits.js';
import { callNodeOf, mergeEdits, setKeyword, statementOf, wrapIndent, wrapInAutocommit, type FixSource } from './syntax.js';
import type { Fixer } from './types.js';

/** A literal index name, also through `op.f("ix_…")`. */
function indexName(value: PyValue | undefined): string | undefined {
  if (value?.kind === 'call' && /(^|\.)f$/.test(value.callee)) return stringValue(value.args[0]);
  return stringValue(value);
}

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
  if (operation.name !== 'create_index') {
    return { kind: 'manual', reason: 'the index is created in SQL: add CONCURRENTLY to the statement and run it in an autocommit block by hand' };
  }
  if (operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'the index is created inside batch_alter_table: move it out as op.create_index(…) by hand' };
  }
  const upgrade = concurrentEdits(source, operation);
  if (typeof upgrade === 'string') return { kind: 'manual', reason: upgrade };
  const name = indexName(operation.args[0] ?? operation.kwargs['index_name']);
  const drop =
    name === undefined
      ? undefined
      : migration.facts.operations.find(
          (other) => other.function === 'downgrade' && other.receiver === 'op' && other.name === 'drop_index' && indexName(other.args[0] ?? other.kwargs['index_name']) === name,
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
