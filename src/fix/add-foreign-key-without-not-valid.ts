/**
 * add-foreign-key-without-not-valid: `postgresql_not_valid=True` on op.create_foreign_key, and the VALIDATE CONSTRAINT
 * step at the end of upgrade inside `with op.get_context().autocommit_block():`, which commits the ADD first, so the
 * scan runs under SHARE UPDATE EXCLUSIVE (reads and writes go on) rather than under the ADD's lock.
 */
import { migrationLocks } from '../analysis/locks/migration-locks.js';
import type { Operation } from '../model/facts.js';
import { constraintName } from '../rules/shared/lock-targets.js';
import type { Edit, FixProposal } from './edits.js';
import { textCallee } from './raw-sql-string-execute.js';
import { AUTOCOMMIT, blockStatements, callNodeOf, functionBody, inFunctionBody, lineAfter, linesAfter, pyLiteral, setKeyword, sqlName, statementOf } from './syntax.js';
import type { FixContext, Fixer } from './types.js';

const KINDS = { create_foreign_key: 'add-foreign-key', create_check_constraint: 'add-check-constraint' } as const;

/** The table the constraint goes on, as SQL: the schema keyword of the call, then the table, each quoted. */
function qualifiedTable(operation: Operation, table: string): string {
  const schema = operation.kwargs['schema'] ?? operation.kwargs['source_schema'];
  return schema?.kind === 'str' ? `${sqlName(schema.value)}.${sqlName(table)}` : sqlName(table);
}

/** The `sa.text` spelling of the module and the import it needs, as edits; or why not. */
export function textCall(context: FixContext): { callee: string; imports: Edit[] } | string {
  const callee = textCallee(context.source);
  if (typeof callee === 'string') return callee;
  return { callee: callee.callee, imports: callee.importAfter ? [lineAfter(context.source, callee.importAfter, 'import sqlalchemy as sa')] : [] };
}

/** The NOT VALID fix of op.create_foreign_key / op.create_check_constraint. */
export function notValidFix(context: FixContext, what: string, opName: keyof typeof KINDS): FixProposal | undefined {
  const { operation, migration, source, settings } = context;
  if (operation.name !== opName) {
    return { kind: 'manual', reason: `the ${what} is not added by op.${opName}(…): add NOT VALID and the VALIDATE CONSTRAINT step by hand` };
  }
  const kind = KINDS[opName];
  if (operation.receiver !== 'op') return { kind: 'manual', reason: `the ${what} is added inside batch_alter_table: move it out as op.${operation.name}(…, postgresql_not_valid=True) by hand` };
  const change = migrationLocks(migration, 'upgrade', settings).find((lock) => lock.change.operation === operation && lock.change.kind === kind)?.change;
  // The VALIDATE must name the constraint as the database has it: the literal name, with the project's convention.
  const name = change && constraintName(change, settings.namingConvention);
  if (!change || name === undefined) {
    return { kind: 'manual', reason: `the ${what} has no literal name, so Preflight cannot name it in VALIDATE CONSTRAINT: give it one (or add postgresql_not_valid=True and the VALIDATE step by hand)` };
  }
  if (change.table === undefined || change.origin !== 'op') return { kind: 'manual', reason: `the table is not a literal, so Preflight cannot name it in ALTER TABLE … VALIDATE CONSTRAINT` };
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  const body = functionBody(source.root, 'upgrade');
  // The VALIDATE goes at the end of upgrade(): only a call made there directly is sure to have run by then.
  if (!call || !statement || !body || operation.via || !inFunctionBody(source.root, statement, 'upgrade')) {
    return { kind: 'manual', reason: `the ${what} is added inside a block, a loop or a helper: add postgresql_not_valid=True and the VALIDATE step after it by hand` };
  }
  const keyword = setKeyword(source, call, 'postgresql_not_valid', 'True');
  if (typeof keyword === 'string') return { kind: 'manual', reason: keyword };
  const text = textCall(context);
  if (typeof text === 'string') return { kind: 'manual', reason: text };
  const last = blockStatements(body).at(-1)!;
  if (last.type === 'return_statement') return { kind: 'manual', reason: 'upgrade() ends with a return: add the VALIDATE step before it by hand' };
  const sql = `ALTER TABLE ${qualifiedTable(operation, change.table)} VALIDATE CONSTRAINT ${sqlName(name)}`;
  const validate = linesAfter(source, last, [
    [0, `${AUTOCOMMIT}  # commits the ADD: VALIDATE then scans without blocking reads or writes`],
    [1, `op.execute(${text.callee}(${pyLiteral(sql)}))`],
  ]);
  return {
    kind: 'edits',
    description: `add ${name} with postgresql_not_valid=True, then VALIDATE CONSTRAINT it at the end of upgrade in an autocommit block`,
    edits: [...text.imports, ...keyword, validate],
  };
}

export const addForeignKeyWithoutNotValidFix: Fixer = (context) => notValidFix(context, 'foreign key', 'create_foreign_key');
