import { describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../../src/review/checklist/schema.js';
import { serializeRecord, type ReviewRecord } from '../../../src/review/record/schema.js';
import { unknownRevision, verifyRecord, type SignatureResult, type VerifyInput } from '../../../src/review/record/verify.js';
import { dedent, parseSource } from '../../support/parser.js';

const REVISION = '2fee88dab64c';
const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

const CHECKLIST: Checklist = checklistSchema.parse({
  id: 'migration',
  version: 1,
  title: 'Migration checklist',
  items: [
    { id: 'reversible', question: 'Is the migration reversible?', why: 'rollback', fix: 'write downgrade()' },
    { id: 'rollback-plan', question: 'Is there a rollback plan?', why: 'on-call', fix: 'write it down', note: 'required' },
  ],
});

type Item = ReviewRecord['items'][number];

function item(id: string, overrides: Partial<Item> = {}): Item {
  return { id, question: `${id}?`, answer: 'yes', decidedBy: 'reviewer', autoAnswer: null, evidence: [], note: 'checked', ...overrides };
}

function record(overrides: { revision?: string; sha256?: string; items?: Item[] } = {}): ReviewRecord {
  return {
    schemaVersion: 1,
    migration: {
      path: 'migrations/versions/2fee88dab64c_add_phone_to_users.py',
      revision: overrides.revision ?? REVISION,
      downRevision: 'a252a53d8a84',
      message: 'add phone to users',
      sha256: overrides.sha256 ?? SHA,
    },
    checklist: { id: 'migration', version: 1, sha256: 'c'.repeat(64) },
    items: overrides.items ?? [item('reversible'), item('rollback-plan', { note: 'alembic downgrade -1' })],
    findings: [],
    reviewer: { name: 'Alice Reviewer', email: 'alice@example.com' },
    git: { commit: null, branch: 'main' },
    createdAt: '2026-11-20T10:00:00.000Z',
    tool: { name: 'alembic-preflight', version: '0.1.0' },
  };
}

const VALID: SignatureResult = { kind: 'valid', signer: 'alice@example.com' };
const UNTRUSTED: SignatureResult = { kind: 'untrusted', signer: 'SHA256:mallory', detail: 'no principal matches the signing key' };
const BAD_SIGNATURE: SignatureResult = { kind: 'invalid', detail: 'Signature verification failed' };
const NONE: SignatureResult = { kind: 'none' };

function input(overrides: Partial<VerifyInput> & { text?: string | undefined } = {}): VerifyInput {
  const { text, ...rest } = overrides;
  return {
    revision: REVISION,
    migrationSha256: SHA,
    recordText: 'text' in overrides ? text : serializeRecord(record()),
    signature: VALID,
    checklist: CHECKLIST,
    ...rest,
  };
}

describe('verifyRecord: single statuses', () => {
  it('ok: current record, trusted signature, every item answered', () => {
    const result = verifyRecord(input());
    expect(result).toMatchObject({ status: 'ok', detail: 'reviewed', signedBy: 'alice@example.com' });
    expect(result.record?.migration.revision).toBe(REVISION);
  });

  it('ok with a "no" that has a note, and the detail names the item', () => {
    const text = serializeRecord(record({ items: [item('reversible', { answer: 'no', note: 'data is dropped; restore from backup' }), item('rollback-plan')] }));
    expect(verifyRecord(input({ text }))).toMatchObject({ status: 'ok', detail: 'reviewed with "no" on reversible' });
  });

  it('missing: no record text, whatever the signature says', () => {
    expect(verifyRecord(input({ text: undefined, signature: NONE }))).toEqual({ status: 'missing', detail: 'no review record' });
    expect(verifyRecord(input({ text: undefined, signature: BAD_SIGNATURE })).status).toBe('missing');
  });

  it('invalid: not JSON', () => {
    const result = verifyRecord(input({ text: '{"schemaVersion": 1,' }));
    expect(result.status).toBe('invalid');
    expect(result.detail).toMatch(/^record does not match the schema: not JSON/);
    expect(result.record).toBeUndefined();
  });

  it('invalid: JSON that breaks the schema names the field', () => {
    const broken = JSON.parse(serializeRecord(record())) as Record<string, unknown>;
    delete broken['reviewer'];
    const result = verifyRecord(input({ text: JSON.stringify(broken) }));
    expect(result.status).toBe('invalid');
    expect(result.detail).toMatch(/reviewer/);
  });

  it('invalid: an unknown field is not tolerated (records are strict)', () => {
    const extra = { ...JSON.parse(serializeRecord(record())), approvedBy: 'mallory' };
    expect(verifyRecord(input({ text: JSON.stringify(extra) })).status).toBe('invalid');
  });

  it('invalid: a record for another revision (a copied record)', () => {
    const result = verifyRecord(input({ text: serializeRecord(record({ revision: 'f5f4ae3110f6' })) }));
    expect(result.status).toBe('invalid');
    expect(result.detail).toBe(`record is for revision f5f4ae3110f6, not ${REVISION}`);
  });

  it('invalid: the signature does not match the record', () => {
    const result = verifyRecord(input({ signature: BAD_SIGNATURE }));
    expect(result.status).toBe('invalid');
    expect(result.detail).toBe('signature does not match the record: Signature verification failed');
    expect(result.signedBy).toBeUndefined();
  });

  it('stale: the migration changed after the review; the signer is still reported', () => {
    const result = verifyRecord(input({ migrationSha256: OTHER_SHA }));
    expect(result).toMatchObject({ status: 'stale', signedBy: 'alice@example.com' });
    expect(result.detail).toMatch(/changed after the review/);
  });

  it('unsigned: no signature next to the record, and no signer', () => {
    const result = verifyRecord(input({ signature: NONE }));
    expect(result.status).toBe('unsigned');
    expect(result.signedBy).toBeUndefined();
  });

  it('untrusted: a genuine signature by a key nobody vouches for', () => {
    expect(verifyRecord(input({ signature: UNTRUSTED }))).toMatchObject({
      status: 'untrusted',
      signedBy: 'SHA256:mallory',
      detail: 'no principal matches the signing key',
    });
  });
});

describe('verifyRecord: incomplete', () => {
  it('an item of the current checklist has no answer in the record (checklist grew after the review)', () => {
    const text = serializeRecord(record({ items: [item('reversible')] }));
    expect(verifyRecord(input({ text }))).toMatchObject({ status: 'incomplete', detail: 'unanswered: rollback-plan', signedBy: 'alice@example.com' });
  });

  it('lists every unanswered item', () => {
    const text = serializeRecord(record({ items: [item('some-old-item')] }));
    expect(verifyRecord(input({ text })).detail).toBe('unanswered: reversible, rollback-plan');
  });

  it('a "no" without a note', () => {
    const text = serializeRecord(record({ items: [item('reversible', { answer: 'no', note: null }), item('rollback-plan')] }));
    expect(verifyRecord(input({ text }))).toMatchObject({ status: 'incomplete', detail: '"no" without a note: reversible' });
  });

  it('a "no" whose note is only whitespace counts as without a note', () => {
    const text = serializeRecord(record({ items: [item('reversible', { answer: 'no', note: '  \n ' }), item('rollback-plan')] }));
    expect(verifyRecord(input({ text })).status).toBe('incomplete');
  });

  it('an automatic "no" (decidedBy auto) needs a note too', () => {
    const text = serializeRecord(record({ items: [item('reversible', { answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: null }), item('rollback-plan')] }));
    expect(verifyRecord(input({ text })).status).toBe('incomplete');
  });

  it('unanswered items are reported before notes', () => {
    const text = serializeRecord(record({ items: [item('reversible', { answer: 'no', note: null })] }));
    expect(verifyRecord(input({ text })).detail).toBe('unanswered: rollback-plan');
  });
});

describe('verifyRecord: precedence (a forged record says more than a stale one, a stale one more than a missing signature)', () => {
  const incompleteText = serializeRecord(record({ items: [item('reversible')] }));

  it('schema errors come before a bad signature', () => {
    expect(verifyRecord(input({ text: '[]', signature: BAD_SIGNATURE })).detail).toMatch(/^record does not match the schema/);
  });

  it('a revision mismatch comes before a bad signature and a stale migration', () => {
    const text = serializeRecord(record({ revision: 'f5f4ae3110f6' }));
    const result = verifyRecord(input({ text, signature: BAD_SIGNATURE, migrationSha256: OTHER_SHA }));
    expect(result).toMatchObject({ status: 'invalid', detail: `record is for revision f5f4ae3110f6, not ${REVISION}` });
  });

  it('invalid (bad signature) beats stale', () => {
    expect(verifyRecord(input({ signature: BAD_SIGNATURE, migrationSha256: OTHER_SHA })).status).toBe('invalid');
  });

  it('stale beats unsigned, untrusted and incomplete', () => {
    expect(verifyRecord(input({ signature: NONE, migrationSha256: OTHER_SHA })).status).toBe('stale');
    expect(verifyRecord(input({ signature: UNTRUSTED, migrationSha256: OTHER_SHA }))).toMatchObject({ status: 'stale', signedBy: 'SHA256:mallory' });
    expect(verifyRecord(input({ text: incompleteText, migrationSha256: OTHER_SHA })).status).toBe('stale');
  });

  it('unsigned beats incomplete', () => {
    expect(verifyRecord(input({ text: incompleteText, signature: NONE })).status).toBe('unsigned');
  });

  it('untrusted beats incomplete', () => {
    expect(verifyRecord(input({ text: incompleteText, signature: UNTRUSTED })).status).toBe('untrusted');
  });

  it('missing beats everything (no record at all)', () => {
    expect(verifyRecord(input({ text: undefined, signature: UNTRUSTED, migrationSha256: OTHER_SHA })).status).toBe('missing');
  });
});

describe('unknownRevision: a version file whose revision cannot be read', () => {
  const withSource = (source: string) => ({ facts: parseSource(source), read: () => dedent(source) });

  it('is undefined for a plain revision string', async () => {
    const { facts, read } = withSource(`
      revision = "2fee88dab64c"
      down_revision = None
    `);
    expect(unknownRevision(await facts, read)).toBeUndefined();
  });

  it('is undefined for a tuple assignment, which the extractor reads as Alembic does', async () => {
    const { facts, read } = withSource(`
      revision, down_revision = "fz1", "abc"
    `);
    expect(unknownRevision(await facts, read)).toBeUndefined();
  });

  it.each([
    ['a call', 'revision: str = make_id()', 2, /make_id\(\)/],
    ['an empty string', 'revision = ""', 2, /empty|refuses/],
  ])('%s: names the line and says why', async (_what, line, expectedLine, message) => {
    const { facts, read } = withSource(`
      from alembic import op
      ${line}
    `);
    const problem = unknownRevision(await facts, read);
    expect(problem).toMatchObject({ line: expectedLine });
    expect(problem!.message).toMatch(message);
  });

  it('an empty file, and one without any revision', async () => {
    expect(unknownRevision(await parseSource(''), () => '')).toEqual({ line: 1, message: 'revision cannot be read: the file is empty' });
    expect(unknownRevision(await parseSource('import os\n'), () => 'import os\n')!.message).toMatch(/assigns no `revision`/);
  });

  it("takes the extractor's revisionProblem first, even when a value was read", async () => {
    const facts = { ...(await parseSource('revision = "abc"\n')), revisionProblem: { line: 3, message: 'assigned twice with different values' } };
    expect(unknownRevision(facts)).toEqual({ line: 3, message: 'revision cannot be read: assigned twice with different values' });
  });
});
