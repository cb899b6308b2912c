/**
 * destructive-without-safeguard (its own findings, and the part a drop-column, drop-table or destructive-SQL finding
 * carries): the production safeguard of the scaffold's drop-column template written at the top of upgrade(), with
 * `import os`. One guard there protects every step after it, so the file's other such findings are fixed by the
 * same edits.
 */
import { columnArgument, tableOf } from '../analysis/operations/op-arguments.js';
import { destructiveStepLabel, safeguardedSteps } from '../rules/destructive-without-safeguard.js';
import type { Edit, FixProposal } from './edits.js';
import { bodyStatements, eolOf, indentOf, isDocstring, moduleFunction } from './functions.js';
import { moduleBindsName, moduleImports, type FixSource } from './syntax.js';
import type { Fixer, SafeguardText } from './types.js';

/** Where the guard goes: before the first statement after the docstring, and before the comment lines right above it. */
function guardOffset(source: FixSource, first: { startIndex: number }, indent: string): number {
  const text = source.text;
  let at = text.lastIndexOf('\n', first.startIndex - 1) + 1;
  while (at > 0) {
    const previous = text.lastIndexOf('\n', at - 2) + 1;
    const line = text.slice(previous, at).replace(/\r?\n$/, '');
    if (!line.startsWith(`${indent}#`)) break;
    at = previous;
  }
  return at;
}

/** `import os` before the module's first import (after `from __future__` ones), unless the module has it. */
function importEdit(source: FixSource, line: string): Edit | string | undefined {
  const imports = moduleImports(source.root);
  if (imports.some((statement) => statement.type === 'import_statement' && statement.text === line)) return undefined;
  const name = line.replace(/^import /, '');
  if (moduleBindsName(source.root, name) || imports.some((statement) => new RegExp(`\\b${name}\\b`).test(statement.text))) {
    return `the module binds ${name} in another way: add \`${line}\` by hand`;
  }
  const future = imports.filter((statement) => statement.type === 'future_import_statement');
  const eol = eolOf(source.text);
  const anchor = future.length > 0 ? undefined : imports[0];
  if (anchor) {
    const at = source.text.lastIndexOf('\n', anchor.startIndex - 1) + 1;
    return { start: at, end: at, text: `${line}${eol}` };
  }
  const after = future[future.length - 1];
  if (!after) return 'the module has no imports to add `import os` next to';
  const end = source.text.indexOf('\n', after.endIndex);
  return end === -1 ? { start: source.text.length, end: source.text.length, text: `${eol}${line}` } : { start: end + 1, end: end + 1, text: `${line}${eol}` };
}

export const destructiveWithoutSafeguardFix: Fixer = ({ operation, migration, source, settings, safeguard }): FixProposal | undefined => {
  const judged = safeguardedSteps(migration, settings).find((each) => each.step.operation === operation && !each.guard);
  if (!judged) return undefined;
  if (operation.via || operation.dialects || operation.function !== 'upgrade') {
    return { kind: 'manual', reason: 'the step runs in a helper or a dialect branch: put the production safeguard before it by hand' };
  }
  // One guard at the top of upgrade(), whichever finding asks: every finding then proposes the same edits, and the
  // first one written covers the others. Only dropped columns: the drop-column template's own refusal, for the first;
  // other steps too: a refusal that names them all, in the rule's words.
  const unguarded = safeguardedSteps(migration, settings).filter((each) => !each.guard && !each.step.operation.via).map((each) => each.step);
  let guard: ReturnType<SafeguardText> | undefined;
  if (unguarded.every((step) => step.operation.name === 'drop_column')) {
    const named = unguarded[0]!.operation;
    const table = named.receiver === 'batch' ? named.batchTable : tableOf(named);
    const column = columnArgument(named);
    guard = table !== undefined && column !== undefined ? safeguard?.({ table, column }) : undefined;
  } else {
    const steps = unguarded.map((step) => destructiveStepLabel(step).what);
    const one = steps.length === 1;
    guard = safeguard?.({
      refusal: `This migration runs ${one ? 'a destructive step' : 'destructive steps'}: ${steps.join('; ')}. Take a backup, then run it with ${settings.destructiveFlag}=1.`,
      comment: `Production safeguard: in production ${one ? 'this step only runs' : 'these steps only run'} when explicitly allowed.`,
    });
  }
  if (!guard) return { kind: 'manual', reason: 'Preflight cannot write the safeguard for this step: guard it by hand (the help shows how)' };
  const upgrade = moduleFunction(source.root, 'upgrade');
  const first = upgrade && bodyStatements(upgrade).find((statement) => !isDocstring(statement));
  const indent = first && indentOf(source, first);
  if (!first || indent === undefined) return { kind: 'manual', reason: 'upgrade() has no statement on a line of its own to put the safeguard before' };
  const eol = eolOf(source.text);
  const at = guardOffset(source, first, indent);
  const edits: Edit[] = [{ start: at, end: at, text: [...guard.lines, ''].map((line) => (line === '' ? eol : `${indent}${line}${eol}`)).join('') }];
  for (const line of guard.imports) {
    const edit = importEdit(source, line);
    if (typeof edit === 'string') return { kind: 'manual', reason: edit };
    if (edit) edits.push(edit);
  }
  return {
    kind: 'edits',
    description: `stop upgrade() in production unless ${settings.destructiveFlag}=1 (the production safeguard of preflight new drop-column)`,
    edits,
  };
};
