import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentSubject, reviewedItems, type WizardState } from '../../../src/review/checklist/reducer.js';
import { buildRecord, type RecordContext } from '../../../src/review/record/build.js';
import { assertSafeRevisionId, parseRecord, recordSchema, RevisionIdError, serializeRecord, type ReviewRecord } from '../../../src/review/record/schema.js';
import { badSubject, CHECKLIST, finishedClean, REPO, run, stateFor } from '../../support/review-fixtures.js';

const CONTEXT: RecordContext = {
  checklist: CHECKLIST,
  checklistSha256: 'c'.repeat(64),
  reviewer: { name: 'Ada Reviewer', email: 'ada@example.com' },
  git: { commit: 'd'.repeat(40), branch: 'feature/phone' },
  createdAt: '2024-07-01T09:30:00.000Z',
  tool: { name: 'alembic-preflight', version: '0.1.0' },
  relativePath: (path) => relative(REPO, path).split('\\').join('/'),
};

function recordOf(state: WizardState): ReviewRecord {
  return buildRecord(currentSubject(state)!, reviewedItems(state), CONTEXT);
}

/** The bad example head, with its data migration strategy answered, every auto "no" explained and one override. */
function finishedBad(): WizardState {
  return run(stateFor(badSubject()), {
    type: 'apply-answers',
    answers: {
      'data-migration-strategy': { answer: 'no', note: 'emails are lower-cased in place' },
      reversible: { answer: 'no', note: 'lower-casing cannot be undone' },
      'production-safeguards': { answer: 'yes', note: 'deploys run it in the maintenance window' },
      'tested-on-production-copy': { answer: 'yes', note: 'staging snapshot' },
      'rollback-plan': { answer: 'yes', note: 'restore the nightly backup' },
    },
  });
}

describe('buildRecord', () => {
  it('keeps the strongest lock per existing table, with rewrites and scans, so verify can show it', () => {
    const row = (line: number, table: string, lock: 'SHARE' | 'ACCESS EXCLUSIVE' | 'ROW EXCLUSIVE', extra: { rewrite?: boolean; scan?: boolean; onNewTable?: boolean } = {}) => ({
      function: 'upgrade' as const, line, statement: '…', table, lock, blocks: '', rewrite: extra.rewrite ?? false, scan: extra.scan ?? false,
      heldUntil: 'upgrade' as const, otherTables: [], onNewTable: extra.onNewTable ?? false,
    });
    const state = finishedClean();
    const subject = {
      ...currentSubject(state)!,
      locks: { pgVersion: 15, rows: [row(10, 'users', 'SHARE', { scan: true }), row(11, 'users', 'ACCESS EXCLUSIVE'), row(12, 'orders', 'ROW EXCLUSIVE'), row(13, 'audit', 'SHARE', { onNewTable: true })] },
    };
    const record = buildRecord(subject, reviewedItems(state), CONTEXT);
    expect(record.locks).toEqual({
      pgVersion: 15,
      tables: [
        { table: 'users', lock: 'ACCESS EXCLUSIVE', rewrite: false, scan: true },
        { table: 'orders', lock: 'ROW EXCLUSIVE', rewrite: false, scan: false },
      ],
    });
    expect(recordSchema.safeParse(record).success).toBe(true);
  });

  it('builds a valid record from a finished review, with repository-relative paths', () => {
    const record = recordOf(finishedClean());
    expect(recordSchema.safeParse(record).success).toBe(true);
    expect(record.schemaVersion).toBe(1);
    expect(record.migration).toEqual({
      path: 'migrations/versions/2fee88dab64c_add_phone_to_users.py',
      revision: '2fee88dab64c',
      downRevision: '2f904228e8b1',
      message: 'add phone to users',
      sha256: 'a'.repeat(64),
    });
    expect(record.checklist).toEqual({ id: 'migration', version: 1, sha256: 'c'.repeat(64) });
    expect(record.items.map((item) => item.id)).toEqual(CHECKLIST.items.map((item) => item.id));
    expect(record.items[0]!.evidence).toEqual([
      { file: 'migrations/versions/2fee88dab64c_add_phone_to_users.py', line: 22, message: 'no table is dropped; the upgrade alters in place (1 ALTER-style operation)' },
    ]);
    expect(record.reviewer).toEqual(CONTEXT.reviewer);
    expect(record.git).toEqual(CONTEXT.git);
    expect(record.createdAt).toBe(CONTEXT.createdAt);
    expect(record.findings).toEqual([]);
  });

  it('keeps the automatic answer next to an override, and the notes of automatic "no" answers', () => {
    const record = recordOf(finishedBad());
    const item = (id: string) => record.items.find((candidate) => candidate.id === id)!;
    expect(item('production-safeguards')).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'deploys run it in the maintenance window' });
    expect(item('production-safeguards').evidence.map((evidence) => evidence.line)).toEqual([26, 28]);
    expect(item('production-safeguards').evidence[1]).toMatchObject({ rule: 'destructive-without-safeguard', file: 'migrations/versions/f5f4ae3110f6_normalize_user_emails.py', line: 28 });
    expect(item('reversible')).toMatchObject({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'lower-casing cannot be undone' });
    // The reviewer's answer keeps the evidence the checks showed: the raw-SQL findings on the UPDATE and the DELETE.
    expect(item('data-migration-strategy')).toMatchObject({ answer: 'no', decidedBy: 'reviewer', autoAnswer: null, note: 'emails are lower-cased in place' });
    expect(item('data-migration-strategy').evidence.map((evidence) => [evidence.rule, evidence.line])).toEqual([
      ['destructive-raw-sql', 26],
      ['destructive-raw-sql', 28],
    ]);
    expect(item('alter-not-drop')).toMatchObject({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes', note: null });
    expect(item('tested-on-production-copy')).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: null, evidence: [] });
    expect(record.findings).toHaveLength(6);
    expect(record.findings[0]).toEqual({
      rule: 'destructive-raw-sql',
      severity: 'error',
      file: 'migrations/versions/f5f4ae3110f6_normalize_user_emails.py',
      line: 26,
      column: 5,
      message: 'raw SQL updates every row of users (no WHERE): UPDATE users SET email = lower(trim(email))',
      suppressed: false,
      suppressReason: null,
    });
  });

  it('a base migration has downRevision null; a merge keeps both parents', () => {
    const base = run(stateFor(badSubject({ downRevision: null, message: undefined })), { type: 'apply-answers', answers: {} });
    expect(buildRecord(currentSubject(base)!, [], CONTEXT).migration).toMatchObject({ downRevision: null, message: null });
    const merge = stateFor(badSubject({ downRevision: ['aaa', 'bbb'] }));
    expect(buildRecord(currentSubject(merge)!, [], CONTEXT).migration.downRevision).toEqual(['aaa', 'bbb']);
  });
});

