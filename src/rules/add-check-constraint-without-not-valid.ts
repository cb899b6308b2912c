import type { AnalyzedMigration, Operation } from '../model/facts.js';
import { describeHeldUntil, findingLock, migrationLocks, type ChangeLock } from '../analysis/locks/migration-locks.js';
import { tableKey } from '../analysis/operations/op-arguments.js';
import { describeLock } from '../analysis/locks/pg-locks.js';
import type { MigrationRule } from './types.js';
import { callWithKeyword } from './shared/snippets.js';
import { sqlStatementsOf } from './helpers.js';
import { changeTable, constraintName } from './shared/lock-targets.js';

const AUTOCOMMIT = 'with op.get_context().autocommit_block():';

/** The same create_check_constraint call, with `postgresql_not_valid=True`. */
function notValidCall(operation: Operation): string {
  return callWithKeyword(operation, 'postgresql_not_valid', 'True');
}

export const addCheckConstraintWithoutNotValid: MigrationRule = {
  id: 'add-check-constraint-without-not-valid',
  order: 656,
  scope: 'migration',
  severity: 'warning',
  summary: 'A CHECK constraint is added to an existing table without NOT VALID (PostgreSQL).',
  why:
    'ALTER TABLE ... ADD CONSTRAINT ... CHECK takes an ACCESS EXCLUSIVE lock on the table and keeps it while PostgreSQL ' +
    'checks every existing row: on a large table, every read and write waits for the whole scan, and under Alembic the ' +
    'lock is held until the migration\'s transaction commits. Add the constraint NOT VALID instead ' +
    '(`postgresql_not_valid=True`, or NOT VALID in SQL): new and updated rows are checked at once, the old ones are not ' +
    'scanned, and the lock is brief. Then run VALIDATE CONSTRAINT after a commit -- inside ' +
    '`op.get_context().autocommit_block()` (which commits what ran before it) or in a later migration that is deployed ' +
    'on its own -- where it scans under SHARE UPDATE EXCLUSIVE, so reads and writes go on. Constraints on a table created ' +
    'in the same migration are not flagged (no other session sees it yet); the downgrade is not checked.',
  bad: `def upgrade():
    op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
`,
  good: `def upgrade():
    op.create_check_constraint(
        "ck_orders_total_positive", "orders", "total >= 0", postgresql_not_valid=True
    )
    # VALIDATE after a commit: it scans the rows without blocking reads or writes.
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive")
`,
  guideSection: { lesson: 'locks', place: 7 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    // One finding per call and table: an execute call that re-adds a dozen CHECKs on one table is one place to fix.
    const groups = new Map<string, ChangeLock[]>();
    for (const lock of migrationLocks(migration, 'upgrade', settings)) {
      const { change } = lock;
      if (change.kind !== 'add-check-constraint' || change.onNewTable) continue;
      const key = `${change.operation.index} ${change.table === undefined ? '' : tableKey(change.table)}`;
      const group = groups.get(key) ?? [];
      if (group.length === 0) groups.set(key, group);
      group.push(lock);
    }
    for (const locks of groups.values()) {
      const [lock] = locks as [ChangeLock, ...ChangeLock[]];
      const { change } = lock;
      const operation = change.operation;
      const table = changeTable(change);
      // The names as in the database (naming convention applied): the VALIDATE in the help must use them.
      const names = locks.map((each) => constraintName(each.change, settings.namingConvention) ?? '<constraint name>');
      const constraint =
        locks.length > 1 ? `${locks.length} CHECK constraints (${names.join(', ')})` : names[0] !== '<constraint name>' ? `CHECK constraint ${names[0]}` : 'a CHECK constraint';
      const mode = lock.effect.lock;
      const adds = locks.map((each, index) => notValidStep(migration, each, table, names[index]!));
      const validates = names.map((name) => `        op.execute(${JSON.stringify(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`)})`);
      report({
        line: operation.line,
        column: operation.column,
        message:
          `upgrade adds ${constraint} on ${table} without NOT VALID: PostgreSQL checks every row of ${table} under ` +
          `${mode} on ${table} (${describeLock(mode)}), held ${describeHeldUntil(lock.heldUntil)}`,
        help:
          `Add ${locks.length > 1 ? 'them' : 'it'} without scanning the existing rows (new rows are still checked):\n` +
          adds.map((add) => `    ${add}\n`).join('') +
          `then validate after a commit, which scans without blocking reads or writes (SHARE UPDATE EXCLUSIVE):\n` +
          `    ${AUTOCOMMIT}\n` +
          validates.map((validate) => `${validate}\n`).join('') +
          '(or run the VALIDATE in a later migration deployed on its own).',
        lock: findingLock(lock),
      });
    }
  },
};

/** The ADD with NOT VALID: the op call with postgresql_not_valid=True, or the SQL statement with NOT VALID appended. */
function notValidStep(migration: AnalyzedMigration, lock: ChangeLock, table: string, name: string): string {
  const { change } = lock;
  if (change.origin === 'op') return notValidCall(change.operation);
  const statement = sqlStatementsOf(migration, change.operation)[change.statementIndex ?? 0];
  // One sub-command: NOT VALID goes at the end of the statement as written; otherwise its own statement.
  return statement && statement.alterCommands.length === 1
    ? `op.execute(${JSON.stringify(`${statement.text.replace(/;\s*$/, '')} NOT VALID`)})`
    : `op.execute(${JSON.stringify(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (...) NOT VALID`)})`;
}
