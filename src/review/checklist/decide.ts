/**
 * Checklist decisions: for each item, the answer the static checks can give
 * (with the findings and facts that justify it), or none when only the
 * reviewer can answer. Pure: findings and facts in, decisions out.
 *
 * One judgement, one place: an item answered "no" cites the findings of the rules
 * that judged it, and steps are matched to findings by the structured evidence the
 * rule set (Finding.evidence), never found again here. A "yes" or "n/a" rests on
 * facts no rule reports (every added column has a default, every step has its
 * inverse), taken from the same function the rule judges with.
 */
import { addedColumns, type AddedColumn } from '../../rules/add-column-not-null-without-default.js';
import { safeguardedSteps } from '../../rules/destructive-without-safeguard.js';
import { upgradeInverses, type InverseJudgement } from '../../rules/downgrade-incomplete.js';
import { wipingSteps } from '../../rules/reset-migration.js';
import { notNullHistory, notNullSteps, notNullStepsWithHistory, type NotNullStep } from '../../rules/set-not-null-without-backfill.js';
import { dataChanges, type DataChange } from '../../rules/shared/data-changes.js';
import { destructiveSteps, stepKey } from '../../rules/shared/destructive.js';
import { oneLine } from '../../model/text.js';
import type { AnalyzedMigration, Operation } from '../../model/facts.js';
import type { Finding } from '../../model/findings.js';
import type { RevisionGraph } from '../../analysis/graph/graph.js';
import type { RuleSettings } from '../../model/settings.js';
import type { Answer, Checklist, ChecklistItem } from './schema.js';

export interface Evidence {
  /** The rule whose finding this is; absent for facts ("every added column is nullable"). */
  rule?: string;
  file: string;
  line: number;
  message: string;
  suppressed?: boolean;
  suppressReason?: string;
}

export interface ItemDecision {
  id: string;
  /** The answer the checks give; undefined = the reviewer must answer. */
  autoAnswer?: Answer;
  decidedBy?: 'auto' | 'roundtrip';
  evidence: Evidence[];
  /** Suggested note (rollback-plan: "alembic downgrade -1 (to …)"). */
  prefill?: string;
}

export interface DecisionInput {
  migration: AnalyzedMigration;
  /** Findings of this migration only. */
  findings: Finding[];
  settings: RuleSettings;
  /** The revision a downgrade -1 returns to (`base` for a first migration). */
  downRevisionLabel: string;
  /** `downgrades` in [tool.preflight]; "none": the project never writes downgrades. */
  downgrades?: 'required' | 'optional' | 'none';
  /** The project's revision graph and migrations, for judgements that read earlier migrations (a backfill in steps). */
  project?: { graph: RevisionGraph; migrations: readonly AnalyzedMigration[] };
}

const NO_DOWNGRADES = 'downgrades = "none" in [tool.preflight]: this project does not roll back with downgrade()';

type Decider = (input: DecisionInput, item: ChecklistItem) => Omit<ItemDecision, 'id'>;

const findingEvidence = (finding: Finding): Evidence => ({
  rule: finding.rule,
  file: finding.file,
  line: finding.line,
  message: finding.message,
  ...(finding.suppressed ? { suppressed: true, suppressReason: finding.suppressReason ?? '' } : {}),
});

const factEvidence = (input: DecisionInput, at: { line: number } | undefined, message: string): Evidence => ({
  file: input.migration.facts.path,
  line: at?.line ?? input.migration.facts.upgrade?.line ?? 1,
  message,
});

/**
 * Findings of the item's rules: unsuppressed ones answer "no". Suppressed ones
 * are reviewed exceptions, so the item goes to the reviewer with them as evidence.
 */
function fromRules(
  input: DecisionInput,
  item: ChecklistItem,
  also: (finding: Finding) => boolean = () => false,
): { no?: ItemDecision['evidence']; suppressed: Evidence[] } {
  const rules = new Set(item.decide?.rules ?? []);
  const relevant = input.findings.filter((finding) => rules.has(finding.rule) || also(finding));
  const active = relevant.filter((finding) => !finding.suppressed);
  return {
    ...(active.length > 0 ? { no: active.map(findingEvidence) } : {}),
    suppressed: relevant.filter((finding) => finding.suppressed).map(findingEvidence),
  };
}

