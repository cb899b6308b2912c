/**
 * Checklist decisions: for each item, the answer the static checks can give
 * (with the findings and facts that justify it), or none when only the
 * reviewer can answer. Pure: findings and facts in, decisions out.
 */
import type { Operation } from '../../model/facts.js';
import { isGuarded, sqlStatementsOf, upgradeOperations, downgradeOperations, addedColumn, columnArgument, columnName, isNotNull, hasServerDefault } from '../../rules/helpers.js';
import { createdTableKeys, tableKey } from '../../rules/shared/tables.js';
import { destructiveSteps } from '../../rules/shared/destructive.js';
import { oneLine } from '../../rules/shared/snippets.js';
import { statementOnNewObjects, upgradeHistory } from '../../rules/shared/history.js';
import { findDowngradeInverse, isCheckable } from '../../rules/downgrade-incomplete.js';
import { tableOf } from '../../rules/types.js';
import { type AnalyzedMigration } from '../../model/facts.js';
import { type Finding } from '../../model/findings.js';
import { type RuleSettings } from '../../model/settings.js';
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

const factEvidence = (input: DecisionInput, operation: Operation | undefined, message: string): Evidence => ({
  file: input.migration.facts.path,
  line: operation?.line ?? input.migration.facts.upgrade?.line ?? 1,
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

const DECIDERS: Record<string, Decider> = {
  'alter-not-drop'(input, item) {
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    // DROP TABLE in raw SQL is a drop too (destructive-raw-sql reports it, among other things).
    const sqlDrops = upgradeOperations(input.migration).filter((op) => sqlStatementsOf(input.migration, op).some((s) => s.kind === 'drop-table'));
    if (sqlDrops.length > 0) {
      return { autoAnswer: 'no', decidedBy: 'auto', evidence: sqlDrops.map((op) => factEvidence(input, op, `raw SQL at line ${op.line} drops a table`)) };
    }
    const alters = upgradeOperations(input.migration).filter((op) => /^(alter_column|add_column|rename_table|create_index)$/.test(op.name));
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
    const upgrade = upgradeOperations(input.migration);
    const notNull = upgrade.filter((op) => op.name === 'alter_column' && op.kwargs['nullable']?.kind === 'bool' && op.kwargs['nullable'].value === false);
    const restructures = upgrade.filter((op) => op.name === 'alter_column' && op.kwargs['type_'] !== undefined);
    // An UPDATE without WHERE of columns this upgrade adds (or makes NOT NULL) is the guide's backfill.
    const history = upgradeHistory(input.migration);
    const backfilled = upgrade.flatMap((op) =>
      sqlStatementsOf(input.migration, op).flatMap((statement) => {
        const unbounded = statement.kind === 'update' && statement.hasWhere === false;
        const backfill = unbounded ? statementOnNewObjects(history, op, statement)?.backfill : undefined;
        if (!backfill) return [];
        const columns = backfill.columns.map((column) => `${backfill.table}.${column}`).join(', ');
        return [factEvidence(input, op, `backfills ${columns} (${backfill.reason})`)];
      }),
    );
    if (notNull.length === 0 && restructures.length === 0) {
      if (backfilled.length > 0) return { autoAnswer: 'yes', decidedBy: 'auto', evidence: backfilled };
      return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'no column becomes NOT NULL and no column changes type')] };
    }
    const backfills = upgrade.filter((op) => sqlStatementsOf(input.migration, op).some((s) => s.kind === 'update') || (op.name === 'execute' && /\bupdate\b/i.test(op.text)));
    if (notNull.length > 0 && restructures.length === 0) {
      const created = createdTableKeys(input.migration);
      const evidence = notNull.map((op) => {
        const table = tableOf(op);
        const target = `${table ?? '?'}.${columnArgument(op) ?? '?'}`;
        const backfill = backfills.find((b) => b.index < op.index);
        if (backfill) return factEvidence(input, op, `backfilled at line ${backfill.line} before ${target} becomes NOT NULL`);
        if (table !== undefined && created.has(tableKey(table))) return factEvidence(input, op, `${target} becomes NOT NULL in a table this migration creates (it has no rows yet)`);
        const added = upgrade.find((other) => {
          const column = other.index < op.index && other.name === 'add_column' && tableOf(other) === table ? addedColumn(other) : undefined;
          return column !== undefined && columnName(column) === columnArgument(op) && hasServerDefault(column.kwargs);
        });
        if (added) return factEvidence(input, op, `${target} becomes NOT NULL after add_column (line ${added.line}) filled it with its server default`);
        return factEvidence(input, op, `${target} becomes NOT NULL; set-not-null-without-backfill found no missing backfill`);
      });
      return { autoAnswer: 'yes', decidedBy: 'auto', evidence };
    }
    // A type change: only the reviewer knows whether every existing value converts.
    return { evidence: [...backfilled, ...restructures.map((op) => factEvidence(input, op, `type change at line ${op.line}: does every existing value convert?`))] };
  },

  'defaults-for-new-columns'(input, item) {
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const added = upgradeOperations(input.migration).filter((op) => op.name === 'add_column');
    if (added.length === 0) return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'no column is added')] };
    const evidence = added.map((op) => {
      const column = addedColumn(op);
      const name = column ? `${tableOf(op) ?? '?'}.${columnName(column) ?? '?'}` : 'column';
      const how = column && isNotNull(column) ? (hasServerDefault(column.kwargs) ? 'NOT NULL with a server default' : 'NOT NULL') : 'nullable';
      return factEvidence(input, op, `${name} is ${how}`);
    });
    return { autoAnswer: 'yes', decidedBy: 'auto', evidence };
  },

  reversible(input, item) {
    if (input.downgrades === 'none') return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, NO_DOWNGRADES)] };
    const { no, suppressed } = fromRules(input, item);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const upgrade = upgradeOperations(input.migration);
    const downgrade = downgradeOperations(input.migration);
    if (upgrade.length === 0) {
      return { autoAnswer: 'yes', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'the upgrade has no operations to undo')] };
    }
    // Data the upgrade destroys (rows deleted, values overwritten) with a downgrade that does nothing:
    // no missing-downgrade finding (the schema is unchanged), but rolling back cannot bring the data back.
    const { downgrade: downgradeFacts } = input.migration.facts;
    const destroyed = destructiveSteps(input.migration);
    if (downgradeFacts?.isEmpty && destroyed.length > 0) {
      const steps = destroyed.map((step) => `line ${step.operation.line}: ${step.statement ? oneLine(step.description, 60) : step.description}`);
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
    const statementsOf = (op: Operation) => sqlStatementsOf(input.migration, op);
    const inverses = upgrade.map((op) => ({ op, inverse: isCheckable(op) ? findDowngradeInverse(op, downgrade, { statementsOf }) : undefined }));
    const unknown = inverses.filter(({ inverse }) => !inverse).map(({ op }) => op);
    if (unknown.length === 0) {
      return {
        autoAnswer: 'yes',
        decidedBy: 'auto',
        evidence: inverses.map(({ op, inverse }) => factEvidence(input, op, `${op.name} at line ${op.line} is undone by ${inverse!.name} at line ${inverse!.line}`)),
      };
    }
    // Raw SQL and data steps: no static inverse to match; the round trip or the reviewer decides.
    return { evidence: unknown.map((op) => factEvidence(input, op, `${op.name} at line ${op.line}: Preflight cannot tell statically whether downgrade() undoes it (run the round trip)`)) };
  },

  'production-safeguards'(input, item) {
    // A drop/wipe finding that says no safeguard guards it carries destructive-without-safeguard's answer.
    const { no, suppressed } = fromRules(input, item, (finding) => finding.unguarded === true);
    if (no) return { autoAnswer: 'no', decidedBy: 'auto', evidence: no };
    if (suppressed.length > 0) return { evidence: suppressed };
    const steps = destructiveSteps(input.migration);
    if (steps.length === 0) return { autoAnswer: 'n/a', decidedBy: 'auto', evidence: [factEvidence(input, undefined, 'nothing destructive in the upgrade')] };
    const unguarded = steps.filter((step) => !isGuarded(step.operation, input.settings));
    if (unguarded.length > 0) {
      return { autoAnswer: 'no', decidedBy: 'auto', evidence: unguarded.map((step) => factEvidence(input, step.operation, `${step.description} is not guarded by an environment check`)) };
    }
    return {
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: steps.map((step) => factEvidence(input, step.operation, `${step.description} is guarded by ${step.operation.guards.flatMap((g) => g.variables).join(', ')} (line ${step.operation.guards[0]!.line})`)),
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
