import { z } from 'zod';
import { buildLessons, LESSON_SPECS } from '../../learn/lessons.js';
import { initialLearnState, type LearnState } from '../../learn/reducer.js';
import { assertInteractive, inquirerPrompts, PromptCancelled } from '../../ui/prompts.js';
import { loadInk } from '../../ui/load-ink.js';
import { defineCommand, type GlobalOptions } from '../command.js';

export const learnCommand = defineCommand({
  name: 'learn',
  summary: "Learn the migration guide: a short lesson per part of the guide, built from the rules, each with a question.",
  options: {
    plain: { type: 'boolean', description: 'one prompt per line (screen readers; also when TERM=dumb)', schema: z.boolean().default(false) },
    lesson: { type: 'string', value: 'N', description: `start at lesson N (1-${LESSON_SPECS.length})`, schema: z.coerce.number().int('must be a whole number').min(1).max(LESSON_SPECS.length).default(1) },
    // Hidden: fixes the order of the question's options (tests).
    seed: { type: 'string', schema: z.coerce.number().int().optional() },
  },
  positionals: z.array(z.string()).max(0, 'learn takes no arguments'),
  details: `Keys: 1/2 (or ↑/↓ and Enter) answer, n/Enter next, q/Esc/Ctrl-C quit.

Exit codes: 0 finished or quit; 2 usage error, or standard input or output is not a terminal.`,
  async run(options, global) {
    assertInteractive(global.stdin, 'read the rules with `preflight explain --list` and `preflight explain RULE` instead', global.stdout);
    const seed = options.seed ?? Date.now();
    const initial = initialLearnState(buildLessons(seed), options.lesson - 1);
    try {
      if (options.plain || global.env['TERM'] === 'dumb') await runPlain(initial, global);
      else await runInk(initial);
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
    }
    return 0;
  },
});

async function runPlain(initial: LearnState, global: GlobalOptions): Promise<LearnState> {
  const { runPlainLearn } = await import('../../ui/learn/plain.js');
  return runPlainLearn(initial, { prompts: await inquirerPrompts(), print: (line) => global.stdout.write(`${line}\n`) });
}

/** Ink and React load only here. */
async function runInk(initial: LearnState): Promise<LearnState> {
  const [{ render }, React, { Learn }] = await Promise.all([loadInk(), import('react').then((module) => module.default), import('../../ui/learn/Learn.js')]);
  let final: LearnState = initial;
  const app = render(
    React.createElement(Learn, {
      initialState: initial,
      onExit: (state: LearnState) => {
        final = state;
      },
    }),
    { exitOnCtrlC: false },
  );
  await app.waitUntilExit();
  return final;
}
