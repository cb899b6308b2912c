import { describe, expect, it } from 'vitest';
import { buildLessons } from '../../../src/learn/lessons.js';
import { initialLearnState } from '../../../src/learn/reducer.js';
import { runPlainLearn } from '../../../src/ui/learn/plain.js';
import { PromptCancelled, type Choice, type Prompts } from '../../../src/ui/prompts.js';
import { runCli } from '../../support/cli.js';

type Step = { select: string } | { confirm: boolean } | { cancel: true };

/** Answers prompts from a script, recording every message it was asked. */
function scripted(steps: Step[]): Prompts & { asked: string[] } {
  const queue = [...steps];
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const step = queue.shift();
    if (!step) throw new Error(`unscripted prompt: ${message}`);
    if ('cancel' in step) throw new PromptCancelled();
    return step;
  };
  return {
    asked,
    async select<T extends string>(message: string, choices: Choice<T>[]): Promise<T> {
      const step = next(message);
      if (!('select' in step)) throw new Error(`expected select for ${message}`);
      const choice = choices.find((entry) => entry.value === step.select);
      if (!choice) throw new Error(`no choice ${step.select}`);
      return choice.value;
    },
    async input(message: string): Promise<string> {
      throw new Error(`unexpected input prompt: ${message}`);
    },
    async confirm(message: string): Promise<boolean> {
      const step = next(message);
      if (!('confirm' in step)) throw new Error(`expected confirm for ${message}`);
      return step.confirm;
    },
  };
}

describe('plain learn', () => {
  const lessons = buildLessons(11);
  const safe = (index: number) => String(lessons[index]!.question.answer + 1);
  const unsafe = (index: number) => String(2 - lessons[index]!.question.answer);

  it('prints a lesson, asks its question and gives feedback naming the rule', async () => {
    const lines: string[] = [];
    const prompts = scripted([{ select: safe(0) }, { confirm: true }, { select: unsafe(1) }, { confirm: false }]);
    const final = await runPlainLearn(initialLearnState(lessons), { prompts, print: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect(text).toContain('Lesson 1 of 9: Never drop tables in regular migrations');
    expect(text).toContain('Lesson 2 of 9');
    expect(text).toContain('Right. The other one is what drop-table (error) flags');
    expect(text).toContain('Not quite: that one is what drop-and-recreate-table (error) flags');
    expect(text).toContain('op.drop_table("users")');
    expect(prompts.asked).toEqual(['Which of these two migrations is safe?', 'Next lesson?', 'Which of these two migrations is safe?', 'Next lesson?']);
    expect(final).toMatchObject({ phase: 'quit', score: 1, answered: 2 });
    expect(lines.at(-1)).toBe('Score: 1 of 2 questions answered correctly.');
  });

  it('runs to the end and quits from the question', async () => {
    const lines: string[] = [];
    const done = await runPlainLearn(initialLearnState(lessons, 8), {
      prompts: scripted([{ select: safe(8) }, { confirm: true }]),
      print: (line) => lines.push(line),
    });
    expect(done.phase).toBe('done');
    expect(lines.join('\n')).toContain('Lesson 9 of 9');
    const quit = await runPlainLearn(initialLearnState(lessons), { prompts: scripted([{ select: 'quit' }]), print: () => {} });
    expect(quit).toMatchObject({ phase: 'quit', answered: 0 });
  });

  it('lets a cancelled prompt (Ctrl-C) propagate', async () => {
    await expect(runPlainLearn(initialLearnState(lessons), { prompts: scripted([{ cancel: true }]), print: () => {} })).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('preflight learn (CLI)', () => {
  it('exits 2 at once on a non-terminal stdin, pointing at explain --list', async () => {
    const result = await runCli(['learn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standard input is not a terminal');
    expect(result.stderr).toContain('preflight explain --list');
    expect(result.stdout).toBe('');
  });

  it('rejects a lesson number out of range', async () => {
    const result = await runCli(['learn', '--lesson', '10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lesson');
  });
});
