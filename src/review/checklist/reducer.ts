/**
 * The review wizard as a pure state machine: (state, action) → state. The Ink
 * view, the plain prompt driver and the --answers path all dispatch into it;
 * I/O (writing the record, running Alembic) happens outside, and its results
 * come back as actions. Time and randomness never enter here.
 */
import type { LockRow } from '../../analysis/locks/migration-locks.js';
import { fixableBy, type Finding, type ValueRequest } from '../../model/findings.js';
import type { LockTrace } from '../roundtrip/lock-trace.js';
import type { RoundTripVerdicts } from '../roundtrip/report.js';
import type { Evidence, ItemDecision } from './decide.js';
import type { Answer, Checklist, ChecklistItem } from './schema.js';

export interface ReviewSubject {
  /** Absolute path of the migration file. */
  file: string;
  /** Path shown to the user (relative to the repository). */
  displayPath: string;
  revision: string;
  downRevision: string | string[] | null;
  message?: string;
  sha256: string;
  /** The file's lines, for code excerpts around evidence. */
  sourceLines: string[];
  decisions: ItemDecision[];
  findings: Finding[];
  otherFindings: Finding[];
  /** Offline SQL, once rendered (the SQL panel). */
  sql?: { text?: string; error?: string };
  /** What the upgrade locks (the Locks panel, and the record's lock summary); PostgreSQL projects only. */
  locks?: { pgVersion: number; rows: LockRow[] };
  /** What the round trip's lock trace measured on the seeded rows, statement by statement (PostgreSQL). */
  lockTrace?: LockTrace;
}

export interface ItemAnswer {
  answer: Answer;
  decidedBy: 'auto' | 'roundtrip' | 'reviewer';
  /** What the checks said, kept when the reviewer overrides it. */
  autoAnswer?: Answer;
  note?: string;
  /** Evidence replaced by a later run (the round trip), else the decision's. */
  evidence?: Evidence[];
}

export type Panel = 'evidence' | 'help' | 'other' | 'sql' | 'locks';

export interface NoteDraft {
  itemId: string;
  answer: Answer;
  text: string;
}

/**
 * What Preflight's fix planner (the one `check --fix --diff` runs, outside this pure module) says about one
 * finding: the unified diff of its checked fix, or why there is none (no fix for the rule, a form that needs the
 * author, suppressed or baselined) or why the fix was refused (it would not parse, the rule still reports it, …).
 */
export type FixResult =
  | { kind: 'proposed'; description: string; diff: string }
  | { kind: 'unavailable'; reason: string }
  /** The fix needs a value only the author knows (the backfill of a new NOT NULL column): the view asks for it. */
  | { kind: 'needs-value'; value: ValueRequest };

/**
 * Where the fix view (f) stands. A fix that needs a value goes planning → awaiting-value (typed like a note; keys.ts
 * routes text to it) → planning again with the value → proposed, whose diff uses it.
 */
export type FixStage =
  | { kind: 'planning'; value?: { key: string; text: string } }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'awaiting-value'; value: ValueRequest; text: string; problem?: string }
  | { kind: 'proposed'; description: string; diff: string }
  /** `y` was pressed: the file is being written and loaded in Alembic. */
  | { kind: 'applying'; description: string; diff: string };

/** The fix view: the findings of the panel `f` was pressed in (in the panel's order); `at` is the one shown. */
export interface FixView {
  targets: Finding[];
  at: number;
  stage: FixStage;
}

/** A fix written during the review (the file stays fixed whatever the review does next). */
export interface AppliedFix {
  displayPath: string;
  rule: string;
  line: number;
  description: string;
}

export interface WizardState {
  checklist: Checklist;
  subjects: ReviewSubject[];
  /** Subject under review. */
  index: number;
  /** Answers per subject, by item id. */
  answers: Record<string, ItemAnswer>[];
  focus: number;
  panel: Panel | null;
  note: NoteDraft | null;
  /** The fix view (f), over the panel it was opened from. */
  fix: FixView | null;
  phase: 'items' | 'summary' | 'writing' | 'done' | 'aborted';
  /** One-line status for the user ("a 'no' needs a note"). */
  status?: string;
  /** Round trip in progress: the step name, for the spinner. */
  running?: string;
  written: string[];
  /** Fixes applied in this review, in order. */
  fixed: AppliedFix[];
  /** What the last fix did, and how the checklist was decided again after it (shown until the next fix or migration). */
  fixNotice?: string;
}

