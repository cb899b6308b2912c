/**
 * concurrently-outside-autocommit: the concurrent op.create_index / op.drop_index moved into
 * `with op.get_context().autocommit_block():`, where PostgreSQL accepts CONCURRENTLY.
 */
import type { FixProposal } from './edits.js';
import { concurrentEdits } from './create-index-not-concurrently.js';
import type { Fixer } from './types.js';

export const concurrentlyOutsideAutocommitFix: Fixer = ({ operation, source }): FixProposal | undefined => {
  if ((operation.name !== 'create_index' && operation.name !== 'drop_index') || operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'move the statement into `with op.get_context().autocommit_block():` by hand (its own op.execute call)' };
  }
  const edits = concurrentEdits(source, operation);
  if (typeof edits === 'string') return { kind: 'manual', reason: edits };
  return { kind: 'edits', description: `run ${operation.name} inside an autocommit block, where CONCURRENTLY is allowed`, edits };
};
