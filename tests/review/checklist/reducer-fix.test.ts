import { describe, expect, it } from 'vitest';
import { currentAnswers, currentSubject, itemStatus, panelFindings, reviewedItems, type WizardState } from '../../../src/review/checklist/reducer.js';
import { answerWithNote, badSubject, cleanSubject, index, run, stateFor } from '../../support/review-fixtures.js';
import { DIFF, FIX_RULES, fixedHead, SA2_ITEM, teamState, TEAM_CHECKLIST, unfixedHead } from '../../support/fix-fixtures.js';

const teamIndex = TEAM_CHECKLIST.items.findIndex((item) => item.id === SA2_ITEM);
const open = { type: 'fix-open', fixable: FIX_RULES } as const;
const proposed = { kind: 'proposed', description: 'wrap the SQL in sa.text()', diff: DIFF } as const;

/** The team item focused, its evidence open, f pressed. */
function fixOpen(state: WizardState = teamState()): WizardState {
  return run(state, { type: 'focus', index: teamIndex }, { type: 'toggle-panel', panel: 'evidence' }, open);
}
const plainFinding = (state: WizardState) => currentSubject(state)!.findings.find((f) => f.rule === 'raw-sql-string-execute')!;

describe('opening the fix view (f)', () => {
  it('needs a panel with findings, and says which one to open', () => {
    const hinted = run(teamState(), open);
    expect(hinted).toMatchObject({ fix: null, status: 'f fixes a finding: open the evidence (Enter) or the other findings (o) first' });
    expect(run(hinted, { type: 'toggle-panel', panel: 'other' }).status).toBeUndefined();
    // alter-not-drop is answered by facts, not findings.
    const facts = run(teamState(), { type: 'focus', index: index('alter-not-drop') }, { type: 'toggle-panel', panel: 'evidence' }, open);
    expect(facts).toMatchObject({ fix: null, status: 'no finding decides alter-not-drop: nothing to fix here' });
    const noOthers = run(stateFor(cleanSubject()), { type: 'toggle-panel', panel: 'other' }, open);
    expect(noOthers).toMatchObject({ fix: null, status: 'no other findings to fix' });
    expect(run(teamState(), { type: 'toggle-panel', panel: 'sql' }, open).fix).toBeNull();
  });

  it('in the evidence panel: the findings that decided the focused item, planning the first', () => {
    const state = fixOpen();
    expect(state.fix).toEqual({ targets: [plainFinding(state)], at: 0, stage: { kind: 'planning' } });
    // production-safeguards: its two destructive-without-safeguard findings, in the panel's order.
    const safeguards = run(teamState(), { type: 'focus', index: index('production-safeguards') }, { type: 'toggle-panel', panel: 'evidence' });
    expect(panelFindings(safeguards).map((f) => `${f.rule}:${f.line}`)).toEqual(['destructive-without-safeguard:26', 'destructive-without-safeguard:28']);
  });

  it('in the other findings: starts at the first finding whose rule has a fix, and f cycles through all', () => {
    const state = run(stateFor(badSubject()), { type: 'toggle-panel', panel: 'other' }, open);
    expect(state.fix!.targets.map((f) => f.rule)).toEqual(['destructive-raw-sql', 'raw-sql-string-execute', 'destructive-raw-sql']);
    expect(state.fix!.at).toBe(1);
    const next = run(state, { type: 'fix-planned', finding: state.fix!.targets[1]!, result: proposed }, { type: 'fix-next' });
    expect(next.fix).toMatchObject({ at: 2, stage: { kind: 'planning' } });
    expect(run(next, { type: 'fix-next' }).fix!.at).toBe(0);
  });

  it('not while a round trip runs (its answer would be of the old file)', () => {
    const state = run(teamState(), { type: 'roundtrip-started', step: 'upgrade' }, { type: 'toggle-panel', panel: 'other' }, open);
    expect(state).toMatchObject({ fix: null, status: 'wait for the round trip to finish, then press f' });
  });
});

describe('a fix that needs a value (the backfill of a new NOT NULL column)', () => {
  const request = { key: 'users.country', prompt: 'Value for country in the existing rows of users', type: 'sa.String(length=2)' };
  const asked = (state: WizardState) => run(state, { type: 'fix-planned', finding: plainFinding(state), result: { kind: 'needs-value', value: request } });

  it('asks for it, takes typed text, and plans the fix again with it', () => {
    const state = asked(fixOpen());
    expect(state.fix!.stage).toEqual({ kind: 'awaiting-value', value: request, text: '' });
    const typed = run(state, { type: 'fix-value-input', text: 'UK' }, { type: 'fix-value-backspace' }, { type: 'fix-value-input', text: "S'" }, { type: 'fix-value-backspace' });
    expect(typed.fix!.stage).toMatchObject({ kind: 'awaiting-value', text: 'US' });
    // y is text here, not "apply": nothing is applied without a diff.
    expect(run(typed, { type: 'fix-apply' })).toBe(typed);
    const planning = run(typed, { type: 'fix-value-submit' });
    expect(planning.fix!.stage).toEqual({ kind: 'planning', value: { key: 'users.country', text: 'US' } });
    expect(run(planning, { type: 'fix-planned', finding: plainFinding(planning), result: proposed }).fix!.stage).toEqual(proposed);
  });

  it('an empty value is not sent; a value the planner cannot use is asked for again, with the text kept', () => {
    const state = asked(fixOpen());
    expect(run(state, { type: 'fix-value-input', text: '   ' }, { type: 'fix-value-submit' }).fix!.stage).toMatchObject({ kind: 'awaiting-value', problem: 'type the value the existing rows get' });
    const again = asked(run(state, { type: 'fix-value-input', text: 'x' }, { type: 'fix-value-submit' }));
    expect(again.fix!.stage).toEqual({ kind: 'awaiting-value', value: request, text: 'x', problem: 'that value cannot be used: type another' });
    expect(run(again, { type: 'fix-close' }).fix).toBeNull();
  });
});

