import { describe, expect, it } from 'vitest';
import { wizardReducer, type WizardAction, type WizardState } from '../../../src/review/checklist/reducer.js';
import { keyToAction, splitKeys, type KeyInfo, type ViewCommand } from '../../../src/ui/wizard/keys.js';
import { badSubject, cleanSubject, finishedClean, run, stateFor } from '../../support/review-fixtures.js';
import { FIX_RULES } from '../../support/fix-fixtures.js';

const items = () => stateFor(cleanSubject());
const note = () => run(stateFor(cleanSubject()), { type: 'answer', answer: 'no' });
const summary = () => finishedClean();
const NONE: KeyInfo = {};

function action(state: WizardState, input: string, key: KeyInfo = NONE, signing: 'signed' | 'unsigned' | 'needs-key' = 'unsigned') {
  return keyToAction(state, input, key, signing);
}

/** What the view does with one chunk: split it, map each key on the latest state, reduce. */
function press(state: WizardState, input: string, key: KeyInfo = NONE): WizardState {
  let latest = state;
  for (const single of splitKeys(latest, input, key)) {
    const mapped = keyToAction(latest, single, key, 'unsigned');
    if (mapped && mapped.type !== 'start-roundtrip' && mapped.type !== 'write-unsigned') latest = wizardReducer(latest, mapped as WizardAction);
  }
  return latest;
}

describe('keyToAction in the item list', () => {
  it.each<[string, KeyInfo, WizardAction | ViewCommand | undefined]>([
    ['j', NONE, { type: 'focus-next' }],
    ['', { downArrow: true }, { type: 'focus-next' }],
    ['k', NONE, { type: 'focus-previous' }],
    ['', { upArrow: true }, { type: 'focus-previous' }],
    ['y', NONE, { type: 'answer', answer: 'yes' }],
    ['n', NONE, { type: 'answer', answer: 'no' }],
    ['a', NONE, { type: 'answer', answer: 'n/a' }],
    ['', { return: true }, { type: 'toggle-panel', panel: 'evidence' }],
    ['\r', NONE, { type: 'toggle-panel', panel: 'evidence' }],
    ['?', NONE, { type: 'toggle-panel', panel: 'help' }],
    ['o', NONE, { type: 'toggle-panel', panel: 'other' }],
    ['l', NONE, { type: 'toggle-panel', panel: 'sql' }],
    ['K', NONE, { type: 'toggle-panel', panel: 'locks' }],
    ['k', NONE, { type: 'focus-previous' }],
    ['s', NONE, { type: 'open-summary' }],
    ['r', NONE, { type: 'start-roundtrip' }],
    ['1', NONE, { type: 'focus', index: 0 }],
    ['7', NONE, { type: 'focus', index: 6 }],
    ['q', NONE, { type: 'abort' }],
    ['', { escape: true, meta: true }, { type: 'abort' }],
    ['c', { ctrl: true }, { type: 'abort' }],
    ['x', NONE, undefined],
    ['0', NONE, undefined],
    ['Y', NONE, undefined],
  ])('%j %j → %j', (input, key, expected) => {
    expect(action(items(), input, key)).toEqual(expected);
  });
});

describe('keyToAction in the note editor', () => {
  it('letters are text, not commands', () => {
    for (const letter of ['q', 'y', 'n', 'j', 'k', 's', '?', 'o']) {
      expect(action(note(), letter)).toEqual({ type: 'note-input', text: letter });
    }
    expect(action(note(), 'staging db')).toEqual({ type: 'note-input', text: 'staging db' });
  });

  it('Enter saves, Esc returns to the list, Backspace/Delete delete, Ctrl-C aborts', () => {
    expect(action(note(), '', { return: true })).toEqual({ type: 'note-submit' });
    expect(action(note(), '\r')).toEqual({ type: 'note-submit' });
    expect(action(note(), '', { escape: true, meta: true })).toEqual({ type: 'note-cancel' });
    expect(action(note(), '', { backspace: true })).toEqual({ type: 'note-backspace' });
    expect(action(note(), '', { delete: true })).toEqual({ type: 'note-backspace' });
    expect(action(note(), 'c', { ctrl: true })).toEqual({ type: 'abort' });
  });

  it('other control and meta keys type nothing', () => {
    expect(action(note(), 'a', { ctrl: true })).toBeUndefined();
    expect(action(note(), 'b', { meta: true })).toBeUndefined();
    expect(action(note(), '', { upArrow: true })).toBeUndefined();
  });
});

