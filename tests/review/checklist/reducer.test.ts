import { describe, expect, it } from 'vitest';
import {
  answerNeedsNote,
  blockingItems,
  currentAnswers,
  initialWizardState,
  itemStatus,
  reviewedItems,
  unansweredItems,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from '../../../src/review/checklist/reducer.js';
import type { RoundTripVerdicts } from '../../../src/review/roundtrip/report.js';
import { answerWithNote, badSubject, CHECKLIST, cleanSubject, finishedClean, index, ITEM_IDS, run, stateFor } from '../../support/review-fixtures.js';

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const answersOf = (state: WizardState) => currentAnswers(state);

describe('initial state', () => {
  it('takes the automatic answers and focuses the first item that needs the reviewer', () => {
    const state = stateFor(cleanSubject());
    expect(state.phase).toBe('items');
    expect(state.focus).toBe(index('tested-on-production-copy'));
    expect(answersOf(state)['alter-not-drop']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
    expect(answersOf(state)['tested-on-production-copy']).toBeUndefined();
    expect(ids(unansweredItems(state))).toEqual(['tested-on-production-copy', 'rollback-plan']);
    expect(ITEM_IDS.map((id) => itemStatus(state, id))).toEqual(['auto-yes', 'auto-n/a', 'auto-yes', 'auto-yes', 'needs-you', 'auto-n/a', 'needs-you']);
    expect(state.note).toBeNull();
    expect(state.panel).toBeNull();
    expect(state.written).toEqual([]);
  });

  it('an automatic "no" still needs the reviewer (its note); focus starts at the first open item', () => {
    const state = stateFor(badSubject());
    // The example head changes data, so its data migration strategy is the reviewer's and comes first.
    expect(state.focus).toBe(index('data-migration-strategy'));
    expect(ids(unansweredItems(state))).toEqual(['data-migration-strategy', 'reversible', 'tested-on-production-copy', 'production-safeguards', 'rollback-plan']);
    expect(ids(blockingItems(state))).toEqual(['reversible', 'production-safeguards']);
    expect(itemStatus(state, 'data-migration-strategy')).toBe('needs-you');
    expect(itemStatus(state, 'reversible')).toBe('auto-no');
    expect(itemStatus(state, 'alter-not-drop')).toBe('auto-yes');
  });

  it('nothing to review is done at once', () => {
    const state = initialWizardState(CHECKLIST, []);
    expect(state.phase).toBe('done');
    expect(wizardReducer(state, { type: 'focus-next' })).toBe(state);
  });
});

describe('focus', () => {
  it('moves with focus-next / focus-previous and stops at both ends', () => {
    let state = run(stateFor(cleanSubject()), { type: 'focus', index: 0 });
    expect(state.focus).toBe(0);
    state = run(state, { type: 'focus-previous' });
    expect(state.focus).toBe(0);
    state = run(state, { type: 'focus-next' }, { type: 'focus-next' });
    expect(state.focus).toBe(2);
    state = run(state, ...Array<WizardAction>(10).fill({ type: 'focus-next' }));
    expect(state.focus).toBe(CHECKLIST.items.length - 1);
    state = run(state, { type: 'focus-previous' });
    expect(state.focus).toBe(CHECKLIST.items.length - 2);
  });

  it('focus by index ignores indexes outside the list', () => {
    const state = run(stateFor(cleanSubject()), { type: 'focus', index: 1 });
    expect(run(state, { type: 'focus', index: -1 }).focus).toBe(1);
    expect(run(state, { type: 'focus', index: 7 }).focus).toBe(1);
    expect(run(state, { type: 'focus', index: 6 }).focus).toBe(6);
  });

  it('the evidence and help panels follow the focus; the other-findings panel closes', () => {
    let state = run(stateFor(badSubject()), { type: 'toggle-panel', panel: 'evidence' });
    expect(state.panel).toBe('evidence');
    state = run(state, { type: 'focus-next' });
    expect(state.panel).toBe('evidence');
    state = run(state, { type: 'toggle-panel', panel: 'help' }, { type: 'focus-previous' });
    expect(state.panel).toBe('help');
    state = run(state, { type: 'toggle-panel', panel: 'other' }, { type: 'focus-next' });
    expect(state.panel).toBeNull();
  });

  it('toggle-panel twice closes it; close-panel closes any', () => {
    const state = stateFor(cleanSubject());
    expect(run(state, { type: 'toggle-panel', panel: 'help' }, { type: 'toggle-panel', panel: 'help' }).panel).toBeNull();
    expect(run(state, { type: 'toggle-panel', panel: 'evidence' }, { type: 'toggle-panel', panel: 'help' }).panel).toBe('help');
    expect(run(state, { type: 'toggle-panel', panel: 'other' }, { type: 'close-panel' }).panel).toBeNull();
  });

  it('does not move in the summary', () => {
    const state = run(stateFor(cleanSubject()), { type: 'open-summary' });
    expect(run(state, { type: 'focus-next' })).toBe(state);
    expect(run(state, { type: 'focus', index: 0 })).toBe(state);
  });
});

describe('answering', () => {
  it('confirming an automatic yes needs no note and moves on', () => {
    const state = run(stateFor(cleanSubject()), { type: 'focus', index: 0 }, { type: 'answer', answer: 'yes' });
    expect(state.note).toBeNull();
    expect(answersOf(state)['alter-not-drop']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
    expect(state.focus).toBe(index('tested-on-production-copy'));
  });

  it('a required-note item opens the note editor even for "yes"', () => {
    const state = run(stateFor(cleanSubject()), { type: 'answer', answer: 'yes' });
    expect(state.note).toEqual({ itemId: 'tested-on-production-copy', answer: 'yes', text: '' });
    expect(answersOf(state)['tested-on-production-copy']).toBeUndefined();
    expect(answerNeedsNote(state, CHECKLIST.items[index('tested-on-production-copy')]!, 'yes')).toBe(true);
  });

  it('rollback-plan opens the note editor pre-filled with the downgrade', () => {
    const state = run(stateFor(cleanSubject()), { type: 'focus', index: index('rollback-plan') }, { type: 'answer', answer: 'yes' });
    expect(state.note).toEqual({ itemId: 'rollback-plan', answer: 'yes', text: 'alembic downgrade -1 (to 2f904228e8b1)' });
    const saved = run(state, { type: 'note-submit' });
    expect(answersOf(saved)['rollback-plan']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'alembic downgrade -1 (to 2f904228e8b1)' });
  });

  it('"no" needs a note', () => {
    const state = run(stateFor(cleanSubject()), { type: 'answer', answer: 'no' });
    expect(state.note).toMatchObject({ itemId: 'tested-on-production-copy', answer: 'no' });
  });

  it('overriding an automatic answer needs a note, and the answer keeps what the checks said', () => {
    let state = run(stateFor(cleanSubject()), { type: 'focus', index: index('defaults-for-new-columns') }, { type: 'answer', answer: 'n/a' });
    expect(state.note).toEqual({ itemId: 'defaults-for-new-columns', answer: 'n/a', text: '' });
    state = run(state, { type: 'note-set', text: 'the column is dropped again in the next release' }, { type: 'note-submit' });
    expect(answersOf(state)['defaults-for-new-columns']).toEqual({
      answer: 'n/a',
      decidedBy: 'reviewer',
      autoAnswer: 'yes',
      note: 'the column is dropped again in the next release',
    });
    expect(itemStatus(state, 'defaults-for-new-columns')).toBe('n/a');
  });

  it('overriding an automatic "yes" with "no" blocks the release', () => {
    const state = run(stateFor(cleanSubject()), { type: 'focus', index: index('reversible') }, ...answerWithNote('no', 'the downgrade loses the phone numbers'));
    expect(answersOf(state)['reversible']).toEqual({ answer: 'no', decidedBy: 'reviewer', autoAnswer: 'yes', note: 'the downgrade loses the phone numbers' });
    expect(ids(blockingItems(state))).toEqual(['reversible']);
  });

  it('answering the automatic answer again undoes an override', () => {
    let state = run(stateFor(cleanSubject()), { type: 'focus', index: 0 }, ...answerWithNote('no', 'why not'));
    expect(answersOf(state)['alter-not-drop']!.decidedBy).toBe('reviewer');
    state = run(state, { type: 'focus', index: 0 }, { type: 'answer', answer: 'yes' });
    expect(answersOf(state)['alter-not-drop']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
  });

  it('re-answering an item opens the editor with the earlier note', () => {
    let state = run(stateFor(cleanSubject()), ...answerWithNote('yes', 'staging, 2024-07-01'));
    state = run(state, { type: 'focus', index: index('tested-on-production-copy') }, { type: 'answer', answer: 'no' });
    expect(state.note).toEqual({ itemId: 'tested-on-production-copy', answer: 'no', text: 'staging, 2024-07-01' });
  });

  it('answers nothing in the summary', () => {
    const state = run(stateFor(cleanSubject()), { type: 'open-summary' });
    expect(run(state, { type: 'answer', answer: 'no' })).toBe(state);
  });
});

describe('automatic "no"', () => {
  it('confirming it opens the note editor; the saved answer stays automatic and carries the note', () => {
    let state = run(stateFor(badSubject()), { type: 'focus', index: index('reversible') }, { type: 'answer', answer: 'no' });
    expect(state.note).toEqual({ itemId: 'reversible', answer: 'no', text: '' });
    state = run(state, { type: 'note-set', text: 'lower-casing cannot be undone; sessions are disposable' }, { type: 'note-submit' });
    expect(answersOf(state)['reversible']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'lower-casing cannot be undone; sessions are disposable' });
    expect(itemStatus(state, 'reversible')).toBe('auto-no');
    expect(ids(unansweredItems(state))).not.toContain('reversible');
    expect(state.focus).toBe(index('tested-on-production-copy'));
  });

  it('overriding it with "yes" needs a note and keeps the automatic answer', () => {
    let state = run(stateFor(badSubject()), { type: 'focus', index: index('production-safeguards') }, { type: 'answer', answer: 'yes' });
    expect(state.note).toMatchObject({ itemId: 'production-safeguards', answer: 'yes' });
    state = run(state, { type: 'note-set', text: 'runs only behind the maintenance flag' }, { type: 'note-submit' });
    expect(answersOf(state)['production-safeguards']).toEqual({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'runs only behind the maintenance flag' });
    expect(ids(blockingItems(state))).not.toContain('production-safeguards');
  });
});

describe('the note editor', () => {
  const editing = () => run(stateFor(cleanSubject()), { type: 'answer', answer: 'no' });

  it('types, deletes and replaces text; line breaks become spaces', () => {
    let state = run(editing(), { type: 'note-input', text: 'ab' }, { type: 'note-input', text: 'c\r\nd' });
    expect(state.note!.text).toBe('abc d');
    state = run(state, { type: 'note-backspace' }, { type: 'note-backspace' });
    expect(state.note!.text).toBe('abc');
    state = run(state, { type: 'note-set', text: 'replaced\nline' });
    expect(state.note!.text).toBe('replaced line');
    expect(run(state, ...Array<WizardAction>(20).fill({ type: 'note-backspace' })).note!.text).toBe('');
  });

  it('backspace removes a whole character, not half a surrogate pair', () => {
    const state = run(editing(), { type: 'note-input', text: 'ok 👍' }, { type: 'note-backspace' });
    expect(state.note!.text).toBe('ok ');
  });

  it('refuses an empty (or blank) note and keeps the editor open', () => {
    const state = run(editing(), { type: 'note-input', text: '   ' }, { type: 'note-submit' });
    expect(state.note).not.toBeNull();
    expect(state.status).toBe('this answer needs a note');
    expect(answersOf(state)['tested-on-production-copy']).toBeUndefined();
    expect(run(state, { type: 'note-input', text: 'x' }).status).toBeUndefined();
  });

  it('saves the trimmed note', () => {
    const state = run(editing(), { type: 'note-input', text: '  not tested yet  ' }, { type: 'note-submit' });
    expect(answersOf(state)['tested-on-production-copy']).toEqual({ answer: 'no', decidedBy: 'reviewer', note: 'not tested yet' });
  });

  it('note-cancel returns to the list and leaves the answer as it was', () => {
    const before = run(stateFor(badSubject()), { type: 'focus', index: index('reversible') });
    const state = run(before, { type: 'answer', answer: 'yes' }, { type: 'note-input', text: 'half a thought' }, { type: 'note-cancel' });
    expect(state.note).toBeNull();
    expect(state.phase).toBe('items');
    expect(state.focus).toBe(index('reversible'));
    expect(answersOf(state)).toEqual(answersOf(before));
  });

  it('ignores list actions while open', () => {
    const state = editing();
    for (const action of [
      { type: 'focus-next' },
      { type: 'answer', answer: 'yes' },
      { type: 'open-summary' },
      { type: 'toggle-panel', panel: 'help' },
      { type: 'confirm-write' },
    ] as WizardAction[]) {
      expect(wizardReducer(state, action)).toBe(state);
    }
  });
});

describe('advancing', () => {
  it('goes to the next open item after the focus, wrapping to the first open one', () => {
    let state = run(stateFor(badSubject()), { type: 'focus', index: index('production-safeguards') }, ...answerWithNote('no', 'maintenance window'));
    expect(state.focus).toBe(index('rollback-plan'));
    state = run(state, ...answerWithNote('yes', 'restore the nightly backup'));
    expect(state.focus).toBe(index('data-migration-strategy'));
    expect(state.phase).toBe('items');
  });

  it('opens the summary by itself when the last open item is answered', () => {
    let state = run(stateFor(cleanSubject()), ...answerWithNote('yes', 'staging snapshot'), { type: 'toggle-panel', panel: 'evidence' });
    expect(state.phase).toBe('items');
    expect(state.focus).toBe(index('rollback-plan'));
    state = run(state, { type: 'answer', answer: 'yes' }, { type: 'note-submit' });
    expect(state.phase).toBe('summary');
    expect(state.panel).toBeNull();
    expect(unansweredItems(state)).toEqual([]);
  });
});

describe('summary and writing', () => {
  it('open-summary and close-summary switch phases; confirm-write is refused while items are open', () => {
    let state = run(stateFor(badSubject()), { type: 'open-summary' });
    expect(state.phase).toBe('summary');
    state = run(state, { type: 'confirm-write' });
    expect(state.phase).toBe('summary');
    expect(state.status).toBe('answer first: data-migration-strategy, reversible, tested-on-production-copy, production-safeguards, rollback-plan');
    state = run(state, { type: 'close-summary' });
    expect(state.phase).toBe('items');
    expect(state.status).toBeUndefined();
  });

  it('confirm-write starts writing when everything is answered; record-written finishes the last subject', () => {
    let state = run(finishedClean(), { type: 'confirm-write' });
    expect(state.phase).toBe('writing');
    expect(run(state, { type: 'confirm-write' })).toBe(state);
    state = run(state, { type: 'record-written', path: 'migrations/reviews/2fee88dab64c.json' });
    expect(state.phase).toBe('done');
    expect(state.written).toEqual(['migrations/reviews/2fee88dab64c.json']);
  });

  it('record-written outside the writing phase is ignored', () => {
    const state = finishedClean();
    expect(run(state, { type: 'record-written', path: 'x' })).toBe(state);
  });

  it('record-written moves to the next subject, at its first open item', () => {
    let state = stateFor(cleanSubject(), badSubject());
    state = run(state, ...answerWithNote('yes', 'staging'), { type: 'answer', answer: 'yes' }, { type: 'note-submit' }, { type: 'confirm-write' });
    expect(state.phase).toBe('writing');
    state = run(state, { type: 'record-written', path: 'migrations/reviews/2fee88dab64c.json' });
    expect(state.phase).toBe('items');
    expect(state.index).toBe(1);
    expect(state.focus).toBe(index('data-migration-strategy'));
    expect(state.written).toEqual(['migrations/reviews/2fee88dab64c.json']);
    expect(itemStatus(state, 'reversible')).toBe('auto-no');
    // The first subject's answers stay as they were written.
    expect(state.answers[0]!['rollback-plan']!.note).toBe('alembic downgrade -1 (to 2f904228e8b1)');
  });

  it('write-failed returns to the summary with the message', () => {
    const state = run(finishedClean(), { type: 'confirm-write' }, { type: 'write-failed', message: 'disk full' });
    expect(state.phase).toBe('summary');
    expect(state.status).toBe('disk full');
    expect(state.written).toEqual([]);
  });
});

describe('abort', () => {
  const phases: [string, () => WizardState][] = [
    ['items', () => stateFor(cleanSubject())],
    ['note editor', () => run(stateFor(cleanSubject()), { type: 'answer', answer: 'no' })],
    ['panel', () => run(stateFor(cleanSubject()), { type: 'toggle-panel', panel: 'evidence' })],
    ['summary', () => finishedClean()],
    ['writing', () => run(finishedClean(), { type: 'confirm-write' })],
  ];
  for (const [name, make] of phases) {
    it(`aborts from the ${name}`, () => {
      const state = run(make(), { type: 'abort' });
      expect(state.phase).toBe('aborted');
      expect(state.note).toBeNull();
      expect(state.panel).toBeNull();
      expect(state.written).toEqual([]);
    });
  }

  it('nothing changes an aborted or finished review', () => {
    const aborted = run(stateFor(cleanSubject()), { type: 'abort' });
    for (const action of [{ type: 'focus-next' }, { type: 'answer', answer: 'yes' }, { type: 'record-written', path: 'x' }, { type: 'abort' }] as WizardAction[]) {
      expect(wizardReducer(aborted, action)).toBe(aborted);
    }
    const done = run(finishedClean(), { type: 'confirm-write' }, { type: 'record-written', path: 'x' });
    expect(run(done, { type: 'abort' })).toBe(done);
  });
});

describe('apply-answers (--answers FILE)', () => {
  it('answers the reviewer items and opens the summary when nothing is left', () => {
    const state = run(stateFor(cleanSubject()), {
      type: 'apply-answers',
      answers: { 'tested-on-production-copy': { answer: 'yes', note: 'staging' }, 'rollback-plan': { answer: 'yes', note: ' downgrade -1 ' } },
    });
    expect(state.phase).toBe('summary');
    expect(answersOf(state)['tested-on-production-copy']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'staging' });
    expect(answersOf(state)['rollback-plan']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'downgrade -1' });
    expect(answersOf(state)['reversible']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
  });

  it('a required note that is missing or blank leaves the item open', () => {
    const state = run(stateFor(cleanSubject()), {
      type: 'apply-answers',
      answers: { 'tested-on-production-copy': { answer: 'yes' }, 'rollback-plan': { answer: 'yes', note: '  ' } },
    });
    expect(state.phase).toBe('items');
    expect(ids(unansweredItems(state))).toEqual(['tested-on-production-copy', 'rollback-plan']);
  });

  it('an automatic "no" confirmed with a note stays automatic; an override keeps the automatic answer', () => {
    const state = run(stateFor(badSubject()), {
      type: 'apply-answers',
      answers: {
        'data-migration-strategy': { answer: 'no', note: 'emails are lower-cased in place' },
        reversible: { answer: 'no', note: 'emails cannot be un-lowercased' },
        'production-safeguards': { answer: 'yes', note: 'behind the maintenance flag' },
        'tested-on-production-copy': { answer: 'yes', note: 'staging' },
        'rollback-plan': { answer: 'yes', note: 'restore backup' },
      },
    });
    expect(state.phase).toBe('summary');
    expect(answersOf(state)['reversible']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'emails cannot be un-lowercased' });
    expect(answersOf(state)['production-safeguards']).toEqual({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'behind the maintenance flag' });
    expect(answersOf(state)['alter-not-drop']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
    expect(answersOf(state)['data-migration-strategy']).toEqual({ answer: 'no', decidedBy: 'reviewer', note: 'emails are lower-cased in place' });
    expect(ids(blockingItems(state))).toEqual(['data-migration-strategy', 'reversible']);
  });

  it('an automatic "no" without a note, or an override without one, stays open', () => {
    const state = run(stateFor(badSubject()), {
      type: 'apply-answers',
      answers: {
        'data-migration-strategy': { answer: 'no' },
        reversible: { answer: 'no' },
        'production-safeguards': { answer: 'yes' },
        'tested-on-production-copy': { answer: 'yes', note: 'staging' },
        'rollback-plan': { answer: 'yes', note: 'restore backup' },
      },
    });
    expect(state.phase).toBe('items');
    expect(ids(unansweredItems(state))).toEqual(['data-migration-strategy', 'reversible', 'production-safeguards']);
  });
});

describe('round trip', () => {
  const evidence = [{ file: '/repo/migrations/versions/x.py', line: 0, message: 'round trip: ✔ upgrade x again (300 ms)' }];
  const lost = [{ file: '/repo/migrations/versions/x.py', line: 0, message: 'data not restored: sessions: 20 rows lost' }];
  /** What roundTripVerdicts gives for a passing or failing run; dataChecked: seeded rows in every table were compared. */
  const verdicts = (ok: boolean, dataChecked: boolean, items: RoundTripVerdicts['items'] = { reversible: { answer: ok ? 'yes' : 'no', evidence: ok ? evidence : lost } }): RoundTripVerdicts => ({ ok, dataChecked, items });
  const finished = (v: RoundTripVerdicts) => ({ type: 'roundtrip-finished' as const, verdicts: v });

  it('roundtrip-started shows the step; a run that compared seeded data replaces an automatic answer', () => {
    let state = run(stateFor(cleanSubject()), { type: 'roundtrip-started', step: 'downgrade -1' });
    expect(state.running).toBe('downgrade -1');
    state = run(state, finished(verdicts(true, true)));
    expect(state.running).toBeUndefined();
    expect(state.status).toBe('round trip passed');
    expect(answersOf(state)['reversible']).toEqual({ answer: 'yes', decidedBy: 'roundtrip', autoAnswer: 'yes', evidence });
    expect(itemStatus(state, 'reversible')).toBe('auto-yes');
    expect(reviewedItems(run(state, { type: 'apply-answers', answers: everything() })).find((item) => item.id === 'reversible')).toMatchObject({
      decidedBy: 'roundtrip',
      evidence,
    });
  });

  it('a schema-only pass never overrules the static "no" of a data-destroying migration', () => {
    // badSubject is the example head: DELETE FROM sessions with downgrade(): pass; the checks say "no".
    const state = run(stateFor(badSubject()), finished(verdicts(true, false)));
    expect(state.status).toBe('round trip passed on the schema only: the static "no" stands');
    expect(answersOf(state)['reversible']).toMatchObject({ answer: 'no', decidedBy: 'auto' });
    const item = reviewedItems(run(state, { type: 'apply-answers', answers: everything() })).find((each) => each.id === 'reversible')!;
    expect(item.answer).toBe('no');
    expect(item.evidence.map((each) => each.message)).toContain(evidence[0]!.message);
  });

  it('a seeded run that lost rows answers "no" with the lost rows as evidence', () => {
    const state = run(stateFor(badSubject()), finished(verdicts(false, true)));
    expect(state.status).toBe('round trip failed');
    expect(answersOf(state)['reversible']).toEqual({ answer: 'no', decidedBy: 'roundtrip', autoAnswer: 'no', evidence: lost });
  });

  it('a failed round trip answers an undecided item "no" (which then needs a note)', () => {
    const undecided = cleanSubject({ decisions: cleanSubject().decisions.map((d) => (d.id === 'reversible' ? { id: 'reversible', evidence: [] } : d)) });
    const state = run(stateFor(undecided), finished(verdicts(false, true)));
    expect(state.status).toBe('round trip failed');
    expect(answersOf(state)['reversible']).toEqual({ answer: 'no', decidedBy: 'roundtrip', autoAnswer: 'no', evidence: lost });
    expect(ids(unansweredItems(state))).toContain('reversible');
  });

  it('evidence without an answer (the seeded upgrade ran) is added to the item and keeps its answer', () => {
    const ran = [{ file: '/repo/migrations/versions/x.py', line: 0, message: 'round trip: the upgrade ran on 20 rows per table (6 tables seeded)' }];
    const state = run(stateFor(cleanSubject()), finished(verdicts(true, true, { reversible: { answer: 'yes', evidence }, 'defaults-for-new-columns': { evidence: ran } })));
    const before = answersOf(stateFor(cleanSubject()))['defaults-for-new-columns'];
    expect(answersOf(state)['defaults-for-new-columns']).toEqual(before);
    const item = reviewedItems(run(state, { type: 'apply-answers', answers: everything() })).find((each) => each.id === 'defaults-for-new-columns')!;
    expect(item.evidence.at(-1)).toEqual(ran[0]);
  });

  it('an upgrade that failed on the seeded rows answers data-migration-strategy "no"', () => {
    const failed = [{ file: '/repo/migrations/versions/x.py', line: 0, message: 'round trip: the upgrade failed on 20 rows per table: column "country" contains null values' }];
    const state = run(stateFor(badSubject()), finished(verdicts(false, true, { reversible: { evidence: failed }, 'data-migration-strategy': { answer: 'no', evidence: failed } })));
    expect(answersOf(state)['data-migration-strategy']).toEqual({ answer: 'no', decidedBy: 'roundtrip', autoAnswer: 'no', evidence: failed });
    // The downgrade never ran: reversible keeps the static answer.
    expect(answersOf(state)['reversible']).toMatchObject({ answer: 'no', decidedBy: 'auto' });
  });

  it("confirming the round trip's answer keeps it decided by the round trip, with its evidence", () => {
    const passed = run(stateFor(badSubject()), finished(verdicts(true, true)), { type: 'focus', index: index('reversible') });
    const confirmed = run(passed, { type: 'answer', answer: 'yes' });
    expect(confirmed.note).toBeNull();
    expect(answersOf(confirmed)['reversible']).toEqual({ answer: 'yes', decidedBy: 'roundtrip', autoAnswer: 'yes', evidence });
  });

  it('overriding the round trip needs a note and keeps its answer and evidence in the record', () => {
    const passed = run(stateFor(badSubject()), finished(verdicts(true, true)), { type: 'focus', index: index('reversible') });
    const overridden = run(passed, ...answerWithNote('no', 'passes on generated rows only'));
    expect(answersOf(overridden)['reversible']).toEqual({ answer: 'no', decidedBy: 'reviewer', autoAnswer: 'yes', evidence, note: 'passes on generated rows only' });
  });

  it("leaves the reviewer's own answer alone", () => {
    const answered = run(stateFor(cleanSubject()), { type: 'focus', index: index('reversible') }, ...answerWithNote('no', 'data in phone is lost'));
    const state = run(answered, finished(verdicts(true, true)));
    expect(answersOf(state)['reversible']).toEqual(answersOf(answered)['reversible']);
    expect(state.status).toBe('round trip passed');
  });
});

describe('sql-rendered', () => {
  it('stores the offline SQL on the current subject only', () => {
    const state = run(stateFor(cleanSubject(), badSubject()), { type: 'sql-rendered', text: 'ALTER TABLE users ADD COLUMN phone VARCHAR(32);' });
    expect(state.subjects[0]!.sql).toEqual({ text: 'ALTER TABLE users ADD COLUMN phone VARCHAR(32);' });
    expect(state.subjects[1]!.sql).toBeUndefined();
    expect(run(state, { type: 'sql-rendered', error: 'alembic not found' }).subjects[0]!.sql).toEqual({ error: 'alembic not found' });
  });
});

describe('reviewedItems', () => {
  it('lists every item in checklist order with the automatic answer and evidence kept', () => {
    const items = reviewedItems(finishedClean());
    expect(ids(items)).toEqual(ITEM_IDS);
    expect(items[0]).toEqual({
      id: 'alter-not-drop',
      question: 'Can this be done with ALTER instead of DROP?',
      answer: 'yes',
      decidedBy: 'auto',
      autoAnswer: 'yes',
      evidence: cleanSubject().decisions[0]!.evidence,
      note: null,
    });
    expect(items[index('tested-on-production-copy')]).toMatchObject({ decidedBy: 'reviewer', autoAnswer: null, evidence: [], note: 'staging snapshot 2024-07-01, 2M rows' });
  });

  it('throws when an item has no answer', () => {
    expect(() => reviewedItems(stateFor(cleanSubject()))).toThrow('item tested-on-production-copy has no answer');
  });
});

function everything() {
  return {
    'data-migration-strategy': { answer: 'yes' as const, note: 'emails are backed up first' },
    'production-safeguards': { answer: 'no' as const, note: 'n2' },
    'tested-on-production-copy': { answer: 'yes' as const, note: 'staging' },
    'rollback-plan': { answer: 'yes' as const, note: 'backup' },
  };
}
