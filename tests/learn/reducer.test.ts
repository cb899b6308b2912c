import { describe, expect, it } from 'vitest';
import { buildLessons } from '../../src/learn/lessons.js';
import { answeredCorrectly, currentLesson, initialLearnState, learnReducer, type LearnAction, type LearnState } from '../../src/learn/reducer.js';

const lessons = buildLessons(7);
const run = (state: LearnState, actions: LearnAction[]) => actions.reduce(learnReducer, state);

describe('learnReducer', () => {
  it('goes reading → question → feedback → next lesson and counts the score', () => {
    let state = initialLearnState(lessons);
    expect(state).toMatchObject({ index: 0, phase: 'reading', score: 0, answered: 0 });
    state = learnReducer(state, { type: 'start-question' });
    expect(state.phase).toBe('question');
    const safe = currentLesson(state).question.answer;
    state = learnReducer(state, { type: 'answer', option: safe });
    expect(state).toMatchObject({ phase: 'feedback', chosen: safe, score: 1, answered: 1 });
    expect(answeredCorrectly(state)).toBe(true);
    state = learnReducer(state, { type: 'next' });
    expect(state).toMatchObject({ index: 1, phase: 'reading', score: 1 });
    expect(state.chosen).toBeUndefined();
  });

  it('counts a wrong answer without scoring it', () => {
    const state = run(initialLearnState(lessons), [{ type: 'next' }]);
    const wrong = (1 - currentLesson(state).question.answer) as 0 | 1;
    const after = learnReducer(state, { type: 'answer', option: wrong });
    expect(after).toMatchObject({ phase: 'feedback', chosen: wrong, score: 0, answered: 1 });
    expect(answeredCorrectly(after)).toBe(false);
  });

  it('answers the focused option with ↑/↓ + Enter', () => {
    let state = run(initialLearnState(lessons), [{ type: 'start-question' }, { type: 'focus-toggle' }]);
    expect(state.focus).toBe(1);
    state = learnReducer(state, { type: 'answer' });
    expect(state.chosen).toBe(1);
  });

  it('ignores answers outside the question and keys after the end', () => {
    const reading = initialLearnState(lessons);
    expect(learnReducer(reading, { type: 'answer', option: 0 })).toBe(reading);
    expect(learnReducer(reading, { type: 'focus', option: 1 })).toBe(reading);
    const quit = learnReducer(reading, { type: 'quit' });
    expect(quit.phase).toBe('quit');
    expect(learnReducer(quit, { type: 'next' })).toBe(quit);
  });

  it('starts at a given lesson and ends after the last one', () => {
    let state = initialLearnState(lessons, lessons.length - 1);
    expect(state.index).toBe(8);
    state = run(state, [{ type: 'start-question' }, { type: 'answer', option: 0 }, { type: 'next' }]);
    expect(state.phase).toBe('done');
    expect(state.answered).toBe(1);
    expect(initialLearnState(lessons, 99).index).toBe(8);
  });
});
