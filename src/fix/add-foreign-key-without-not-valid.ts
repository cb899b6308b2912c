/**
 * add-foreign-key-without-not-valid: `postgresql_not_valid=True` on op.create_foreign_key, and the VALIDATE CONSTRAINT
 * step at the end of upgrade inside `with op.get_context().autocommit_block():`, which commits the ADD first, so the
 * scan runs under SHARE UPDATE EXCLUSIVE (reads and writes go on) rather than under the ADD's lock.
 */
import { migrationLocks } from '../analysis/locks/migration-locks.js';
import { literalName, tableKey, tableOf } from '../analysis/operations/op-arguments.js';
import { argument, type AnalyzedMigration, type Operation } from '../model/facts.js';
import type { SchemaChange } from '../model/schema-change.js';
import type { NamingConvention } from '../model/settings.js';
import { constraintNames } from '../rules/shared/lock-targets.js';
import { objectKey } from '../rules/shared/locks.js';
import type { Edit, FixProposal } from './edits.js';
import { textCallee } from './raw-sql-string-execute.js';
import { AUTOCOMMIT, blockStatements, branchesOnDialect, callNodeOf, functionBody, inFunctionBody, lineAfter, linesAfter, pyLiteral, setKeyword, sqlName, statementOf } from './syntax.js';
import type { FixContext, Fixer } from './types.js';

const KINDS = { create_foreign_key: 'add-foreign-key', create_check_constraint: 'add-check-constraint' } as const;

/** The table the constraint goes on, as SQL: the schema keyword of the call, then the table, each quoted. */
function qualifiedTable(operation: Operation, table: string): string {
  const schema = operation.kwargs['schema'] ?? operation.kwargs['source_schema'];
  return schema?.kind === 'str' ? `${sqlName(schema.value)}.${sqlName(table)}` : sqlName(table);
}

/**
 * The constraint's name in the database: the one name it can have (as written, or under the project's naming
 * convention), else the one of its possible names the downgrade's drop_constraint on the same table uses, when that
 * is not the name as written (a project whose models' convention Preflight cannot read writes the full name there; the
 * name as written proves nothing, as drop_constraint passes it through the same convention). Otherwise the names it
 * may have.
 */
function databaseName(migration: AnalyzedMigration, change: SchemaChange, convention: NamingConvention | undefined): string | { others: string[] } {
  const names = constraintNames(change, convention);
  if (names.length === 1) return names[0]!;
  const dropped = migration.facts.operations
    .filter((o) => o.function === 'downgrade' && o.receiver === 'op' && o.name === 'drop_constraint' && change.table !== undefined && tableOf(o) !== undefined && tableKey(tableOf(o)!) === tableKey(change.table))
    .map((o) => literalName(argument(o, 0, 'constraint_name')))
    .find(
      (dropName) =>
        dropName !== undefined &&
        (change.name === undefined || objectKey(dropName) !== objectKey(change.name)) &&
        names.some((name) => objectKey(name) === objectKey(dropName)),
    );
  return dropped ?? { others: names.filter((name) => name !== change.name) };
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
  if (!change) return { kind: 'manual', reason: `Preflight could not read the ${what}'s table and name` };
  const name = databaseName(migration, change, settings.namingConvention);
  if (typeof name !== 'string') {
    return {
      kind: 'manual',
      reason:
        change.name === undefined || name.others.length === 0
          ? `the ${what} has no literal name, so Preflight cannot name it in VALIDATE CONSTRAINT: give it one (or add postgresql_not_valid=True and the VALIDATE step by hand)`
          : `the models' naming convention, which Preflight cannot read from env.py, may rename ${change.name} (to ${name.others.join(' or ')}), and VALIDATE CONSTRAINT needs the name in the database: add postgresql_not_valid=True and the VALIDATE step by hand`,
    };
  }
  if (change.table === undefined || change.origin !== 'op') return { kind: 'manual', reason: `the table is not a literal, so Preflight cannot name it in ALTER TABLE … VALIDATE CONSTRAINT` };
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  const body = functionBody(source.root, 'upgrade');
  // The VALIDATE goes at the end of upgrade(): only a call made there directly is sure to have run by then.
  if (!call || !statement || !body || operation.via || !inFunctionBody(source.root, statement, 'upgrade')) {
    return { kind: 'manual', reason: `the ${what} is added inside a block, a loop or a helper: add postgresql_not_valid=True and the VALIDATE step after it by hand` };
  }
  if (branchesOnDialect(migration, 'upgrade')) {
    return { kind: 'manual', reason: `upgrade() branches on the database dialect: put the VALIDATE CONSTRAINT step in its PostgreSQL branch by hand` };
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
