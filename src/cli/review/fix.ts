/**
 * The wizard's fix (f, then y): one finding's fix planned, shown and applied by the code `check --fix` runs
 * (planProjectFixes, unifiedDiff, applyFixes: the checks, the atomic write, `alembic heads`), then the migration
 * analysed again so the checklist is decided on the fixed file and the record covers its bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unifiedDiff } from '../../fix/diff.js';
import { FIXES } from '../../fix/index.js';
import { hasFixer, type FileFixPlan } from '../../fix/plan.js';
import { applyFixes, planLoadedProjectFixes } from '../../io/fix-files.js';
import { writeFileAtomic } from '../../io/fs/atomic-write.js';
import type { Finding } from '../../model/findings.js';
import { currentSubject, type AppliedFix, type FixResult, type ReviewSubject, type WizardState } from '../../review/checklist/reducer.js';
import type { FixServices } from '../../ui/wizard/Wizard.js';
import type { GlobalOptions } from '../command.js';
import { reanalyseSubject, type ReviewSession } from './prepare.js';

const key = (finding: Finding): string => `${finding.file}:${finding.line}:${finding.column}:${finding.rule}`;

export interface ReviewFixes extends FixServices {
  /** Every fix written so far (the command lists them after the wizard, also when it was aborted). */
  applied: AppliedFix[];
}

export function reviewFixes(session: ReviewSession, global: GlobalOptions, python?: string): ReviewFixes {
  // The plan whose diff was shown, per finding: y applies exactly that diff, or refuses.
  const shown = new Map<string, FileFixPlan>();
  const applied: AppliedFix[] = [];

  /** One finding's plan, from the migration as the session last analysed it. */
  async function plan(subject: ReviewSubject, finding: Finding, value?: { key: string; text: string }): Promise<FileFixPlan | string> {
    const bytes = readFileSync(subject.file);
    if (createHash('sha256').update(bytes).digest('hex') !== subject.sha256) {
      return 'the file changed on disk since the review read it: run preflight review again';
    }
    if (finding.suppressed) return 'the finding is suppressed (# preflight: ignore): Preflight leaves it as it is';
    if (finding.baselined) return 'the finding is accepted in the baseline: Preflight leaves it as it is';
    if (!hasFixer(finding)) return `${finding.rule} has no automatic fix (preflight explain ${finding.rule} shows the safe form)`;
    const plans = await planSessionFixes(session, [finding], value ? new Map([[value.key, value.text]]) : undefined);
    return plans[0] ?? 'no automatic fix for this finding';
  }

  return {
    rules: [...FIXES.keys()],
    applied,

    async propose(state: WizardState, finding: Finding, value?: { key: string; text: string }): Promise<FixResult> {
      const subject = currentSubject(state)!;
      const planned = await plan(subject, finding, value);
      if (typeof planned === 'string') return { kind: 'unavailable', reason: planned };
      const kept = planned.kept[0];
      if (kept) {
        shown.set(key(finding), planned);
        return { kind: 'proposed', description: kept.text, diff: unifiedDiff(subject.displayPath, planned.before, planned.after) };
      }
      const manual = planned.manual[0];
      if (manual?.needsValue) return { kind: 'needs-value', value: manual.needsValue };
      if (manual) return { kind: 'unavailable', reason: `no automatic fix: ${manual.text}` };
      const refused = planned.refused[0];
      return { kind: 'unavailable', reason: refused ? `fix refused: ${refused.text}` : 'no automatic fix for this finding' };
    },

    async apply(_state: WizardState, finding: Finding) {
      const planned = shown.get(key(finding));
      if (!planned) return { ok: false, reason: 'not applied: no diff was shown for this finding (press f)' };
      // Only the diff the reviewer saw: an edit made in the meantime is never overwritten.
      if (readFileSync(planned.file, 'utf8') !== planned.before) {
        return { ok: false, reason: 'not applied: the file changed on disk since the diff was shown' };
      }
      const result = await applyFixes(session.loaded, [planned], { ...(python !== undefined ? { python } : {}), dialect: session.loaded.config.settings.dialect });
      const refused = result.notWritten[0];
      if (refused || result.written.length === 0) return { ok: false, reason: `not applied: ${refused?.reason ?? 'nothing to write'}` };
      shown.delete(key(finding));
      let fixed: ReviewSubject;
      try {
        fixed = await reanalyseSubject(session, planned.file, global);
      } catch (error) {
        // A record must cover the file as the checklist judged it: without a new analysis, the old bytes go back.
        writeFileAtomic(planned.file, planned.before);
        return { ok: false, reason: `not applied: the fixed file could not be analysed again (${(error as Error).message.split('\n')[0]}); its old bytes are back` };
      }
      const description = planned.kept[0]!.text;
      applied.push({ displayPath: fixed.displayPath, rule: finding.rule, line: finding.line, description });
      return { ok: true, subject: fixed, description };
    },
  };
}

/**
 * For the plain wizard, which never prompts for a fix: one line naming the findings of `subject` that have a
 * checked fix (the planner's kept fixes), or undefined when none has.
 */
export async function plainFixLine(session: ReviewSession, subject: ReviewSubject): Promise<string | undefined> {
  const plans = await planSessionFixes(session, subject.findings);
  const kept = plans.flatMap((plan) => plan.kept);
  if (kept.length === 0) return undefined;
  const list = kept.map((outcome) => `line ${outcome.finding.line} ${outcome.finding.rule}`).join(', ');
  return `Fix${kept.length === 1 ? '' : 'es'} available (${list}): preflight check --fix --diff shows ${kept.length === 1 ? 'it' : 'them'}, preflight check --fix applies ${kept.length === 1 ? 'it' : 'them'}.`;
}

/** The fix planner over the session's project as it was last analysed, for these findings. */
function planSessionFixes(session: ReviewSession, findings: Finding[], values?: ReadonlyMap<string, string>): Promise<FileFixPlan[]> {
  return planLoadedProjectFixes(session.loaded, findings, values ? { values } : {});
}