/** The finding a rule reported about this step (the step key it set as evidence), if any. */
function findingOnStep(input: DecisionInput, step: string | undefined): Finding | undefined {
  return step === undefined ? undefined : input.findings.find((finding) => finding.evidence?.step === step);
}

/** Raw SQL that drops a table, as destructive-raw-sql judged it. */
const sqlDropsTable = (finding: Finding): boolean => finding.evidence?.kind === 'destructive-step' && finding.evidence.statement === 'drop-table';

const byLine = (evidence: Evidence[]): Evidence[] => [...evidence].sort((a, b) => a.line - b.line);

const ALTER_STYLE = new Set(['alter_column', 'add_column', 'rename_table', 'create_index']);

const upgradeOperations = (migration: AnalyzedMigration): Operation[] => migration.facts.operations.filter((op) => op.function === 'upgrade');

/** What a data change does to rows that existed before the upgrade, for a reviewer to judge. */
function dataChangeMessage(change: DataChange): string {
  const what = oneLine(change.description, 60);
  switch (change.kind) {
    case 'update':
      return `${what} rewrites existing rows`;
    case 'delete':
    case 'truncate':
      return `${what} deletes existing rows`;
    case 'insert':
      return `${what} inserts rows into a table that already exists`;
    case 'bulk-insert':
      return change.table === undefined
        ? `${what} inserts rows into a table Preflight cannot name`
        : `${what} inserts rows into a table that already exists`;
    case 'orm-or-core':
      return `${what} may write rows through SQLAlchemy (ORM or Core)`;
    case 'unreadable-sql':
      return `${what}: Preflight cannot read this SQL, so it may change rows`;
  }
}

/** How a NOT NULL step is safe on existing rows, as set-not-null-without-backfill judged it; `open` for the reviewer. */
function notNullEvidence(input: DecisionInput, judged: NotNullStep): { evidence: Evidence; open: boolean } {
  const { operation } = judged;
  if (judged.verdict === 'unreadable') {
    return { evidence: factEvidence(input, operation, `alter_column at line ${operation.line} makes a column NOT NULL whose table or name Preflight cannot read: is it backfilled first?`), open: true };
  }
  const target = `${judged.table}.${judged.column}`;
  switch (judged.verdict) {
    case 'new-table':
      return { evidence: factEvidence(input, operation, `${target} becomes NOT NULL in a table this migration creates (it has no rows yet)`), open: false };
    case 'server-default':
      return { evidence: factEvidence(input, operation, `${target} becomes NOT NULL after add_column (line ${judged.addOperation!.line}) filled it with its server default`), open: false };
    case 'added-not-null':
      return { evidence: factEvidence(input, operation, `${target} is already added NOT NULL at line ${judged.addOperation!.line} (see defaults-for-new-columns)`), open: false };
    case 'not-null-before':
      return {
        evidence: factEvidence(
          input,
          operation,
          judged.since
            ? `${target} was NOT NULL before, since the earlier migration ${judged.since.revision} (line ${judged.since.line}): the upgrade only restates it`
            : `${target} was NOT NULL before: the downgrade keeps it NOT NULL (line ${judged.restoredBy!.line}), so the upgrade only restates it`,
        ),
        open: false,
      };
    case 'backfilled':
      return { evidence: factEvidence(input, operation, `backfilled at line ${judged.by.line} before ${target} becomes NOT NULL`), open: false };
    case 'backfilled-earlier':
      return { evidence: factEvidence(input, operation, `${target} was filled by an earlier migration, ${judged.since.revision} (line ${judged.since.line}), before it becomes NOT NULL here`), open: false };
    case 'orm-write':
      return { evidence: factEvidence(input, operation, `filled through the ORM (the session write at line ${judged.by.line}) before ${target} becomes NOT NULL`), open: false };
    case 'missing':
      return { evidence: factEvidence(input, operation, `${target} becomes NOT NULL and nothing fills it first`), open: true };
  }
}

