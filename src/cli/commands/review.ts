import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  currentSubject,
  initialWizardState,
  unansweredItems,
  wizardReducer,
  type ReviewSubject,
  type WizardState,
} from '../../review/checklist/reducer.js';
import { ANSWERS } from '../../review/checklist/schema.js';
import { UserError } from '../../model/errors.js';
import { assertNothingElseStaged, commitRecords } from '../../io/git/repo.js';
import { readGitConfigSnapshot, type GitConfigSnapshot } from '../../io/git/config.js';
import { signingSetupHelp } from '../../io/git/signing.js';
import { assertInteractive, inquirerPrompts, PromptCancelled } from '../../ui/prompts.js';
import type { WizardServices } from '../../ui/wizard/Wizard.js';
import type { Evidence } from '../../review/checklist/decide.js';
import { renderOfflineSql } from '../../io/alembic/offline-sql.js';
import { findAlembicPython } from '../../io/alembic/python.js';
import { databaseDialect } from '../../io/alembic/scratch.js';
import { DEFAULT_ROUNDTRIP_TIMEOUT_S, roundTripTarget } from './roundtrip.js';
import { DEFAULT_SEED, DEFAULT_SEED_ROWS } from '../../io/alembic/roundtrip.js';
import { roundTripEvidence, roundTripVerdicts, type RoundTripVerdicts } from '../../review/roundtrip/report.js';
import { loadInk } from '../../ui/load-ink.js';
import { defineCommand, type GlobalOptions } from '../command.js';
import { prepareReview, type ReviewSession } from '../review/prepare.js';
import { persistRecords, prepareReviewRecord, reviewerIdentity, signingAvailable, type PendingRecord } from '../review/write-record.js';
import { plainFixLine, reviewFixes, type ReviewFixes } from '../review/fix.js';
import { terminalSafeLine } from '../../model/terminal-safe.js';

const answersFileSchema = z.record(
  z.string(),
  z.object({ answer: z.enum(ANSWERS), note: z.string().optional() }).strict(),
);

