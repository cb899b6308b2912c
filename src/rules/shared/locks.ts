/**
 * What the lock rules share: the lock of a schema change in the words a finding uses, and the safe op
 * call written with the user's own arguments.
 */
import { describeHeldUntil, type ChangeLock } from '../../analysis/locks/migration-locks.js';
import { describeLock } from '../../analysis/locks/pg-locks.js';
import { tableKey } from '../../analysis/operations/op-arguments.js';
import type { MigrationFunction, Operation, PyValue } from '../../model/facts.js';
import type { SchemaChange } from '../../model/schema-change.js';

export const AUTOCOMMIT = 'with op.get_context().autocommit_block():';

/** "ACCESS EXCLUSIVE on orders (blocks reads and writes) until the whole `alembic upgrade` run commits (…)". */
export function lockPhrase(lock: ChangeLock, table: string, fn: MigrationFunction): string {
  const mode = lock.effect.lock;
  return `${mode} on ${table} (${describeLock(mode)}) ${describeHeldUntil(lock.heldUntil, fn)}`;
}

/** Index and constraint names compare like PostgreSQL's unquoted identifiers: case-insensitively, without schema or quotes. */
export function objectKey(name: string): string {
  return (name.split('.').pop() ?? name).replace(/^"|"$/g, '').toLowerCase();
}

/** An argument as it reads outside a batch block: `batch_op.f("ix_a")` becomes `op.f("ix_a")`. */
function outsideBatch(operation: Operation, value: PyValue): string {
  if (operation.receiver === 'batch' && value.kind === 'call' && value.callee === `${operation.receiverText}.f`) {
    return `op.f${value.text.slice(value.text.indexOf('('))}`;
  }
  return value.text;
}

/**
 * The same op call as `op.NAME(...)` with `first` positional arguments kept (the name; the table too
 * outside a batch), the table given as `tableKeyword=` for a batch call, the other keywords kept, and
 * `extra` added (replacing a keyword of the same name).
 */
export function opCallWith(
  operation: Operation,
  name: string,
  options: { positional: number; batchTable?: { keyword: string; table: string | undefined; position: number }; extra: Record<string, string> },
): string {
  const args = operation.args.slice(0, options.positional).map((value) => outsideBatch(operation, value));
  const rest = operation.args.slice(options.positional).map((value) => outsideBatch(operation, value));
  const parts: string[] = [...args];
  if (operation.receiver === 'batch' && options.batchTable) {
    const table = JSON.stringify(options.batchTable.table ?? '<table>');
    if (options.batchTable.keyword === '') parts.splice(options.batchTable.position, 0, table);
    else parts.push(`${options.batchTable.keyword}=${table}`);
  }
  parts.push(...rest);
  for (const [keyword, value] of Object.entries(operation.kwargs)) {
    if (!(keyword in options.extra)) parts.push(`${keyword}=${outsideBatch(operation, value)}`);
  }
  for (const [keyword, value] of Object.entries(options.extra)) parts.push(`${keyword}=${value}`);
  return `op.${name}(${parts.join(', ')})`;
}

/** A Python string literal for generated help (double quotes, as the examples write them). */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The two-step way to a unique constraint or primary key (squawk, strong_migrations): build the unique
 * index concurrently in an autocommit block, then attach it with ADD CONSTRAINT ... USING INDEX, which
 * only adopts it. Written with the user's own names; op calls keep their own argument text.
 */
export function usingIndexSteps(change: SchemaChange, constraint: 'UNIQUE' | 'PRIMARY KEY', table: string): string {
  const { operation } = change;
  const columns = change.columns;
  const defaultName = constraint === 'PRIMARY KEY' ? `${tableKey(table)}_pkey` : `${tableKey(table)}_${(columns ?? ['col']).join('_')}_key`;
  const name = change.name ?? defaultName;
  const schema = change.origin === 'op' ? operation.kwargs['schema'] : undefined;
  const qualified = schema?.kind === 'str' ? `${schema.value}.${table}` : table;
  let build: string;
  if (change.origin === 'op') {
    const nameArg = operation.kwargs['constraint_name'] ?? operation.args[0];
    const columnsArg = operation.kwargs['columns'] ?? operation.args[operation.receiver === 'batch' ? 1 : 2];
    const parts = [
      nameArg && nameArg.kind !== 'none' ? outsideBatch(operation, nameArg) : pyString(name),
      pyString(table),
      columnsArg ? columnsArg.text : '[...]',
      ...(operation.kwargs['schema'] ? [`schema=${operation.kwargs['schema'].text}`] : []),
      'unique=True',
      'postgresql_concurrently=True',
    ];
    build = `op.create_index(${parts.join(', ')})`;
  } else {
    build = `op.execute(${pyString(`CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${table} (${(columns ?? ['...']).join(', ')})`)})`;
  }
  return (
    `    ${AUTOCOMMIT}\n        ${build}\n` +
    `    op.execute(${pyString(`ALTER TABLE ${qualified} ADD CONSTRAINT ${name} ${constraint} USING INDEX ${name}`)})`
  );
}
