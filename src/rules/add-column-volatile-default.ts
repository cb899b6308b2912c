import type { Operation, PyValue } from '../model/facts.js';
import type { SchemaChange } from '../model/schema-change.js';
import { describeHeldUntil, findingLock, migrationLocks } from '../analysis/locks/migration-locks.js';
import { describeLock } from '../analysis/locks/pg-locks.js';
import { serverDefaultSql, VOLATILE_FUNCTIONS } from '../analysis/operations/schema-changes.js';
import type { MigrationRule } from './types.js';
import { sqlStatementsOf } from './helpers.js';
import { addedColumn, isNotNull } from '../analysis/operations/op-arguments.js';
import { changeTable } from './shared/lock-targets.js';

type Call = Extract<PyValue, { kind: 'call' }>;

const REWRITING = new Set<SchemaChange['kind']>(['add-column-default-volatile', 'add-column-stored-generated', 'add-column-serial', 'add-column-identity']);

/** Volatile functions called without arguments: `fn()` is the default as written. */
const NO_ARGUMENT_FUNCTIONS = new Set(['random', 'clock_timestamp', 'timeofday', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7']);

function py(value: string): string {
  return JSON.stringify(value);
}

/** The default's SQL: the text of `sa.text("…")`, `fn()` for `sa.func.fn()`, or the one no-argument function SQL calls. */
function defaultSql(change: SchemaChange, functions: string[] | undefined): string | undefined {
  if (change.origin === 'op') {
    const text = serverDefaultSql(change.operation);
    if (text !== undefined) return text;
    const value = addedColumn(change.operation)?.kwargs['server_default'];
    const match = value?.kind === 'call' && value.args.length === 0 ? /(?:^|\.)func\.(\w+)$/.exec(value.callee) : null;
    if (match) return `${match[1]}()`;
  }
  const called = functions?.filter((name) => NO_ARGUMENT_FUNCTIONS.has(name)) ?? [];
  return called.length === 1 && functions?.length === 1 ? `${called[0]}()` : undefined;
}

/** "calls random(), clock_timestamp()": the volatile functions among those a default calls. */
function volatileCalls(functions: string[] | undefined): string | undefined {
  const volatile = [...new Set(functions ?? [])].filter((name) => VOLATILE_FUNCTIONS.has(name));
  return volatile.length > 0 ? `calls ${volatile.map((name) => `${name}()`).join(', ')}` : undefined;
}

/** The added column as a plain nullable column: the same Column call without what fills the existing rows. */
function plainColumn(column: Call): string {
  const args = column.args.filter((arg) => !(arg.kind === 'call' && /(^|\.)(Identity|Computed|Sequence)$/.test(arg.callee))).map((arg) => arg.text);
  const kwargs = Object.entries(column.kwargs)
    .filter(([name]) => !['server_default', 'nullable', 'primary_key', 'autoincrement'].includes(name))
    .map(([name, value]) => `${name}=${value.text}`);
  return `${column.callee}(${[...args, ...kwargs, 'nullable=True'].join(', ')})`;
}

/** "adds column users.token with a volatile default (gen_random_uuid()): PostgreSQL computes it for every existing row". */
function describeAdd(kind: SchemaChange['kind'], operation: Operation, column: string, written: string | undefined): string {
  switch (kind) {
    case 'add-column-stored-generated':
      return `adds stored generated column ${column}: PostgreSQL computes it for every existing row`;
    case 'add-column-serial':
      return operation.name === 'add_column'
        ? `adds integer primary key column ${column}, which SQLAlchemy renders as SERIAL: PostgreSQL fills its nextval() default for every existing row`
        : `adds serial column ${column}: PostgreSQL fills its nextval() default for every existing row`;
    case 'add-column-identity':
      return `adds identity column ${column}: PostgreSQL numbers every existing row from its sequence`;
    default:
      return `adds column ${column} with a volatile default${written ? ` (${written})` : ''}: PostgreSQL computes it for every existing row`;
  }
}

export const addColumnVolatileDefault: MigrationRule = {
  id: 'add-column-volatile-default',
  order: 660,
  scope: 'migration',
  severity: 'warning',
  summary:
    'A column is added to an existing table with a volatile default, as a stored generated, serial or identity column: the table is rewritten (PostgreSQL).',
  why:
    'Since PostgreSQL 11, ADD COLUMN with a constant or stable default (a literal, now()) only changes the catalog. A ' +
    'volatile default (gen_random_uuid(), random(), clock_timestamp(), nextval()) is different: PostgreSQL computes it ' +
    'for every existing row, so the whole table and its indexes are rewritten under an ACCESS EXCLUSIVE lock, which ' +
    'blocks reads and writes for as long as the copy takes and, under Alembic, until the transaction commits. Stored ' +
    'generated columns, serial columns (including an integer primary key added with add_column, which SQLAlchemy renders ' +
    'as SERIAL) and identity columns fill every existing row the same way. Instead, add the column without the default ' +
    '(nullable), set the default for new rows with alter_column(server_default=...), which does not touch existing ' +
    'rows, and backfill the old rows in batches. Columns added to a table created in the same migration are not flagged.',
  bad: `def upgrade():
    op.add_column(
        "users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()"))
    )
`,
  good: `def upgrade():
    op.add_column("users", sa.Column("token", sa.Uuid(), nullable=True))
    # Only rows inserted from now on get the default: no rewrite.
    op.alter_column("users", "token", server_default=sa.text("gen_random_uuid()"))


# A later migration (or a script) backfills the existing rows in batches, each in its own transaction:
#     UPDATE users SET token = gen_random_uuid()
#     WHERE id IN (SELECT id FROM users WHERE token IS NULL LIMIT 10000)
`,
  guideSection: { lesson: 'locks', place: 9 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    for (const lock of migrationLocks(migration, 'upgrade', settings)) {
      const { change } = lock;
      if (!REWRITING.has(change.kind) || change.onNewTable) continue;
      const operation = change.operation;
      const table = changeTable(change);
      const columnName = change.column ?? 'the column';
      const sqlColumn = change.origin === 'sql' ? sqlStatementsOf(migration, operation)[change.statementIndex ?? 0]?.alterations?.find((item) => item.command === 'add-column' && item.name === change.column) : undefined;
      const column = change.origin === 'op' ? addedColumn(operation) : undefined;
      const mode = lock.effect.lock;
      const functions = change.origin === 'op' ? migration.defaults?.[migration.facts.operations.indexOf(operation)] : sqlColumn?.defaultFunctions;
      const written = change.kind === 'add-column-default-volatile' ? defaultSql(change, functions) : undefined;
      // A long or multi-line default is named by the volatile functions it calls.
      const shown = written !== undefined && written.length <= 60 ? written : volatileCalls(functions);
      report({
        line: operation.line,
        column: operation.column,
        message:
          `upgrade ${describeAdd(change.kind, operation, `${table}.${columnName}`, shown)} and rewrites ${table} and its ` +
          `indexes under ${mode} (${describeLock(mode)}), held ${describeHeldUntil(lock.heldUntil)}`,
        help: helpFor(change, table, columnName, column, written, sqlColumn?.typeName),
        lock: findingLock(lock),
      });
    }
  },
};

/** serial is integer with a nextval() default: the plain column has the integer type. */
const SERIAL_BASE: Record<string, string> = { smallserial: 'smallint', serial2: 'smallint', serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint' };

function plainType(sqlType: string | undefined): string {
  if (sqlType === undefined) return '<type>';
  return SERIAL_BASE[sqlType.toLowerCase()] ?? sqlType;
}

function helpFor(change: SchemaChange, table: string, name: string, column: Call | undefined, written: string | undefined, sqlType: string | undefined): string {
  // The op calls keep the table and schema= as the user wrote them; SQL gets the qualified name.
  const tableArg = change.operation.receiver === 'batch' ? py(change.table ?? table) : (change.operation.args[0]?.text ?? py(table));
  const schema = change.operation.kwargs['schema'];
  const schemaArg = schema ? `, schema=${schema.text}` : '';
  const addPlain = column
    ? `op.add_column(${tableArg}, ${plainColumn(column)}${schemaArg})`
    : `op.execute(${py(`ALTER TABLE ${table} ADD COLUMN ${name} ${plainType(sqlType)}`)})`;
  const notNull = (column && isNotNull(column)) || change.kind !== 'add-column-default-volatile';
  const finish = notNull
    ? `\nthen make it NOT NULL without a long lock: add CHECK (${name} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL.`
    : '';
  if (change.kind === 'add-column-stored-generated') {
    return (
      `Add a plain column, which only changes the catalog:\n    ${addPlain}\n` +
      'and fill it for new rows from the application or a trigger, backfilling the existing rows in batches ' +
      '(each UPDATE its own transaction). PostgreSQL 18 adds virtual generated columns, which are not stored and do not rewrite.'
    );
  }
  if (change.kind === 'add-column-serial' || change.kind === 'add-column-identity') {
    const sequence = `${table.split('.').pop()}_${name}_seq`;
    return (
      `Add a plain column, give new rows a sequence default, then number the existing rows in batches:\n` +
      `    ${addPlain}\n` +
      `    op.execute(${py(`CREATE SEQUENCE ${sequence} OWNED BY ${table}.${name}`)})\n` +
      `    op.execute(${py(`ALTER TABLE ${table} ALTER COLUMN ${name} SET DEFAULT nextval('${sequence}')`)})\n` +
      `    # backfill, each batch its own transaction: UPDATE ${table} SET ${name} = nextval('${sequence}') WHERE ${name} IS NULL AND ...` +
      finish +
      ' A primary key goes on last: CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX.'
    );
  }
  const expression = written ?? '<the default>';
  const setDefault = column
    ? `op.alter_column(${tableArg}, ${py(name)}, server_default=${column.kwargs['server_default']?.text ?? `sa.text(${py(expression)})`}${schemaArg})`
    : `op.execute(${py(`ALTER TABLE ${table} ALTER COLUMN ${name} SET DEFAULT ${expression}`)})`;
  return (
    `Add the column without the default (no rewrite), then set the default for new rows only:\n` +
    `    ${addPlain}\n` +
    `    ${setDefault}\n` +
    `and backfill the existing rows in batches, each its own transaction (a later migration or a script):\n` +
    `    UPDATE ${table} SET ${name} = ${expression} WHERE ${name} IS NULL AND ... -- e.g. 10,000 rows at a time` +
    finish
  );
}
