/**
 * missing-downgrade: downgrade() written from the inverses Preflight knows (the rule's own steps and
 * downgrade-incomplete's inverse calls), in reverse order of the upgrade, in place of a body of only `pass`
 * (or as a new function after upgrade()). Only when every step has a known inverse: otherwise the author writes it.
 */
import type { Node } from 'web-tree-sitter';
import { sqlOf, type AnalyzedMigration, type Operation } from '../model/facts.js';
import { describeOperation, expectedInverse, knownInverse } from '../rules/downgrade-incomplete.js';
import { sqlStatementsOf, upgradeOperations } from '../rules/helpers.js';
import { stepsToUndo } from '../rules/missing-downgrade.js';
import type { Edit, FixProposal } from './edits.js';
import { bodyStatements, eolOf, isDocstring, isPlaceholder, linesAfter, moduleFunction, replaceStatement } from './functions.js';
import { callNodeOf, moduleImports, statementOf, type FixSource } from './syntax.js';
import type { MigrationFixer } from './types.js';

/** Why a step's inverse cannot be written from here, or undefined when it can. */
export function inverseProblem(operation: Operation, inverse: string | undefined): string | undefined {
  const label = describeOperation(operation);
  if (operation.via) return `${label} runs in helper ${operation.via[0]!.name}(): write its inverse by hand`;
  if (operation.dialects) return `${label} runs only on some dialects: write its inverse under the same condition by hand`;
  if (operation.loopIterable !== undefined) return `${label} runs in a loop: write its inverse by hand`;
  if (operation.receiver === 'batch') return `${label} is inside batch_alter_table: write its inverse in a batch block by hand`;
  if (operation.guards.some((guard) => !guard.raisesBefore)) return `${label} runs only under a condition: write its inverse under the same condition by hand`;
  if (inverse !== undefined) return undefined;
  if (sqlOf(operation)) return `the upgrade's raw SQL has no known inverse (${label})`;
  const name = operation.args[0] ?? operation.kwargs['constraint_name'] ?? operation.kwargs['index_name'];
  if (/^create_/.test(operation.name) && name?.kind === 'none') return `${label} creates an unnamed constraint, which downgrade() cannot name to drop: give it a name`;
  if (operation.name === 'alter_column') return `${label} changes the column's definition, and the upgrade does not say what it was before`;
  const expected = expectedInverse(operation);
  if (expected) return `${label}: its inverse needs what the upgrade does not say (op.${expected})`;
  return `${label} has no known inverse`;
}

/**
 * The upgrade's `op.execute("SET lock_timeout …")` / statement_timeout lines before its first schema change: the
 * downgrade takes the same locks, so it starts with the same settings (as lock-timeout-missing asks).
 */
export function timeoutLines(source: FixSource, migration: AnalyzedMigration, firstStep: Operation | undefined): string[] {
  const lines: string[] = [];
  for (const operation of upgradeOperations(migration)) {
    if (firstStep && operation.index >= firstStep.index) break;
    const statements = sqlStatementsOf(migration, operation);
    if (operation.receiver !== 'op' || operation.via || statements.length === 0) continue;
    if (!statements.every((s) => s.setting && /^(lock_timeout|statement_timeout)$/i.test(s.setting.name))) continue;
    const call = callNodeOf(source.root, operation);
    const statement = call && statementOf(call);
    if (statement && !statement.text.includes('\n')) lines.push(statement.text);
  }
  return lines;
}

/** Modules whose calls in upgrade() change no schema behind Preflight's back (it reads SQLAlchemy's and Alembic's). */
const KNOWN_MODULES = /^(sqlalchemy|alembic|os|sys|logging|json|datetime|uuid|typing|re|time|enum|decimal)(\.|$)/;

/**
 * A call of upgrade() into code imported from elsewhere (`migration.create_table_if_not_exists(…)`): what it does to
 * the schema is unknown, so a downgrade written from the visible steps alone could leave its changes in place.
 */
