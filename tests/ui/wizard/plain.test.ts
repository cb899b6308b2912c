import { describe, expect, it, vi } from 'vitest';
import { currentAnswers, type WizardState } from '../../../src/review/checklist/reducer.js';
import { PromptCancelled, type Choice, type Prompts } from '../../../src/ui/prompts.js';
import { runPlainWizard, type PlainServices } from '../../../src/ui/wizard/plain.js';
import { badSubject, cleanSubject, stateFor } from '../../support/review-fixtures.js';

type Expected =
  | { kind: 'select'; message: string | RegExp; answer: string; defaultValue?: string; choices?: string[] }
  | { kind: 'input'; message: string | RegExp; answer: string | ((defaultValue?: string) => string); defaultValue?: string }
  | { kind: 'confirm'; message: string | RegExp; answer: boolean; defaultValue?: boolean }
  | { kind: 'select' | 'input' | 'confirm'; message: string | RegExp; cancel: true };

/**
 * Prompts that answer from a script, in order. An unexpected prompt (wrong
 * kind or message, or one past the end of the script) fails the test.
 */
class ScriptedPrompts implements Prompts {
  readonly asked: string[] = [];
  constructor(private readonly script: Expected[]) {}

  private next(kind: Expected['kind'], message: string): Expected {
    this.asked.push(`${kind}: ${message}`);
    const expected = this.script.shift();
    if (!expected) throw new Error(`unexpected ${kind} prompt (script is finished): ${message}`);
    if (expected.kind !== kind) throw new Error(`expected a ${expected.kind} prompt "${String(expected.message)}", got ${kind}: ${message}`);
    const matches = typeof expected.message === 'string' ? message === expected.message : expected.message.test(message);
    if (!matches) throw new Error(`expected ${kind} prompt "${String(expected.message)}", got "${message}"`);
    if ('cancel' in expected) throw new PromptCancelled();
    return expected;
  }

  async select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T> {
    const expected = this.next('select', message) as Extract<Expected, { kind: 'select'; answer: string }>;
    if ('defaultValue' in expected) expect(defaultValue, `default of "${message}"`).toBe(expected.defaultValue);
    if (expected.choices) expect(choices.map((choice) => choice.value)).toEqual(expected.choices);
    const choice = choices.find((candidate) => candidate.value === expected.answer);
    if (!choice) throw new Error(`"${expected.answer}" is not a choice of "${message}": ${choices.map((c) => c.value).join(', ')}`);
    return choice.value;
  }

  async input(message: string, options: { default?: string; validate?: (value: string) => true | string } = {}): Promise<string> {
    const expected = this.next('input', message) as Extract<Expected, { kind: 'input'; answer: unknown }>;
    if ('defaultValue' in expected) expect(options.default, `default of "${message}"`).toBe(expected.defaultValue);
    const answer = typeof expected.answer === 'function' ? expected.answer(options.default) : expected.answer;
    // Like inquirer: an invalid value is not returned.
    const valid = options.validate ? options.validate(answer) : true;
    if (valid !== true) throw new Error(`the script's answer "${answer}" to "${message}" is invalid: ${valid}`);
    return answer;
  }

  async confirm(message: string, defaultValue?: boolean): Promise<boolean> {
    const expected = this.next('confirm', message) as Extract<Expected, { kind: 'confirm'; answer: boolean }>;
    if ('defaultValue' in expected) expect(defaultValue, `default of "${message}"`).toBe(expected.defaultValue);
    return expected.answer;
  }

  assertFinished(): void {
    expect(this.script, 'prompts the script expected but never saw').toEqual([]);
  }
}

function services(script: Expected[], overrides: Partial<PlainServices> = {}) {
  const prompts = new ScriptedPrompts(script);
  const lines: string[] = [];
  const writeRecord = vi.fn(async (state: WizardState, _unsigned: boolean) => `migrations/reviews/${state.subjects[state.index]!.revision}.json`);
  return { prompts, lines, writeRecord, services: { prompts, print: (line: string) => lines.push(line), writeRecord, signing: 'unsigned' as const, ...overrides } };
}