describe('the planner’s answer', () => {
  it('shows the diff of the finding shown, and drops a late answer for another one', () => {
    const state = fixOpen();
    const shown = run(state, { type: 'fix-planned', finding: plainFinding(state), result: proposed });
    expect(shown.fix!.stage).toEqual(proposed);
    const other = currentSubject(state)!.findings.find((f) => f.rule === 'missing-downgrade')!;
    expect(run(state, { type: 'fix-planned', finding: other, result: proposed }).fix!.stage).toEqual({ kind: 'planning' });
  });

  it('says why there is no fix; y does nothing then, n/Esc (fix-close) leaves', () => {
    const state = fixOpen();
    const none = run(state, { type: 'fix-planned', finding: plainFinding(state), result: { kind: 'unavailable', reason: 'no automatic fix: parameters passed as keywords' } });
    expect(none.fix!.stage).toEqual({ kind: 'unavailable', reason: 'no automatic fix: parameters passed as keywords' });
    expect(run(none, { type: 'fix-apply' })).toBe(none);
    const closed = run(none, { type: 'fix-close' });
    expect(closed.fix).toBeNull();
    expect(closed.panel).toBe('evidence');
    expect(currentSubject(closed)).toBe(currentSubject(state));
  });

  it('while the fix view is open, list keys do nothing (y applies, it does not answer)', () => {
    const state = run(fixOpen(), { type: 'focus-next' }, { type: 'answer', answer: 'yes' }, { type: 'open-summary' });
    expect(state.focus).toBe(teamIndex);
    expect(currentAnswers(state)[SA2_ITEM]).toMatchObject({ answer: 'no', decidedBy: 'auto' });
    expect(state.phase).toBe('items');
  });
});

