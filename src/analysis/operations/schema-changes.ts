/**
 * Builds the schema-change model (src/model/schema-change.ts) of a migration: op calls and the SQL
 * statements of execute calls become the same typed changes, in the order they run. Pure, memoised
 * per migration (several rules read it).
 */
import type { AnalyzedMigration, MigrationFunction, Operation, PyValue } from '../../model/facts.js';
import type { SchemaChange, SchemaChangeKind } from '../../model/schema-change.js';
import type { SqlAlteration, SqlStatement } from '../../model/sql.js';
import { addedColumn, columnArgument, columnName, isMetadataOnlyWidening, isNotNull, isTimestampZoneSwitch, literalName, tableKey, tableOf } from './op-arguments.js';

/**
 * Functions whose value differs per row, so a DEFAULT that calls one is computed for every existing
 * row (PostgreSQL docs 5.6.1, the tip on volatile defaults). now(), current_timestamp and the other
 * stable functions are evaluated once.
 */
export const VOLATILE_FUNCTIONS = new Set([
  'random',
  'clock_timestamp',
  'timeofday',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'nextval',
  'setseed',
]);

type Call = Extract<PyValue, { kind: 'call' }>;

const cache = new WeakMap<AnalyzedMigration, Record<MigrationFunction, SchemaChange[]>>();

/** The schema changes `upgrade()` (or `downgrade()`) makes, in the order they run. */
export function schemaChanges(migration: AnalyzedMigration, fn: MigrationFunction): SchemaChange[] {
  let built = cache.get(migration);
  if (!built) {
    built = { upgrade: build(migration, 'upgrade'), downgrade: build(migration, 'downgrade') };
    cache.set(migration, built);
  }
  return built[fn];
}

function build(migration: AnalyzedMigration, fn: MigrationFunction): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const created = new Set<string>();
  // VALIDATE CONSTRAINT does not say what it validates: a foreign key added earlier under that name is one.
  const foreignKeys = new Set<string>();
  // CHECK (c IS NOT NULL) constraints: not yet validated (by name), and validated (table.column).
  const pendingNotNull = new Map<string, string>();
  const provenNotNull = new Set<string>();
  // DROP INDEX names no table: an index this function created earlier is on the table it was created on.
  const indexTables = new Map<string, string>();
  for (const [index, operation] of migration.facts.operations.entries()) {
    if (operation.function !== fn) continue;
    const found: Omit<SchemaChange, 'onNewTable' | 'operation' | 'origin'>[] = [];
    const analysis = migration.sql[index];
    if (analysis?.ok) {
      analysis.statements.forEach((statement, statementIndex) => {
        for (const change of fromStatement(statement)) found.push({ ...change, statementIndex, sql: statement.text });
      });
    } else {
      found.push(...fromOpCall(operation, migration.defaults?.[index], migration.notNullChecks?.[index]));
    }
    const origin = analysis?.ok ? 'sql' : 'op';
    for (const each of found) {
      let change: Found = each.kind === 'validate-check-constraint' && each.name !== undefined && foreignKeys.has(each.name.toLowerCase()) ? { ...each, kind: 'validate-foreign-key' as const } : each;
      if ((change.kind === 'add-foreign-key' || change.kind === 'add-foreign-key-not-valid') && change.name) foreignKeys.add(change.name.toLowerCase());
      trackNotNullChecks(change, pendingNotNull, provenNotNull);
      if (change.kind === 'set-not-null' && change.table && change.column && provenNotNull.has(`${tableKey(change.table)}.${change.column.toLowerCase()}`)) {
        change = { ...change, kind: 'set-not-null-with-check' };
      }
      if (change.kind.startsWith('create-index') && change.name && change.table) indexTables.set(change.name.toLowerCase(), change.table);
      if (change.kind.startsWith('drop-index') && change.name && change.table === undefined) {
        const table = indexTables.get(change.name.toLowerCase());
        if (table !== undefined) change = { ...change, table };
      }
      const onNewTable = change.table !== undefined && created.has(tableKey(change.table));
      changes.push({ ...change, onNewTable, operation, origin });
      if ((change.kind === 'create-table' || change.kind === 'create-table-with-foreign-key') && change.table) created.add(tableKey(change.table));
      // A table made in this function keeps being new under the name it is renamed to (create `t_tmp`, copy, drop
      // `t`, rename `t_tmp` to `t`: conda-store): no other session sees it before the transaction commits.
      if (change.kind === 'rename-table' && origin === 'op' && change.table && created.has(tableKey(change.table))) {
        const renamed = stringArgument(operation, 1, 'new_table_name');
        if (renamed !== undefined) created.add(tableKey(renamed));
      }
    }
  }
  return changes;
}

