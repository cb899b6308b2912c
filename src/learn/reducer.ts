/**
 * The state machine of `preflight learn`, shared by the Ink view and the plain
 * (line-by-line) flow: read a lesson, answer its question, see the feedback,
 * move on; a score at the end.
 */
import type { Lesson } from './lessons.js';

export type LearnPhase = 'reading' | 'question' | 'feedback' | 'done' | 'quit';

export interface LearnState {
  lessons: Lesson[];
  /** Index into `lessons`. */
  index: number;
  phase: LearnPhase;
  /** Option focused in the question (↑/↓). */
  focus: 0 | 1;
  /** The option chosen for the current lesson (set in 'feedback'). */
  chosen?: 0 | 1;
  /** Correct answers so far. */
  score: number;
  /** Questions answered so far. */
  answered: number;
}

export type LearnAction =
  | { type: 'start-question' }
  | { type: 'focus'; option: 0 | 1 }
  | { type: 'focus-toggle' }
  | { type: 'answer'; option?: 0 | 1 }
  | { type: 'next' }
  | { type: 'quit' };

export function initialLearnState(lessons: Lesson[], start = 0): LearnState {
  if (lessons.length === 0) throw new Error('no lessons');
  const index = Math.min(Math.max(0, start), lessons.length - 1);
  return { lessons, index, phase: 'reading', focus: 0, score: 0, answered: 0 };
}

export function currentLesson(state: LearnState): Lesson {
  return state.lessons[state.index]!;
}

/** The chosen option was the safe one. */
export function answeredCorrectly(state: LearnState): boolean {
  return state.chosen !== undefined && state.chosen === currentLesson(state).question.answer;
}

export function learnReducer(state: LearnState, action: LearnAction): LearnState {
  if (state.phase === 'done' || state.phase === 'quit') return state;
  switch (action.type) {
    case 'quit':
      return { ...state, phase: 'quit' };
    case 'start-question':
      return state.phase === 'reading' ? { ...state, phase: 'question', focus: 0 } : state;
    case 'focus':
      return state.phase === 'question' ? { ...state, focus: action.option } : state;
    case 'focus-toggle':
      return state.phase === 'question' ? { ...state, focus: state.focus === 0 ? 1 : 0 } : state;
    case 'answer': {
      if (state.phase !== 'question') return state;
      const chosen = action.option ?? state.focus;
      const correct = chosen === currentLesson(state).question.answer;
      return { ...state, phase: 'feedback', chosen, focus: chosen, score: state.score + (correct ? 1 : 0), answered: state.answered + 1 };
    }
    case 'next': {
      if (state.phase === 'reading') return { ...state, phase: 'question', focus: 0 };
      if (state.phase !== 'feedback') return state;
      if (state.index + 1 >= state.lessons.length) return { ...state, phase: 'done' };
      const { chosen: _chosen, ...rest } = state;
      return { ...rest, index: state.index + 1, phase: 'reading', focus: 0 };
    }
  }
}