describe('applying (y)', () => {
  const applying = (): WizardState => {
    const state = fixOpen();
    return run(state, { type: 'fix-planned', finding: plainFinding(state), result: proposed }, { type: 'fix-apply' });
  };

  it('only a proposed fix; nothing leaves while the file is written', () => {
    const state = applying();
    expect(state.fix!.stage).toEqual({ ...proposed, kind: 'applying' });
    expect(run(state, { type: 'fix-close' })).toBe(state);
    expect(run(state, { type: 'fix-next' })).toBe(state);
    expect(run(state, { type: 'fix-apply' })).toBe(state);
  });

  it('a refusal (Alembic cannot load the file) is shown in the view; the migration stays as it was', () => {
    const state = applying();
    const failed = run(state, { type: 'fix-failed', finding: plainFinding(state), reason: 'not applied: Alembic cannot load the fixed file: SyntaxError' });
    expect(failed.fix!.stage).toEqual({ kind: 'unavailable', reason: 'not applied: Alembic cannot load the fixed file: SyntaxError' });
    expect(failed.fixed).toEqual([]);
    expect(currentSubject(failed)!.sha256).toBe('b'.repeat(64));
  });

  it('the fixed migration replaces the old one; the checklist is decided again; the record covers the new bytes', () => {
    const state = applying();
    const done = run(state, { type: 'fix-applied', finding: plainFinding(state), subject: fixedHead(), description: 'wrap the SQL in sa.text()' });
    expect(done.fix).toBeNull();
    expect(done.panel).toBe('evidence');
    expect(currentSubject(done)!.sha256).toBe('c'.repeat(64));
    // The finding is gone, so the team item is no longer answered "no" by the checks: the reviewer answers it.
    expect(itemStatus(done, SA2_ITEM)).toBe('needs-you');
    expect(panelFindings(done)).toEqual([]);
    expect(done.fixed).toEqual([{ displayPath: 'migrations/versions/f5f4ae3110f6_normalize_user_emails.py', rule: 'raw-sql-string-execute', line: 26, description: 'wrap the SQL in sa.text()' }]);
    expect(done.fixNotice).toBe(
      `Fixed migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 raw-sql-string-execute (wrap the SQL in sa.text()). Checklist decided again: ${SA2_ITEM} auto no → needs you.`,
    );
    const answered = run(
      done,
      { type: 'focus', index: teamIndex },
      { type: 'answer', answer: 'yes' },
    );
    // No automatic answer to override any more: a "yes" needs no note.
    expect(currentAnswers(answered)[SA2_ITEM]).toEqual({ answer: 'yes', decidedBy: 'reviewer' });
    expect(reviewedItems({ ...answered, checklist: { ...TEAM_CHECKLIST, items: TEAM_CHECKLIST.items.filter((item) => item.id === SA2_ITEM) } })).toEqual([
      { id: SA2_ITEM, question: 'Does the raw SQL run on SQLAlchemy 2.x?', answer: 'yes', decidedBy: 'reviewer', autoAnswer: null, evidence: [], note: null },
    ]);
  });

  it('keeps the reviewer’s answers; a round trip answer becomes the static one (it ran on the old file), its note kept', () => {
    let state = teamState();
    state = run(state, {
      type: 'roundtrip-finished',
      verdicts: { ok: false, dataChecked: true, items: { reversible: { answer: 'no', evidence: [{ file: 'x', line: 0, message: 'round trip: ✘ downgrade' }] } } },
    });
    state = run(state, { type: 'focus', index: index('reversible') }, ...answerWithNote('no', 'lower-casing cannot be undone'));
    expect(currentAnswers(state)['reversible']).toMatchObject({ decidedBy: 'roundtrip', note: 'lower-casing cannot be undone' });
    state = run(state, { type: 'focus', index: index('tested-on-production-copy') }, ...answerWithNote('yes', 'staging 2024-07-01'));
    state = run(state, { type: 'close-summary' }, { type: 'focus', index: teamIndex }, { type: 'toggle-panel', panel: 'evidence' }, open);
    state = run(state, { type: 'fix-planned', finding: plainFinding(state), result: proposed }, { type: 'fix-apply' });
    const done = run(state, { type: 'fix-applied', finding: plainFinding(state), subject: fixedHead(), description: 'wrap the SQL in sa.text()' });
    const after = currentAnswers(done);
    expect(after['tested-on-production-copy']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'staging 2024-07-01' });
    expect(after['reversible']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'lower-casing cannot be undone' });
    expect(after['alter-not-drop']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
    expect(done.fixNotice).toMatch(new RegExp(`Checklist decided again: reversible round trip no → auto no, ${SA2_ITEM} auto no → needs you\\.$`));
  });

  it('a reviewer’s override keeps its answer and note, with the new automatic answer beside it', () => {
    let state = run(teamState(), { type: 'focus', index: teamIndex }, ...answerWithNote('yes', 'we run SQLAlchemy 1.4'));
    expect(currentAnswers(state)[SA2_ITEM]).toEqual({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'we run SQLAlchemy 1.4' });
    state = run(state, { type: 'close-summary' }, { type: 'focus', index: teamIndex }, { type: 'toggle-panel', panel: 'evidence' }, open);
    state = run(state, { type: 'fix-planned', finding: plainFinding(state), result: proposed }, { type: 'fix-apply' });
    const done = run(state, { type: 'fix-applied', finding: plainFinding(state), subject: fixedHead(), description: 'wrap the SQL in sa.text()' });
    expect(currentAnswers(done)[SA2_ITEM]).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'we run SQLAlchemy 1.4' });
    expect(done.fixNotice).toMatch(/Checklist decided again: no answer changed\.$/);
  });

  it('an automatic "no" confirmed with a note keeps the note when the fix leaves the answer as it was', () => {
    let state = run(teamState(), { type: 'focus', index: index('production-safeguards') }, ...answerWithNote('no', 'maintenance window'));
    expect(currentAnswers(state)['production-safeguards']).toMatchObject({ decidedBy: 'auto', note: 'maintenance window' });
    state = run(state, { type: 'close-summary' }, { type: 'focus', index: teamIndex }, { type: 'toggle-panel', panel: 'evidence' }, open);
    state = run(state, { type: 'fix-planned', finding: plainFinding(state), result: proposed }, { type: 'fix-apply' });
    const done = run(state, { type: 'fix-applied', finding: plainFinding(state), subject: fixedHead(), description: 'wrap the SQL in sa.text()' });
    expect(currentAnswers(done)['production-safeguards']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'maintenance window' });
  });

  it('an abort while the file is written keeps the fix view, so the last frame can say so', () => {
    const aborted = run(applying(), { type: 'abort' });
    expect(aborted.phase).toBe('aborted');
    expect(aborted.fix!.stage.kind).toBe('applying');
  });

  it('offline SQL rendered from the file before the fix is dropped', () => {
    const state = applying();
    const done = run(state, { type: 'fix-applied', finding: plainFinding(state), subject: fixedHead(), description: 'wrap the SQL in sa.text()' });
    expect(currentSubject(run(done, { type: 'sql-rendered', text: 'UPDATE users …', sha256: 'b'.repeat(64) }))!.sql).toBeUndefined();
    expect(currentSubject(run(done, { type: 'sql-rendered', text: 'UPDATE users …', sha256: 'c'.repeat(64) }))!.sql).toEqual({ text: 'UPDATE users …' });
  });
});

it('the fixture mirrors the head: the team item is answered "no" by the finding at line 26', () => {
  const state = teamState(unfixedHead());
  expect(itemStatus(state, SA2_ITEM)).toBe('auto-no');
});
