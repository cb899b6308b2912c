/** Python and SQL text for messages and help: literals, one-line SQL, an operation's own source. */
import { calledAs, type HelperCall, type Operation } from '../../model/facts.js';
import { toPythonStringLiteral } from '../../analysis/parse/python-literal.js';

/** A Python string literal: `'users'`. */
export function pythonString(value: string): string {
  return toPythonStringLiteral(value, "'");
}

/** A double-quoted Python string literal, as the rules' help snippets write them: `"users"`. */
export function pythonQuoted(value: string): string {
  return toPythonStringLiteral(value, '"');
}

/**
 * How an operation inside a helper function is reached, for a message: ` (through _drop_fk() at line 12)`,
 * ` (through _migrate() at line 40, then _drop_fk() at line 12)`; '' for an operation written in upgrade/downgrade itself.
 */
export function throughHelpers(operation: { via?: HelperCall[] }): string {
  if (!operation.via || operation.via.length === 0) return '';
  return ` (through ${operation.via.map((call) => `${call.name}() at line ${call.line}`).join(', then ')})`;
}


/**
 * The operation's source as a standalone Python snippet indented by `indent`: continuation lines
 * re-indented, inside its `with op.batch_alter_table(...)` for batch operations and after
 * `conn = op.get_bind()` for a connection held in a local name.
 */
export function operationSource(operation: Operation, indent = '    '): string {
  const [first = '', ...rest] = operation.text.split('\n');
  const strip = operation.column - 1;
  const body = [first, ...rest.map((line) => line.slice(Math.min(strip, /^ */.exec(line)![0].length)))];
  const receiver = operation.receiverText.replace(/\s+/g, '');
  const lines =
    operation.receiver === 'batch'
      ? [`with op.batch_alter_table(${pythonString(operation.batchTable ?? '<table>')}) as ${receiver}:`, ...body.map((l) => `    ${l}`)]
      : operation.receiver === 'connection' && /^\w+$/.test(receiver)
        ? [`${receiver} = op.get_bind()`, ...body]
        : body;
  return lines.map((line) => (line ? indent + line : line)).join('\n');
}

/** The operation's call written again with `keyword=value` (replacing it if given): `op.create_check_constraint(…, postgresql_not_valid=True)`. */
export function callWithKeyword(operation: Operation, keyword: string, value: string): string {
  const parts = [
    ...operation.args.map((arg) => arg.text),
    ...Object.entries(operation.kwargs)
      .filter(([name]) => name !== keyword)
      .map(([name, given]) => `${name}=${given.text}`),
    `${keyword}=${value}`,
  ];
  // As the migration calls it (`op.`, an alias of op, `batch_op.`, or bare): the fix uses no name the file lacks.
  return `${operation.receiver === 'op' || operation.receiver === 'batch' ? calledAs(operation) : `op.${operation.name}`}(${parts.join(', ')})`;
}