export type WizardAction =
  | { type: 'focus-next' }
  | { type: 'focus-previous' }
  | { type: 'focus'; index: number }
  | { type: 'answer'; answer: Answer }
  | { type: 'note-input'; text: string }
  /** Replaces the whole draft (the plain driver reads a note as one line). */
  | { type: 'note-set'; text: string }
  | { type: 'note-backspace' }
  | { type: 'note-submit' }
  | { type: 'note-cancel' }
  | { type: 'toggle-panel'; panel: Panel }
  | { type: 'close-panel' }
  | { type: 'open-summary' }
  | { type: 'close-summary' }
  | { type: 'confirm-write' }
  | { type: 'record-written'; path: string }
  | { type: 'write-failed'; message: string }
  | { type: 'abort' }
  /** Scripted answers (--answers FILE) for the current subject. */
  | { type: 'apply-answers'; answers: Record<string, { answer: Answer; note?: string }> }
  | { type: 'roundtrip-started'; step: string }
  /** What the round trip decided (src/review/roundtrip/report.ts roundTripVerdicts), or evidence only when it could not run. */
  | { type: 'roundtrip-finished'; verdicts: RoundTripVerdicts }
  /** `sha256`: of the file the SQL was rendered from; dropped when the migration changed since (a fix). */
  | { type: 'sql-rendered'; text?: string; error?: string; sha256?: string }
  /** f in the evidence or other-findings panel; `fixable`: the rule ids that have a fix (the view starts at the first such finding). */
  | { type: 'fix-open'; fixable: readonly string[] }
  | { type: 'fix-next' }
  | { type: 'fix-close' }
  | { type: 'fix-planned'; finding: Finding; result: FixResult }
  | { type: 'fix-apply' }
  /** The fix was written and loaded by Alembic; `subject` is the migration analysed again from the fixed file. */
  | { type: 'fix-applied'; finding: Finding; subject: ReviewSubject; description: string }
  | { type: 'fix-failed'; finding: Finding; reason: string }
  /** Typing the value a fix asks for (awaiting-value); submit plans the fix with it. */
  | { type: 'fix-value-input'; text: string }
  | { type: 'fix-value-backspace' }
  | { type: 'fix-value-submit' };

export function initialWizardState(checklist: Checklist, subjects: ReviewSubject[]): WizardState {
  const answers = subjects.map((subject) => autoAnswers(subject));
  return {
    checklist,
    subjects,
    index: 0,
    answers,
    focus: firstOpenItem(checklist, answers[0] ?? {}),
    panel: null,
    note: null,
    phase: subjects.length === 0 ? 'done' : 'items',
    written: [],
    fix: null,
    fixed: [],
  };
}

/** Start where the reviewer is needed: the first item without an automatic answer. */
function firstOpenItem(checklist: Checklist, answers: Record<string, ItemAnswer>): number {
  const index = checklist.items.findIndex((item) => !answers[item.id] || needsNote(item, answers[item.id]!));
  return index >= 0 ? index : 0;
}

function autoAnswers(subject: ReviewSubject): Record<string, ItemAnswer> {
  const answers: Record<string, ItemAnswer> = {};
  for (const decision of subject.decisions) {
    if (decision.autoAnswer) {
      answers[decision.id] = { answer: decision.autoAnswer, decidedBy: decision.decidedBy ?? 'auto', autoAnswer: decision.autoAnswer };
    }
  }
  return answers;
}

// ---- selectors -------------------------------------------------------------

export function currentSubject(state: WizardState): ReviewSubject | undefined {
  return state.subjects[state.index];
}

export function currentAnswers(state: WizardState): Record<string, ItemAnswer> {
  return state.answers[state.index] ?? {};
}

export function decisionFor(state: WizardState, itemId: string): ItemDecision | undefined {
  return currentSubject(state)?.decisions.find((decision) => decision.id === itemId);
}