type Found = Omit<SchemaChange, 'onNewTable' | 'operation' | 'origin' | 'statementIndex' | 'sql'>;

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/**
 * A validated CHECK (c IS NOT NULL) lets SET NOT NULL skip its scan (PostgreSQL 12+): added valid, or
 * added NOT VALID and validated by name later in the same function.
 */
function trackNotNullChecks(change: Found, pending: Map<string, string>, proven: Set<string>): void {
  if ((change.kind === 'add-check-constraint' || change.kind === 'add-check-constraint-not-valid') && change.table && change.column) {
    const key = `${tableKey(change.table)}.${change.column.toLowerCase()}`;
    if (change.kind === 'add-check-constraint') proven.add(key);
    else if (change.name) pending.set(change.name.toLowerCase(), key);
  }
  if (change.kind === 'validate-check-constraint' && change.name) {
    const key = pending.get(change.name.toLowerCase());
    if (key) proven.add(key);
  }
}

// --- op calls -----------------------------------------------------------------------------------

function fromOpCall(operation: Operation, defaultFunctions: string[] | undefined, notNullColumn: string | undefined): Found[] {
  if (operation.receiver === 'connection') return [];
  const table = tableOf(operation);
  const name = stringArgument(operation, 0, 'index_name') ?? stringArgument(operation, 0, 'constraint_name');
  const flag = (keyword: string) => operation.kwargs[keyword]?.kind === 'bool' && (operation.kwargs[keyword] as { value: boolean }).value;
  switch (operation.name) {
    case 'add_column': {
      const column = addedColumn(operation);
      return [defined({ kind: addColumnKind(column, defaultFunctions), table, column: column ? columnName(column) : undefined }), ...columnForeignKeys(column, table)];
    }
    case 'alter_column':
      return alterColumnChanges(operation, table);
    case 'drop_column':
      return [defined({ kind: 'drop-column', table, column: columnArgument(operation) })];
    case 'drop_table':
      return [defined({ kind: 'drop-table', table })];
    case 'rename_table':
      return [defined({ kind: 'rename-table', table })];
    case 'create_table': {
      const referenced = operation.args.flatMap((argument) => referencedTables(argument));
      return [defined({ kind: referenced.length > 0 ? 'create-table-with-foreign-key' : 'create-table', table, otherTable: referenced[0] })];
    }
    case 'create_index':
      return [defined({ kind: flag('postgresql_concurrently') ? 'create-index-concurrently' : 'create-index', table, name })];
    case 'drop_index':
      return [defined({ kind: flag('postgresql_concurrently') ? 'drop-index-concurrently' : 'drop-index', table, name })];
    case 'create_foreign_key': {
      // batch_op.create_foreign_key(name, referent_table, ...): the batch block names the source table.
      const referent = stringArgument(operation, operation.receiver === 'batch' ? 1 : 2, 'referent_table');
      return [defined({ kind: flag('postgresql_not_valid') ? 'add-foreign-key-not-valid' : 'add-foreign-key', table, name, otherTable: referent })];
    }
    case 'create_check_constraint':
      return [defined({ kind: flag('postgresql_not_valid') ? 'add-check-constraint-not-valid' : 'add-check-constraint', table, name, column: notNullColumn })];
    case 'create_unique_constraint':
      return [defined({ kind: 'add-unique-constraint', table, name, columns: columnsArgument(operation) })];
    case 'create_primary_key':
      return [defined({ kind: 'add-primary-key', table, name, columns: columnsArgument(operation) })];
    case 'drop_constraint': {
      const type = stringArgument(operation, 2, 'type_');
      return [defined({ kind: type === 'foreignkey' ? 'drop-foreign-key' : 'drop-constraint', table, name })];
    }
    case 'bulk_insert':
      return [defined({ kind: 'insert', table: tableNameOf(operation.args[0]) })];
    default:
      return [];
  }
}

