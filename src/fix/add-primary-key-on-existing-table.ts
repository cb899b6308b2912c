/**
 * add-primary-key-on-existing-table: the unique index built CONCURRENTLY in an autocommit block, then made the primary
 * key with ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX (see add-unique-constraint).
 */
import type { FixProposal } from './edits.js';
import { usingIndexFix } from './add-unique-constraint.js';
import type { Fixer } from './types.js';

export const addPrimaryKeyOnExistingTableFix: Fixer = (context): FixProposal => {
  const proposal = usingIndexFix(context, 'PRIMARY KEY', 'create_primary_key');
  // PostgreSQL sets NOT NULL on nullable key columns itself when it attaches the index, scanning the table under the lock.
  return proposal.kind === 'edits'
    ? { ...proposal, description: `${proposal.description} (its columns must be NOT NULL already, or that step scans the table to set it)` }
    : proposal;
};