export type ItemStatus = 'auto-yes' | 'auto-no' | 'auto-n/a' | 'needs-you' | 'yes' | 'no' | 'n/a';

export function itemStatus(state: WizardState, itemId: string): ItemStatus {
  const answer = currentAnswers(state)[itemId];
  if (!answer) return 'needs-you';
  if (answer.decidedBy !== 'reviewer') return `auto-${answer.answer}` as ItemStatus;
  return answer.answer;
}

/** The findings the open panel shows: the focused item's evidence that are findings, or the other findings. */
export function panelFindings(state: WizardState): Finding[] {
  const subject = currentSubject(state);
  if (!subject) return [];
  if (state.panel === 'other') return subject.otherFindings;
  if (state.panel !== 'evidence') return [];
  const item = state.checklist.items[state.focus];
  const answer = item ? currentAnswers(state)[item.id] : undefined;
  const evidence = answer?.evidence ?? (item ? decisionFor(state, item.id)?.evidence : undefined) ?? [];
  return evidence.flatMap((entry) => {
    const finding = entry.rule ? subject.findings.find((f) => f.rule === entry.rule && f.file === entry.file && f.line === entry.line && f.message === entry.message) : undefined;
    return finding ? [finding] : [];
  });
}

/** Items still without an answer. */
export function unansweredItems(state: WizardState): ChecklistItem[] {
  const answers = currentAnswers(state);
  return state.checklist.items.filter((item) => !answers[item.id] || needsNote(item, answers[item.id]!) );
}

/** An answer is complete only with the note it needs. */
export function needsNote(item: ChecklistItem, answer: ItemAnswer): boolean {
  // A "no" ships only with an explanation, even when the checks gave it.
  if (answer.decidedBy !== 'reviewer') return answer.answer === 'no' && !answer.note?.trim();
  const required = item.note === 'required' || answer.answer === 'no' || (answer.autoAnswer !== undefined && answer.autoAnswer !== answer.answer);
  return required && !answer.note?.trim();
}

/** Items answered "no": they block the release until resolved. */
export function blockingItems(state: WizardState): ChecklistItem[] {
  const answers = currentAnswers(state);
  return state.checklist.items.filter((item) => answers[item.id]?.answer === 'no');
}

/** Whether answering `answer` on `item` needs a note from the reviewer. */
export function answerNeedsNote(state: WizardState, item: ChecklistItem, answer: Answer): boolean {
  const auto = automaticAnswer(state, item.id);
  const overridesAuto = auto !== undefined && auto.answer !== answer;
  return item.note === 'required' || answer === 'no' || overridesAuto;
}

// ---- reducer ---------------------------------------------------------------

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  if (state.phase === 'done' || state.phase === 'aborted') return state;
  // The fix view stays in the state: the last frame says whether a fix was being applied.
  if (action.type === 'abort') return { ...state, phase: 'aborted', note: null, panel: null };

  if (state.note) return noteReducer(state, action);
  if (state.fix) return fixReducer(state, action);

  const items = state.checklist.items;
  switch (action.type) {
    case 'focus-next':
      return state.phase === 'items' ? { ...state, focus: Math.min(items.length - 1, state.focus + 1), panel: keepPanel(state), status: undefined } : state;
    case 'focus-previous':
      return state.phase === 'items' ? { ...state, focus: Math.max(0, state.focus - 1), panel: keepPanel(state), status: undefined } : state;
    case 'focus':
      return state.phase === 'items' && action.index >= 0 && action.index < items.length ? { ...state, focus: action.index, status: undefined } : state;
    case 'answer': {
      if (state.phase !== 'items') return state;
      const item = items[state.focus]!;
      return beginAnswer(state, item, action.answer);
    }
    case 'toggle-panel':
      // A hint about the panels ("open the evidence first") is answered by opening one.
      return { ...state, panel: state.panel === action.panel ? null : action.panel, status: undefined };
    case 'close-panel':
      return { ...state, panel: null };
    case 'open-summary':
      return state.phase === 'items' ? { ...state, phase: 'summary', panel: null, status: undefined } : state;
    case 'close-summary':
      return state.phase === 'summary' ? { ...state, phase: 'items', status: undefined } : state;
    case 'confirm-write': {
      if (state.phase !== 'summary') return state;
      const missing = unansweredItems(state);
      if (missing.length > 0) {
        return { ...state, status: `answer first: ${missing.map((item) => item.id).join(', ')}` };
      }
      return { ...state, phase: 'writing', status: undefined };
    }
    case 'record-written': {
      if (state.phase !== 'writing') return state;
      const written = [...state.written, action.path];
      const next = state.index + 1;
      if (next >= state.subjects.length) return { ...state, written, phase: 'done', status: undefined };
      return { ...state, written, index: next, focus: firstOpenItem(state.checklist, state.answers[next] ?? {}), panel: null, phase: 'items', status: undefined, fixNotice: undefined };
    }
    case 'write-failed':
      return state.phase === 'writing' ? { ...state, phase: 'summary', status: action.message } : state;
    case 'apply-answers':
      return applyAnswers(state, action.answers);
    case 'roundtrip-started':
      return { ...state, running: action.step };
    case 'roundtrip-finished':
      return applyRoundTrip(state, action.verdicts);
    case 'sql-rendered': {
      if (action.sha256 !== undefined && action.sha256 !== currentSubject(state)?.sha256) return state;
      const subjects = state.subjects.map((subject, index) =>
        index === state.index ? { ...subject, sql: { ...(action.text !== undefined ? { text: action.text } : {}), ...(action.error !== undefined ? { error: action.error } : {}) } } : subject,
      );
      return { ...state, subjects };
    }
    case 'fix-open':
      return openFix(state, action.fixable);
    default:
      return state;
  }
}

