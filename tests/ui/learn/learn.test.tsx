import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { buildLessons } from '../../../src/learn/lessons.js';
import { initialLearnState, type LearnState } from '../../../src/learn/reducer.js';
import { findRule } from '../../../src/rules/index.js';
import { Learn } from '../../../src/ui/learn/Learn.js';

const ENTER = '\r';
const DOWN = '\u001B[B';
const ESC = '\u001B';

const tick = () => new Promise((resolve) => setTimeout(resolve, 60));

async function press(stdin: { write(data: string): void }, key: string) {
  stdin.write(key);
  await tick();
}

/** Third lesson (defaults for new columns): one main rule, so its docs are easy to look for. */
function setup(seed = 3) {
  const lessons = buildLessons(seed);
  const initial = initialLearnState(lessons, 2);
  const exits: LearnState[] = [];
  const app = render(<Learn initialState={initial} onExit={(state) => exits.push(state)} />);
  return { app, lesson: lessons[2]!, exits };
}

const flat = (frame: string | undefined) => (frame ?? '').replace(/\s+/g, ' ');

describe('Learn (Ink)', () => {
  it('shows the lesson from the rule modules, then the question, and praises the safe answer', async () => {
    const { app, lesson } = setup();
    await tick();
    const rule = findRule('add-column-not-null-without-default')!;
    const reading = flat(app.lastFrame());
    expect(reading).toContain('Lesson 3 of 9');
    expect(reading).toContain(lesson.title);
    expect(reading).toContain(flat(rule.why).trim().slice(0, 40));
    expect(reading).toContain('Bad');
    expect(reading).toContain('Good');
    expect(reading).toContain(rule.bad.split('\n').find((line) => line.includes('add_column'))!.trim());

    await press(app.stdin, 'n');
    const question = flat(app.lastFrame());
    expect(question).toContain('Which of these two migrations is safe?');
    expect(question).toContain('1.');
    expect(question).toContain('2.');

    await press(app.stdin, String(lesson.question.answer + 1));
    const feedback = flat(app.lastFrame());
    expect(feedback).toContain('Right.');
    expect(feedback).toContain(rule.id);
    expect(feedback).toContain(flat(rule.summary));
    expect(feedback).toContain('your answer');

    await press(app.stdin, ENTER);
    expect(flat(app.lastFrame())).toContain('Lesson 4 of 9');
    app.unmount();
  });

  it('explains a wrong answer chosen with ↓ and Enter, and quits with Esc to a score', async () => {
    const { app, lesson, exits } = setup();
    await tick();
    await press(app.stdin, ENTER);
    // Focus starts on option 1; move to option 2 if the safe one is option 1.
    if (lesson.question.answer === 0) await press(app.stdin, DOWN);
    await press(app.stdin, ENTER);
    const feedback = flat(app.lastFrame());
    expect(feedback).toContain('Not quite');
    expect(feedback).toContain('add-column-not-null-without-default');
    expect(feedback).toContain('(safe)');

    await press(app.stdin, ESC);
    await tick();
    expect(flat(app.lastFrame())).toContain('Score: 0 of 1');
    expect(exits).toHaveLength(1);
    expect(exits[0]).toMatchObject({ phase: 'quit', score: 0, answered: 1 });
    app.unmount();
  });

  it('ends on a score screen after the last lesson', async () => {
    const lessons = buildLessons(5);
    const exits: LearnState[] = [];
    const app = render(<Learn initialState={initialLearnState(lessons, 8)} onExit={(state) => exits.push(state)} />);
    await tick();
    expect(flat(app.lastFrame())).toContain('Lesson 9 of 9');
    await press(app.stdin, 'n');
    await press(app.stdin, String(lessons[8]!.question.answer + 1));
    await press(app.stdin, 'n');
    await tick();
    const done = flat(app.lastFrame());
    expect(done).toContain('All lessons done.');
    expect(done).toContain('Score: 1 of 1');
    expect(exits[0]?.phase).toBe('done');
    app.unmount();
  });
});