/** What an added column puts in existing rows, as add-column-not-null-without-default judged it. */
function addedColumnEvidence(input: DecisionInput, added: AddedColumn): { evidence: Evidence; open: boolean } {
  const { operation } = added;
  if (added.verdict === 'unreadable') {
    return { evidence: factEvidence(input, operation, `add_column at line ${operation.line}: Preflight cannot read the column it adds (is it nullable, or has it a server_default?)`), open: true };
  }
  const name = `${added.tableName}.${added.name}`;
  const how: Record<typeof added.verdict, string> = {
    nullable: 'is nullable',
    'server-default': 'is NOT NULL with a server default',
    'filled-by-database': 'is NOT NULL and filled by the database (Identity / Computed)',
    'autoincrement-key': 'is an integer primary key: the database numbers the existing rows',
    'new-table': 'is NOT NULL in a table this migration creates (it has no rows yet)',
    'emptied-table': 'is NOT NULL in a table this upgrade empties first (it has no rows then)',
    'missing-default': 'is NOT NULL without a server_default',
  };
  return { evidence: factEvidence(input, operation, `${name} ${how[added.verdict]}`), open: added.verdict === 'missing-default' };
}

function inverseEvidence(input: DecisionInput, judged: InverseJudgement): Evidence {
  const { operation } = judged;
  const at = `${operation.name} at line ${operation.line}`;
  switch (judged.status) {
    case 'undone':
      return factEvidence(input, operation, `${at} is undone by ${judged.inverse.name} at line ${judged.inverse.line}`);
    case 'undone-in-upgrade':
      return factEvidence(input, operation, `${at} is undone again later in the upgrade`);
    case 'rebuilt':
      return factEvidence(input, operation, `${at} is part of a rebuild in the upgrade (dropped and made again): does downgrade() restore the old definition? (run the round trip)`);
    case 'maybe':
      return factEvidence(
        input,
        operation,
        judged.through
          ? `${at}: downgrade() may undo it through ${judged.through.callee}() at line ${judged.through.line}, which Preflight cannot see into (run the round trip)`
          : `${at}: downgrade() may undo it with a step whose names Preflight cannot read (run the round trip)`,
      );
    case 'missing':
      return factEvidence(input, operation, `${judged.label} has no inverse in downgrade (expected ${judged.expected})`);
    case 'unchecked':
      return factEvidence(input, operation, `${at}: Preflight cannot tell statically whether downgrade() undoes it (run the round trip)`);
  }
}

