/**
 * `preflight learn` without a full-screen UI: one prompt at a time through the
 * prompts module (screen readers, `--plain`, TERM=dumb). Same learnReducer as
 * the Ink view.
 */
import { answeredCorrectly, currentLesson, learnReducer, type LearnAction, type LearnState } from '../../learn/reducer.js';
import type { Lesson } from '../../learn/lessons.js';
import type { Prompts } from '../prompts.js';

export interface PlainLearnServices {
  prompts: Prompts;
  /** Prints one line. */
  print(line: string): void;
}

export function indentCode(code: string): string[] {
  return code.trimEnd().split('\n').map((line) => `    ${line}`);
}

export function lessonLines(lesson: Lesson, position: number, total: number): string[] {
  const [main, ...others] = lesson.rules;
  return [
    `Lesson ${position} of ${total}: ${lesson.title}`,
    '',
    lesson.point,
    '',
    `Why (${main!.id}): ${main!.why}`,
    '',
    'Bad:',
    ...indentCode(lesson.bad),
    '',
    'Good:',
    ...indentCode(lesson.good),
    ...(others.length > 0 ? ['', 'Also checked in this lesson:', ...others.map((rule) => `  ${rule.id} (${rule.severity}): ${rule.summary}`)] : []),
    '',
  ];
}

export function scoreLine(state: LearnState): string {
  return `Score: ${state.score} of ${state.answered} question${state.answered === 1 ? '' : 's'} answered correctly.`;
}

export async function runPlainLearn(initial: LearnState, services: PlainLearnServices): Promise<LearnState> {
  const { prompts, print } = services;
  let state = initial;
  const dispatch = (action: LearnAction) => {
    state = learnReducer(state, action);
  };
  while (state.phase !== 'done' && state.phase !== 'quit') {
    const lesson = currentLesson(state);
    if (state.phase === 'reading') {
      for (const line of lessonLines(lesson, state.index + 1, state.lessons.length)) print(line);
      dispatch({ type: 'start-question' });
      continue;
    }
    if (state.phase === 'question') {
      print(lesson.question.text);
      lesson.question.options.forEach((option, index) => {
        print(`Option ${index + 1}:`);
        for (const line of indentCode(option.code)) print(line);
      });
      const choice = await prompts.select(lesson.question.text, [
        { value: '1', name: 'Option 1' },
        { value: '2', name: 'Option 2' },
        { value: 'quit', name: 'Quit' },
      ]);
      if (choice === 'quit') dispatch({ type: 'quit' });
      else dispatch({ type: 'answer', option: choice === '1' ? 0 : 1 });
      continue;
    }
    if (state.phase === 'feedback') {
      print(answeredCorrectly(state) ? lesson.question.feedback.correct : lesson.question.feedback.wrong);
      print(`The safe one is option ${lesson.question.answer + 1}.`);
      print('');
      const last = state.index + 1 >= state.lessons.length;
      const more = await prompts.confirm(last ? 'See your score?' : 'Next lesson?', true);
      dispatch(more ? { type: 'next' } : { type: 'quit' });
    }
  }
  print(scoreLine(state));
  return state;
}