function openFix(state: WizardState, fixable: readonly string[]): WizardState {
  if (state.phase !== 'items') return state;
  // Its result would be of the file as it was before the fix.
  if (state.running) return { ...state, status: 'wait for the round trip to finish, then press f' };
  if (state.panel !== 'evidence' && state.panel !== 'other') {
    return { ...state, status: 'f fixes a finding: open the evidence (Enter) or the other findings (o) first' };
  }
  const targets = panelFindings(state);
  if (targets.length === 0) {
    const item = state.checklist.items[state.focus]!;
    return { ...state, status: state.panel === 'other' ? 'no other findings to fix' : `no finding decides ${item.id}: nothing to fix here` };
  }
  const first = targets.findIndex((finding) => fixableBy(finding, (rule) => fixable.includes(rule)));
  return { ...state, fix: { targets, at: Math.max(0, first), stage: { kind: 'planning' } }, status: undefined, fixNotice: undefined };
}

const sameFinding = (a: Finding, b: Finding | undefined): boolean =>
  b !== undefined && a.rule === b.rule && a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message;

function fixReducer(state: WizardState, action: WizardAction): WizardState {
  const fix = state.fix!;
  const shown = fix.targets[fix.at];
  switch (action.type) {
    case 'fix-close':
      // Not while applying: the file is being written, and the result must land.
      return fix.stage.kind === 'applying' ? state : { ...state, fix: null };
    case 'fix-next':
      if (fix.stage.kind === 'applying' || fix.targets.length < 2) return state;
      return { ...state, fix: { ...fix, at: (fix.at + 1) % fix.targets.length, stage: { kind: 'planning' } } };
    case 'fix-planned': {
      // A late answer for a finding no longer shown (f pressed again) is dropped.
      if (fix.stage.kind !== 'planning' || !sameFinding(action.finding, shown)) return state;
      const { result } = action;
      if (result.kind !== 'needs-value') return { ...state, fix: { ...fix, stage: result } };
      // Asked again after a value was given: that value could not be used.
      const given = fix.stage.value;
      const stage: FixStage = given
        ? { kind: 'awaiting-value', value: result.value, text: given.text, problem: 'that value cannot be used: type another' }
        : { kind: 'awaiting-value', value: result.value, text: '' };
      return { ...state, fix: { ...fix, stage } };
    }
    case 'fix-value-input':
      if (fix.stage.kind !== 'awaiting-value') return state;
      return { ...state, fix: { ...fix, stage: { ...fix.stage, text: fix.stage.text + noteText(action.text), problem: undefined } } };
    case 'fix-value-backspace':
      if (fix.stage.kind !== 'awaiting-value') return state;
      return { ...state, fix: { ...fix, stage: { ...fix.stage, text: [...fix.stage.text].slice(0, -1).join('') } } };
    case 'fix-value-submit': {
      if (fix.stage.kind !== 'awaiting-value') return state;
      const text = fix.stage.text.trim();
      if (!text) return { ...state, fix: { ...fix, stage: { ...fix.stage, problem: 'type the value the existing rows get' } } };
      return { ...state, fix: { ...fix, stage: { kind: 'planning', value: { key: fix.stage.value.key, text } } } };
    }
    case 'fix-apply':
      if (fix.stage.kind !== 'proposed') return state;
      return { ...state, fix: { ...fix, stage: { ...fix.stage, kind: 'applying' } } };
    case 'fix-failed':
      if (fix.stage.kind !== 'applying' || !sameFinding(action.finding, shown)) return state;
      return { ...state, fix: { ...fix, stage: { kind: 'unavailable', reason: action.reason } } };
    case 'fix-applied':
      if (fix.stage.kind !== 'applying' || !sameFinding(action.finding, shown)) return state;
      return withFixedSubject(state, action.subject, { displayPath: action.subject.displayPath, rule: action.finding.rule, line: action.finding.line, description: action.description });
    // A round trip started before f, or SQL being rendered, still lands.
    case 'roundtrip-started':
    case 'roundtrip-finished':
    case 'sql-rendered':
      return { ...wizardReducer({ ...state, fix: null }, action), fix };
    default:
      return state;
  }
}

