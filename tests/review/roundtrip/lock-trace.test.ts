import { describe, expect, it } from 'vitest';
import { analyzeSql } from '../../../src/analysis/sql/analyze.js';
import { compareLockTrace, type TracedStatement } from '../../../src/review/roundtrip/lock-trace.js';

async function statements(sql: string) {
  const analysis = await analyzeSql(sql);
  if (!analysis.ok) throw new Error(analysis.error);
  return analysis.statements;
}

const entry = (sql: string, taken: Record<string, string[]>, held: Record<string, string[]> = taken, rewritten: string[] = []): TracedStatement => ({ sql, error: null, taken, held, rewritten });

describe('compareLockTrace', () => {
  it('agrees when the statement took the mode the lock table gives, and names a disagreement', async () => {
    const sql = 'ALTER TABLE users ADD COLUMN phone text; CREATE INDEX ix_users_phone ON users (phone);';
    const parsed = await statements(sql);
    const agreeing = compareLockTrace([entry(parsed[0]!.text, { users: ['AccessExclusiveLock'] }), entry(parsed[1]!.text, { users: ['ShareLock'] }, { users: ['AccessExclusiveLock', 'ShareLock'] })], parsed, 15);
    expect(agreeing.agree).toBe(true);
    expect(agreeing.statements.map((row) => row.kind)).toEqual(['add-column', 'create-index']);

    const wrong = compareLockTrace([entry(parsed[0]!.text, { users: ['RowExclusiveLock'] }), entry(parsed[1]!.text, {}, { users: ['RowExclusiveLock'] }, ['users'])], parsed, 15);
    expect(wrong.agree).toBe(false);
    expect(wrong.statements.map((row) => row.disagreements)).toEqual([
      ['lock on users: the lock table says ACCESS EXCLUSIVE, the trace took ROW EXCLUSIVE'],
      ['lock on users: the lock table says SHARE, the trace took no new lock', 'rewrite of users: the lock table says not rewritten, the relfilenode changed'],
    ]);
  });

  it("a lock held since an earlier statement is no disagreement; Alembic's version row is left out", async () => {
    const parsed = await statements("ALTER TABLE users ADD COLUMN a text; ALTER TABLE users ADD COLUMN b text; UPDATE alembic_version SET version_num='b1';");
    const held = { users: ['AccessExclusiveLock'] };
    const trace = compareLockTrace([entry(parsed[0]!.text, held), entry(parsed[1]!.text, {}, held), entry(parsed[2]!.text, {}, held)], parsed, 15);
    expect(trace.agree).toBe(true);
    expect(trace.statements[2]).toMatchObject({ table: 'alembic_version', expected: null });
  });

  it("takes the migration's model where it knows more than the SQL: a widened varchar is no rewrite", async () => {
    const parsed = await statements('ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(100);');
    const traced = [entry(parsed[0]!.text, { users: ['AccessExclusiveLock'] })];
    // From the SQL alone the old type is unknown: the lock table assumes a rewrite, the trace shows none.
    expect(compareLockTrace(traced, parsed, 15).statements[0]).toMatchObject({
      kind: 'alter-column-type',
      disagreements: ['rewrite of users: the lock table says rewritten, the relfilenode stayed'],
    });
    const withModel = compareLockTrace(traced, parsed, 15, [{ kind: 'alter-column-type-binary-coercible', table: 'users' }]);
    expect(withModel.statements[0]).toMatchObject({ kind: 'alter-column-type-binary-coercible', expected: { rewrite: false }, disagreements: [] });
  });

  it('stops at a failed statement: incomplete, not a disagreement', async () => {
    const parsed = await statements('ALTER TABLE users ADD COLUMN a text NOT NULL; SELECT 1;');
    const trace = compareLockTrace([{ sql: parsed[0]!.text, error: 'column "a" of relation "users" contains null values', taken: {}, held: {}, rewritten: [] }], parsed, 15);
    expect(trace).toMatchObject({ agree: true, complete: false });
  });
});