function unknownCall(source: FixSource, migration: AnalyzedMigration): string | undefined {
  const imported = new Map<string, string>();
  for (const statement of moduleImports(source.root)) {
    const from = statement.type === 'import_from_statement' ? statement.childForFieldName('module_name')?.text : undefined;
    for (const name of statement.childrenForFieldName('name')) {
      if (!name) continue;
      const bound = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text.split('.')[0];
      const module = from ?? (name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text);
      if (bound && module) imported.set(bound, module);
    }
  }
  const call = migration.facts.otherCalls.find((other) => {
    if (other.function !== 'upgrade') return false;
    const module = imported.get(other.callee.split('.')[0]!);
    return module !== undefined && !KNOWN_MODULES.test(module);
  });
  return call ? `upgrade() calls ${call.callee}(), which Preflight cannot see into: write downgrade() by hand` : undefined;
}

/** The downgrade body's lines for the steps, or why there is none. */
function downgradeLines(source: FixSource, migration: AnalyzedMigration): string[] | string {
  const unknown = unknownCall(source, migration);
  if (unknown) return unknown;
  const steps = stepsToUndo(migration);
  const lines: string[] = [];
  for (const operation of [...steps].reverse()) {
    const inverse = knownInverse(operation);
    const problem = inverseProblem(operation, inverse);
    if (problem) return problem;
    lines.push(`op.${inverse!}`);
  }
  // Nothing to undo that Preflight can see: `pass` is right only for an upgrade that does nothing either.
  if (lines.length === 0) return migration.facts.upgrade?.isEmpty ? ['pass'] : 'the upgrade changes nothing Preflight can write an inverse for: write downgrade() by hand';
  return [...timeoutLines(source, migration, steps[0]), ...lines];
}

/** A new `def downgrade():` after upgrade(), in upgrade's signature style (`-> None`). */
function newFunction(source: FixSource, upgrade: Node, lines: string[]): Edit | string {
  const eol = eolOf(source.text);
  const returns = upgrade.childForFieldName('return_type');
  const body = bodyStatements(upgrade)[0];
  const indentMatch = body ? /[ \t]*$/.exec(source.text.slice(0, body.startIndex)) : null;
  const indent = indentMatch?.[0] || '    ';
  const signature = `def downgrade()${returns ? ` -> ${returns.text}` : ''}:`;
  const text = ['', '', '', signature, ...lines.map((line) => `${indent}${line}`)].join(eol);
  const holder = upgrade.parent?.type === 'decorated_definition' ? upgrade.parent : upgrade;
  // After upgrade's last line (its trailing comment included).
  const end = source.text.indexOf('\n', holder.endIndex);
  if (end === -1) return { start: source.text.length, end: source.text.length, text: `${text}${eol}` };
  const at = source.text[end - 1] === '\r' ? end - 1 : end;
  return { start: at, end: at, text };
}

export const missingDowngradeFix: MigrationFixer = {
  forMigration({ finding, migration, source }): FixProposal | undefined {
    // The enum pattern wants a comment from the author, not code.
    if (finding.message.includes('which PostgreSQL cannot remove')) {
      return { kind: 'manual', reason: 'say in a comment in downgrade() how to roll back the enum value (PostgreSQL cannot drop it)' };
    }
    const lines = downgradeLines(source, migration);
    if (typeof lines === 'string') return { kind: 'manual', reason: lines };
    const description = lines[0] === 'pass' ? 'downgrade() added: the upgrade does nothing either' : `downgrade() undoes the upgrade: ${lines.join('; ')}`;
    const downgrade = moduleFunction(source.root, 'downgrade');
    if (!downgrade) {
      const upgrade = moduleFunction(source.root, 'upgrade');
      if (!upgrade) return undefined;
      const edit = newFunction(source, upgrade, lines);
      return typeof edit === 'string' ? { kind: 'manual', reason: edit } : { kind: 'edits', description, edits: [edit] };
    }
    const statements = bodyStatements(downgrade);
    const placeholders = statements.filter(isPlaceholder);
    if (!statements.every((s) => isPlaceholder(s) || isDocstring(s))) return undefined;
    const edits: (Edit | string)[] =
      placeholders.length > 0
        ? [replaceStatement(source, placeholders[0]!, lines), ...placeholders.slice(1).map((p) => replaceStatement(source, p, ['pass']))]
        : [linesAfter(source, statements[statements.length - 1]!, lines)];
    const problem = edits.find((edit): edit is string => typeof edit === 'string');
    if (problem) return { kind: 'manual', reason: problem };
    return { kind: 'edits', description, edits: edits as Edit[] };
  },
};
