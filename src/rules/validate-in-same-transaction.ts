import { describeHeldUntil, findingLock, migrationLocks, type ChangeLock } from '../analysis/locks/migration-locks.js';
import { describeLock } from '../analysis/locks/pg-locks.js';
import { tableKey } from '../analysis/operations/op-arguments.js';
import type { MigrationRule } from './types.js';
import { upgradeOperations } from './helpers.js';
import { changeTable, constraintNames } from './shared/lock-targets.js';

const AUTOCOMMIT = 'with op.get_context().autocommit_block():';

function constraintKey(name: string): string {
  return name.replace(/^"|"$/g, '').toLowerCase();
}

export const validateInSameTransaction: MigrationRule = {
  id: 'validate-in-same-transaction',
  order: 658,
  scope: 'migration',
  severity: 'warning',
  summary: 'A constraint added NOT VALID is validated in the same transaction that added it (PostgreSQL).',
  why:
    'NOT VALID makes ADD CONSTRAINT brief because the existing rows are not checked, and VALIDATE CONSTRAINT checks them ' +
    'later under a lock that lets reads and writes go on. But the ADD\'s own lock (ACCESS EXCLUSIVE for a CHECK, SHARE ' +
    'ROW EXCLUSIVE on both tables for a foreign key) is held until its transaction commits: a VALIDATE in the same ' +
    'transaction scans every row while that lock is still held, so NOT VALID bought nothing. Commit in between: run the ' +
    'VALIDATE inside `op.get_context().autocommit_block()` (Alembic commits what ran before the block), or in a later ' +
    'migration deployed on its own. Only one migration is checked: with Alembic\'s default (no ' +
    '`transaction_per_migration=True`), a VALIDATE in the next migration of the same `alembic upgrade` run is in the same ' +
    'transaction too, which this rule does not see. Constraints on a table created in the same migration are not flagged.',
  bad: `def upgrade():
    op.create_check_constraint(
        "ck_orders_total_positive", "orders", "total >= 0", postgresql_not_valid=True
    )
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive")
`,
  good: `def upgrade():
    op.create_check_constraint(
        "ck_orders_total_positive", "orders", "total >= 0", postgresql_not_valid=True
    )
    # The autocommit block commits the ADD first: its lock is released before the scan.
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive")
`,
  guideSection: { lesson: 'locks', place: 8 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    // Positions of the operations inside autocommit blocks: entering one commits the transaction before it.
    const commits = upgradeOperations(migration)
      .filter((operation) => operation.inAutocommit)
      .map((operation) => operation.index);
    const committedBetween = (from: number, to: number) => commits.some((index) => index > from && index <= to);
    // Each ADD ... NOT VALID still in the open transaction, by every name it may have in the database.
    const added = new Map<string, ChangeLock>();
    for (const lock of migrationLocks(migration, 'upgrade', settings)) {
      const { change } = lock;
      if (change.kind === 'add-check-constraint-not-valid' || change.kind === 'add-foreign-key-not-valid') {
        // Inside an autocommit block the ADD commits at once; on a new table nobody waits for its lock.
        if (change.operation.inAutocommit || change.onNewTable) continue;
        for (const name of constraintNames(change, settings.namingConvention)) added.set(constraintKey(name), lock);
        continue;
      }
      if ((change.kind !== 'validate-check-constraint' && change.kind !== 'validate-foreign-key') || !change.name) continue;
      const addLock = added.get(constraintKey(change.name));
      if (!addLock) continue;
      const add = addLock.change;
      if (add.table !== undefined && change.table !== undefined && tableKey(add.table) !== tableKey(change.table)) continue;
      if (committedBetween(add.operation.index, change.operation.index)) continue;
      const table = add.table !== undefined ? changeTable(add) : (change.table ?? 'the table');
      const foreignKey = add.kind === 'add-foreign-key-not-valid';
      const what = foreignKey ? `foreign key ${change.name}` : `CHECK constraint ${change.name}`;
      const mode = addLock.effect.lock;
      const where = foreignKey && add.otherTable ? `${table} and ${add.otherTable}` : table;
      const addedAt = add.operation === change.operation ? 'in the same execute call' : `on line ${add.operation.line}`;
      report({
        line: change.operation.line,
        column: change.operation.column,
        message:
          `upgrade validates ${what} on ${table} in the transaction that added it NOT VALID (${addedAt}): the ADD's ` +
          `${mode} lock on ${where} (${describeLock(mode)}) is held ${describeHeldUntil(addLock.heldUntil)}, so the ` +
          'validation scans every row under it and NOT VALID bought nothing',
        help:
          `Commit the ADD CONSTRAINT before validating; an autocommit block does that (VALIDATE then takes only SHARE ` +
          `UPDATE EXCLUSIVE, reads and writes go on):\n` +
          `    ${AUTOCOMMIT}\n` +
          `        op.execute(${JSON.stringify(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${change.name}`)})\n` +
          (add.operation === change.operation ? '(take the VALIDATE out of the execute call that adds the constraint) ' : '') +
          (settings.transactionPerMigration
            ? 'or move the VALIDATE to a later migration (env.py sets transaction_per_migration=True: each migration commits on its own).'
            : 'or move the VALIDATE to a later migration deployed on its own (one `alembic upgrade` run is one transaction ' +
              'unless env.py sets transaction_per_migration=True).'),
        lock: { ...findingLock(addLock), scan: true },
      });
    }
  },
};