describe('keyToAction and the fix view (f)', () => {
  const withFix = (stage: NonNullable<WizardState['fix']>['stage']): WizardState => {
    const state = run(stateFor(badSubject()), { type: 'toggle-panel', panel: 'other' }, { type: 'fix-open', fixable: FIX_RULES });
    return { ...state, fix: { ...state.fix!, stage } };
  };
  const proposed = withFix({ kind: 'proposed', description: 'wrap the SQL in sa.text()', diff: '--- a/x\n+++ b/x\n' });

  it('f opens it only where fixes are offered (the command passes the rules that have one)', () => {
    expect(keyToAction(items(), 'f', NONE, 'unsigned', FIX_RULES)).toEqual({ type: 'fix-open', fixable: FIX_RULES });
    expect(keyToAction(items(), 'f', NONE, 'unsigned')).toBeUndefined();
    // k and K stay navigation and the Locks panel.
    expect(keyToAction(items(), 'k', NONE, 'unsigned', FIX_RULES)).toEqual({ type: 'focus-previous' });
    expect(keyToAction(items(), 'K', NONE, 'unsigned', FIX_RULES)).toEqual({ type: 'toggle-panel', panel: 'locks' });
  });

  it('y applies the diff shown, n and Esc leave it (Esc does not abort there), f shows the next finding, q aborts', () => {
    expect(action(proposed, 'y')).toEqual({ type: 'fix-apply' });
    expect(action(proposed, 'n')).toEqual({ type: 'fix-close' });
    expect(action(proposed, '', { escape: true })).toEqual({ type: 'fix-close' });
    expect(action(proposed, 'f')).toEqual({ type: 'fix-next' });
    expect(action(proposed, 'q')).toEqual({ type: 'abort' });
    expect(action(proposed, 'c', { ctrl: true })).toEqual({ type: 'abort' });
    // List keys do nothing while the diff is shown.
    for (const letter of ['a', 'j', 'k', 's', 'r', 'o', '1']) expect(action(proposed, letter)).toBeUndefined();
    expect(action(proposed, '', { return: true })).toBeUndefined();
  });

  it('y does nothing without a diff; while the file is written only an abort is a key', () => {
    expect(action(withFix({ kind: 'unavailable', reason: 'no automatic fix' }), 'y')).toBeUndefined();
    expect(action(withFix({ kind: 'planning' }), 'y')).toBeUndefined();
    const applying = withFix({ kind: 'applying', description: 'd', diff: '' });
    expect(action(applying, 'n')).toBeUndefined();
    expect(action(applying, '', { escape: true })).toBeUndefined();
    expect(action(applying, 'y')).toBeUndefined();
    expect(action(applying, 'c', { ctrl: true })).toEqual({ type: 'abort' });
  });

  it('while a fix asks for a value, every letter is text (y, n, q, f too); Enter plans with it, Esc leaves', () => {
    const asking = withFix({ kind: 'awaiting-value', value: { key: 'users.country', prompt: 'Value for country in the existing rows of users' }, text: '' });
    for (const letter of ['y', 'n', 'q', 'f', 'K']) expect(action(asking, letter)).toEqual({ type: 'fix-value-input', text: letter });
    expect(action(asking, '', { return: true })).toEqual({ type: 'fix-value-submit' });
    expect(action(asking, '', { backspace: true })).toEqual({ type: 'fix-value-backspace' });
    expect(action(asking, '', { escape: true })).toEqual({ type: 'fix-close' });
    expect(action(asking, 'c', { ctrl: true })).toEqual({ type: 'abort' });
    // A pasted value arrives as one chunk: it is typed as it is, and a trailing Enter submits it.
    const typed = press(asking, 'yes\r');
    expect(typed.fix!.stage).toEqual({ kind: 'planning', value: { key: 'users.country', text: 'yes' } });
  });

  it('"yy" in one chunk applies once: the second y finds the file being written', () => {
    let state = run(stateFor(badSubject()), { type: 'toggle-panel', panel: 'other' }, { type: 'fix-open', fixable: FIX_RULES });
    const finding = state.fix!.targets[state.fix!.at]!;
    state = run(state, { type: 'fix-planned', finding, result: { kind: 'proposed', description: 'd', diff: 'x' } });
    state = press(state, 'yy');
    expect(state.fix!.stage.kind).toBe('applying');
  });
});