const DECIDERS: Record<string, Decider> = {
  'alter-not-drop'(input, item) {
    // DROP TABLE in raw SQL is a drop too (destructive-raw-sql reports it, among other things).
    const { no, suppressed } = fromRules(input, item, sqlDropsTable);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    // A table dropped or a schema wiped although no rule reports it: the reset migration behind its flag, or
    // the rules are off. Which steps these are is the judgement of destructiveSteps and wipingSteps, as for the rules.
    const flag = input.settings.destructiveFlag;
    const drops = destructiveSteps(input.migration)
      .filter((step) => step.operation.name === 'drop_table' || step.statement?.kind === 'drop-table')
      .map((step) => ({ line: step.operation.line, guards: step.operation.guards, what: `${oneLine(step.description, 60)} drops a table` }));
    const wipes = wipingSteps(input.migration)
      .filter((wipe) => !drops.some((drop) => drop.line === wipe.line))
      .map((wipe) => ({ line: wipe.line, guards: wipe.guards, what: `${oneLine(wipe.description, 60)} wipes the schema` }));
    const unreported = [...drops, ...wipes].sort((a, b) => a.line - b.line);
    if (unreported.length > 0) {
      return {
        evidence: unreported.map((step) =>
          factEvidence(
            input,
            step,
            step.guards.some((guard) => guard.variables.includes(flag))
              ? `line ${step.line}: ${step.what} behind ${flag}: only the reset migration may, on a database without real data`
              : `line ${step.line}: ${step.what}, and no enabled rule reports it`,
          ),
        ),
      };
    }
    const alters = upgradeOperations(input.migration).filter((op) => ALTER_STYLE.has(op.name));
    return {
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [factEvidence(input, alters[0], alters.length > 0 ? `no table is dropped; the upgrade alters in place (${alters.length} ALTER-style operation${alters.length === 1 ? '' : 's'})` : 'the upgrade drops no table and wipes no schema')],
    };
  },

  'data-migration-strategy'(input, item) {
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const { project } = input;
    // The history is made only for a step that needs it, once per project (a review decides every selected migration).
    const steps = project
      ? notNullStepsWithHistory(input.migration, () => notNullHistory(project.graph, project.migrations, input.settings.dialect))
      : notNullSteps(input.migration);
    const notNull = steps.map((judged) => notNullEvidence(input, judged));
    const changes = dataChanges(input.migration);
    // Rows that existed before the upgrade, rewritten, deleted or added to: only the reviewer knows the plan for them.
    // A finding about the same step (destructive-raw-sql) is cited as it stands, so the wizard shows the rule's line and words.
    const rewrites = changes
      .filter((change) => !change.backfill && !change.newRowsOnly)
      .map((change) => {
        const finding = findingOnStep(input, change.step);
        return finding ? findingEvidence(finding) : factEvidence(input, change, dataChangeMessage(change));
      });
    // A type change: only the reviewer knows whether every existing value converts (change-column-type says so when it reports).
    const typeChanges = upgradeOperations(input.migration)
      .filter((op) => op.name === 'alter_column' && op.kwargs['type_'] !== undefined && op.kwargs['type_'].kind !== 'none')
      .map((op) => {
        const finding = findingOnStep(input, stepKey(op));
        return finding ? findingEvidence(finding) : factEvidence(input, op, `type change at line ${op.line}: does every existing value convert?`);
      });
    const backfills = changes.flatMap((change) =>
      change.backfill ? [factEvidence(input, change, `backfills ${change.backfill.columns.map((column) => `${change.backfill!.table}.${column}`).join(', ')} (${change.backfill.reason})`)] : [],
    );
    const open = [...rewrites, ...typeChanges, ...notNull.filter((judged) => judged.open).map((judged) => judged.evidence)];
    if (open.length > 0) return { evidence: byLine([...open, ...notNull.filter((judged) => !judged.open).map((judged) => judged.evidence)]) };
    if (notNull.length > 0) return { autoAnswer: 'yes', decidedBy: 'auto', evidence: notNull.map((judged) => judged.evidence) };
    if (backfills.length > 0) return { autoAnswer: 'yes', decidedBy: 'auto', evidence: backfills };
    const seeds = changes.filter((change) => change.newRowsOnly);
    if (seeds.length > 0) {
      return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: seeds.map((change) => factEvidence(input, change, `${oneLine(change.description, 60)} changes only rows of a table this upgrade creates`)) };
    }
    return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'no column becomes NOT NULL or changes type, and the upgrade changes no rows')] };
  },

  'defaults-for-new-columns'(input, item) {
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const added = addedColumns(input.migration).map((column) => addedColumnEvidence(input, column));
    if (added.length === 0) return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'no column is added')] };
    const evidence = added.map((column) => column.evidence);
    // A column Preflight cannot read, or one the rule (switched off) would have reported: the reviewer answers.
    if (added.some((column) => column.open)) return { evidence };
    return { autoAnswer: 'yes', decidedBy: 'auto', evidence };
  },

  reversible(input, item) {
    if (input.downgrades === 'none') return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, NO_DOWNGRADES)] };
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const inverses = upgradeInverses(input.migration, input.settings);
    if (inverses.length === 0) {
      return { autoAnswer: 'yes', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'the upgrade has no operations to undo')] };
    }
    // Data the upgrade destroys (rows deleted, values overwritten) with a downgrade that does nothing:
    // no missing-downgrade finding (the schema is unchanged), but rolling back cannot bring the data back.
    // The steps are those the destructive rules reported (suppressed or not: the data is gone either way).
    const { downgrade: downgradeFacts } = input.migration.facts;
    const destroyed = new Map<string, { line: number; text: string }>();
    for (const finding of input.findings) {
      const evidence = finding.evidence;
      if (evidence?.kind !== 'destructive-step' || destroyed.has(evidence.step)) continue;
      destroyed.set(evidence.step, { line: finding.line, text: evidence.statement ? oneLine(evidence.description, 60) : evidence.description });
    }
    if (downgradeFacts?.isEmpty && destroyed.size > 0) {
      const steps = [...destroyed.values()].map((step) => `line ${step.line}: ${step.text}`);
      return {
        autoAnswer: 'no',
        decidedBy: 'auto',
        evidence: [
          {
            file: input.migration.facts.path,
            line: downgradeFacts.line,
            message: `downgrade() does nothing, and the upgrade destroys data (${steps.join('; ')}): rolling back cannot restore it`,
          },
        ],
      };
    }
    const evidence = inverses.map((judged) => inverseEvidence(input, judged));
    if (inverses.every((judged) => judged.status === 'undone' || judged.status === 'undone-in-upgrade')) {
      return { autoAnswer: 'yes', decidedBy: 'auto', evidence };
    }
    // Raw SQL and data steps: no static inverse to match; the round trip or the reviewer decides.
    return { evidence: inverses.flatMap((judged, index) => (judged.status === 'undone' || judged.status === 'undone-in-upgrade' ? [] : [evidence[index]!])) };
  },

  'production-safeguards'(input, item) {
    // A drop/wipe finding that says no safeguard guards it carries destructive-without-safeguard's answer.
    const { no, suppressed } = fromRules(input, item, (finding) => finding.unguarded === true);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const steps = safeguardedSteps(input.migration, input.settings);
    if (steps.length === 0) return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'nothing destructive in the upgrade')] };
    // The rule is off: the same judgement, from the same function, answers.
    const unguarded = steps.filter(({ guard }) => !guard);
    if (unguarded.length > 0) {
      return { autoAnswer: 'no', decidedBy: 'auto', evidence: unguarded.map(({ step }) => factEvidence(input, step.operation, `${step.description} is not guarded by an environment check`)) };
    }
    return {
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: steps.map(({ step, guard }) => factEvidence(input, step.operation, `${step.description} is guarded by ${guard!.variables.join(', ')} (line ${guard!.line})`)),
    };
  },
};

