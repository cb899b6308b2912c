/**
 * The review wizard without a full-screen UI: one question per line through the
 * prompts module, readable by a screen reader (`--plain`, or TERM=dumb). It
 * drives the same wizardReducer as the Ink view.
 */
import {
  blockingItems,
  currentAnswers,
  currentSubject,
  decisionFor,
  itemStatus,
  unansweredItems,
  wizardReducer,
  type ReviewSubject,
  type WizardAction,
  type WizardState,
} from '../../review/checklist/reducer.js';
import type { Answer } from '../../review/checklist/schema.js';
import type { Prompts } from '../prompts.js';
import { downLabel } from './labels.js';

export interface PlainServices {
  prompts: Prompts;
  /** Prints one line. */
  print(line: string): void;
  writeRecord(state: WizardState, unsigned: boolean): Promise<string>;
  signing: 'signed' | 'unsigned' | 'needs-key';
  /** One line saying which findings have a fix (`check --fix` applies them): plain mode never prompts for one. */
  fixLine?(subject: ReviewSubject): Promise<string | undefined>;
}

const ANSWER_CHOICES = [
  { value: 'yes' as const, name: 'yes' },
  { value: 'no' as const, name: 'no' },
  { value: 'n/a' as const, name: 'n/a (does not apply)' },
];

export async function runPlainWizard(initial: WizardState, services: PlainServices): Promise<WizardState> {
  let state = initial;
  const dispatch = (action: WizardAction) => {
    state = wizardReducer(state, action);
  };
  const { prompts, print } = services;

  while (state.phase !== 'done' && state.phase !== 'aborted') {
    const subject = currentSubject(state)!;
    print('');
    print(`Review ${state.index + 1} of ${state.subjects.length}: ${subject.displayPath}`);
    print(`Revision ${subject.revision} → ${downLabel(subject.downRevision)}${subject.message ? `: ${subject.message}` : ''}`);
    state.checklist.items.forEach((item, index) => {
      const status = itemStatus(state, item.id);
      print(`${index + 1}. ${item.question} — ${status.replace('-', ' ')}`);
      for (const evidence of decisionFor(state, item.id)?.evidence.slice(0, 3) ?? []) {
        print(`     ${subject.displayPath}:${evidence.line} ${evidence.rule ? `${evidence.rule}: ` : ''}${evidence.message}`);
      }
    });
    if (subject.otherFindings.length > 0) {
      print(`Other findings:`);
      for (const finding of subject.otherFindings) print(`   ${subject.displayPath}:${finding.line} ${finding.severity} ${finding.rule} ${finding.message}${finding.baselined ? ' [baselined]' : ''}`);
    }
    const fixLine = await services.fixLine?.(subject);
    if (fixLine) print(fixLine);

    for (const item of unansweredItems(state)) {
      await answerItem(state.checklist.items.indexOf(item));
    }
    while (await prompts.confirm('Change any answer?', false)) {
      const index = await prompts.select(
        'Which item?',
        state.checklist.items.map((item, i) => ({ value: String(i), name: `${i + 1}. ${item.question} (${currentAnswers(state)[item.id]?.answer ?? 'unanswered'})` })),
      );
      await answerItem(Number(index));
    }

    dispatch({ type: 'open-summary' });
    const blocking = blockingItems(state);
    print(blocking.length > 0 ? `Blocking items (answered "no"): ${blocking.map((item) => item.id).join(', ')}` : 'Nothing blocking.');
    let unsigned = false;
    if (services.signing === 'needs-key') {
      print('No signing key is configured for git; the record can be written unsigned (verify reports it as "unsigned").');
      unsigned = await prompts.confirm('Write the record unsigned?', false);
      if (!unsigned) {
        dispatch({ type: 'abort' });
        break;
      }
    } else if (!(await prompts.confirm(`Write the ${services.signing} review record?`, true))) {
      dispatch({ type: 'abort' });
      break;
    }
    dispatch({ type: 'confirm-write' });
    if (state.phase !== 'writing') {
      print(state.status ?? 'cannot write yet');
      dispatch({ type: 'close-summary' });
      continue;
    }
    try {
      const path = await services.writeRecord(state, unsigned);
      print(`Wrote ${path}`);
      dispatch({ type: 'record-written', path });
    } catch (error) {
      dispatch({ type: 'write-failed', message: (error as Error).message });
      throw error;
    }
  }
  return state;

  async function answerItem(index: number): Promise<void> {
    // Answering the last open item opens the summary; changing an answer happens in the list.
    dispatch({ type: 'close-summary' });
    dispatch({ type: 'focus', index });
    const item = state.checklist.items[index]!;
    const decision = decisionFor(state, item.id);
    const current = currentAnswers(state)[item.id]?.answer;
    const answer = await prompts.select<Answer>(`${index + 1}. ${item.question}`, ANSWER_CHOICES, current ?? decision?.autoAnswer);
    dispatch({ type: 'answer', answer });
    if (state.note) {
      const prompt = item.notePrompt ?? (answer === 'no' ? 'Why, and what will you do about it?' : 'Why do you answer differently from the checks?');
      const note = await prompts.input(prompt, {
        ...(state.note.text ? { default: state.note.text } : {}),
        validate: (value) => (value.trim() ? true : 'this answer needs a note'),
      });
      dispatch({ type: 'note-set', text: note });
      dispatch({ type: 'note-submit' });
    }
  }
}