/** How an answer reads in the list, to say what re-deciding the checklist changed. */
function answerLabel(answer: ItemAnswer | undefined): string {
  if (!answer) return 'needs you';
  if (answer.decidedBy === 'roundtrip') return `round trip ${answer.answer}`;
  return answer.decidedBy === 'auto' ? `auto ${answer.answer}` : answer.answer;
}

/**
 * The migration after a fix, analysed again: its decisions replace the old ones. Automatic answers (and round trip
 * ones: it ran on the old file) become the new automatic answers, keeping a note where the answer stays the same;
 * the reviewer's own answers and notes stand, with the new automatic answer beside them.
 */
function withFixedSubject(state: WizardState, subject: ReviewSubject, applied: AppliedFix): WizardState {
  const before = currentAnswers(state);
  const fresh = autoAnswers(subject);
  const answers: Record<string, ItemAnswer> = {};
  const changes: string[] = [];
  for (const item of state.checklist.items) {
    const old = before[item.id];
    const auto = fresh[item.id];
    let next: ItemAnswer | undefined;
    if (old?.decidedBy === 'reviewer') {
      const { autoAnswer: _auto, evidence: _evidence, ...own } = old;
      next = { ...own, ...(auto ? { autoAnswer: auto.answer } : {}) };
    } else if (auto) {
      next = old?.note && old.answer === auto.answer ? { ...auto, note: old.note } : auto;
    }
    if (next) answers[item.id] = next;
    if (answerLabel(old) !== answerLabel(next)) changes.push(`${item.id} ${answerLabel(old)} → ${answerLabel(next)}`);
  }
  const subjects = state.subjects.map((existing, index) => (index === state.index ? subject : existing));
  const allAnswers = state.answers.map((existing, index) => (index === state.index ? answers : existing));
  const notice = `Fixed ${applied.displayPath}:${applied.line} ${applied.rule} (${applied.description}). Checklist decided again: ${changes.length > 0 ? changes.join(', ') : 'no answer changed'}.`;
  return { ...state, subjects, answers: allAnswers, fix: null, fixed: [...state.fixed, applied], fixNotice: notice, status: undefined };
}

/**
 * What the checks say for an item: the round trip's answer once it ran (it is the
 * stronger evidence), else the static decision's.
 */
function automaticAnswer(state: WizardState, itemId: string): { answer: Answer; decidedBy: 'auto' | 'roundtrip'; evidence?: Evidence[] } | undefined {
  const current = currentAnswers(state)[itemId];
  if (current?.decidedBy === 'roundtrip' || (current?.decidedBy === 'reviewer' && current.autoAnswer !== undefined && current.evidence)) {
    return { answer: current.autoAnswer ?? current.answer, decidedBy: 'roundtrip', ...(current.evidence ? { evidence: current.evidence } : {}) };
  }
  const decision = decisionFor(state, itemId);
  return decision?.autoAnswer !== undefined ? { answer: decision.autoAnswer, decidedBy: decision.decidedBy ?? 'auto' } : undefined;
}