/** A literal argument; names also through autogenerate's naming-convention marker `op.f("ck_orders_total")`. */
function stringArgument(operation: Operation, position: number, keyword: string): string | undefined {
  return literalName(operation.kwargs[keyword] ?? operation.args[position], operation.receiverText);
}

/** create_unique_constraint / create_primary_key: `columns` (after the name, and the table outside a batch), literal names only. */
function columnsArgument(operation: Operation): string[] | undefined {
  const value = operation.kwargs['columns'] ?? operation.args[operation.receiver === 'batch' ? 1 : 2];
  if (value?.kind !== 'list') return undefined;
  const names = value.items.map((item) => (item.kind === 'str' ? item.value : undefined));
  return names.length > 0 && names.every((item) => item !== undefined) ? (names as string[]) : undefined;
}

function isCall(value: PyValue | undefined, name: RegExp): value is Call {
  return value?.kind === 'call' && name.test(value.callee);
}

const INTEGER_TYPE = /(^|\.)(Integer|BigInteger|SmallInteger|INTEGER|BIGINT|SMALLINT)$/;

function addColumnKind(column: Call | undefined, defaultFunctions: string[] | undefined): SchemaChangeKind {
  if (!column) return 'add-column';
  const parts = [...column.args, ...Object.values(column.kwargs)];
  const computed = parts.find((part) => isCall(part, /(^|\.)Computed$/));
  if (computed) {
    // PostgreSQL generated columns are STORED; persisted=False is a virtual column (PostgreSQL 18+).
    const persisted = computed.kind === 'call' ? computed.kwargs['persisted'] : undefined;
    if (!(persisted?.kind === 'bool' && !persisted.value)) return 'add-column-stored-generated';
  }
  if (parts.some((part) => isCall(part, /(^|\.)Identity$/))) return 'add-column-identity';
  const primaryKey = column.kwargs['primary_key'];
  const autoincrement = column.kwargs['autoincrement'];
  const type = column.kwargs['type_'] ?? (column.args[0]?.kind === 'str' ? column.args[1] : column.args[0]);
  const integer = type !== undefined && (type.kind === 'name' ? INTEGER_TYPE.test(type.name) : isCall(type, INTEGER_TYPE));
  if (integer && primaryKey?.kind === 'bool' && primaryKey.value && !(autoincrement?.kind === 'bool' && !autoincrement.value)) {
    return 'add-column-serial'; // SQLAlchemy renders an integer primary key column as SERIAL
  }
  const serverDefault = column.kwargs['server_default'];
  if (serverDefault === undefined || serverDefault.kind === 'none') return 'add-column';
  if (isVolatileDefault(serverDefault, defaultFunctions)) return 'add-column-default-volatile';
  return isNotNull(column) ? 'add-column-not-null-default-constant' : 'add-column-default-constant';
}

/** `sa.func.gen_random_uuid()`, or a text() default whose SQL calls a volatile function. */
function isVolatileDefault(value: PyValue, defaultFunctions: string[] | undefined): boolean {
  if (value.kind === 'call') {
    const match = /(?:^|\.)func\.(\w+)$/.exec(value.callee);
    if (match) return VOLATILE_FUNCTIONS.has(match[1]!.toLowerCase());
  }
  return (defaultFunctions ?? []).some((name) => VOLATILE_FUNCTIONS.has(name));
}

/** The condition of `op.create_check_constraint(name, table, "…")` when it is a string (or `sa.text("…")`). */
export function checkConditionSql(operation: Operation): string | undefined {
  const condition = operation.kwargs['condition'] ?? operation.args[2];
  if (condition?.kind === 'str') return condition.value;
  if (isCall(condition, /(^|\.)(text|literal_column)$/) && condition.args[0]?.kind === 'str') return condition.args[0].value;
  return undefined;
}

