/**
 * Review wizard states without parsing: the shipped checklist plus hand-made
 * subjects whose decisions mirror what decide.ts gives for two example
 * migrations (a clean one and the intentionally bad head of examples/shop).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence, ItemDecision } from '../../src/review/checklist/decide.js';
import { initialWizardState, wizardReducer, type ReviewSubject, type WizardAction, type WizardState } from '../../src/review/checklist/reducer.js';
import type { Answer, Checklist } from '../../src/review/checklist/schema.js';
import { loadChecklistFile } from '../../src/io/fs/checklists.js';
import { packageFile } from '../../src/io/package-paths.js';
import type { Finding } from '../../src/model/findings.js';
import { EXAMPLE_SHOP } from './cli.js';

export const CHECKLIST: Checklist = loadChecklistFile(packageFile('checklists', 'migration.yaml')).checklist;
export const ITEM_IDS = CHECKLIST.items.map((item) => item.id);
export const index = (id: string): number => ITEM_IDS.indexOf(id);

export const REPO = '/repo';
const VERSIONS = 'migrations/versions';

function sourceLines(name: string): string[] {
  return readFileSync(join(EXAMPLE_SHOP, VERSIONS, name), 'utf8').split('\n');
}

export function decision(id: string, autoAnswer: Answer | undefined, evidence: Evidence[] = [], prefill?: string): ItemDecision {
  return {
    id,
    ...(autoAnswer ? { autoAnswer, decidedBy: 'auto' as const } : {}),
    evidence,
    ...(prefill ? { prefill } : {}),
  };
}

export function findingAt(file: string, rule: string, line: number, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, file, line, column: 5, message, suppressed: false };
}

/** 2fee88dab64c (add a nullable column): every checked item is automatic; the reviewer answers two. */
export function cleanSubject(overrides: Partial<ReviewSubject> = {}): ReviewSubject {
  const name = '2fee88dab64c_add_phone_to_users.py';
  const file = `${REPO}/${VERSIONS}/${name}`;
  const fact = (line: number, message: string): Evidence => ({ file, line, message });
  return {
    file,
    displayPath: `${VERSIONS}/${name}`,
    revision: '2fee88dab64c',
    downRevision: '2f904228e8b1',
    message: 'add phone to users',
    sha256: 'a'.repeat(64),
    sourceLines: sourceLines(name),
    decisions: [
      decision('alter-not-drop', 'yes', [fact(22, 'no table is dropped; the upgrade alters in place (1 ALTER-style operation)')]),
      decision('data-migration-strategy', 'n/a', [fact(21, 'no column becomes NOT NULL or changes type, and the upgrade changes no rows')]),
      decision('defaults-for-new-columns', 'yes', [fact(22, 'users.phone is nullable')]),
      decision('reversible', 'yes', [fact(22, 'add_column at line 22 is undone by drop_column at line 27')]),
      decision('tested-on-production-copy', undefined),
      decision('production-safeguards', 'n/a', [fact(21, 'nothing destructive in the upgrade')]),
      decision('rollback-plan', undefined, [], 'alembic downgrade -1 (to 2f904228e8b1)'),
    ],
    findings: [],
    otherFindings: [],
    ...overrides,
  };
}

/**
 * f5f4ae3110f6 (the example head): two automatic "no" answers (reversible,
 * production-safeguards); it changes data (UPDATE users, DELETE FROM sessions),
 * so the data migration strategy is the reviewer's, with the raw-SQL findings on
 * those statements as evidence; they decide no item, so they are also "other findings".
 */
export function badSubject(overrides: Partial<ReviewSubject> = {}): ReviewSubject {
  const name = 'f5f4ae3110f6_normalize_user_emails.py';
  const file = `${REPO}/${VERSIONS}/${name}`;
  const finding = (rule: string, line: number, message: string, severity: Finding['severity'] = 'error') => findingAt(file, rule, line, message, severity);
  const evidenceOf = (f: Finding): Evidence => ({ rule: f.rule, file: f.file, line: f.line, message: f.message });
  const rawUpdate = finding('destructive-raw-sql', 26, 'raw SQL updates every row of users (no WHERE): UPDATE users SET email = lower(trim(email))');
  const plainString = finding('raw-sql-string-execute', 26, 'connection.execute() is given a plain SQL string: wrap it in sa.text()');
  const rawDelete = finding('destructive-raw-sql', 28, 'raw SQL deletes every row of sessions (no WHERE): DELETE FROM sessions');
  const noDowngrade = finding('missing-downgrade', 31, 'downgrade() does nothing, so rolling back leaves execute "DELETE FROM sessions" in place');
  const unguardedUpdate = finding('destructive-without-safeguard', 26, 'raw SQL that updates every row of users (no WHERE) runs without a production safeguard', 'warning');
  const unguardedDelete = finding('destructive-without-safeguard', 28, 'raw SQL that deletes every row of sessions (no WHERE) runs without a production safeguard', 'warning');
  const fact = (message: string): Evidence => ({ file, line: 24, message });
  return {
    file,
    displayPath: `${VERSIONS}/${name}`,
    revision: 'f5f4ae3110f6',
    downRevision: 'eaa6964182da',
    message: 'normalize user emails',
    sha256: 'b'.repeat(64),
    sourceLines: sourceLines(name),
    decisions: [
      decision('alter-not-drop', 'yes', [fact('the upgrade drops no table and wipes no schema')]),
      decision('data-migration-strategy', undefined, [evidenceOf(rawUpdate), evidenceOf(rawDelete)]),
      decision('defaults-for-new-columns', 'n/a', [fact('no column is added')]),
      decision('reversible', 'no', [evidenceOf(noDowngrade)]),
      decision('tested-on-production-copy', undefined),
      decision('production-safeguards', 'no', [evidenceOf(unguardedUpdate), evidenceOf(unguardedDelete)]),
      decision('rollback-plan', undefined),
    ],
    findings: [rawUpdate, unguardedUpdate, plainString, rawDelete, unguardedDelete, noDowngrade],
    otherFindings: [rawUpdate, plainString, rawDelete],
    ...overrides,
  };
}

export function stateFor(...subjects: ReviewSubject[]): WizardState {
  return initialWizardState(CHECKLIST, subjects);
}

export function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

/** The actions that answer an item with a note (the note editor opens for it). */
export function answerWithNote(answer: Answer, note: string): WizardAction[] {
  return [{ type: 'answer', answer }, { type: 'note-set', text: note }, { type: 'note-submit' }];
}

/** A clean subject with both reviewer items answered: the summary is open. */
export function finishedClean(): WizardState {
  const state = run(stateFor(cleanSubject()), { type: 'focus', index: index('tested-on-production-copy') }, ...answerWithNote('yes', 'staging snapshot 2024-07-01, 2M rows'));
  return run(state, { type: 'answer', answer: 'yes' }, { type: 'note-submit' });
}