export function decideChecklist(checklist: Checklist, input: DecisionInput): ItemDecision[] {
  const decisions = checklist.items.map((item): ItemDecision => {
    const decider = item.decide ? DECIDERS[item.id] : undefined;
    if (decider) return { id: item.id, ...decider(input, item) };
    if (item.decide) {
      // A team item that names rules: "no" when they fire, otherwise the reviewer answers.
      const { no, suppressed } = fromRules(input, item);
      return no ? { id: item.id, autoAnswer: 'no', decidedBy: 'auto', evidence: no } : { id: item.id, evidence: suppressed };
    }
    return { id: item.id, evidence: [] };
  });
  const reversible = decisions.find((decision) => decision.id === 'reversible');
  const rollback = decisions.find((decision) => decision.id === 'rollback-plan');
  if (rollback && reversible?.autoAnswer === 'yes') {
    rollback.prefill = `alembic downgrade -1 (to ${input.downRevisionLabel})`;
  }
  if (rollback && input.downgrades === 'none') {
    rollback.evidence.push(factEvidence(input, undefined, `${NO_DOWNGRADES}; the note must say how this migration is rolled back (restore from a backup, a forward fix) and what happens to data written since`));
  }
  return decisions;
}

/** Findings that decide no item: shown in the wizard's "other findings" panel. */
export function otherFindings(checklist: Checklist, findings: Finding[]): Finding[] {
  const deciding = new Set(checklist.items.flatMap((item) => item.decide?.rules ?? []));
  // An unguarded drop/wipe finding decides production-safeguards (and is shown there).
  return findings.filter((finding) => !deciding.has(finding.rule) && !finding.unguarded);
}