describe('serializeRecord / parseRecord', () => {
  it('round-trips equal, byte for byte', () => {
    for (const state of [finishedClean(), finishedBad()]) {
      const record = recordOf(state);
      const text = serializeRecord(record);
      const parsed = parseRecord(text);
      expect(parsed).toEqual({ ok: true, record });
      if (parsed.ok) expect(serializeRecord(parsed.record)).toBe(text);
    }
  });

  it('is canonical: schema key order, two-space indent, final newline', () => {
    const record = recordOf(finishedClean());
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as ReviewRecord;
    const text = serializeRecord(shuffled);
    expect(text).toBe(serializeRecord(record));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'migration', 'checklist', 'items', 'findings', 'reviewer', 'git', 'createdAt', 'tool']);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  it('refuses to serialize an invalid record', () => {
    const record = recordOf(finishedClean());
    expect(() => serializeRecord({ ...record, createdAt: 'yesterday' })).toThrow();
  });
});

describe('the schema rejects edited records', () => {
  const text = () => serializeRecord(recordOf(finishedBad()));
  const edit = (change: (json: Record<string, any>) => void): ReturnType<typeof parseRecord> => {
    const json = JSON.parse(text());
    change(json);
    return parseRecord(JSON.stringify(json));
  };

  it('a bad migration sha256', () => {
    expect(edit((json) => (json.migration.sha256 = 'abc'))).toEqual({ ok: false, error: 'migration.sha256: must be a sha256 hex digest' });
    expect(edit((json) => (json.migration.sha256 = 'A'.repeat(64)))).toMatchObject({ ok: false, error: expect.stringMatching(/^migration\.sha256: /) });
  });

  it('a bad checklist sha256', () => {
    expect(edit((json) => (json.checklist.sha256 = 'z'.repeat(64)))).toEqual({ ok: false, error: 'checklist.sha256: must be a sha256 hex digest' });
  });

  it('an unknown key, at the top or inside an item or evidence', () => {
    expect(edit((json) => (json.approved = true))).toMatchObject({ ok: false, error: expect.stringMatching(/^\(root\): .*approved/) });
    expect(edit((json) => (json.items[0].signedOff = true))).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.0: .*signedOff/) });
    expect(edit((json) => (json.items[0].evidence[0].severity = 'low'))).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.0\.evidence\.0: /) });
  });

  it('an answer outside yes / no / n/a, an unknown decider, a wrong schema version', () => {
    expect(edit((json) => (json.items[1].answer = 'maybe'))).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.1\.answer: /) });
    expect(edit((json) => (json.items[1].decidedBy = 'ci'))).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.1\.decidedBy: /) });
    expect(edit((json) => (json.schemaVersion = 2))).toMatchObject({ ok: false, error: expect.stringMatching(/^schemaVersion: /) });
  });

  it('missing fields, empty items, a bad date, and text that is not JSON', () => {
    expect(edit((json) => delete json.reviewer)).toMatchObject({ ok: false, error: expect.stringMatching(/^reviewer: /) });
    expect(edit((json) => (json.items = []))).toMatchObject({ ok: false, error: expect.stringMatching(/^items: /) });
    expect(edit((json) => (json.createdAt = '2024-07-01'))).toMatchObject({ ok: false, error: expect.stringMatching(/^createdAt: /) });
    expect(parseRecord('{"schemaVersion": 1,')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON: /) });
  });
});

describe('assertSafeRevisionId', () => {
  it('accepts revision ids that are safe file names', () => {
    for (const id of ['f5f4ae3110f6', '001_initial', 'rev-2.1', '_x', 'A'.repeat(128)]) expect(() => assertSafeRevisionId(id)).not.toThrow();
  });

  it.each([['../../x'], ['a/b'], ['a\\b'], ['a\nb'], ['..'], [''], ['.hidden'], ['a..b'], ['a b'], ['A'.repeat(129)], ['x\u0000']])('rejects %j', (id) => {
    expect(() => assertSafeRevisionId(id)).toThrow(RevisionIdError);
    try {
      assertSafeRevisionId(id);
    } catch (error) {
      expect((error as RevisionIdError).revision).toBe(id);
      expect((error as Error).message).toContain(JSON.stringify(id));
    }
  });
});
