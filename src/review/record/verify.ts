/**
 * Release-time verification of one migration's review record, as a pure
 * function of what io read: the migration, the record text, the signature
 * check result and the current checklist. One status per migration.
 */
import type { Checklist } from '../checklist/schema.js';
import type { MigrationFacts } from '../../model/facts.js';
import { parseRecord, type ReviewRecord } from './schema.js';

/** `unknown`: a version file whose revision cannot be read; Alembic will still run it, so it is never skipped. */
export type VerifyStatus = 'ok' | 'missing' | 'unsigned' | 'stale' | 'invalid' | 'untrusted' | 'incomplete' | 'unknown';

export interface RevisionProblem {
  line: number;
  message: string;
}

/**
 * Why the revision of a version file cannot be determined, or undefined when it can. The extractor
 * records an assignment it cannot read (`revisionProblem`); `readSource` (the file's text, read only
 * when needed) tells an empty file from one that assigns no revision at all.
 */
export function unknownRevision(facts: MigrationFacts, readSource?: () => string): RevisionProblem | undefined {
  if (facts.revisionProblem) return { line: facts.revisionProblem.line, message: `revision cannot be read: ${facts.revisionProblem.message}` };
  if (facts.revision && facts.revision.value.trim() === '') return { line: facts.revision.line, message: 'revision cannot be read: it is an empty string' };
  if (facts.revision) return undefined;
  if (facts.parseError) return { line: facts.parseError.line, message: `revision cannot be read: ${facts.parseError.message}` };
  const empty = readSource !== undefined && readSource().trim() === '';
  return { line: 1, message: empty ? 'revision cannot be read: the file is empty' : 'revision cannot be read: the file assigns no `revision`' };
}

export type SignatureResult =
  | { kind: 'none' }
  | { kind: 'valid'; signer: string }
  | { kind: 'untrusted'; signer: string; detail: string }
  | { kind: 'invalid'; detail: string };

export interface VerifyInput {
  revision: string;
  migrationSha256: string;
  recordText: string | undefined;
  signature: SignatureResult;
  checklist: Checklist;
}

export interface VerifyResult {
  status: VerifyStatus;
  detail: string;
  record?: ReviewRecord;
  signedBy?: string;
}

/** Precedence: a forged or broken record says more than a stale one; a stale one more than a missing signature. */
export function verifyRecord(input: VerifyInput): VerifyResult {
  if (input.recordText === undefined) return { status: 'missing', detail: 'no review record' };
  const parsed = parseRecord(input.recordText);
  if (!parsed.ok) return { status: 'invalid', detail: `record does not match the schema: ${parsed.error}` };
  const record = parsed.record;
  if (record.migration.revision !== input.revision) {
    return { status: 'invalid', detail: `record is for revision ${record.migration.revision}, not ${input.revision}`, record };
  }
  if (input.signature.kind === 'invalid') return { status: 'invalid', detail: `signature does not match the record: ${input.signature.detail}`, record };
  const signedBy = input.signature.kind === 'valid' || input.signature.kind === 'untrusted' ? input.signature.signer : undefined;
  const withSigner = signedBy ? { signedBy } : {};
  if (record.migration.sha256 !== input.migrationSha256) {
    return { status: 'stale', detail: 'the migration changed after the review (sha256 differs)', record, ...withSigner };
  }
  if (input.signature.kind === 'none') return { status: 'unsigned', detail: 'no signature (.sig or .asc) next to the record', record };
  if (input.signature.kind === 'untrusted') return { status: 'untrusted', detail: input.signature.detail, record, ...withSigner };
  const answered = new Map(record.items.map((item) => [item.id, item]));
  const unanswered = input.checklist.items.filter((item) => !answered.has(item.id)).map((item) => item.id);
  if (unanswered.length > 0) return { status: 'incomplete', detail: `unanswered: ${unanswered.join(', ')}`, record, ...withSigner };
  const noWithoutNote = record.items.filter((item) => item.answer === 'no' && !item.note?.trim()).map((item) => item.id);
  if (noWithoutNote.length > 0) return { status: 'incomplete', detail: `"no" without a note: ${noWithoutNote.join(', ')}`, record, ...withSigner };
  const no = record.items.filter((item) => item.answer === 'no').map((item) => item.id);
  return { status: 'ok', detail: no.length > 0 ? `reviewed with "no" on ${no.join(', ')}` : 'reviewed', record, ...withSigner };
}
