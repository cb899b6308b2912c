import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  currentSubject,
  initialWizardState,
  unansweredItems,
  wizardReducer,
  type WizardState,
} from '../../core/checklist/reducer.js';
import { ANSWERS } from '../../core/checklist/schema.js';
import { UserError } from '../../core/errors.js';
import { assertNothingElseStaged, commitRecords } from '../../io/git/repo.js';
import { signingSetupHelp } from '../../io/git/signing.js';
import { assertInteractive, inquirerPrompts, PromptCancelled } from '../../ui/prompts.js';
import { defineCommand, type GlobalOptions } from '../command.js';
import { prepareReview, type ReviewSession } from '../review/prepare.js';
import { persistRecords, prepareReviewRecord, signingAvailable, type PendingRecord } from '../review/write-record.js';

const answersFileSchema = z.record(
  z.string(),
  z.object({ answer: z.enum(ANSWERS), note: z.string().optional() }).strict(),
);

export const reviewCommand = defineCommand({
  name: 'review',
  summary: "Walk the guide's checklist for migrations and write a (signed) review record for each.",
  usage: '[options] [PATH|REV…]',
  options: {
    plain: { type: 'boolean', description: 'one question per line (screen readers; also when TERM=dumb)' },
    answers: { type: 'string', value: 'FILE', description: 'answer the reviewer items from a YAML/JSON file, without prompts' },
    'no-sign': { type: 'boolean', description: 'write the record unsigned, without asking' },
    commit: { type: 'boolean', description: 'commit the record and its signature (honours commit.gpgsign)' },
  },
  schema: z.object({
    plain: z.boolean().default(false),
    answers: z.string().optional(),
    'no-sign': z.boolean().default(false),
    commit: z.boolean().default(false),
    positionals: z.array(z.string()),
  }),
  details: `Without PATH|REV: the migrations without a current review record (once records exist),
else those added or changed against the default branch, else the head revision.

Keys: ↑/↓ (j/k) move, y/n/a answer, Enter evidence, ? why it matters, o other
findings, s summary, q/Esc/Ctrl-C abort (nothing is written).

Answers file (--answers), for the items no check can decide:
  tested-on-production-copy: { answer: "yes", note: "staging snapshot 2026-11-20" }
  rollback-plan: { answer: "yes", note: "alembic downgrade -1" }

Exit codes: 0 records written and no item is "no"; 1 written with a "no";
2 usage error or missing answers; 130 aborted (nothing written).`,
  async run(options, global) {
    const answers = options.answers ? readAnswersFile(options.answers, global.cwd) : undefined;
    if (!answers) {
      assertInteractive(global.stdin, 'pass the answers with --answers FILE, or run `preflight check` for a non-interactive check');
    }
    const session = await prepareReview(options.positionals, global);
    // Refuse before any question is asked: --commit must never sweep in other staged work.
    if (options.commit) await assertNothingElseStaged(session.repoRoot);
    if (session.subjects.length === 0) {
      global.stdout.write('Nothing to review: every migration has a current review record.\n');
      return 0;
    }
    const signing: 'signed' | 'unsigned' | 'needs-key' = options['no-sign']
      ? 'unsigned'
      : (await signingAvailable(session, global.env))
        ? 'signed'
        : 'needs-key';
    const initial = initialWizardState(session.checklist.checklist, session.subjects);
    const pending: PendingRecord[] = [];
    const prepare = async (state: WizardState, unsigned: boolean): Promise<string> => {
      const record = await prepareReviewRecord(state, session, {
        sign: unsigned || signing === 'unsigned' ? 'no-sign' : 'sign',
        env: global.env,
        now: new Date(),
      });
      pending.push(record);
      return relative(global.cwd, record.path);
    };

    let final: WizardState;
    if (answers) {
      if (signing === 'needs-key') {
        throw new UserError(`no signing key is configured for git; pass --no-sign to write unsigned records, or set one up:\n${signingSetupHelp()}`);
      }
      final = await runWithAnswers(initial, answers, options.answers!, prepare);
    } else {
      global.stderr.write(`Reviewing ${session.subjects.length} migration(s): ${session.selection}.\n`);
      try {
        final = options.plain || global.env['TERM'] === 'dumb' ? await runPlain(initial, prepare, signing, global) : await runInk(initial, prepare, signing, session);
      } catch (error) {
        if (error instanceof PromptCancelled) final = { ...initial, phase: 'aborted' };
        else throw error;
      }
    }
    if (final.phase !== 'done') {
      global.stderr.write('Review aborted: nothing was written.\n');
      return 130;
    }
    const written = persistRecords(pending);
    for (const record of written) {
      global.stdout.write(`Wrote ${relative(global.cwd, record.path)}${record.signaturePath ? ` and ${relative(global.cwd, record.signaturePath)}` : ' (unsigned)'}\n`);
    }
    if (options.commit) {
      const files = written.flatMap((record) => [record.path, ...(record.signaturePath ? [record.signaturePath] : [])]);
      const revisions = session.subjects.map((subject) => subject.revision);
      const commit = await commitRecords(session.repoRoot, files, `Review migration${revisions.length > 1 ? 's' : ''} ${revisions.join(', ')}`);
      global.stdout.write(`Committed ${commit}\n`);
    }
    if (signing === 'needs-key') global.stderr.write(`To sign review records, configure a key for git:\n${signingSetupHelp()}\n`);
    return pending.some((record) => record.hasNo) ? 1 : 0;
  },
});

