/**
 * What the arguments of an Alembic op call say: the table and column it names, the `sa.Column` it
 * adds, NOT NULL and server defaults, and how column types compare. Read by the schema-change model
 * and by the rules alike, so both read a call the same way.
 */
import type { Operation, PyValue } from '../../model/facts.js';

/** Table an operation acts on: its first argument (`table_name=`), or the batch table. */
export function tableOf(operation: Operation): string | undefined {
  if (operation.receiver === 'batch') return operation.batchTable;
  const value = tableArgument(operation);
  return value?.kind === 'str' ? value.value : undefined;
}

/** The argument that names an operation's table, literal or not (none for batch operations: the batch names it). */
export function tableArgument(operation: Operation): PyValue | undefined {
  if (operation.receiver === 'batch') return undefined;
  const keyword = TABLE_KEYWORD[operation.name] ?? 'table_name';
  const position = TABLE_POSITION[operation.name] ?? 0;
  return operation.kwargs[keyword] ?? operation.args[position];
}

/** Index/constraint operations take the name first and the table second. */
const TABLE_POSITION: Record<string, number> = {
  create_index: 1,
  drop_index: 1,
  create_foreign_key: 1,
  create_unique_constraint: 1,
  create_check_constraint: 1,
  create_primary_key: 1,
  drop_constraint: 1,
};
const TABLE_KEYWORD: Record<string, string> = {
  create_foreign_key: 'source_table',
  rename_table: 'old_table_name',
};

/** Column argument position: `op.add_column(table, column)` vs `batch_op.add_column(column)`. */
export function columnArgumentIndex(operation: Operation): number {
  return operation.receiver === 'batch' ? 0 : 1;
}

/** A literal `sa.Column(...)` (or `Column(...)`) call. */
export function isColumnCall(value: PyValue | undefined): value is Extract<PyValue, { kind: 'call' }> {
  return value?.kind === 'call' && /(^|\.)Column$/.test(value.callee);
}

/** The literal `sa.Column(…)` calls a create_table defines its table with. */
export function tableColumns(operation: Operation): Extract<PyValue, { kind: 'call' }>[] {
  return operation.name === 'create_table' ? operation.args.filter(isColumnCall) : [];
}

/** The `sa.Column(...)` an add_column passes, if literal. */
export function addedColumn(operation: Operation): Extract<PyValue, { kind: 'call' }> | undefined {
  const column = operation.kwargs['column'] ?? operation.args[columnArgumentIndex(operation)];
  return isColumnCall(column) ? column : undefined;
}

export function columnName(column: Extract<PyValue, { kind: 'call' }>): string | undefined {
  const name = column.kwargs['name'] ?? column.args[0];
  return name?.kind === 'str' ? name.value : undefined;
}

/** `nullable=False`, or `primary_key=True` (implies NOT NULL). */
export function isNotNull(column: Extract<PyValue, { kind: 'call' }>): boolean {
  const nullable = column.kwargs['nullable'];
  if (nullable?.kind === 'bool') return !nullable.value;
  const primaryKey = column.kwargs['primary_key'];
  return primaryKey?.kind === 'bool' && primaryKey.value;
}

export function hasServerDefault(kwargs: Record<string, PyValue>): boolean {
  const value = kwargs['server_default'];
  return value !== undefined && value.kind !== 'none';
}

/** The column an alter_column/drop_column names. */
export function columnArgument(operation: Operation): string | undefined {
  const value = operation.kwargs['column_name'] ?? operation.args[columnArgumentIndex(operation)];
  return value?.kind === 'str' ? value.value : undefined;
}

/** The table or column argument of an operation (batch operations have their table in the batch). */

/**
 * How two spellings of a table are compared: case-insensitively, without the schema
 * (`public.users`, `"Users"` and `users` are the same table for these rules).
 */
export function tableKey(name: string): string {
  return (name.split('.').pop() ?? name).replace(/^"|"$/g, '').toLowerCase();
}

/** Length of a character type: undefined = not a character type, Infinity = unbounded (Text, String()). */
export function characterLength(type: PyValue | undefined): number | undefined {
  if (!type) return undefined;
  const callee = type.kind === 'call' ? type.callee : type.kind === 'name' ? type.name : undefined;
  if (!callee) return undefined;
  if (/(^|\.)(Text|UnicodeText|TEXT)$/.test(callee)) return Infinity;
  if (!/(^|\.)(String|Unicode|VARCHAR|NVARCHAR)$/.test(callee)) return undefined;
  if (type.kind !== 'call') return Infinity;
  const length = type.kwargs['length'] ?? type.args[0];
  if (length === undefined || length.kind === 'none') return Infinity;
  return length.kind === 'num' ? length.value : undefined;
}