/** The SQL text of a `server_default=sa.text("…")` / `literal_column("…")`, which the analysis parses for its functions. */
export function serverDefaultSql(operation: Operation): string | undefined {
  const value = operation.name === 'alter_column' ? operation.kwargs['server_default'] : addedColumn(operation)?.kwargs['server_default'];
  if (!isCall(value, /(^|\.)(text|literal_column)$/)) return undefined;
  const sql = value.args[0];
  return sql?.kind === 'str' ? sql.value : undefined;
}

function alterColumnChanges(operation: Operation, table: string | undefined): Found[] {
  const column = columnArgument(operation);
  const changes: Found[] = [];
  const { kwargs } = operation;
  const type = kwargs['type_'];
  if (type !== undefined && type.kind !== 'none') {
    const existing = kwargs['existing_type'];
    const kind = isMetadataOnlyWidening(existing, type)
      ? 'alter-column-type-binary-coercible'
      : isTimestampZoneSwitch(existing, type)
        ? 'alter-column-type-timestamptz-utc'
        : 'alter-column-type';
    changes.push(defined({ kind, table, column }));
  }
  const nullable = kwargs['nullable'];
  if (nullable?.kind === 'bool') changes.push(defined({ kind: nullable.value ? 'drop-not-null' : 'set-not-null', table, column }));
  const serverDefault = kwargs['server_default'];
  if (serverDefault !== undefined) {
    // A set or dropped default changes only the catalog: existing rows keep their values.
    const kind = serverDefault.kind === 'none' || (serverDefault.kind === 'bool' && !serverDefault.value) ? 'drop-default' : 'set-default';
    changes.push(defined({ kind, table, column }));
  }
  if (kwargs['new_column_name']?.kind === 'str') changes.push(defined({ kind: 'rename-column', table, column }));
  return changes;
}

/** `sa.ForeignKey("users.id")` inside the column an add_column adds: Alembic adds the constraint in the same upgrade. */
function columnForeignKeys(column: Call | undefined, table: string | undefined): Found[] {
  if (!column) return [];
  return column.args
    .filter((argument): argument is Call => isCall(argument, /(^|\.)ForeignKey$/))
    .map((foreignKey) => defined({ kind: 'add-foreign-key' as const, table, otherTable: referencedTable(foreignKey.args[0]) }));
}