function confirmedAutomatic(auto: NonNullable<ReturnType<typeof automaticAnswer>>, note?: string): ItemAnswer {
  return { answer: auto.answer, decidedBy: auto.decidedBy, autoAnswer: auto.answer, ...(auto.evidence ? { evidence: auto.evidence } : {}), ...(note ? { note } : {}) };
}

/** The evidence panel follows the focus; other panels close when it moves. */
function keepPanel(state: WizardState): Panel | null {
  return state.panel === 'evidence' || state.panel === 'help' ? state.panel : null;
}

function beginAnswer(state: WizardState, item: ChecklistItem, answer: Answer): WizardState {
  const decision = decisionFor(state, item.id);
  const auto = automaticAnswer(state, item.id);
  if (auto?.answer === answer && item.note !== 'required' && answer !== 'no') {
    // Back to the automatic answer (undoes an override).
    return advance(setAnswer(state, item.id, confirmedAutomatic(auto)));
  }
  if (answerNeedsNote(state, item, answer)) {
    const existing = currentAnswers(state)[item.id];
    const text = existing?.note ? existing.note : (decision?.prefill ?? '');
    return { ...state, note: { itemId: item.id, answer, text }, panel: null, status: undefined };
  }
  return advance(setAnswer(state, item.id, reviewerAnswer(auto, answer)));
}

