/**
 * add-unique-constraint: the unique index built with CREATE UNIQUE INDEX CONCURRENTLY in an autocommit block, then
 * attached with ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX (a brief lock, nothing is built). The index gets the
 * constraint's name, so the downgrade's drop_constraint drops both, as it did before.
 */
import type { Node } from 'web-tree-sitter';
import { literalName } from '../analysis/operations/op-arguments.js';
import { argument, stringList, stringValue } from '../model/facts.js';
import { conventionalName } from '../rules/shared/naming-convention.js';
import type { FixProposal } from './edits.js';
import { textCall } from './add-foreign-key-without-not-valid.js';
import { AUTOCOMMIT, branchesOnDialect, callNodeOf, inLoopOrHelper, postgresqlOnly, pyLiteral, replaceStatement, sqlName, statementOf } from './syntax.js';
import type { FixContext, Fixer } from './types.js';

/** Keywords the SQL carries over; any other (postgresql_include, …) needs the author. */
const KNOWN_KEYWORDS = new Set(['constraint_name', 'table_name', 'columns', 'schema', 'deferrable', 'initially']);

/** The two steps for op.create_unique_constraint / op.create_primary_key with literal names, or why not. */
export function usingIndexFix(context: FixContext, constraint: 'UNIQUE' | 'PRIMARY KEY', opName: string): FixProposal {
  const { operation, source } = context;
  const what = constraint === 'UNIQUE' ? 'unique constraint' : 'primary key';
  if (operation.name !== opName) {
    return { kind: 'manual', reason: `the ${what} is added in SQL: build its index with CREATE UNIQUE INDEX CONCURRENTLY and attach it with ADD CONSTRAINT … USING INDEX by hand` };
  }
  if (operation.receiver !== 'op') return { kind: 'manual', reason: `the ${what} is added inside batch_alter_table: Preflight does not split it out of the batch` };
  const written = argument(operation, 0, 'constraint_name');
  const table = stringValue(argument(operation, 1, 'table_name'));
  const columns = stringList(argument(operation, 2, 'columns'));
  // The name Alembic would give it under the project's naming convention, so the downgrade's drop_constraint finds it.
  const literal = literalName(written);
  const name =
    literal === undefined || table === undefined || !columns
      ? literal
      : conventionalName({ kind: constraint === 'UNIQUE' ? 'uq' : 'pk', table, columns, name: literal, converted: written?.kind === 'call' }, context.settings.namingConvention);
  if (name === undefined) return { kind: 'manual', reason: `the ${what} has no literal name: the index and ADD CONSTRAINT … USING INDEX must name it, so give it one` };
  if (table === undefined || !columns || columns.length === 0 || operation.args.length > 3) return { kind: 'manual', reason: 'the table or the columns are not literals, so Preflight cannot write them in SQL' };
  const unknown = Object.keys(operation.kwargs).filter((keyword) => !KNOWN_KEYWORDS.has(keyword));
  if (unknown.length > 0) return { kind: 'manual', reason: `the call passes ${unknown.join(', ')}, which Preflight does not carry over into SQL` };
  const schema = operation.kwargs['schema'];
  const deferrable = operation.kwargs['deferrable'];
  const initially = operation.kwargs['initially'];
  if ((schema && schema.kind !== 'str' && schema.kind !== 'none') || (deferrable && deferrable.kind !== 'bool' && deferrable.kind !== 'none') || (initially && initially.kind !== 'str' && initially.kind !== 'none')) {
    return { kind: 'manual', reason: 'schema, deferrable or initially is not a literal, so Preflight cannot write it in SQL' };
  }
  if (!postgresqlOnly(operation) && branchesOnDialect(context.migration, operation.function)) {
    return { kind: 'manual', reason: `${operation.function}() branches on the database dialect: put the PostgreSQL steps in its PostgreSQL branch by hand` };
  }
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  if (!call || !statement) return { kind: 'manual', reason: 'the call is not a statement of its own' };
  if (operation.via || inLoopOrHelper(call)) return { kind: 'manual', reason: `the ${what} is added in a loop or a helper: its names differ from one call to the next, so Preflight does not write them into SQL` };
  if (statement.descendantsOfType('comment').some((n: Node | null) => n !== null)) return { kind: 'manual', reason: 'the call has comments inside, which the rewrite would drop' };
  const text = textCall(context);
  if (typeof text === 'string') return { kind: 'manual', reason: text };
  const qualified = schema?.kind === 'str' ? `${sqlName(schema.value)}.${sqlName(table)}` : sqlName(table);
  const timing =
    (deferrable?.kind === 'bool' ? (deferrable.value ? ' DEFERRABLE' : ' NOT DEFERRABLE') : '') + (initially?.kind === 'str' ? ` INITIALLY ${initially.value.toUpperCase()}` : '');
  if (!/^( (NOT )?DEFERRABLE)?( INITIALLY (DEFERRED|IMMEDIATE))?$/.test(timing)) return { kind: 'manual', reason: `initially=${initially?.text} is not DEFERRED or IMMEDIATE` };
  const build = `CREATE UNIQUE INDEX CONCURRENTLY ${sqlName(name)} ON ${qualified} (${columns.map(sqlName).join(', ')})`;
  const attach = `ALTER TABLE ${qualified} ADD CONSTRAINT ${sqlName(name)} ${constraint} USING INDEX ${sqlName(name)}${timing}`;
  const edit = replaceStatement(source, statement, [
    [0, AUTOCOMMIT],
    [1, `op.execute(${text.callee}(${pyLiteral(build)}))`],
    [0, `op.execute(${text.callee}(${pyLiteral(attach)}))`],
  ]);
  if (typeof edit === 'string') return { kind: 'manual', reason: edit };
  return {
    kind: 'edits',
    description: `build ${name}'s unique index CONCURRENTLY in an autocommit block, then ADD CONSTRAINT ${name} ${constraint} USING INDEX`,
    edits: [...text.imports, edit],
  };
}

export const addUniqueConstraintFix: Fixer = (context) => usingIndexFix(context, 'UNIQUE', 'create_unique_constraint');