/** Precision and scale of a numeric type: undefined = not numeric; precision Infinity = unconstrained. */
export function numericShape(type: PyValue | undefined): { precision: number; scale: number } | undefined {
  if (!type) return undefined;
  const callee = type.kind === 'call' ? type.callee : type.kind === 'name' ? type.name : undefined;
  if (!callee || !/(^|\.)(Numeric|NUMERIC|DECIMAL)$/.test(callee)) return undefined;
  if (type.kind !== 'call') return { precision: Infinity, scale: 0 };
  const precision = type.kwargs['precision'] ?? type.args[0];
  const scale = type.kwargs['scale'] ?? type.args[1];
  if (precision === undefined || precision.kind === 'none') return { precision: Infinity, scale: 0 };
  if (precision.kind !== 'num' || (scale !== undefined && scale.kind !== 'num')) return undefined;
  return { precision: precision.value, scale: scale?.kind === 'num' ? scale.value : 0 };
}

/**
 * Whether a timestamp type has a time zone: `sa.DateTime(timezone=True)`, `postgresql.TIMESTAMP(True)` → true,
 * `sa.DateTime()`, `sa.TIMESTAMP` → false; undefined = not a timestamp type, or a zone Preflight cannot read.
 */
export function timestampWithZone(type: PyValue | undefined): boolean | undefined {
  if (!type) return undefined;
  const callee = type.kind === 'call' ? type.callee : type.kind === 'name' ? type.name : undefined;
  if (!callee || !/(^|\.)(DateTime|DATETIME|TIMESTAMP)$/.test(callee)) return undefined;
  if (type.kind !== 'call') return false;
  const zone = type.kwargs['timezone'] ?? type.args[0];
  if (zone === undefined) return false;
  return zone.kind === 'bool' ? zone.value : undefined;
}

/** timestamp → timestamptz or back: no rewrite from PostgreSQL 12 while the session's TimeZone is UTC (pg-locks.ts). */
export function isTimestampZoneSwitch(from: PyValue | undefined, to: PyValue | undefined): boolean {
  const before = timestampWithZone(from);
  const after = timestampWithZone(to);
  return before !== undefined && after !== undefined && before !== after;
}

/**
 * The PostgreSQL floating-point type a SQLAlchemy type renders as: `sa.REAL` → real; `sa.Float(precision=p)`
 * → real for p ≤ 24, double precision above (PostgreSQL's FLOAT(p)); `sa.Float()`, `DOUBLE_PRECISION` →
 * double precision. Undefined: not a floating-point type, or a precision Preflight cannot read.
 */
export function floatType(type: PyValue | undefined): 'real' | 'double precision' | undefined {
  if (!type) return undefined;
  const callee = type.kind === 'call' ? type.callee : type.kind === 'name' ? type.name : undefined;
  if (!callee) return undefined;
  if (/(^|\.)REAL$/.test(callee)) return 'real';
  if (/(^|\.)(DOUBLE_PRECISION|DOUBLE|Double)$/.test(callee)) return 'double precision';
  if (!/(^|\.)(Float|FLOAT)$/.test(callee)) return undefined;
  const precision = type.kind === 'call' ? (type.kwargs['precision'] ?? type.args[0]) : undefined;
  if (precision === undefined || precision.kind === 'none') return 'double precision';
  if (precision.kind !== 'num') return undefined;
  return precision.value <= 24 ? 'real' : 'double precision';
}

/**
 * varchar(n) → varchar(m ≥ n) / text, and numeric(p, s) → numeric(q ≥ p, s) / numeric: PostgreSQL only
 * updates the catalog (no rewrite, no data check); a floating-point type to the one it already is
 * (`REAL` → `Float(precision=3)`, which autogenerate writes again and again) changes nothing. Needs the
 * previous type (see previousType).
 */
export function isMetadataOnlyWidening(from: PyValue | undefined, to: PyValue | undefined): boolean {
  const floatBefore = floatType(from);
  if (floatBefore !== undefined && floatBefore === floatType(to)) return true;
  const before = characterLength(from);
  const after = characterLength(to);
  if (before !== undefined && after !== undefined) return after >= before;
  const fromNumeric = numericShape(from);
  const toNumeric = numericShape(to);
  if (!fromNumeric || !toNumeric) return false;
  return toNumeric.precision === Infinity || (toNumeric.precision >= fromNumeric.precision && toNumeric.scale === fromNumeric.scale);
}

/**
 * A literal index or constraint name, also through the naming-convention marker autogenerate writes:
 * `op.f("ix_users_email")`, or `batch_op.f(…)` on the batch's own receiver (`receiverText`).
 */
export function literalName(value: PyValue | undefined, receiverText = 'op'): string | undefined {
  if (value?.kind === 'call' && (value.callee === 'op.f' || value.callee === `${receiverText}.f`)) {
    const inner = value.args[0];
    return inner?.kind === 'str' ? inner.value : undefined;
  }
  return value?.kind === 'str' ? value.value : undefined;
}