function reviewerAnswer(auto: ReturnType<typeof automaticAnswer>, answer: Answer, note?: string): ItemAnswer {
  return {
    answer,
    decidedBy: 'reviewer',
    ...(auto !== undefined ? { autoAnswer: auto.answer } : {}),
    // An override keeps the evidence the checks (or the round trip) gave, for the record.
    ...(auto?.evidence ? { evidence: auto.evidence } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/**
 * What typed or pasted input adds to a note: line breaks and tabs become spaces; terminal escape
 * sequences (an arrow key inside a pasted chunk) and other control characters are dropped, so a
 * record's note never carries invisible bytes.
 */
function noteText(input: string): string {
  return input
    .replace(/\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\x00-\x1f\x7f]/g, '');
}

function noteReducer(state: WizardState, action: WizardAction): WizardState {
  const note = state.note!;
  switch (action.type) {
    case 'note-input':
      return { ...state, note: { ...note, text: note.text + noteText(action.text) }, status: undefined };
    case 'note-set':
      return { ...state, note: { ...note, text: noteText(action.text) }, status: undefined };
    case 'note-backspace':
      return { ...state, note: { ...note, text: [...note.text].slice(0, -1).join('') } };
    case 'note-cancel':
      return { ...state, note: null, status: undefined };
    case 'note-submit': {
      const text = note.text.trim();
      if (!text) return { ...state, status: 'this answer needs a note' };
      const auto = automaticAnswer(state, note.itemId);
      const answer: ItemAnswer = auto?.answer === note.answer ? confirmedAutomatic(auto, text) : reviewerAnswer(auto, note.answer, text);
      return advance(setAnswer({ ...state, note: null, status: undefined }, note.itemId, answer));
    }
    default:
      return state;
  }
}

/** Adds evidence to an item's static decision (and to the round trip's answer, when it has its own). */
function addEvidence(state: WizardState, itemId: string, evidence: Evidence[]): WizardState {
  if (evidence.length === 0) return state;
  const subjects = state.subjects.map((subject, index) =>
    index === state.index
      ? { ...subject, decisions: subject.decisions.map((decision) => (decision.id === itemId ? { ...decision, evidence: [...decision.evidence, ...evidence] } : decision)) }
      : subject,
  );
  const current = currentAnswers(state)[itemId];
  const next = { ...state, subjects };
  return current?.evidence ? setAnswer(next, itemId, { ...current, evidence: [...current.evidence, ...evidence] }) : next;
}

/**
 * The round trip's answers replace automatic ones, never a reviewer's. One exception keeps the
 * checks honest: a "yes" from a round trip that compared the schema only (no seeded rows in some
 * table) does not overrule a static "no" (a downgrade that cannot give deleted rows back has the
 * same schema); the "no" stands, with the round trip's lines added as evidence.
 */
function applyRoundTrip(state: WizardState, verdicts: RoundTripVerdicts): WizardState {
  const { running: _running, ...rest } = state;
  let next: WizardState = { ...rest, status: `round trip ${verdicts.ok ? 'passed' : 'failed'}` };
  if (verdicts.lockTrace) {
    const lockTrace = verdicts.lockTrace;
    next = { ...next, subjects: next.subjects.map((subject, index) => (index === next.index ? { ...subject, lockTrace } : subject)) };
  }
  for (const item of state.checklist.items) {
    const verdict = verdicts.items[item.id];
    if (!verdict) continue;
    const existing = currentAnswers(next)[item.id];
    if (existing?.decidedBy === 'reviewer' || verdict.answer === undefined) {
      next = addEvidence(next, item.id, verdict.evidence);
      continue;
    }
    const staticAnswer = decisionFor(next, item.id)?.autoAnswer;
    if (item.id === 'reversible' && verdict.answer === 'yes' && staticAnswer === 'no' && !verdicts.dataChecked) {
      next = addEvidence(next, item.id, verdict.evidence);
      next = { ...next, status: 'round trip passed on the schema only: the static "no" stands' };
      continue;
    }
    next = setAnswer(next, item.id, { answer: verdict.answer, decidedBy: 'roundtrip', autoAnswer: verdict.answer, evidence: verdict.evidence });
  }
  return next;
}

function setAnswer(state: WizardState, itemId: string, answer: ItemAnswer): WizardState {
  const answers = state.answers.map((subjectAnswers, index) => (index === state.index ? { ...subjectAnswers, [itemId]: answer } : subjectAnswers));
  return { ...state, answers };
}

/** After an answer: focus the next item that still needs one, or open the summary when none does. */
function advance(state: WizardState): WizardState {
  const missing = unansweredItems(state);
  if (missing.length === 0) return { ...state, phase: 'summary', panel: null };
  const items = state.checklist.items;
  const after = items.findIndex((item, index) => index > state.focus && missing.includes(item));
  const focus = after >= 0 ? after : items.indexOf(missing[0]!);
  return { ...state, focus };
}

function applyAnswers(state: WizardState, answers: Record<string, { answer: Answer; note?: string }>): WizardState {
  let next = state;
  for (const item of state.checklist.items) {
    const given = answers[item.id];
    if (!given) continue;
    const auto = automaticAnswer(next, item.id);
    // No pre-fill here: a scripted answer must state its own note (the wizard shows the pre-fill to a person).
    const note = given.note?.trim() || undefined;
    if (auto?.answer === given.answer && item.note !== 'required') {
      next = setAnswer(next, item.id, confirmedAutomatic(auto, note));
    } else {
      next = setAnswer(next, item.id, reviewerAnswer(auto, given.answer, note));
    }
  }
  return unansweredItems(next).length === 0 ? { ...next, phase: 'summary' } : next;
}

/** The reviewed answers of the current subject, in checklist order (plain data for the record). */
export interface ReviewedItem {
  id: string;
  question: string;
  answer: Answer;
  decidedBy: 'auto' | 'roundtrip' | 'reviewer';
  autoAnswer: Answer | null;
  evidence: Evidence[];
  note: string | null;
}

export function reviewedItems(state: WizardState): ReviewedItem[] {
  const answers = currentAnswers(state);
  return state.checklist.items.map((item) => {
    const answer = answers[item.id];
    if (!answer) throw new Error(`item ${item.id} has no answer`);
    const decision = decisionFor(state, item.id);
    return {
      id: item.id,
      question: item.question,
      answer: answer.answer,
      decidedBy: answer.decidedBy,
      autoAnswer: answer.autoAnswer ?? decision?.autoAnswer ?? null,
      evidence: answer.evidence ?? decision?.evidence ?? [],
      note: answer.note ?? null,
    };
  });
}