type Prepare = (state: WizardState, unsigned: boolean) => Promise<string>;

function readAnswersFile(path: string, cwd: string): z.infer<typeof answersFileSchema> {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new UserError(`--answers ${path}: cannot read the file`);
  }
  let document: unknown;
  try {
    document = parseYaml(text); // YAML is a superset of JSON: one parser for both.
  } catch (error) {
    throw new UserError(`${path}: not valid YAML or JSON: ${String((error as Error).message).split('\n')[0]}`);
  }
  const result = answersFileSchema.safeParse(document ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

async function runWithAnswers(initial: WizardState, answers: z.infer<typeof answersFileSchema>, file: string, prepare: Prepare): Promise<WizardState> {
  const known = new Set(initial.checklist.items.map((item) => item.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UserError(`${file}: unknown checklist item(s): ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  let state = initial;
  while (state.phase !== 'done') {
    state = wizardReducer(state, { type: 'apply-answers', answers });
    const missing = unansweredItems(state);
    if (missing.length > 0) {
      const subject = currentSubject(state)!;
      const detail = missing.map((item) => {
        const auto = state.answers[state.index]?.[item.id];
        if (answers[item.id]) return `${item.id} (needs a note)`;
        return auto ? `${item.id} (the checks answered "${auto.answer}": confirm it with a note)` : item.id;
      });
      throw new UserError(`${file}: no answer for ${detail.join(', ')} (migration ${subject.revision})`);
    }
    state = wizardReducer(state, { type: 'confirm-write' });
    const path = await prepare(state, false);
    state = wizardReducer(state, { type: 'record-written', path });
  }
  return state;
}

async function runPlain(initial: WizardState, prepare: Prepare, signing: 'signed' | 'unsigned' | 'needs-key', global: GlobalOptions): Promise<WizardState> {
  const { runPlainWizard } = await import('../../ui/wizard/plain.js');
  return runPlainWizard(initial, {
    prompts: await inquirerPrompts(),
    print: (line) => global.stdout.write(`${line}\n`),
    writeRecord: prepare,
    signing,
  });
}

/** Ink and React load only here: `check` and the scripted paths never pay for them. */
async function runInk(initial: WizardState, prepare: Prepare, signing: 'signed' | 'unsigned' | 'needs-key', _session: ReviewSession): Promise<WizardState> {
  const [{ render }, React, { Wizard }] = await Promise.all([import('ink'), import('react'), import('../../ui/wizard/Wizard.js')]);
  let final: WizardState = initial;
  const app = render(
    React.createElement(Wizard, {
      initialState: initial,
      services: { writeRecord: prepare, signing },
      onExit: (state: WizardState) => {
        final = state;
      },
    }),
    { exitOnCtrlC: false },
  );
  await app.waitUntilExit();
  return final;
}
