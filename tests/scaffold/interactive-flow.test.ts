/**
 * The interactive `preflight new`, driven through the Prompts seam by a scripted fake: each step
 * names the question it expects and what the user types; typed answers go through the prompt's
 * own validation, as @inquirer does while the user types.
 */
import { describe, expect, it } from 'vitest';
import { InvalidField } from '../../src/scaffold/fields.js';
import { askNewMigration, templateChoices } from '../../src/ui/new/questions.js';
import { offerReview } from '../../src/ui/new/review-handoff.js';
import { PromptCancelled, type Choice, type Prompts } from '../../src/ui/prompts.js';
import { shippedTemplate, shippedTemplateNames } from '../support/scaffold-templates.js';

type Step =
  | { select: RegExp; answer: string; expectChoices?: (choices: Choice<string>[]) => void }
  | { input: RegExp; typed: string[]; expectDefault?: string }
  | { confirm: RegExp; answer: boolean; expectDefault?: boolean }
  | { cancel: RegExp };

class ScriptedPrompts implements Prompts {
  readonly rejected: string[] = [];
  readonly asked: string[] = [];
  constructor(private readonly steps: Step[]) {}

  private next(kind: 'select' | 'input' | 'confirm', message: string): Step {
    this.asked.push(message);
    const step = this.steps.shift();
    if (!step) throw new Error(`unexpected ${kind} question: ${message}`);
    if ('cancel' in step) {
      expect(message).toMatch(step.cancel);
      throw new PromptCancelled();
    }
    if (!(kind in step)) throw new Error(`expected ${Object.keys(step)[0]}, got ${kind}: ${message}`);
    expect(message).toMatch((step as Record<string, unknown>)[kind] as RegExp);
    return step;
  }

  async select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T> {
    const step = this.next('select', message) as Extract<Step, { select: RegExp }>;
    step.expectChoices?.(choices);
    expect(choices.map((choice) => choice.value)).toContain(step.answer);
    void defaultValue;
    return step.answer as T;
  }

  async input(message: string, options: { default?: string; validate?: (value: string) => true | string } = {}): Promise<string> {
    const step = this.next('input', message) as Extract<Step, { input: RegExp }>;
    if (step.expectDefault !== undefined) expect(options.default).toBe(step.expectDefault);
    for (const typed of step.typed) {
      // Like @inquirer/input: an empty answer takes the default.
      const value = typed === '' && options.default !== undefined ? options.default : typed;
      const verdict = options.validate ? options.validate(value) : true;
      if (verdict === true) return value;
      this.rejected.push(verdict);
    }
    throw new Error(`every typed answer to ${JSON.stringify(message)} was rejected: ${this.rejected.join(' | ')}`);
  }

  async confirm(message: string, defaultValue = false): Promise<boolean> {
    const step = this.next('confirm', message) as Extract<Step, { confirm: RegExp }>;
    if (step.expectDefault !== undefined) expect(defaultValue).toBe(step.expectDefault);
    return step.answer;
  }

  done(): void {
    expect(this.steps).toEqual([]);
  }
}

const templates = shippedTemplateNames().map(shippedTemplate);

