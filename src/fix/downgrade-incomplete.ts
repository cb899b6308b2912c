/**
 * downgrade-incomplete: the missing inverse calls the rule names (`expected`) written into downgrade(), each where
 * reverse upgrade order puts it: before the inverses of earlier upgrade steps. One fix writes every missing inverse
 * Preflight knows, so two of them never land at one place in the wrong order; the file's other findings of this
 * rule are then fixed by it too.
 */
import type { Node } from 'web-tree-sitter';
import { knownInverse, inverseOptionsFor, upgradeInverses, type InverseJudgement } from '../rules/downgrade-incomplete.js';
import type { Edit, FixProposal } from './edits.js';
import { enclosingFunction, linesAfter, linesBefore, bodyStatements, moduleFunction, topStatementOf } from './functions.js';
import { inverseProblem } from './missing-downgrade.js';
import { callNodeOf } from './syntax.js';
import type { Fixer } from './types.js';

type Missing = Extract<InverseJudgement, { status: 'missing' }>;

export const downgradeIncompleteFix: Fixer = ({ operation, migration, source, settings }): FixProposal | undefined => {
  const options = inverseOptionsFor(migration, settings);
  const judgements = upgradeInverses(migration, settings);
  const own = judgements.find((j): j is Missing => j.status === 'missing' && j.operation === operation);
  if (!own) return undefined;
  const problem = inverseProblem(operation, knownInverse(operation, options));
  if (problem) return { kind: 'manual', reason: problem };
  const downgrade = moduleFunction(source.root, 'downgrade');
  const statements = downgrade ? bodyStatements(downgrade) : [];
  const last = statements[statements.length - 1];
  if (!downgrade || !last) return undefined;

  /** The downgrade statement an inverse is in, when it is in downgrade() itself (not a helper). */
  const statementOf = (inverse: InverseJudgement): Node | undefined => {
    if (inverse.status !== 'undone' || inverse.inverse.via) return undefined;
    const call = callNodeOf(source.root, inverse.inverse);
    return call && enclosingFunction(call)?.id === downgrade.id ? topStatementOf(downgrade, call) : undefined;
  };
  const groups = new Map<number, { anchor: Node; before: boolean; lines: string[]; labels: string[] }>();
  const fixable = judgements.filter((j): j is Missing => j.status === 'missing' && inverseProblem(j.operation, knownInverse(j.operation, options)) === undefined);
  // Latest upgrade step first: its inverse runs first.
  for (const missing of [...fixable].sort((a, b) => b.operation.index - a.operation.index)) {
    const earlier = judgements
      .filter((j) => j.operation.index < missing.operation.index)
      .map(statementOf)
      .filter((n): n is Node => n !== undefined)
      .sort((a, b) => a.startIndex - b.startIndex)[0];
    const anchor = earlier ?? last;
    const group = groups.get(anchor.startIndex) ?? { anchor, before: earlier !== undefined, lines: [], labels: [] };
    group.lines.push(`op.${knownInverse(missing.operation, options)!}`);
    group.labels.push(missing.label);
    groups.set(anchor.startIndex, group);
  }
  const edits: Edit[] = [];
  for (const group of groups.values()) {
    const edit = group.before ? linesBefore(source, group.anchor, group.lines) : linesAfter(source, group.anchor, group.lines);
    if (typeof edit === 'string') return { kind: 'manual', reason: edit };
    edits.push(edit);
  }
  const written = [...groups.values()].flatMap((group) => group.lines);
  return {
    kind: 'edits',
    description: `downgrade() undoes ${own.label}: ${written.join('; ')}`,
    edits,
  };
};
