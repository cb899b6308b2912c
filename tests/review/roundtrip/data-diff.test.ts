import { describe, expect, it } from 'vitest';
import { compareSeededData, describeDataComparison, type DataSnapshot } from '../../../src/review/roundtrip/data-diff.js';
import { roundTripVerdicts, type RoundTripResult } from '../../../src/review/roundtrip/report.js';

const users = (rows: unknown[][], columns = ['id', 'email']) => ({ columns, primaryKey: ['id'], rows, truncated: false });
const seeded: DataSnapshot = {
  users: users([
    [1, 'User1.Elm@Example.com'],
    [2, 'User2.Fir@Example.com'],
  ]),
  sessions: { columns: ['id', 'token'], primaryKey: ['id'], rows: [[1, 'a'], [2, 'b'], [3, 'c']], truncated: false },
};

describe('compareSeededData', () => {
  it('counts lost rows and changed values per table (the example head: lower(trim(email)), DELETE FROM sessions)', () => {
    const after: DataSnapshot = {
      users: users([
        [1, 'user1.elm@example.com'],
        [2, 'user2.fir@example.com'],
      ]),
      sessions: { ...seeded['sessions']!, rows: [] },
    };
    const comparison = compareSeededData(seeded, after, after);
    expect(comparison.restored).toBe(false);
    expect(describeDataComparison(comparison)).toEqual({
      problems: ['sessions: 3 rows lost', 'users.email: values changed in 2 rows'],
      expected: [],
    });
    expect(comparison.tables.find((table) => table.table === 'sessions')).toMatchObject({ before: 3, after: 0, lost: 3 });
  });

  it('says a column the upgrade added and the downgrade dropped is expected, and passes', () => {
    const upgraded = { ...seeded, users: users([[1, 'User1.Elm@Example.com', null], [2, 'User2.Fir@Example.com', null]], ['id', 'email', 'phone']) };
    const comparison = compareSeededData(seeded, upgraded, seeded);
    expect(comparison.restored).toBe(true);
    expect(describeDataComparison(comparison)).toEqual({ problems: [], expected: ['users.phone: column dropped, expected (the upgrade added it)'] });
  });

  it('a table the upgrade created and the downgrade dropped is expected; a seeded table that is gone loses its rows', () => {
    const upgraded = { ...seeded, audit: { columns: ['id'], primaryKey: ['id'], rows: [], truncated: false } };
    const { sessions: _gone, ...withoutSessions } = seeded;
    const comparison = compareSeededData(seeded, upgraded, withoutSessions);
    expect(describeDataComparison(comparison)).toEqual({
      problems: ['sessions: table missing after the downgrade, 3 rows lost'],
      expected: ['audit: table dropped, expected (the upgrade created it)'],
    });
  });

  it('matches rows of a table without a primary key by their values, duplicates counted', () => {
    const log = { columns: ['message'], primaryKey: [], rows: [['a'], ['a'], ['b']], truncated: false };
    const comparison = compareSeededData({ log }, { log }, { log: { ...log, rows: [['a'], ['b'], ['c']] } });
    expect(comparison.tables[0]).toMatchObject({ lost: 1, added: 1 });
    expect(describeDataComparison(comparison).problems).toEqual(['log: 1 row lost', 'log: 1 row the upgrade added still there after the downgrade']);
  });

  it('a seeded column missing after the downgrade is lost data', () => {
    const comparison = compareSeededData(seeded, seeded, { ...seeded, users: users([[1], [2]], ['id']) });
    expect(describeDataComparison(comparison).problems).toEqual(['users.email: column missing after the downgrade, its values are lost']);
  });
});

describe('roundTripVerdicts', () => {
  const base: RoundTripResult = {
    ok: true,
    revision: 'b1',
    database: 'sqlite',
    steps: ['upgrade a1', 'seed 20 rows per table', 'upgrade b1', 'downgrade a1', 'upgrade b1 again'].map((name) => ({ name, ok: true, ms: 10 })),
    schemaDiff: [],
    seed: { rows: 20, seed: 1, tables: { users: { rows: 20, skipped: null } } },
    data: { tables: [], restored: true },
    upgradeFailure: null,
  };

  it('a pass on seeded rows answers reversible "yes" and tells the other items the upgrade ran on rows', () => {
    const verdicts = roundTripVerdicts(base, 'x.py');
    expect(verdicts).toMatchObject({ ok: true, dataChecked: true });
    expect(verdicts.items['reversible']!.answer).toBe('yes');
    expect(verdicts.items['defaults-for-new-columns']).toEqual({ evidence: [{ file: 'x.py', line: 0, message: 'round trip: the upgrade ran on 20 rows per table (1 table seeded)' }] });
    expect(verdicts.items['data-migration-strategy']!.answer).toBeUndefined();
  });

  it('a skipped table or --rows 0 makes it a schema-only result', () => {
    expect(roundTripVerdicts({ ...base, seed: { ...base.seed!, tables: { ...base.seed!.tables, blobs: { rows: 0, skipped: 'no column Preflight can fill (payload TSVECTOR)' } } } }, 'x.py').dataChecked).toBe(false);
    expect(roundTripVerdicts({ ...base, seed: { rows: 0, seed: 1, tables: { users: { rows: 0, skipped: null } } }, data: null }, 'x.py').dataChecked).toBe(false);
  });

  it('an upgrade that fails on NOT NULL answers data-migration-strategy and defaults-for-new-columns "no", reversible nothing', () => {
    const message = 'psycopg2.errors.NotNullViolation: column "country" of relation "users" contains null values';
    const failed: RoundTripResult = {
      ...base,
      ok: false,
      steps: [...base.steps.slice(0, 2), { name: 'upgrade b1', ok: false, ms: 10, error: message }],
      data: null,
      upgradeFailure: message,
    };
    const verdicts = roundTripVerdicts(failed, 'x.py');
    expect(verdicts.items['reversible']!.answer).toBeUndefined();
    expect(verdicts.items['data-migration-strategy']).toMatchObject({ answer: 'no', evidence: [{ message: `round trip: the upgrade failed on 20 rows per table (1 table seeded): ${message}` }] });
    expect(verdicts.items['defaults-for-new-columns']!.answer).toBe('no');
  });
});
