/**
 * drop-index-not-concurrently: `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():`,
 * for the op.drop_index call and, for a drop in upgrade, the downgrade's op.create_index that builds the index again.
 */
import type { FixProposal } from './edits.js';
import { concurrentEdits, indexName, inverseInDowngrade, sqlIndexFix } from './create-index-not-concurrently.js';
import type { Fixer } from './types.js';

export const dropIndexNotConcurrentlyFix: Fixer = ({ operation, migration, source }): FixProposal | undefined => {
  if (operation.name !== 'drop_index') return sqlIndexFix(source, operation, migration, 'drop-index');
  if (operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'the index is dropped inside batch_alter_table: move it out as op.drop_index(…) by hand' };
  }
  const drop = concurrentEdits(source, operation);
  if (typeof drop === 'string') return { kind: 'manual', reason: drop };
  const name = indexName(operation);
  // A drop in downgrade undoes the upgrade's create_index, whose own fix (create-index-not-concurrently) covers it.
  const create = operation.function === 'upgrade' ? inverseInDowngrade(source, migration, 'create_index', name) : undefined;
  const rebuild = create?.edits ?? [];
  return {
    kind: 'edits',
    description:
      `drop ${name ?? 'the index'} with postgresql_concurrently=True in an autocommit block` +
      (typeof rebuild !== 'string' && rebuild.length > 0 ? ', and create it the same way in downgrade' : '') +
      (typeof rebuild === 'string' ? ` (downgrade's create_index left as it is: ${rebuild})` : ''),
    edits: [...drop, ...(typeof rebuild === 'string' ? [] : rebuild)],
  };
};