const TESTED = '5. Have you tested on a copy of production data?';
const ROLLBACK = '7. Is there a rollback plan?';
const TESTED_NOTE = 'Where and when did you test (database, date, data size)?';
const ROLLBACK_NOTE = 'What is the rollback plan?';
const NO_NOTE = 'Why, and what will you do about it?';
const OVERRIDE_NOTE = 'Why do you answer differently from the checks?';

/** The prompts that answer the clean subject's two reviewer items. */
function cleanAnswers(): Expected[] {
  return [
    { kind: 'select', message: TESTED, answer: 'yes', choices: ['yes', 'no', 'n/a'] },
    { kind: 'input', message: TESTED_NOTE, answer: 'staging snapshot 2024-07-01, 2M rows' },
    { kind: 'select', message: ROLLBACK, answer: 'yes' },
    { kind: 'input', message: ROLLBACK_NOTE, defaultValue: 'alembic downgrade -1 (to 2f904228e8b1)', answer: (d) => d! },
  ];
}

describe('runPlainWizard', () => {
  it('prints the review, asks only the open items, and writes the record', async () => {
    const run = services([
      ...cleanAnswers(),
      { kind: 'confirm', message: 'Change any answer?', answer: false, defaultValue: false },
      { kind: 'confirm', message: 'Write the unsigned review record?', answer: true, defaultValue: true },
    ]);
    const final = await runPlainWizard(stateFor(cleanSubject()), run.services);
    run.prompts.assertFinished();
    expect(final.phase).toBe('done');
    expect(final.written).toEqual(['migrations/reviews/2fee88dab64c.json']);
    expect(run.writeRecord).toHaveBeenCalledTimes(1);
    expect(run.writeRecord.mock.calls[0]![1]).toBe(false);
    expect(currentAnswers(final)['tested-on-production-copy']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'staging snapshot 2024-07-01, 2M rows' });
    expect(currentAnswers(final)['rollback-plan']).toEqual({ answer: 'yes', decidedBy: 'reviewer', note: 'alembic downgrade -1 (to 2f904228e8b1)' });
    expect(run.lines).toEqual([
      '',
      'Review 1 of 1: migrations/versions/2fee88dab64c_add_phone_to_users.py',
      'Revision 2fee88dab64c → 2f904228e8b1: add phone to users',
      '1. Can this be done with ALTER instead of DROP? — auto yes',
      '     migrations/versions/2fee88dab64c_add_phone_to_users.py:22 no table is dropped; the upgrade alters in place (1 ALTER-style operation)',
      '2. Is there a data migration strategy? — auto n/a',
      '     migrations/versions/2fee88dab64c_add_phone_to_users.py:21 no column becomes NOT NULL or changes type, and the upgrade changes no rows',
      '3. Are there proper defaults for new columns? — auto yes',
      '     migrations/versions/2fee88dab64c_add_phone_to_users.py:22 users.phone is nullable',
      '4. Is the migration reversible (downgrade works)? — auto yes',
      '     migrations/versions/2fee88dab64c_add_phone_to_users.py:22 add_column at line 22 is undone by drop_column at line 27',
      '5. Have you tested on a copy of production data? — needs you',
      '6. Are there safeguards for production? — auto n/a',
      '     migrations/versions/2fee88dab64c_add_phone_to_users.py:21 nothing destructive in the upgrade',
      '7. Is there a rollback plan? — needs you',
      'Nothing blocking.',
      'Wrote migrations/reviews/2fee88dab64c.json',
    ]);
  });

  it('auto "no" items are asked too (default: the checks\' answer), with rule names, other findings and blocking items', async () => {
    const run = services([
      // The head changes data: its data migration strategy is asked first, with no default.
      { kind: 'select', message: '2. Is there a data migration strategy?', defaultValue: undefined, answer: 'no' },
      { kind: 'input', message: NO_NOTE, answer: 'emails are lower-cased in place' },
      { kind: 'select', message: '4. Is the migration reversible (downgrade works)?', defaultValue: 'no', answer: 'no' },
      { kind: 'input', message: NO_NOTE, answer: 'lower-casing cannot be undone' },
      { kind: 'select', message: TESTED, defaultValue: undefined, answer: 'yes' },
      { kind: 'input', message: TESTED_NOTE, defaultValue: undefined, answer: 'staging' },
      { kind: 'select', message: '6. Are there safeguards for production?', defaultValue: 'no', answer: 'yes' },
      { kind: 'input', message: OVERRIDE_NOTE, answer: 'only deployed in the maintenance window' },
      { kind: 'select', message: ROLLBACK, answer: 'yes' },
      { kind: 'input', message: ROLLBACK_NOTE, defaultValue: undefined, answer: 'restore the nightly backup' },
      { kind: 'confirm', message: 'Change any answer?', answer: false },
      { kind: 'confirm', message: 'Write the unsigned review record?', answer: true },
    ]);
    const final = await runPlainWizard(stateFor(badSubject()), run.services);
    run.prompts.assertFinished();
    expect(final.phase).toBe('done');
    expect(run.lines).toContain('1. Can this be done with ALTER instead of DROP? — auto yes');
    const strategy = run.lines.indexOf('2. Is there a data migration strategy? — needs you');
    expect(run.lines.slice(strategy, strategy + 3)).toEqual([
      '2. Is there a data migration strategy? — needs you',
      '     migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 destructive-raw-sql: raw SQL updates every row of users (no WHERE): UPDATE users SET email = lower(trim(email))',
      '     migrations/versions/f5f4ae3110f6_normalize_user_emails.py:28 destructive-raw-sql: raw SQL deletes every row of sessions (no WHERE): DELETE FROM sessions',
    ]);
    expect(run.lines).toContain('4. Is the migration reversible (downgrade works)? — auto no');
    expect(run.lines).toContain(
      '     migrations/versions/f5f4ae3110f6_normalize_user_emails.py:31 missing-downgrade: downgrade() does nothing, so rolling back leaves execute "DELETE FROM sessions" in place',
    );
    expect(run.lines).toContain(
      '     migrations/versions/f5f4ae3110f6_normalize_user_emails.py:28 destructive-without-safeguard: raw SQL that deletes every row of sessions (no WHERE) runs without a production safeguard',
    );
    const others = run.lines.slice(run.lines.indexOf('Other findings:') + 1, run.lines.indexOf('Other findings:') + 4);
    expect(others).toEqual([
      '   migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 error destructive-raw-sql raw SQL updates every row of users (no WHERE): UPDATE users SET email = lower(trim(email))',
      '   migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 error raw-sql-string-execute connection.execute() is given a plain SQL string: wrap it in sa.text()',
      '   migrations/versions/f5f4ae3110f6_normalize_user_emails.py:28 error destructive-raw-sql raw SQL deletes every row of sessions (no WHERE): DELETE FROM sessions',
    ]);
    expect(run.lines).toContain('Blocking items (answered "no"): data-migration-strategy, reversible');
    expect(currentAnswers(final)['data-migration-strategy']).toEqual({ answer: 'no', decidedBy: 'reviewer', note: 'emails are lower-cased in place' });
    expect(currentAnswers(final)['reversible']).toEqual({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: 'lower-casing cannot be undone' });
    expect(currentAnswers(final)['production-safeguards']).toEqual({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'only deployed in the maintenance window' });
  });

  it('names the fixes available in one line after the other findings, and never asks about them', async () => {
    const line = 'Fix available (line 26 raw-sql-string-execute): preflight check --fix --diff shows it, preflight check --fix applies it.';
    const fixLine = vi.fn(async () => line);
    // The same prompts as without fixes: the scripted prompts fail on any other one.
    const run = services(
      [
        { kind: 'select', message: '2. Is there a data migration strategy?', answer: 'no' },
        { kind: 'input', message: NO_NOTE, answer: 'emails are lower-cased in place' },
        { kind: 'select', message: '4. Is the migration reversible (downgrade works)?', answer: 'no' },
        { kind: 'input', message: NO_NOTE, answer: 'lower-casing cannot be undone' },
        { kind: 'select', message: TESTED, answer: 'yes' },
        { kind: 'input', message: TESTED_NOTE, answer: 'staging' },
        { kind: 'select', message: '6. Are there safeguards for production?', answer: 'no' },
        { kind: 'input', message: NO_NOTE, answer: 'maintenance window' },
        { kind: 'select', message: ROLLBACK, answer: 'yes' },
        { kind: 'input', message: ROLLBACK_NOTE, answer: 'restore the nightly backup' },
        { kind: 'confirm', message: 'Change any answer?', answer: false },
        { kind: 'confirm', message: 'Write the unsigned review record?', answer: true },
      ],
      { fixLine },
    );
    const final = await runPlainWizard(stateFor(badSubject()), run.services);
    run.prompts.assertFinished();
    expect(final.phase).toBe('done');
    const after = run.lines.indexOf('Other findings:') + 4;
    expect(run.lines[after]).toBe(line);
    expect(run.lines.filter((printed) => printed.startsWith('Fix'))).toEqual([line]);
    expect(fixLine).toHaveBeenCalledWith(badSubject());
  });

  it('the note prompt refuses an empty note', async () => {
    let validate: ((value: string) => true | string) | undefined;
    const prompts: Prompts = {
      select: async (_message, _choices) => 'yes' as never,
      input: async (_message, options) => {
        validate = options?.validate;
        throw new PromptCancelled();
      },
      confirm: async () => false,
    };
    await expect(runPlainWizard(stateFor(cleanSubject()), { prompts, print: () => {}, writeRecord: vi.fn(), signing: 'unsigned' })).rejects.toBeInstanceOf(PromptCancelled);
    expect(validate?.('   ')).toBe('this answer needs a note');
    expect(validate?.('ok')).toBe(true);
  });

  it('"Change any answer?" re-asks the chosen item and the change sticks', async () => {
    const run = services([
      ...cleanAnswers(),
      { kind: 'confirm', message: 'Change any answer?', answer: true },
      { kind: 'select', message: 'Which item?', answer: '3' },
      { kind: 'select', message: '4. Is the migration reversible (downgrade works)?', defaultValue: 'yes', answer: 'no' },
      { kind: 'input', message: NO_NOTE, answer: 'phone numbers are lost on downgrade' },
      { kind: 'confirm', message: 'Change any answer?', answer: false },
      { kind: 'confirm', message: 'Write the unsigned review record?', answer: true },
    ]);
    const final = await runPlainWizard(stateFor(cleanSubject()), run.services);
    run.prompts.assertFinished();
    expect(currentAnswers(final)['reversible']).toEqual({ answer: 'no', decidedBy: 'reviewer', autoAnswer: 'yes', note: 'phone numbers are lost on downgrade' });
    expect(run.lines).toContain('Blocking items (answered "no"): reversible');
    expect(final.phase).toBe('done');
  });

  it('without a signing key it asks to write unsigned; declining aborts and writes nothing', async () => {
    const declined = services(
      [
        ...cleanAnswers(),
        { kind: 'confirm', message: 'Change any answer?', answer: false },
        { kind: 'confirm', message: 'Write the record unsigned?', answer: false, defaultValue: false },
      ],
      { signing: 'needs-key' },
    );
    const final = await runPlainWizard(stateFor(cleanSubject()), declined.services);
    declined.prompts.assertFinished();
    expect(final.phase).toBe('aborted');
    expect(declined.writeRecord).not.toHaveBeenCalled();
    expect(declined.lines).toContain('No signing key is configured for git; the record can be written unsigned (verify reports it as "unsigned").');

    const accepted = services(
      [...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', answer: false }, { kind: 'confirm', message: 'Write the record unsigned?', answer: true }],
      { signing: 'needs-key' },
    );
    expect((await runPlainWizard(stateFor(cleanSubject()), accepted.services)).phase).toBe('done');
    expect(accepted.writeRecord.mock.calls[0]![1]).toBe(true);
  });

  it('declining to write aborts', async () => {
    const run = services([...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', answer: false }, { kind: 'confirm', message: 'Write the unsigned review record?', answer: false }]);
    const final = await runPlainWizard(stateFor(cleanSubject()), run.services);
    expect(final.phase).toBe('aborted');
    expect(final.written).toEqual([]);
    expect(run.writeRecord).not.toHaveBeenCalled();
  });

  it('asks about the signed record when a key is configured', async () => {
    const run = services(
      [...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', answer: false }, { kind: 'confirm', message: 'Write the signed review record?', answer: true }],
      { signing: 'signed' },
    );
    expect((await runPlainWizard(stateFor(cleanSubject()), run.services)).phase).toBe('done');
  });

  it('reviews several migrations in turn', async () => {
    const second = cleanSubject({ revision: '3abc00000000', displayPath: 'migrations/versions/3abc_next.py' });
    const run = services([
      ...cleanAnswers(),
      { kind: 'confirm', message: 'Change any answer?', answer: false },
      { kind: 'confirm', message: 'Write the unsigned review record?', answer: true },
      ...cleanAnswers(),
      { kind: 'confirm', message: 'Change any answer?', answer: false },
      { kind: 'confirm', message: 'Write the unsigned review record?', answer: true },
    ]);
    const final = await runPlainWizard(stateFor(cleanSubject(), second), run.services);
    run.prompts.assertFinished();
    expect(final.phase).toBe('done');
    expect(final.written).toEqual(['migrations/reviews/2fee88dab64c.json', 'migrations/reviews/3abc00000000.json']);
    expect(run.lines).toContain('Review 2 of 2: migrations/versions/3abc_next.py');
  });

  it('a cancelled prompt propagates as PromptCancelled and nothing is written', async () => {
    for (const script of [
      [{ kind: 'select', message: TESTED, cancel: true }],
      [{ kind: 'select', message: TESTED, answer: 'yes' }, { kind: 'input', message: TESTED_NOTE, cancel: true }],
      [...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', cancel: true }],
      [...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', answer: false }, { kind: 'confirm', message: 'Write the unsigned review record?', cancel: true }],
    ] as Expected[][]) {
      const run = services(script);
      await expect(runPlainWizard(stateFor(cleanSubject()), run.services)).rejects.toBeInstanceOf(PromptCancelled);
      run.prompts.assertFinished();
      expect(run.writeRecord).not.toHaveBeenCalled();
    }
  });

  it('a failed write propagates', async () => {
    const run = services([...cleanAnswers(), { kind: 'confirm', message: 'Change any answer?', answer: false }, { kind: 'confirm', message: 'Write the unsigned review record?', answer: true }], {
      writeRecord: vi.fn(async () => {
        throw new Error('disk full');
      }),
    });
    await expect(runPlainWizard(stateFor(cleanSubject()), run.services)).rejects.toThrow('disk full');
  });

  it('the scripted fake fails on a prompt the script did not expect', async () => {
    const run = services([{ kind: 'select', message: TESTED, answer: 'yes' }]);
    await expect(runPlainWizard(stateFor(cleanSubject()), run.services)).rejects.toThrow(/unexpected input prompt \(script is finished\): Where and when did you test/);
  });
});
