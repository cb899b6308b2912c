/**
 * Every step of an upgrade that destroys data that existed before it: drop_table, drop_column and
 * destructive raw SQL. Steps on objects the same upgrade created (scratch tables, columns it adds)
 * and backfills of new columns are left out: they destroy nothing (see history.ts).
 */
import { sqlOf, type Operation, type AnalyzedMigration } from '../../model/facts.js';
import { isDestructive } from '../../analysis/sql/analyze.js';
import { type SqlStatement } from '../../model/sql.js';
import { describeTarget, nameLabel, sqlStatementsOf, upgradeOperations } from '../helpers.js';
import { columnArgument, tableOf } from '../../analysis/operations/op-arguments.js';
import type { FindingEvidence } from '../../model/findings.js';
import { positionOf, statementOnNewObjects, upgradeHistory } from './history.js';
import { readBefore } from './reads.js';

export interface DestructiveStep {
  operation: Operation;
  /** The raw SQL statement, for destructive SQL. */
  statement?: SqlStatement;
  description: string;
  /**
   * Names the step among the migration's reports, so the runner can fold the safeguard finding
   * into the destructive finding about the same step (one finding per problem).
   */
  step: string;
}

export function stepKey(operation: Operation, statement?: SqlStatement): string {
  return `${operation.function}:${operation.index}:${statement?.offset ?? ''}`;
}

/** What a finding about the step carries, so the checklist cites this step and no other. */
export function destructiveEvidence(step: DestructiveStep): FindingEvidence {
  return {
    kind: 'destructive-step',
    step: step.step,
    ...(step.statement ? { statement: step.statement.kind } : {}),
    description: step.description,
  };
}

export function destructiveSteps(migration: AnalyzedMigration): DestructiveStep[] {
  const steps: DestructiveStep[] = [];
  // Most migrations destroy nothing: the history (what the upgrade created before) is built only when asked.
  let built: ReturnType<typeof upgradeHistory> | undefined;
  const history = (): ReturnType<typeof upgradeHistory> => (built ??= upgradeHistory(migration));
  for (const operation of upgradeOperations(migration)) {
    const position = positionOf(operation);
    const table = tableOf(operation);
    if (operation.name === 'drop_table') {
      if (table !== undefined && history().tableCreatedBefore(table, position)) continue;
      // The old copy of a rebuilt table, once its rows were read (copied) into the new one: a rebuild loses nothing.
      if (table !== undefined && history().rebuiltFrom(table, position) !== undefined && readBefore(migration, operation, table)) continue;
      const what = table !== undefined ? `drop_table(${JSON.stringify(table)})` : `drop_table of ${nameLabel(operation, 'table', undefined)}`;
      steps.push({ operation, description: what, step: stepKey(operation) });
    } else if (operation.name === 'drop_column') {
      const column = columnArgument(operation);
      if (table !== undefined && column !== undefined && history().columnNewBefore(table, column, position)) continue;
      steps.push({ operation, description: `drop_column ${describeTarget(operation, table, column)}`, step: stepKey(operation) });
    } else if (sqlOf(operation)) {
      for (const statement of sqlStatementsOf(migration, operation)) {
        if (!isDestructive(statement) || statementOnNewObjects(history(), operation, statement)) continue;
        steps.push({ operation, statement, description: statement.text, step: stepKey(operation, statement) });
      }
    }
  }
  return steps;
}