describe('interactive preflight new', () => {
  it('asks for the pattern, then only the fields it needs, validating each answer', async () => {
    const prompts = new ScriptedPrompts([
      {
        select: /Which kind of migration/,
        answer: 'add-column',
        expectChoices: (choices) => {
          expect(choices.map((choice) => choice.value)).toEqual(templates.filter((t) => t.name !== 'add-enum-value').map((t) => t.name));
          expect(choices.find((choice) => choice.value === 'add-column')?.description).toMatch(/Guide: Common Patterns \/ Adding a Column/);
        },
      },
      { input: /^Table to add the column to$/, typed: ['users"); import os #', '1st', 'users'] },
      { input: /^Name of the new column$/, typed: ['login count', 'login_count'] },
      { select: /^Column type$/, answer: 'Integer' },
      { confirm: /^Nullable/, answer: false, expectDefault: true },
      { input: /^Server default \(fills the existing rows\)$/, typed: ['', 'many', '0'] },
      { input: /^Message/, typed: [''], expectDefault: 'add login_count to users' },
    ]);
    const answers = await askNewMigration(prompts, { templates, dialect: 'sqlite', inputs: {} });
    prompts.done();
    expect(answers.template.name).toBe('add-column');
    expect(answers.message).toBe('add login_count to users');
    expect(answers.values).toEqual({
      table: { kind: 'identifier', value: 'users' },
      column: { kind: 'identifier', value: 'login_count' },
      type: { kind: 'type', value: { label: 'Integer', python: 'sa.Integer()', category: 'integer', imports: [] } },
      nullable: { kind: 'bool', value: false },
      server_default: { kind: 'default', value: { label: '0', python: 'sa.text("0")', constant: true } },
    });
    expect(prompts.rejected).toEqual([
      expect.stringMatching(/not a plain SQL identifier/),
      expect.stringMatching(/not a plain SQL identifier/),
      expect.stringMatching(/not a plain SQL identifier/),
      expect.stringMatching(/give a value/),
      expect.stringMatching(/an integer default must be a whole number/),
    ]);
  });

  it('does not ask what the flags already gave, and lets optional fields be skipped', async () => {
    const prompts = new ScriptedPrompts([
      { input: /^Name of the new column$/, typed: ['bio'] },
      { select: /^Column type$/, answer: '__other__' },
      { input: /^Column type \(e\.g\./, typed: ['Strin(80)', 'String(80)'] },
      { confirm: /^Nullable/, answer: true },
      { input: /^Server default \(fills the existing rows\) \(optional, Enter to skip\)$/, typed: [''] },
    ]);
    const answers = await askNewMigration(prompts, {
      templates,
      dialect: 'postgresql',
      pattern: 'add-column',
      inputs: { table: 'users' },
      message: 'add bio',
    });
    prompts.done();
    expect(Object.keys(answers.values)).toEqual(['table', 'column', 'type', 'nullable']);
    expect(answers.values['type']).toMatchObject({ value: { python: 'sa.String(length=80)' } });
    expect(prompts.rejected).toEqual([expect.stringMatching(/unknown column type "Strin"/)]);
  });

  it('offers the derived index name as the default and checks it', async () => {
    const prompts = new ScriptedPrompts([
      { input: /^Table$/, typed: ['orders'] },
      { input: /^Columns/, typed: ['customer_id, ,created_at', 'customer_id, created_at'] },
      { input: /^Index name$/, typed: [''], expectDefault: 'ix_orders_customer_id_created_at' },
      { confirm: /^Unique index\?$/, answer: false, expectDefault: false },
      { input: /^Message/, typed: ['index orders by customer'] },
    ]);
    const answers = await askNewMigration(prompts, { templates, dialect: 'postgresql', pattern: 'create-index', inputs: {} });
    prompts.done();
    expect(answers.values['index_name']).toEqual({ kind: 'identifier', value: 'ix_orders_customer_id_created_at' });
    expect(answers.message).toBe('index orders by customer');
    expect(prompts.rejected).toEqual([expect.stringMatching(/empty column name/)]);
  });

  it('rejects a bad message as it is typed', async () => {
    const prompts = new ScriptedPrompts([{ input: /^Message/, typed: ['two\nlines', '   ', 'fine'] }]);
    const answers = await askNewMigration(prompts, { templates, dialect: 'postgresql', pattern: 'empty', inputs: {} });
    expect(answers.message).toBe('fine');
    expect(prompts.rejected).toEqual([expect.stringMatching(/one line/), expect.stringMatching(/cannot be empty/)]);
  });

  it('asks the MySQL-only questions of rename-column only on MySQL', async () => {
    const pg = new ScriptedPrompts([
      { input: /^Table$/, typed: ['users'] },
      { input: /^Current column name$/, typed: ['name'] },
      { input: /^New column name$/, typed: ['name', 'full_name'] },
    ]);
    await askNewMigration(pg, { templates, dialect: 'postgresql', pattern: 'rename-column', inputs: {}, message: 'm' });
    pg.done();
    expect(pg.rejected).toEqual([expect.stringMatching(/must differ from column/)]);
    const mysql = new ScriptedPrompts([
      { input: /^Table$/, typed: ['users'] },
      { input: /^Current column name$/, typed: ['name'] },
      { input: /^New column name$/, typed: ['full_name'] },
      { select: /^Current column type/, answer: 'String(255)' },
      { confirm: /^Is the column nullable/, answer: false },
    ]);
    const answers = await askNewMigration(mysql, { templates, dialect: 'mysql', pattern: 'rename-column', inputs: {}, message: 'm' });
    mysql.done();
    expect(answers.values['nullable']).toEqual({ kind: 'bool', value: false });
  });

  it('refuses an invalid flag value before asking anything', async () => {
    const prompts = new ScriptedPrompts([]);
    await expect(askNewMigration(prompts, { templates, dialect: 'postgresql', pattern: 'add-column', inputs: { table: 'a b' } })).rejects.toBeInstanceOf(InvalidField);
    expect(prompts.asked).toEqual([]);
  });

  it('passes a cancellation through (the command then exits 130 and writes nothing)', async () => {
    const prompts = new ScriptedPrompts([{ select: /Which kind/, answer: 'drop-column' }, { cancel: /^Table$/ }]);
    await expect(askNewMigration(prompts, { templates, dialect: 'postgresql', inputs: {} })).rejects.toBeInstanceOf(PromptCancelled);
  });

  it('lists only the patterns the dialect supports', () => {
    expect(templateChoices(templates, 'postgresql').map((choice) => choice.value)).toContain('add-enum-value');
    expect(templateChoices(templates, 'sqlite').map((choice) => choice.value)).not.toContain('add-enum-value');
  });
});

describe('handing over to the review wizard', () => {
  it('asks "Start the review wizard now?" only when the review command exists', async () => {
    const yes = new ScriptedPrompts([{ confirm: /^Start the review wizard now\?$/, answer: true, expectDefault: true }]);
    expect(await offerReview(yes)).toBe('start');
    const no = new ScriptedPrompts([{ confirm: /review wizard/, answer: false }]);
    expect(await offerReview(no)).toBe('later');
  });

});