export const reviewCommand = defineCommand({
  name: 'review',
  summary: "Walk the guide's checklist for migrations and write a (signed) review record for each.",
  arguments: '[PATH|REV…]',
  options: {
    plain: { type: 'boolean', description: 'one question per line (screen readers; also when TERM=dumb)', schema: z.boolean().default(false) },
    answers: { type: 'string', value: 'FILE', description: 'answer the reviewer items from a YAML/JSON file, without prompts', schema: z.string().optional() },
    'no-sign': { type: 'boolean', description: 'write the record unsigned, without asking', schema: z.boolean().default(false) },
    commit: { type: 'boolean', description: 'commit the record and its signature (honours commit.gpgsign)', schema: z.boolean().default(false) },
    roundtrip: { type: 'boolean', description: 'run the round trip (upgrade, downgrade, upgrade on a scratch database) first: it decides "reversible"', schema: z.boolean().default(false) },
    python: { type: 'string', value: 'PATH', description: 'the Python interpreter that has Alembic (SQL panel, round trip, loading a fixed file)', schema: z.string().optional() },
    'database-url': { type: 'string', value: 'URL', description: 'PostgreSQL server for the round trip\'s scratch database (default: a temp SQLite file)', schema: z.string().min(1).optional() },
    rows: { type: 'string', value: 'N', description: `rows the round trip seeds per table (default ${DEFAULT_SEED_ROWS}; 0: the schema only)`, schema: z.coerce.number().int('--rows must be a whole number').min(0, '--rows must be at least 0').max(100_000, '--rows must be at most 100000').default(DEFAULT_SEED_ROWS) },
    seed: { type: 'string', value: 'N', description: `seed of the round trip's generated rows (default ${DEFAULT_SEED})`, schema: z.coerce.number().int('--seed must be a whole number').min(0, '--seed must be at least 0').default(DEFAULT_SEED) },
  },
  positionals: z.array(z.string()),
  details: `Without PATH|REV: the migrations whose record \`preflight verify\` would not accept (once
records exist), else those added or changed against the default branch, else the head revision.

Keys: ↑/↓ (j/k) move, y/n/a answer, Enter evidence, ? why it matters, o other
findings, l offline SQL, K locks, r round trip, s summary (w writes there), q/Esc/Ctrl-C
abort: no record is written. A "no" and every override of an automatic answer need a note.
f in the evidence or other findings shows a finding's fix as a diff (check --fix's
checks); y there writes it (loaded in Alembic, as check --fix does), the migration is
checked again and the record covers the fixed file; n/Esc goes back. --plain names the
fixes and leaves them to check --fix.

Answers file (--answers), for the items no check can decide:
  tested-on-production-copy: { answer: "yes", note: "staging snapshot 2026-11-20" }
  rollback-plan: { answer: "yes", note: "alembic downgrade -1" }

Exit codes: 0 records written and no item is "no"; 1 written with a "no", or a version
file whose revision cannot be read (it cannot be reviewed until it is);
2 usage error or missing answers; 130 aborted (no record written; a fix applied with y stays).`,
  async run(options, global) {
    const answers = options.answers ? readAnswersFile(options.answers, global.cwd) : undefined;
    if (!answers) {
      assertInteractive(global.stdin, 'pass the answers with --answers FILE, or run `preflight check` for a non-interactive check', global.stdout);
    }
    const interactive = !answers && !(options.plain || global.env['TERM'] === 'dumb');
    // The wizard's modules load while the project is read: the first frame waits for neither one after the other.
    const inkModules = interactive ? loadWizardModules() : undefined;
    inkModules?.catch(() => undefined);
    // A signed record must name its reviewer: both read from git config, while the migrations are selected.
    let signingReads: Promise<[boolean, unknown]> | undefined;
    const readSigning = (repoRoot: string, config?: Promise<GitConfigSnapshot>): void => {
      signingReads ??= options['no-sign']
        ? Promise.resolve([false, undefined])
        : (config ?? readGitConfigSnapshot(repoRoot, global.env)).then((snapshot) =>
            Promise.all([signingAvailable(repoRoot, global.env, snapshot), reviewerIdentity(repoRoot, snapshot).catch((error: unknown) => error)]),
          );
      signingReads.catch(() => undefined);
    };
    const session = await prepareReview(options.positionals, global, { onRepositoryRoot: readSigning });
    for (const warning of session.warnings) global.stderr.write(`${terminalSafeLine(warning)}\n`);
    // Refuse before any question is asked: --commit must never sweep in other staged work.
    if (options.commit) await assertNothingElseStaged(session.repoRoot);
    // A file Alembic will run but whose revision cannot be read is never "nothing to review".
    for (const file of session.unreadable) {
      global.stderr.write(`${terminalSafeLine(`${file.file}:${file.line}: cannot be reviewed until its revision is readable (${file.message})`)}\n`);
    }
    if (session.subjects.length === 0) {
      if (session.unreadable.length > 0) return 1;
      global.stdout.write('Nothing to review: every migration has a review record that verify accepts.\n');
      return 0;
    }
    // Before any question: whether records can be signed, and by whom.
    readSigning(session.repoRoot);
    const [canSign, identity] = await signingReads!;
    const signing: 'signed' | 'unsigned' | 'needs-key' = options['no-sign'] ? 'unsigned' : canSign ? 'signed' : 'needs-key';
    if (signing === 'signed' && identity instanceof Error) throw identity;
    // The wizard shows its first frame without waiting for the probe of Python interpreters (hundreds of
    // milliseconds): the SQL panel and the round trip wait for it; everything else needs no Alembic.
    const alembicProbe =
      answers && !options.roundtrip
        ? undefined
        : alembicServices(session, options, global).catch((error: unknown) => ({ unavailable: error instanceof Error ? error.message : String(error) }));
    const alembic = interactive && !options.roundtrip ? undefined : await alembicProbe;
    let initial = initialWizardState(session.checklist.checklist, session.subjects);
    if (options.roundtrip) initial = await roundTripAll(initial, alembic, global);
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

    const fixes = reviewFixes(session, global, options.python);
    let final: WizardState;
    let usedInk = false;
    if (answers) {
      if (signing === 'needs-key') {
        throw new UserError(`no signing key is configured for git; pass --no-sign to write unsigned records, or set one up:\n${signingSetupHelp()}`);
      }
      final = await runWithAnswers(initial, answers, options.answers!, prepare);
    } else {
      global.stderr.write(`Reviewing ${session.subjects.length} migration(s): ${session.selection}.\n`);
      try {
        usedInk = interactive;
        final = !usedInk ? await runPlain(initial, prepare, signing, global, session) : await runInk(initial, prepare, signing, alembicProbe!, inkModules!, fixes);
      } catch (error) {
        if (error instanceof PromptCancelled) final = { ...initial, phase: 'aborted' };
        else throw error;
      }
    }
    // Written during the review, so they stay whatever happens to the record (also after an abort).
    for (const fix of fixes.applied) {
      global.stdout.write(`${terminalSafeLine(`Fixed ${fix.displayPath}:${fix.line} ${fix.rule}: ${fix.description}`)}\n`);
    }
    if (final.phase !== 'done') {
      // The Ink view already says so on its last frame.
      if (!usedInk) global.stderr.write('Review aborted: nothing was written.\n');
      return 130;
    }
    const written = await persistRecords(pending);
    for (const record of written) {
      global.stdout.write(`Wrote ${relative(global.cwd, record.path)}${record.signaturePath ? ` and ${relative(global.cwd, record.signaturePath)}` : ' (unsigned)'}\n`);
    }
    if (options.commit) {
      const files = written.flatMap((record) => [record.path, ...(record.signaturePath ? [record.signaturePath] : []), ...record.removedSignatures]);
      const revisions = session.subjects.map((subject) => subject.revision);
      const commit = await commitRecords(session.repoRoot, files, `Review migration${revisions.length > 1 ? 's' : ''} ${revisions.join(', ')}`);
      global.stdout.write(`Committed ${commit}\n`);
    }
    if (signing === 'needs-key') global.stderr.write(`To sign review records, configure a key for git:\n${signingSetupHelp()}\n`);
    return pending.some((record) => record.hasNo) || session.unreadable.length > 0 ? 1 : 0;
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

async function runPlain(
  initial: WizardState,
  prepare: Prepare,
  signing: 'signed' | 'unsigned' | 'needs-key',
  global: GlobalOptions,
  session: ReviewSession,
): Promise<WizardState> {
  const { runPlainWizard } = await import('../../ui/wizard/plain.js');
  return runPlainWizard(initial, {
    prompts: await inquirerPrompts(),
    print: (line) => global.stdout.write(`${line}\n`),
    writeRecord: prepare,
    signing,
    fixLine: (subject) => plainFixLine(session, subject),
  });
}

/** Running Alembic for the review: the interpreter and where the round trip's scratch database goes. */
interface AlembicServices {
  loaded: ReviewSession['loaded'];
  python: string;
  iniPath: string;
  databaseUrl?: string;
  env: NodeJS.ProcessEnv;
  rows: number;
  seed: number;
}

/** undefined (with the reason) when no Alembic python is found: the review goes on without SQL and round trip. */
async function alembicServices(
  session: ReviewSession,
  options: { python?: string | undefined; 'database-url'?: string | undefined; rows: number; seed: number },
  global: GlobalOptions,
): Promise<AlembicServices | { unavailable: string }> {
  const iniPath = session.loaded.project.iniPath;
  if (!iniPath) return { unavailable: 'running Alembic needs an alembic.ini' };
  try {
    const python = await findAlembicPython({ ...(options.python !== undefined ? { python: options.python } : {}), root: session.loaded.project.root, env: global.env });
    return { loaded: session.loaded, python, iniPath, env: global.env, rows: options.rows, seed: options.seed, ...(options['database-url'] !== undefined ? { databaseUrl: options['database-url'] } : {}) };
  } catch (error) {
    if (error instanceof UserError) return { unavailable: error.message };
    throw error;
  }
}

function usable(alembic: AlembicServices | { unavailable: string } | undefined): alembic is AlembicServices {
  return alembic !== undefined && !('unavailable' in alembic);
}

async function subjectRoundTrip(
  alembic: AlembicServices,
  subject: ReviewSubject,
  options: { signal?: AbortSignal; onStep?: (name: string) => void } = {},
): Promise<RoundTripVerdicts & { evidence: Evidence[] }> {
  // On PostgreSQL the round trip also traces the upgrade's locks (the wizard's K panel shows them).
  const locks = alembic.databaseUrl !== undefined && databaseDialect(alembic.databaseUrl) === 'postgresql';
  const result = await roundTripTarget(
    { iniPath: alembic.iniPath, revision: subject.revision, downRevision: subject.downRevision, loaded: alembic.loaded, file: subject.file },
    {
      locks,
      python: alembic.python,
      timeoutMs: DEFAULT_ROUNDTRIP_TIMEOUT_S * 1000,
      env: alembic.env,
      rows: alembic.rows,
      seed: alembic.seed,
      ...(alembic.databaseUrl !== undefined ? { databaseUrl: alembic.databaseUrl } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onStep ? { onStep: options.onStep } : {}),
    },
  );
  return { ...roundTripVerdicts(result, subject.file), evidence: roundTripEvidence(result, subject.file) };
}

/** `--roundtrip`: runs the round trip of every subject before any question; it decides "reversible". */
async function roundTripAll(initial: WizardState, alembic: AlembicServices | { unavailable: string } | undefined, global: GlobalOptions): Promise<WizardState> {
  if (!usable(alembic)) {
    const reason = alembic && 'unavailable' in alembic ? alembic.unavailable : 'no Alembic python';
    global.stderr.write(`preflight: warning: --roundtrip skipped (${reason.split('\n')[0]}); "reversible" is left to the reviewer\n`);
    return initial;
  }
  let state = initial;
  for (let index = 0; index < state.subjects.length; index++) {
    const subject = state.subjects[index]!;
    let outcome: RoundTripVerdicts & { evidence: Evidence[] };
    try {
      outcome = await subjectRoundTrip(alembic, subject);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      global.stderr.write(`preflight: warning: round trip of ${subject.revision} could not run (${error.message.split('\n')[0]}); "reversible" is left to the reviewer\n`);
      continue;
    }
    global.stderr.write(`Round trip of ${subject.revision}: ${outcome.ok ? 'passed' : 'failed'}\n`);
    if (!outcome.ok) for (const item of outcome.evidence) global.stderr.write(`  ${item.message}\n`);
    state = { ...wizardReducer({ ...state, index }, { type: 'roundtrip-finished', verdicts: outcome }), index: state.index };
  }
  return { ...state, status: undefined };
}

/** Ink, React and the wizard's view: loaded only for the interactive wizard, never by `check` or the scripted paths. */
function loadWizardModules() {
  // React is CommonJS, bundled (scripts/build.mjs): its exports are the namespace's default.
  return Promise.all([loadInk(), import('react').then((module) => module.default), import('../../ui/wizard/Wizard.js')]);
}

async function runInk(
  initial: WizardState,
  prepare: Prepare,
  signing: 'signed' | 'unsigned' | 'needs-key',
  alembicProbe: Promise<AlembicServices | { unavailable: string }>,
  modules: ReturnType<typeof loadWizardModules>,
  fixes: ReviewFixes,
): Promise<WizardState> {
  const [{ render }, React, { Wizard }] = await modules;
  let final: WizardState = initial;
  // Ink keeps stdin in raw mode: Ctrl-C is a key, so the wizard's abort must stop a running round trip.
  const controller = new AbortController();
  const inflight = new Set<Promise<unknown>>();
  const track = <T,>(promise: Promise<T>): Promise<T> => {
    inflight.add(promise);
    const settle = (): void => void inflight.delete(promise);
    promise.then(settle, settle);
    return promise;
  };
  const services: WizardServices = {
    writeRecord: prepare,
    signing,
    // An abort while a fix is written waits for it: the file ends fixed (and listed) or restored.
    fix: { rules: fixes.rules, propose: fixes.propose, apply: (state, finding) => track(fixes.apply(state, finding)) },
  };
  // Until the probe answers, the SQL panel waits for it (with its "Rendering…" line); the round trip key
  // appears once a Python with Alembic is known (the wizard is rendered again with it).
  services.renderSql = async (state) => {
    const alembic = await alembicProbe;
    if (!usable(alembic)) return { error: `offline SQL is not available: ${alembic.unavailable.split('\n')[0]}` };
    const subject = currentSubject(state)!;
    try {
      const text = await track(
        renderOfflineSql({
          python: alembic.python,
          iniPath: alembic.iniPath,
          revision: subject.revision,
          downRevision: subject.downRevision,
          env: alembic.env,
          signal: controller.signal,
        }),
      );
      return { text };
    } catch (error) {
      return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  };
  const onExit = (state: WizardState): void => {
    final = state;
    if (state.phase === 'aborted') controller.abort(new PromptCancelled());
  };
  const wizard = (current: WizardServices) => React.createElement(Wizard, { initialState: initial, services: current, onExit });
  const app = render(wizard(services), { exitOnCtrlC: false });
  let exited = false;
  void alembicProbe.then((alembic) => {
    if (!usable(alembic) || exited) return;
    const roundTrip: WizardServices['roundTrip'] = (state, onStep) =>
      track(subjectRoundTrip(alembic, currentSubject(state)!, { signal: controller.signal, onStep }));
    // The same element type in the same place: React keeps the wizard's state, only the services change.
    app.rerender(wizard({ ...services, roundTrip }));
  });
  await app.waitUntilExit();
  exited = true;
  // An aborted round trip still removes its scratch database: wait for it before exiting.
  await Promise.allSettled([...inflight]);
  return final;
}