/** The tables the ForeignKey / ForeignKeyConstraint parts of a create_table argument point to. */
function referencedTables(argument: PyValue): string[] {
  if (argument.kind !== 'call') return [];
  if (/(^|\.)Column$/.test(argument.callee)) {
    return argument.args.filter((part): part is Call => isCall(part, /(^|\.)ForeignKey$/)).flatMap((foreignKey) => optional(referencedTable(foreignKey.args[0])));
  }
  if (/(^|\.)ForeignKeyConstraint$/.test(argument.callee)) {
    const columns = argument.kwargs['refcolumns'] ?? argument.args[1];
    const first = columns?.kind === 'list' ? columns.items[0] : undefined;
    return optional(referencedTable(first));
  }
  return [];
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** `"users.id"` → `users`; `"auth.users.id"` → `auth.users`. */
function referencedTable(value: PyValue | undefined): string | undefined {
  if (value?.kind !== 'str') return undefined;
  const parts = value.value.split('.');
  return parts.length >= 2 ? parts.slice(0, -1).join('.') : undefined;
}

/** bulk_insert's first argument: `sa.table("users", …)` or a name bound to one. */
function tableNameOf(value: PyValue | undefined): string | undefined {
  if (isCall(value, /(^|\.)(table|Table)$/)) {
    const name = value.args[0];
    return name?.kind === 'str' ? name.value : undefined;
  }
  return undefined;
}

// --- SQL ------------------------------------------------------------------------------------------

function fromStatement(statement: SqlStatement): Found[] {
  const table = statement.targets[0];
  switch (statement.kind) {
    case 'create-index':
      return [defined({ kind: statement.concurrently ? 'create-index-concurrently' : 'create-index', table, name: statement.indexName })];
    case 'drop-index':
      return statement.targets.map((name) => ({ kind: statement.concurrently ? 'drop-index-concurrently' : 'drop-index', name }));
    case 'drop-table':
      return statement.targets.map((target) => ({ kind: 'drop-table', table: target }));
    case 'truncate':
      return statement.targets.map((target) => ({ kind: 'truncate', table: target }));
    case 'insert':
    case 'update':
    case 'delete':
      return [defined({ kind: statement.kind, table })];
    case 'enum-add-value':
      return [defined({ kind: 'enum-add-value', name: table })];
    case 'create-table': {
      const referenced = statement.referencedTables ?? [];
      return [defined({ kind: referenced.length > 0 ? 'create-table-with-foreign-key' : 'create-table', table, otherTable: referenced[0] })];
    }
    case 'alter-table':
      return (statement.alterations ?? []).flatMap((alteration) => fromAlteration(alteration, table));
    case 'other': {
      if (statement.rename) {
        const { what, table: renamed, from } = statement.rename;
        return [what === 'table' ? { kind: 'rename-table', table: renamed } : { kind: 'rename-column', table: renamed, column: from }];
      }
      const setting = statement.setting;
      if (setting?.name === 'lock_timeout') return [defined({ kind: 'set-lock-timeout', value: setting.value })];
      if (setting?.name === 'statement_timeout') return [defined({ kind: 'set-statement-timeout', value: setting.value })];
      return [];
    }
    default:
      return [];
  }
}

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial4', 'serial8', 'serial2']);

function fromAlteration(alteration: SqlAlteration, table: string | undefined): Found[] {
  const column = alteration.name;
  switch (alteration.command) {
    case 'add-column': {
      let kind: SchemaChangeKind = 'add-column';
      if (alteration.generatedStored) kind = 'add-column-stored-generated';
      else if (alteration.identity) kind = 'add-column-identity';
      else if (alteration.typeName !== undefined && SERIAL_TYPES.has(alteration.typeName.toLowerCase())) kind = 'add-column-serial';
      else if (alteration.defaultFunctions !== undefined) {
        if (alteration.defaultFunctions.some((name) => VOLATILE_FUNCTIONS.has(name))) kind = 'add-column-default-volatile';
        else kind = alteration.notNull ? 'add-column-not-null-default-constant' : 'add-column-default-constant';
      }
      return [defined({ kind, table, column })];
    }
    case 'drop-column':
    case 'set-not-null':
    case 'drop-not-null':
    case 'set-default':
    case 'drop-default':
    case 'alter-column-type':
      return [defined({ kind: alteration.command, table, column })];
    case 'add-constraint': {
      const constraint = alteration.constraint;
      if (!constraint) return [];
      const name = constraint.name;
      switch (constraint.type) {
        case 'foreign-key':
          return [defined({ kind: constraint.notValid ? 'add-foreign-key-not-valid' : 'add-foreign-key', table, name, otherTable: constraint.referencedTable })];
        case 'check':
          return [defined({ kind: constraint.notValid ? 'add-check-constraint-not-valid' : 'add-check-constraint', table, name, column: constraint.notNullColumn })];
        case 'unique':
          return [defined({ kind: constraint.usingIndex ? 'add-unique-using-index' : 'add-unique-constraint', table, name, columns: constraint.columns })];
        case 'primary-key':
          return [defined({ kind: constraint.usingIndex ? 'add-primary-key-using-index' : 'add-primary-key', table, name, columns: constraint.columns })];
        default:
          return [];
      }
    }
    case 'validate-constraint':
      // Which kind of constraint it validates is not in the statement; a later pass may know (validatedConstraintKind).
      return [defined({ kind: 'validate-check-constraint', table, name: column })];
    case 'drop-constraint':
      return [defined({ kind: 'drop-constraint', table, name: column })];
    case 'attach-partition':
      return [defined({ kind: 'attach-partition', table, otherTable: column })];
    case 'detach-partition':
      return [defined({ kind: alteration.concurrently ? 'detach-partition-concurrently' : 'detach-partition', table, otherTable: column })];
    default:
      return [];
  }
}

/**
 * The schema changes of one SQL statement read on its own, without the statements around it (a
 * NOT VALID check validated earlier is not seen): the lock trace's static side, statement by statement.
 */
export function statementSchemaChanges(statement: SqlStatement): Omit<SchemaChange, 'onNewTable' | 'operation' | 'origin' | 'statementIndex' | 'sql'>[] {
  return fromStatement(statement);
}