describe('keyToAction in the summary', () => {
  it('w writes (y and Enter do not), b goes back, q/Esc abort; answers and moves do nothing', () => {
    expect(action(summary(), 'w')).toEqual({ type: 'confirm-write' });
    // The summary opens right after the last answer: a repeated y or Enter must not write.
    expect(action(summary(), 'y')).toBeUndefined();
    expect(action(summary(), '', { return: true })).toBeUndefined();
    expect(action(summary(), 'b')).toEqual({ type: 'close-summary' });
    expect(action(summary(), 'q')).toEqual({ type: 'abort' });
    expect(action(summary(), '', { escape: true })).toEqual({ type: 'abort' });
    expect(action(summary(), 'n')).toBeUndefined();
    expect(action(summary(), 'j')).toBeUndefined();
  });

  it('without a signing key only u writes (unsigned)', () => {
    expect(action(summary(), 'u', NONE, 'needs-key')).toEqual({ type: 'write-unsigned' });
    expect(action(summary(), 'y', NONE, 'needs-key')).toBeUndefined();
    expect(action(summary(), '', { return: true }, 'needs-key')).toBeUndefined();
    expect(action(summary(), 'b', NONE, 'needs-key')).toEqual({ type: 'close-summary' });
    expect(action(summary(), 'q', NONE, 'needs-key')).toEqual({ type: 'abort' });
  });

  it('nothing maps once the review is done or aborted, except Ctrl-C', () => {
    const aborted = run(items(), { type: 'abort' });
    expect(action(aborted, 'j')).toBeUndefined();
    expect(action(aborted, 'y')).toBeUndefined();
  });
});

describe('splitKeys', () => {
  it('a chunk of several keys is one key per character', () => {
    expect(splitKeys(items(), 'jjy', NONE)).toEqual(['j', 'j', 'y']);
    expect(splitKeys(items(), 'j', NONE)).toEqual(['j']);
    expect(splitKeys(items(), '', { upArrow: true })).toEqual(['']);
  });

  it('in the note editor a chunk is text', () => {
    expect(splitKeys(note(), 'jjy', NONE)).toEqual(['jjy']);
    expect(splitKeys(note(), 'staging snapshot, 2M rows', NONE)).toEqual(['staging snapshot, 2M rows']);
    expect(splitKeys(note(), 'line one\rline two', NONE)).toEqual(['line one\rline two']);
  });

  it('in the note editor a trailing Enter is still Enter', () => {
    expect(splitKeys(note(), 'done\r', NONE)).toEqual(['done', '\r']);
    expect(splitKeys(note(), '\r\n', NONE)).toEqual(['\r']);
  });

  it('in the note editor backspaces in a chunk are keys of their own (a held Backspace sends several at once)', () => {
    expect(splitKeys(note(), 'ab\x7f\x7f\x7f', NONE)).toEqual(['ab', '\x7f', '\x7f', '\x7f']);
    expect(splitKeys(note(), '\b\bx\r', NONE)).toEqual(['\b', '\b', 'x', '\r']);
    expect(press(note(), 'staging\x7f\x7f\x7f').note?.text).toBe('stag');
    expect(press(press(note(), 'abc'), '\x7f\x7f\x7f\x7f').note?.text).toBe('');
  });

  it('a note never keeps control characters or escape sequences from a chunk', () => {
    expect(press(note(), 'a\x1b[Db\tc\x07').note?.text).toBe('ab c');
  });

  it('control and meta chunks stay whole', () => {
    expect(splitKeys(items(), 'ab', { meta: true })).toEqual(['ab']);
    expect(splitKeys(items(), 'c', { ctrl: true })).toEqual(['c']);
  });

  it('each key of a chunk maps on the state the previous key left', () => {
    // "jjy" from the first item: two moves, then answer the third item (auto yes → confirmed, no note).
    const start = run(items(), { type: 'focus', index: 0 });
    const after = press(start, 'jjy');
    expect(after.focus).toBe(4); // advanced to the first open item after defaults-for-new-columns
    expect(after.answers[0]!['defaults-for-new-columns']).toEqual({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes' });
    // "n" opens the note editor; the rest of the chunk is the note, a final Enter saves it.
    // The example head opens on its data migration strategy (it changes data), then moves to reversible.
    const noted = press(stateFor(badSubject()), 'nemails are lower-cased in place\r');
    expect(noted.note).toBeNull();
    expect(noted.answers[0]!['data-migration-strategy']).toEqual({ answer: 'no', decidedBy: 'reviewer', note: 'emails are lower-cased in place' });
    expect(noted.focus).toBe(3);
    const both = press(noted, 'nlower-casing cannot be undone\r');
    expect(both.answers[0]!['reversible']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'lower-casing cannot be undone' });
    // A 'q' typed into a note does not abort.
    expect(press(note(), 'quick test').phase).toBe('items');
  });
});
