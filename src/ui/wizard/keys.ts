/**
 * Key → wizard action, as a pure function so it can be tested without a
 * terminal and applied to every character of a chunk (a fast typist or a
 * paste delivers several keys in one read).
 */
import type { WizardAction, WizardState } from '../../review/checklist/reducer.js';

export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  return?: boolean;
  escape?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** Actions the view performs itself (they start side effects). */
export type ViewCommand = { type: 'start-roundtrip' } | { type: 'write-unsigned' };

export function keyToAction(
  state: WizardState,
  input: string,
  key: KeyInfo,
  signing: 'signed' | 'unsigned' | 'needs-key',
  /** The rule ids that have a fix; undefined: fixes are not offered (f does nothing). */
  fixRules?: readonly string[],
): WizardAction | ViewCommand | undefined {
  if (key.ctrl && input === 'c') return { type: 'abort' };
  // Enter split out of a chunk by splitKeys arrives as the character itself, without key.return.
  const enter = key.return === true || input === '\r' || input === '\n';
  if (state.note) {
    if (key.escape) return { type: 'note-cancel' };
    if (enter) return { type: 'note-submit' };
    // A backspace split out of a chunk by splitKeys arrives as the character itself, without the key flag.
    if (key.backspace || key.delete || input === DEL || input === BS) return { type: 'note-backspace' };
    if (input && !key.ctrl && !key.meta) return { type: 'note-input', text: input };
    return undefined;
  }
  if (state.fix?.stage.kind === 'awaiting-value') {
    // Typing the value a fix asks for: every key is text but Esc, Enter and Backspace.
    if (key.escape) return { type: 'fix-close' };
    if (enter) return { type: 'fix-value-submit' };
    if (key.backspace || key.delete || input === DEL || input === BS) return { type: 'fix-value-backspace' };
    if (input && !key.ctrl && !key.meta) return { type: 'fix-value-input', text: input };
    return undefined;
  }
  if (state.fix) {
    const stage = state.fix.stage.kind;
    // Esc and n leave the diff (Esc aborts only outside it); nothing leaves while the file is being written.
    if (key.escape || input === 'n') return stage === 'applying' ? undefined : { type: 'fix-close' };
    if (input === 'q') return { type: 'abort' };
    if (input === 'y') return stage === 'proposed' ? { type: 'fix-apply' } : undefined;
    if (input === 'f') return { type: 'fix-next' };
    return undefined;
  }
  if (key.escape || input === 'q') return { type: 'abort' };
  if (state.phase === 'summary') {
    if (input === 'b') return { type: 'close-summary' };
    if (signing === 'needs-key') return input === 'u' ? { type: 'write-unsigned' } : undefined;
    // A distinct key: the summary opens right after the last answer, so a repeated Enter or y must not write.
    if (input === 'w') return { type: 'confirm-write' };
    return undefined;
  }
  if (state.phase !== 'items') return undefined;
  if (key.upArrow || input === 'k') return { type: 'focus-previous' };
  if (key.downArrow || input === 'j') return { type: 'focus-next' };
  if (input === 'y') return { type: 'answer', answer: 'yes' };
  if (input === 'n') return { type: 'answer', answer: 'no' };
  if (input === 'a') return { type: 'answer', answer: 'n/a' };
  if (enter) return { type: 'toggle-panel', panel: 'evidence' };
  if (input === '?') return { type: 'toggle-panel', panel: 'help' };
  if (input === 'o') return { type: 'toggle-panel', panel: 'other' };
  if (input === 'l') return { type: 'toggle-panel', panel: 'sql' };
  // K, not k: k is the vim key for up, paired with j.
  if (input === 'K') return { type: 'toggle-panel', panel: 'locks' };
  if (input === 's') return { type: 'open-summary' };
  if (input === 'r') return { type: 'start-roundtrip' };
  if (input === 'f' && fixRules) return { type: 'fix-open', fixable: fixRules };
  if (/^[1-9]$/.test(input)) return { type: 'focus', index: Number(input) - 1 };
  return undefined;
}

/** The two characters terminals send for Backspace. */
const DEL = '\x7f';
const BS = '\b';

/**
 * Splits a chunk into single keys, except while typing a note or a fix's value
 * (then the chunk is text). In a note, backspaces are keys of their own (a held Backspace, or a fast
 * typist, delivers several in one read, which Ink reports as plain input), and a
 * chunk that ends in Enter (typed ahead, or `send-keys text Enter`) still saves the
 * note: the trailing line break becomes its own key.
 */
export function splitKeys(state: WizardState, input: string, key: KeyInfo): string[] {
  if (key.ctrl || key.meta || input.length <= 1) return [input];
  if (!state.note && state.fix?.stage.kind !== 'awaiting-value') return [...input];
  const body = input.replace(/[\r\n]+$/, '');
  const keys: string[] = [];
  let text = '';
  for (const char of body) {
    if (char !== DEL && char !== BS) {
      text += char;
      continue;
    }
    if (text) keys.push(text);
    text = '';
    keys.push(char);
  }
  if (text) keys.push(text);
  if (body.length !== input.length) keys.push('\r');
  return keys;
}
