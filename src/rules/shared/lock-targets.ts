/**
 * How the lock rules name what a schema change touches: the table as the user would write it in
 * SQL (with the `schema=` of an op call, so a VALIDATE in the help runs as shown), and a
 * constraint by the name it gets in the database (the project's naming convention applied).
 */
import type { PyValue } from '../../model/facts.js';
import type { SchemaChange } from '../../model/schema-change.js';
import type { NamingConvention } from '../../model/settings.js';
import { nameLabel } from '../helpers.js';
import { conventionalName, possibleNames, type ConstraintShape } from './naming-convention.js';

/** `events.sessions` for `op.create_check_constraint(..., "sessions", ..., schema="events")`; SQL names as written. */
export function changeTable(change: SchemaChange): string {
  if (change.origin === 'sql') return change.table ?? 'the table';
  const operation = change.operation;
  const label = nameLabel(operation, 'table', change.table);
  const schema = operation.kwargs['schema'] ?? operation.kwargs['source_schema'];
  return schema?.kind === 'str' && change.table !== undefined ? `${schema.value}.${label}` : label;
}

/** The shape naming conventions render for the constraint an op call adds (undefined for SQL or a non-constraint). */
function constraintShape(change: SchemaChange): ConstraintShape | undefined {
  if (change.origin !== 'op' || change.table === undefined) return undefined;
  const kind = change.kind.startsWith('add-check-constraint') ? 'ck' : change.kind.startsWith('add-foreign-key') ? 'fk' : undefined;
  if (kind === undefined) return undefined;
  const operation = change.operation;
  const written = operation.kwargs['constraint_name'] ?? operation.args[0];
  const strings = (value: PyValue | undefined) => (value?.kind === 'list' ? value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : [])) : []);
  const batch = operation.receiver === 'batch';
  return {
    kind,
    table: change.table,
    columns: kind === 'fk' ? strings(operation.kwargs['local_cols'] ?? operation.args[batch ? 2 : 3]) : [],
    ...(change.otherTable ? { referredTable: change.otherTable } : {}),
    ...(change.name !== undefined ? { name: change.name } : {}),
    converted: written?.kind === 'call',
  };
}

/** The constraint's name in the database, when it can be told: the project's convention applied to the name as written. */
export function constraintName(change: SchemaChange, convention: NamingConvention | undefined): string | undefined {
  const shape = constraintShape(change);
  return shape ? conventionalName(shape, convention) : change.name;
}

/** Every name the constraint may have (the usual conventions too when the project's is not known). */
export function constraintNames(change: SchemaChange, convention: NamingConvention | undefined): string[] {
  const shape = constraintShape(change);
  if (!shape) return change.name === undefined ? [] : [change.name];
  return possibleNames(shape, convention);
}
