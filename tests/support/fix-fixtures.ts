/**
 * The example head under a team checklist that also demands SQLAlchemy 2.x-ready SQL (an item decided by
 * raw-sql-string-execute, which has a fix), before and after the fix the wizard applies.
 */
import type { Evidence } from '../../src/review/checklist/decide.js';
import { initialWizardState, type ReviewSubject, type WizardState } from '../../src/review/checklist/reducer.js';
import type { Checklist } from '../../src/review/checklist/schema.js';
import type { Finding } from '../../src/model/findings.js';
import { badSubject, CHECKLIST, decision } from './review-fixtures.js';

export const SA2_ITEM = 'sqlalchemy-2-ready';

export const TEAM_CHECKLIST: Checklist = {
  ...CHECKLIST,
  items: [
    ...CHECKLIST.items,
    {
      id: SA2_ITEM,
      question: 'Does the raw SQL run on SQLAlchemy 2.x?',
      why: 'SQLAlchemy 2.x refuses plain SQL strings.',
      fix: 'Wrap the SQL in sa.text().',
      decide: { rules: ['raw-sql-string-execute'] },
      note: 'on-no',
    },
  ],
};

export const FIX_RULES = ['raw-sql-string-execute', 'create-index-not-concurrently', 'concurrently-outside-autocommit', 'enum-add-value-in-transaction'];

const evidenceOf = (f: Finding): Evidence => ({ rule: f.rule, file: f.file, line: f.line, message: f.message });

/** The head before the fix: the team item is answered "no" by the plain-string finding at line 26. */
export function unfixedHead(): ReviewSubject {
  const base = badSubject();
  const plain = base.findings.find((f) => f.rule === 'raw-sql-string-execute')!;
  return {
    ...base,
    decisions: [...base.decisions, decision(SA2_ITEM, 'no', [evidenceOf(plain)])],
    otherFindings: base.otherFindings.filter((f) => f !== plain),
  };
}

/** The head after the fix, analysed again: no plain-string finding, so the team item is the reviewer's; new bytes. */
export function fixedHead(): ReviewSubject {
  const before = unfixedHead();
  const plain = before.findings.find((f) => f.rule === 'raw-sql-string-execute')!;
  return {
    ...before,
    sha256: 'c'.repeat(64),
    sourceLines: before.sourceLines.map((line, index) => (index === 25 ? '    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))' : line)),
    findings: before.findings.filter((f) => f !== plain),
    decisions: before.decisions.map((d) => (d.id === SA2_ITEM ? decision(SA2_ITEM, undefined) : d)),
  };
}

export const DIFF = [
  '--- a/migrations/versions/f5f4ae3110f6_normalize_user_emails.py',
  '+++ b/migrations/versions/f5f4ae3110f6_normalize_user_emails.py',
  '@@ -23,7 +23,7 @@',
  ' ',
  ' def upgrade() -> None:',
  '     connection = op.get_bind()',
  '-    connection.execute("UPDATE users SET email = lower(trim(email))")',
  '+    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))',
  ' ',
  '     op.execute("DELETE FROM sessions")',
  ' ',
  '',
].join('\n');

export function teamState(subject: ReviewSubject = unfixedHead()): WizardState {
  return initialWizardState(TEAM_CHECKLIST, [subject]);
}
