/** enum-add-value-in-transaction: the statement moved into `with op.get_context().autocommit_block():`. */
import { sqlStatementsOf } from '../rules/helpers.js';
import type { FixProposal } from './edits.js';
import { callNodeOf, mergeEdits, statementOf, wrapInAutocommit } from './syntax.js';
import type { Fixer } from './types.js';

export const enumAddValueInTransactionFix: Fixer = ({ operation, migration, source }): FixProposal | undefined => {
  // Other statements of the same call would lose the migration's transaction too: that is the author's decision.
  if (sqlStatementsOf(migration, operation).some((statement) => statement.kind !== 'enum-add-value')) {
    return { kind: 'manual', reason: 'the call runs other SQL besides ADD VALUE: split it and move only ADD VALUE into an autocommit block' };
  }
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  if (!statement) return { kind: 'manual', reason: 'the call is not a statement of its own' };
  const edits = wrapInAutocommit(source, statement);
  if (typeof edits === 'string') return { kind: 'manual', reason: edits };
  return { kind: 'edits', description: 'run ALTER TYPE … ADD VALUE in an autocommit block', edits: mergeEdits(edits) };
};
