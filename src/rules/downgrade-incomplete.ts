import { calledAs, sqlOf, stringValue, type OtherCall, type Operation, type PyValue } from '../model/facts.js';
import type { SqlStatement } from '../model/sql.js';
import { downgradeOperations, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { addedColumn, columnArgument, columnName, isColumnCall, tableColumns, tableOf, tableKey } from '../analysis/operations/op-arguments.js';
import { type MigrationRule } from './types.js';
import { pythonString } from './shared/snippets.js';
import { oneLine } from '../model/text.js';
import { namingConventionFrom, possibleNames } from './shared/naming-convention.js';
import { type ConventionKind, type NamingConvention, type RuleSettings } from '../model/settings.js';
import type { AnalyzedMigration } from '../model/facts.js';

/** A name argument: `"users"`, `op.f("users")` (already converted), or None. Undefined for variables and other expressions. */
interface WrittenName {
  name?: string;
  converted: boolean;
}

function writtenName(value: PyValue | undefined): WrittenName | undefined {
  if (value?.kind === 'str') return { name: value.value, converted: false };
  if (value?.kind === 'none') return { converted: false };
  if (value?.kind === 'call' && /(^|\.)f$/.test(value.callee)) {
    const name = stringValue(value.args[0]);
    return name === undefined ? undefined : { name, converted: true };
  }
  return undefined;
}

/** Last segment of a possibly schema-qualified name: `public.users` → `users`. */
function bare(name: string | undefined): string | undefined {
  return name?.split('.').pop();
}

/** The string items of a column list (`["a", sa.text("lower(b)")]` → `["a"]`). */
function columnsOf(value: PyValue | undefined): string[] {
  if (value?.kind === 'str') return [value.value];
  if (value?.kind !== 'list') return [];
  return value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : []));
}

/** Source text of the expression items of a column list (`sa.text("lower(email)")`), to see which columns they use. */
function expressionsOf(value: PyValue | undefined): string[] {
  if (value?.kind !== 'list') return [];
  return value.items.flatMap((item) => (item.kind === 'str' ? [] : [item.text]));
}

function allStrings(value: PyValue | undefined): boolean {
  return value?.kind === 'list' && value.items.every((item) => item.kind === 'str');
}

const CREATE_CONSTRAINT: Record<string, string> = {
  create_unique_constraint: 'unique',
  create_check_constraint: 'check',
  create_foreign_key: 'foreignkey',
  create_primary_key: 'primary',
  create_exclude_constraint: 'exclude',
};
const CREATE_FOR_TYPE: Record<string, string> = {
  unique: 'create_unique_constraint',
  check: 'create_check_constraint',
  foreignkey: 'create_foreign_key',
  primary: 'create_primary_key',
  exclude: 'create_exclude_constraint',
};
/** drop_constraint's `type_` → the naming convention's key. */
const CONVENTION_KIND: Record<string, ConventionKind> = { unique: 'uq', check: 'ck', foreignkey: 'fk', primary: 'pk' };

/**
 * What an operation does, reduced to the names its inverse must repeat. Undefined when the
 * operation has no known inverse (execute, alter_column without a rename, …) or its names are
 * not literals: such operations are not checked. `names` are every name the index or constraint
 * may have in the database (see naming-convention.ts); `name` is the one shown to the user.
 */
type Effect =
  | { kind: 'add-column' | 'drop-column'; table: string; column: string }
  | { kind: 'drop-table'; table: string }
  /** `columns`: the literal names of its `sa.Column(…)` arguments. */
  | { kind: 'create-table'; table: string; columns: string[] }
  | {
      kind: 'create-index';
      name: string;
      written?: string;
      names: string[];
      table?: string;
      columns: string[];
      /** Source text of expression items and of a check's condition: a dropped column they name takes the index with it. */
      expressions?: string[];
      /** Created without a name, and the convention that names it is not known. */
      guessed?: boolean;
    }
  | { kind: 'drop-index'; name: string; names: string[]; table?: string }
  | { kind: 'rename-column'; table: string; from: string; to: string }
  | { kind: 'rename-table'; from: string; to: string }
  | {
      kind: 'create-constraint';
      name: string;
      written?: string;
      names: string[];
      table?: string;
      type: string;
      columns: string[];
      expressions?: string[];
      guessed?: boolean;
    }
  | { kind: 'drop-constraint'; name: string; names: string[]; table?: string; type?: string };

interface EffectOptions {
  namingConvention?: NamingConvention;
  /**
   * The operation is a downgrade candidate: an unnamed index or constraint counts under the usual
   * conventions too. An upgrade operation is judged only by names that can be told for sure.
   */
  candidate?: boolean;
}

/**
 * effectOf is pure in the operation and its options, and one judgement asks it many times for the same operation
 * (the pairs within the upgrade, whether it is checkable, once per upgrade step for each downgrade candidate):
 * computed once per operation, kind of judgement and naming convention. Effects are never mutated.
 */
const effects = new WeakMap<Operation, { convention: NamingConvention | undefined; candidate: boolean; effect: Effect | undefined }[]>();

function effectOf(operation: Operation, options: EffectOptions = {}): Effect | undefined {
  const convention = options.namingConvention;
  const candidate = options.candidate === true;
  let known = effects.get(operation);
  const hit = known?.find((entry) => entry.convention === convention && entry.candidate === candidate);
  if (hit) return hit.effect;
  const effect = computeEffect(operation, options);
  if (!known) effects.set(operation, (known = []));
  known.push({ convention, candidate, effect });
  return effect;
}

function computeEffect(operation: Operation, options: EffectOptions): Effect | undefined {
  const table = bare(tableOf(operation));
  const batch = operation.receiver === 'batch';
  // Positional arguments after the name: a batch operation has no table argument.
  const at = (index: number): PyValue | undefined => operation.args[batch ? index - 1 : index];
  const first = (keyword: string): WrittenName | undefined => writtenName(operation.kwargs[keyword] ?? operation.args[0]);
  const convention = options.namingConvention;
  switch (operation.name) {
    case 'add_column': {
      const column = addedColumn(operation);
      const name = column ? columnName(column) : undefined;
      return table && name ? { kind: 'add-column', table, column: name } : undefined;
    }
    case 'drop_column': {
      const column = columnArgument(operation);
      return table && column ? { kind: 'drop-column', table, column } : undefined;
    }
    case 'create_table': {
      const columns = tableColumns(operation).flatMap((defined) => columnName(defined) ?? []);
      return table ? { kind: 'create-table', table, columns } : undefined;
    }
    case 'drop_table':
      return table ? { kind: 'drop-table', table } : undefined;
    case 'create_index': {
      const written = first('index_name');
      const columnsValue = operation.kwargs['columns'] ?? at(2);
      const columns = columnsOf(columnsValue);
      const expressions = expressionsOf(columnsValue);
      const names = written && table ? namesFor('ix', written, { table, columns, complete: allStrings(columnsValue) }, options) : [];
      const rest = { columns, expressions, ...guessedField(written, convention) };
      if (!written || names.length === 0) {
        if (written?.name) return { kind: 'create-index', name: written.name, names: [written.name], ...(table ? { table } : {}), ...rest };
        return options.candidate && written && table ? { kind: 'create-index', name: '', names: [], table, ...rest } : undefined;
      }
      return { kind: 'create-index', name: names[0]!, ...writtenField(written), names, ...(table ? { table } : {}), ...rest };
    }
    case 'drop_index': {
      const written = first('index_name');
      if (!written?.name) return undefined;
      const names = table ? namesFor('ix', written, { table, columns: [], complete: false }, { ...options, candidate: false }) : [written.name];
      return { kind: 'drop-index', name: written.name, names, ...(table ? { table } : {}) };
    }
    case 'alter_column': {
      const column = columnArgument(operation);
      const to = stringValue(operation.kwargs['new_column_name']);
      return table && column && to ? { kind: 'rename-column', table, from: column, to } : undefined;
    }
    case 'rename_table': {
      const from = bare(stringValue(operation.kwargs['old_table_name'] ?? operation.args[0]));
      const to = bare(stringValue(operation.kwargs['new_table_name'] ?? operation.args[1]));
      return from && to ? { kind: 'rename-table', from, to } : undefined;
    }
    case 'drop_constraint': {
      const written = first('constraint_name');
      const type = stringValue(operation.kwargs['type_'] ?? at(2));
      if (!written?.name) return undefined;
      const kind = type ? CONVENTION_KIND[type] : undefined;
      // drop_constraint attaches a constraint of `type_` to a table of the project's metadata, so a
      // plain name is converted too (Alembic's own output wraps it in op.f() for that reason).
      const names =
        kind && table && convention ? namesFor(kind, written, { table, columns: [], complete: false }, { ...options, candidate: false }) : [written.name];
      return { kind: 'drop-constraint', name: written.name, names, ...(table ? { table } : {}), ...(type ? { type } : {}) };
    }
    default: {
      const type = CREATE_CONSTRAINT[operation.name];
      if (!type) return undefined;
      const written = first('constraint_name');
      if (!written) return undefined;
      let columnsValue: PyValue | undefined;
      let referredTable: string | undefined;
      let referredColumns: string[] = [];
      let expressions: string[] = [];
      if (type === 'foreignkey') {
        referredTable = bare(stringValue(operation.kwargs['referent_table'] ?? at(2)));
        columnsValue = operation.kwargs['local_cols'] ?? at(3);
        referredColumns = columnsOf(operation.kwargs['remote_cols'] ?? at(4));
      } else if (type === 'check') {
        // The source text, so an f-string or sa.text() condition shows its columns too.
        const value = operation.kwargs['condition'] ?? at(2);
        expressions = value ? [value.text] : [];
      } else {
        columnsValue = operation.kwargs['columns'] ?? at(2);
      }
      const columns = columnsOf(columnsValue);
      const kind = CONVENTION_KIND[type];
      const names =
        kind && table
          ? namesFor(kind, written, { table, columns, complete: type === 'check' || allStrings(columnsValue), referredTable, referredColumns }, options)
          : written.name
            ? [written.name]
            : [];
      if (names.length === 0) {
        if (!(options.candidate && table && written.name === undefined)) return undefined;
        return { kind: 'create-constraint', name: '', names: [], type, table, columns, expressions, ...guessedField(written, convention) };
      }
      return {
        kind: 'create-constraint',
        name: names[0]!,
        ...writtenField(written),
        names,
        type,
        ...(table ? { table } : {}),
        columns,
        expressions,
        ...guessedField(written, convention),
      };
    }
  }
}

/** Unnamed, under a convention Preflight does not know (env.py takes target_metadata from the models). */
function guessedField(written: WrittenName | undefined, convention: NamingConvention | undefined): { guessed?: true } {
  return written !== undefined && written.name === undefined && convention === undefined ? { guessed: true } : {};
}

/** The name as written, kept when it differs from the name shown (so the message can say `op.f(...)`). */
function writtenField(written: WrittenName): { written?: string } {
  return written.name !== undefined ? { written: written.name } : {};
}

/**
 * The names an index or constraint may have. The first is the one to show: the convention's name
 * when the project's convention is known, else the name as written. An unnamed upgrade operation
 * gets a name only from a known convention; a downgrade candidate also from the usual ones.
 */
function namesFor(
  kind: ConventionKind,
  written: WrittenName,
  shape: { table: string; columns: string[]; complete: boolean; referredTable?: string; referredColumns?: string[] },
  options: EffectOptions,
): string[] {
  const convention = options.namingConvention;
  if (written.name === undefined && convention === undefined && !options.candidate) return [];
  // Templates over columns need the whole column list; a name written out needs none.
  if (written.name === undefined && !shape.complete) return [];
  return possibleNames(
    {
      kind,
      table: shape.table,
      columns: shape.columns,
      ...(shape.referredTable ? { referredTable: shape.referredTable } : {}),
      ...(shape.referredColumns ? { referredColumns: shape.referredColumns } : {}),
      ...(written.name !== undefined ? { name: written.name } : {}),
      converted: written.converted,
    },
    convention,
  );
}

function sameTable(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && tableKey(a) === tableKey(b);
}

function sharesName(a: readonly string[], b: readonly string[]): boolean {
  const lower = new Set(a.map((name) => name.toLowerCase()));
  return b.some((name) => lower.has(name.toLowerCase()));
}

/** The condition (SQL) names the column as a word. */
function mentions(text: string, column: string): boolean {
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_])"?${escaped}"?($|[^A-Za-z0-9_])`, 'i').test(text);
}

/**
 * Whether dropping `table.column` takes the index or constraint with it: PostgreSQL drops the
 * indexes and table constraints that involve a dropped column, and everything on a dropped table.
 */
function goesWithColumn(effect: Extract<Effect, { kind: 'create-index' | 'create-constraint' }>, table: string, column: string): boolean {
  if (!sameTable(effect.table, table)) return false;
  if (effect.columns.some((name) => name.toLowerCase() === column.toLowerCase())) return true;
  return (effect.expressions ?? []).some((text) => mentions(text, column));
}

/**
 * How `other` (a later operation) undoes `effect`: `direct` for the inverse call, `implied` when
 * it removes what the effect made along with something larger (the table, the column), `possible`
 * when it may be the inverse but Preflight cannot tell (enough not to report, not to vouch for it).
 */
type Undo = 'direct' | 'implied' | 'possible' | undefined;

function undoes(effect: Effect, other: Effect): Undo {
  switch (effect.kind) {
    case 'add-column':
      if (other.kind === 'drop-column' && sameTable(other.table, effect.table) && other.column === effect.column) return 'direct';
      return other.kind === 'drop-table' && sameTable(other.table, effect.table) ? 'implied' : undefined;
    case 'drop-column':
      if (other.kind === 'add-column' && sameTable(other.table, effect.table) && other.column === effect.column) return 'direct';
      // The table made again with the column (a downgrade that rebuilds it, as SQLite projects do).
      return other.kind === 'create-table' && sameTable(other.table, effect.table) && other.columns.includes(effect.column) ? 'direct' : undefined;
    case 'create-table':
      return other.kind === 'drop-table' && sameTable(other.table, effect.table) ? 'direct' : undefined;
    case 'drop-table':
      return other.kind === 'create-table' && sameTable(other.table, effect.table) ? 'direct' : undefined;
    case 'create-index':
    case 'create-constraint': {
      const drop = effect.kind === 'create-index' ? 'drop-index' : 'drop-constraint';
      if (other.kind === drop && sharesName(effect.names, other.names)) return 'direct';
      if (other.kind === 'drop-table' && sameTable(other.table, effect.table)) return 'implied';
      return other.kind === 'drop-column' && goesWithColumn(effect, other.table, other.column) ? 'implied' : undefined;
    }
    case 'drop-index':
    case 'drop-constraint': {
      const create = effect.kind === 'drop-index' ? 'create-index' : 'create-constraint';
      // The table made anew may declare it (its primary key, an index in its columns): not reported.
      if (other.kind === 'create-table' && sameTable(other.table, effect.table)) return 'possible';
      if (other.kind !== create) return undefined;
      if (sharesName(effect.names, other.names)) return 'direct';
      // An unnamed index or constraint on the same table, named by a convention Preflight cannot
      // read (a project's own tokens): most likely the one dropped, so it is not reported.
      const sameType = other.kind !== 'create-constraint' || effect.kind !== 'drop-constraint' || !effect.type || effect.type === other.type;
      return other.guessed && sameType && sameTable(other.table, effect.table) ? 'possible' : undefined;
    }
    case 'rename-column':
      return other.kind === 'rename-column' && sameTable(other.table, effect.table) && other.from === effect.to && other.to === effect.from
        ? 'direct'
        : undefined;
    case 'rename-table':
      return other.kind === 'rename-table' && other.from === effect.to && other.to === effect.from ? 'direct' : undefined;
  }
}

/** Whether raw SQL in the downgrade undoes `effect` (DROP TABLE/INDEX, ALTER TABLE … DROP COLUMN/CONSTRAINT, CREATE …). */
function sqlUndoes(effect: Effect, statement: SqlStatement): boolean {
  const targets = statement.targets.map((target) => bare(target)!);
  const dropsTable = (table: string | undefined) => statement.kind === 'drop-table' && targets.some((target) => sameTable(target, table));
  const alters = (table: string | undefined) => statement.kind === 'alter-table' && targets.some((target) => sameTable(target, table));
  switch (effect.kind) {
    case 'create-table':
      return dropsTable(effect.table);
    case 'add-column':
      return dropsTable(effect.table) || (alters(effect.table) && statement.columns.includes(effect.column));
    case 'create-index':
    case 'create-constraint': {
      if (dropsTable(effect.table)) return true;
      if (alters(effect.table) && statement.columns.some((column) => goesWithColumn(effect, effect.table!, column))) return true;
      if (effect.kind === 'create-index') return statement.kind === 'drop-index' && sharesName(effect.names, targets);
      return statement.kind === 'alter-table' && sharesName(effect.names, statement.droppedConstraints ?? []);
    }
    case 'drop-column':
      return statement.kind === 'create-table' && targets.some((target) => sameTable(target, effect.table)) && statement.columns.includes(effect.column);
    case 'drop-table':
      return statement.kind === 'create-table' && targets.some((target) => sameTable(target, effect.table));
    case 'drop-index':
      return statement.kind === 'create-index' && statement.indexName !== undefined && sharesName(effect.names, [statement.indexName]);
    case 'drop-constraint':
      return statement.kind === 'alter-table' && sharesName(effect.names, statement.addedConstraints ?? []);
    default:
      return false;
  }
}

/** Calls that could undo each kind of effect, for downgrade loops whose names Preflight cannot read. */
const UNDOING_CALLS: Record<Effect['kind'], string[]> = {
  'add-column': ['drop_column', 'drop_table'],
  'drop-column': ['add_column', 'create_table'],
  'create-table': ['drop_table'],
  'drop-table': ['create_table'],
  'create-index': ['drop_index', 'drop_column', 'drop_table'],
  'drop-index': ['create_index'],
  'create-constraint': ['drop_constraint', 'drop_column', 'drop_table'],
  'drop-constraint': Object.keys(CREATE_CONSTRAINT),
  'rename-column': ['alter_column'],
  'rename-table': ['rename_table'],
};

/**
 * A downgrade call inside a `for` loop whose arguments are not literals (`for name in names:
 * op.drop_index(name)`), or an execute there whose SQL is not literal: it may well be the
 * inverse, so the upgrade operation is not reported.
 */
function unreadableLoopInverse(effect: Effect, candidate: Operation, readable: boolean): boolean {
  if (candidate.loopIterable === undefined) return false;
  const source = sqlOf(candidate);
  if (source) return source.sql === undefined;
  if (readable || !UNDOING_CALLS[effect.kind].includes(candidate.name)) return false;
  const table = bare(tableOf(candidate));
  const effectTable = 'table' in effect ? effect.table : effect.kind === 'rename-table' ? effect.to : undefined;
  return table === undefined || effectTable === undefined || sameTable(table, effectTable);
}

export interface InverseOptions {
  /** Parsed SQL of a downgrade execute call, so `op.execute("DROP TABLE audit")` counts as the inverse of `create_table("audit")`. */
  statementsOf?: (operation: Operation) => SqlStatement[];
  /** The downgrade's calls of functions Preflight cannot see into, with the names they are given (OtherCall.literals). */
  opaqueCalls?: readonly OtherCall[];
  /** The project's `MetaData(naming_convention=…)` (env.py), which names the constraints Alembic creates. */
  namingConvention?: NamingConvention;
}

function effectOptions(options: InverseOptions, candidate: boolean): EffectOptions {
  return { ...(options.namingConvention ? { namingConvention: options.namingConvention } : {}), candidate };
}

/**
 * The downgrade operation that undoes `upgradeOp`, if any. Pairs: add_column ↔ drop_column,
 * create_table ↔ drop_table, create_index ↔ drop_index (by name), alter_column renames (reversed),
 * rename_table (reversed), create_*_constraint / create_foreign_key / create_primary_key ↔
 * drop_constraint (by name, under the project's naming convention). Dropping the table undoes its
 * new columns, indexes and constraints, and dropping a column the indexes and constraints on it
 * (PostgreSQL drops them too). Raw SQL counts with `statementsOf`. Batch operations use their batch
 * table. Pure; returns undefined for operations without a known inverse too — use `isCheckable`
 * to tell the two apart.
 */
export function findDowngradeInverse(
  upgradeOp: Operation,
  downgradeOps: readonly Operation[],
  options: InverseOptions = {},
): Operation | undefined {
  return findInverse(upgradeOp, downgradeOps, options, false);
}

const renamedCreates = new WeakMap<readonly Operation[], readonly Operation[]>();

/**
 * The downgrade with each `create_table(X, …)` that a later `rename_table(X, "t")` renames read as
 * `create_table("t", …)`: a table rebuilt under a scratch name, filled, and renamed over the old one (manila's
 * `_migrating_<table>_<uuid>`), whose name is seldom a literal; the two calls name it with the same expression.
 */
function withRenamedCreates(downgradeOps: readonly Operation[]): readonly Operation[] {
  let rewritten = renamedCreates.get(downgradeOps);
  if (rewritten) return rewritten;
  const renames = downgradeOps.filter((candidate) => candidate.name === 'rename_table' && candidate.receiver === 'op');
  rewritten = renames.length === 0 ? downgradeOps : downgradeOps.map((operation) => {
    const scratch = operation.name === 'create_table' && operation.receiver === 'op' ? (operation.kwargs['table_name'] ?? operation.args[0]) : undefined;
    if (!scratch) return operation;
    const rename = renames.find((candidate) => candidate.index > operation.index && (candidate.kwargs['old_table_name'] ?? candidate.args[0])?.text === scratch.text);
    const target = rename ? (rename.kwargs['new_table_name'] ?? rename.args[1]) : undefined;
    if (target?.kind !== 'str') return operation;
    return operation.kwargs['table_name']
      ? { ...operation, kwargs: { ...operation.kwargs, table_name: target } }
      : { ...operation, args: [target, ...operation.args.slice(1)] };
  });
  renamedCreates.set(downgradeOps, rewritten);
  return rewritten;
}

/**
 * The downgrade operation that undoes `upgradeOp`; with `maybe`, also one that may undo it: an
 * unnamed constraint under a convention Preflight cannot read, a loop whose names it cannot read.
 * The rule does not report those; the checklist does not count them as the inverse.
 */
function findInverse(upgradeOp: Operation, downgradeOps: readonly Operation[], options: InverseOptions, maybe: boolean): Operation | undefined {
  const effect = effectOf(upgradeOp, effectOptions(options, false));
  if (!effect) return undefined;
  return withRenamedCreates(downgradeOps).find((candidate) => {
    const other = effectOf(candidate, effectOptions(options, true));
    const how = other ? undoes(effect, other) : undefined;
    if (how === 'direct' || how === 'implied' || (maybe && how === 'possible')) return true;
    if (options.statementsOf !== undefined && sqlOf(candidate) !== undefined && options.statementsOf(candidate).some((s) => sqlUndoes(effect, s))) {
      return true;
    }
    return maybe && unreadableLoopInverse(effect, candidate, other !== undefined);
  });
}

/** The operation has a known inverse and literal names, so `findDowngradeInverse` can judge it. */
export function isCheckable(upgradeOp: Operation): boolean {
  return checkableWith(upgradeOp, {});
}

/** isCheckable under the project's naming convention (an unnamed constraint gets its name from it). */
export function checkableWith(upgradeOp: Operation, options: InverseOptions): boolean {
  return effectOf(upgradeOp, effectOptions(options, false)) !== undefined;
}

/** A checkable operation whose inverse is in the downgrade. */
export function hasInverse(upgradeOp: Operation, downgradeOps: readonly Operation[], options: InverseOptions = {}): boolean {
  return findDowngradeInverse(upgradeOp, downgradeOps, options) !== undefined;
}

/**
 * Upgrade operations a later step of the same upgrade undoes: nothing of them is left for the
 * downgrade to undo. An index dropped and created again (a rebuild, `drop_index(..., if_exists=True)`
 * before `create_index`), or one created for a data migration and dropped at its end, cancel out;
 * an index on a table the upgrade later drops goes with the table.
 */
export function undoneWithinUpgrade(upgradeOps: readonly Operation[], options: InverseOptions = {}): Set<Operation> {
  return new Set(pairsWithinUpgrade(upgradeOps, options).keys());
}

/**
 * undoneWithinUpgrade, saying how: `cancelled` when what the first step made is gone again (created,
 * then dropped), `rebuilt` when the object is dropped and made again (an index rebuilt, perhaps with
 * another definition): the downgrade has nothing to remove, but may have the old definition to restore.
 */
function pairsWithinUpgrade(upgradeOps: readonly Operation[], options: InverseOptions): Map<Operation, 'cancelled' | 'rebuilt'> {
  const effects = upgradeOps.map((operation) => effectOf(operation, effectOptions(options, true)));
  const undone = new Map<Operation, 'cancelled' | 'rebuilt'>();
  for (const steps of renameRebuilds(effects)) for (const i of steps) undone.set(upgradeOps[i]!, 'rebuilt');
  effects.forEach((effect, i) => {
    if (!effect || undone.has(upgradeOps[i]!)) return;
    for (let j = i + 1; j < effects.length; j++) {
      const later = effects[j];
      if (!later) continue;
      const how = undoes(effect, later);
      // A step already paired can still take this one with it (a column of a table dropped later).
      if (!how || (how !== 'implied' && undone.has(upgradeOps[j]!))) continue;
      const kind = effect.kind.startsWith('drop-') ? 'rebuilt' : 'cancelled';
      undone.set(upgradeOps[i]!, kind);
      if (how !== 'implied') undone.set(upgradeOps[j]!, kind);
      return;
    }
  });
  return undone;
}

/**
 * A table or column rebuilt through a rename, as SQLite projects do by hand (what batch mode does for
 * them): rename `t` to `t_tmp`, create `t` again (add the column again), copy, drop `t_tmp`; or the
 * other way round, create `t_new`, copy, drop `t`, rename `t_new` to `t`. The three steps together
 * change `t` in place; none of them is a rename or a drop the downgrade must undo.
 * Indexes (into `effects`) of each rebuild's steps.
 */
function renameRebuilds(effects: readonly (Effect | undefined)[]): number[][] {
  const rebuilds: number[][] = [];
  effects.forEach((effect, i) => {
    if (effect?.kind !== 'rename-table' && effect?.kind !== 'rename-column') return;
    // The rebuild's two other steps: the name renamed to is dropped, the name renamed from is made again.
    const dropsNewName = (other: Effect): boolean =>
      effect.kind === 'rename-table'
        ? other.kind === 'drop-table' && sameTable(other.table, effect.to)
        : other.kind === 'drop-column' && sameTable(other.table, effect.table) && other.column === effect.to;
    const makesOldName = (other: Effect): boolean =>
      effect.kind === 'rename-table'
        ? other.kind === 'create-table' && sameTable(other.table, effect.from)
        : other.kind === 'add-column' && sameTable(other.table, effect.table) && other.column === effect.from;
    const find = (test: (other: Effect) => boolean, after: boolean): number =>
      effects.findIndex((other, j) => (after ? j > i : j < i) && other !== undefined && test(other));
    const [dropped, made] = [find(dropsNewName, true), find(makesOldName, true)];
    if (dropped >= 0 && made >= 0) rebuilds.push([i, made, dropped]);
    // The swap the other way round: the new one made under a scratch name, the old one dropped, the
    // scratch renamed to the old name (add json_value, copy, drop value, rename json_value to value).
    const [replaced, scratch] = [find(dropsNewName, false), find(makesOldName, false)];
    if (replaced >= 0 && scratch >= 0) rebuilds.push([scratch, replaced, i]);
  });
  return rebuilds;
}

export interface MissingInverse {
  operation: Operation;
  /** Human label: `add_column users.phone`. */
  label: string;
  /** The expected inverse call without `op.`: `drop_column('users', 'phone')`. */
  expected: string;
}

/**
 * What undoes one upgrade operation: `undone` by `inverse` in the downgrade, `undone-in-upgrade` by a later
 * step of the upgrade itself, `rebuilt` (dropped and made again in the upgrade, with no inverse in the
 * downgrade: the old definition may not come back), `maybe` by a downgrade step whose names Preflight cannot read, `missing`
 * (no inverse: this rule's finding), or `unchecked` (no known inverse, e.g. raw SQL: the round trip's question).
 */
export type InverseJudgement =
  | { operation: Operation; status: 'undone'; inverse: Operation }
  | { operation: Operation; status: 'undone-in-upgrade' | 'rebuilt' | 'unchecked' }
  /** `through`: a call of downgrade() Preflight cannot see into that is given the name of what the operation made. */
  | { operation: Operation; status: 'maybe'; through?: OtherCall }
  | ({ status: 'missing' } & MissingInverse);

/** Every upgrade operation with what undoes it, in upgrade order: the one judgement of reversibility. */
export function judgeInverses(
  upgradeOps: readonly Operation[],
  downgradeOps: readonly Operation[],
  options: InverseOptions = {},
): InverseJudgement[] {
  const undone = pairsWithinUpgrade(upgradeOps, options);
  return upgradeOps.map((operation): InverseJudgement => {
    const within = undone.get(operation);
    if (within === 'cancelled') return { operation, status: 'undone-in-upgrade' };
    if (within === 'rebuilt') {
      // Nothing for the downgrade to remove (no finding), but only its own inverse restores the old definition.
      const inverse = findInverse(operation, downgradeOps, options, false);
      return inverse ? { operation, status: 'undone', inverse } : { operation, status: 'rebuilt' };
    }
    if (!checkableWith(operation, options)) return { operation, status: 'unchecked' };
    const inverse = findInverse(operation, downgradeOps, options, false);
    if (inverse) return { operation, status: 'undone', inverse };
    if (findInverse(operation, downgradeOps, options, true)) return { operation, status: 'maybe' };
    const through = namingCall(operation, options);
    if (through) return { operation, status: 'maybe', through };
    return { operation, status: 'missing', label: describeWith(operation, options), expected: expectedWith(operation, options)! };
  });
}

/**
 * Checkable upgrade operations with no inverse in `downgradeOps`, in upgrade order. An empty result
 * means every operation Preflight knows how to invert has its inverse.
 * Operations the upgrade itself undoes later (see undoneWithinUpgrade) need none.
 */
export function missingInverses(
  upgradeOps: readonly Operation[],
  downgradeOps: readonly Operation[],
  options: InverseOptions = {},
): MissingInverse[] {
  return judgeInverses(upgradeOps, downgradeOps, options).flatMap((judged) =>
    judged.status === 'missing' ? [{ operation: judged.operation, label: judged.label, expected: judged.expected }] : [],
  );
}

/** The options this rule judges a migration with: its SQL parsed, and the project's naming convention. */
export function inverseOptionsFor(migration: AnalyzedMigration, settings: RuleSettings): InverseOptions {
  const statementsOf = (operation: Operation) => sqlStatementsOf(migration, operation);
  // env.py's convention (target_metadata) is the one Alembic applies; a MetaData(naming_convention=…)
  // built in the migration itself says which one the project uses when env.py does not.
  const namingConvention =
    settings.namingConvention ??
    (migration.facts.namingConvention ? namingConventionFrom(migration.facts.namingConvention) : undefined);
  const opaqueCalls = migration.facts.otherCalls.filter((call) => call.function === 'downgrade' && call.literals !== undefined);
  return { statementsOf, ...(namingConvention ? { namingConvention } : {}), ...(opaqueCalls.length > 0 ? { opaqueCalls } : {}) };
}

/**
 * A downgrade call Preflight cannot see into that is given the name of what `operation` made: the constraint's or
 * index's name (`try_drop_constraint("REQUESTS_STATE_CHK", "requests")`, a project's own helper: rucio), the table's,
 * or the table's and the column's. It may well be the inverse: not reported, not vouched for.
 */
function namingCall(operation: Operation, options: InverseOptions): OtherCall | undefined {
  if (!options.opaqueCalls) return undefined;
  const effect = effectOf(operation, effectOptions(options, false));
  if (!effect) return undefined;
  const given = (call: OtherCall, name: string): boolean => call.literals!.some((literal) => literal.toLowerCase() === name.toLowerCase());
  const names = (call: OtherCall): boolean => {
    switch (effect.kind) {
      case 'create-index':
      case 'create-constraint':
        return [effect.name, ...effect.names].some((name) => given(call, name));
      case 'create-table':
        return given(call, effect.table);
      case 'add-column':
        return given(call, effect.table) && given(call, effect.column);
      default:
        return false;
    }
  };
  return options.opaqueCalls.find(names);
}

/** judgeInverses for a migration, as this rule and the checklist's reversible item see it. */
export function upgradeInverses(migration: AnalyzedMigration, settings: RuleSettings): InverseJudgement[] {
  return judgeInverses(upgradeOperations(migration), downgradeOperations(migration), inverseOptionsFor(migration, settings));
}

/** `add_column users.phone`, `create_index ix_users_email`, `alter_column users.name → full_name`, or the call's name. */
export function describeOperation(operation: Operation): string {
  return describeWith(operation, {});
}

function describeWith(operation: Operation, options: InverseOptions): string {
  const effect = effectOf(operation, effectOptions(options, false));
  if (!effect) {
    const sql = sqlOf(operation);
    if (sql) {
      if (sql.sql !== undefined) return `${operation.name} ${JSON.stringify(oneLine(sql.sql, 40))}`;
      // SQL Preflight cannot read: name what the migration passes (`execute(search_ddl)`), not just "execute".
      const argument = operation.args[0] ?? operation.kwargs['sqltext'] ?? operation.kwargs['statement'];
      return argument ? `${operation.name}(${oneLine(argument.text, 40)})` : operation.name;
    }
    const table = tableOf(operation);
    return table ? `${operation.name} ${table}` : operation.name;
  }
  switch (effect.kind) {
    case 'add-column':
    case 'drop-column':
      return `${operation.name} ${effect.table}.${effect.column}`;
    case 'create-table':
    case 'drop-table':
      return `${operation.name} ${effect.table}`;
    case 'rename-column':
      return `alter_column ${effect.table}.${effect.from} → ${effect.to}`;
    case 'rename-table':
      return `rename_table ${effect.from} → ${effect.to}`;
    default:
      return `${operation.name} ${effect.name}`;
  }
}

/** The call (without `op.`) that would undo `operation`, as Python; undefined when there is no known inverse. */
export function expectedInverse(operation: Operation): string | undefined {
  return expectedWith(operation, {});
}

/** Effects whose inverse needs what the upgrade does not say (a column's type, a table's columns): `expected` holds a `<placeholder>`. */
const INCOMPLETE_INVERSE = new Set<Effect['kind']>(['drop-column', 'drop-table', 'drop-index', 'drop-constraint']);

/**
 * The inverse call (without `op.`) when Preflight knows all of it, so it can be written into downgrade() as it is
 * (check --fix); undefined when there is none or it has a placeholder (`expected` names those for the author).
 */
export function knownInverse(operation: Operation, options: InverseOptions = {}): string | undefined {
  const effect = effectOf(operation, effectOptions(options, false));
  if (!effect || INCOMPLETE_INVERSE.has(effect.kind)) return undefined;
  if (effect.kind === 'create-constraint' && effect.table === undefined) return undefined;
  return expectedWith(operation, options);
}

function expectedWith(operation: Operation, options: InverseOptions): string | undefined {
  const effect = effectOf(operation, effectOptions(options, false));
  if (!effect) return undefined;
  const q = pythonString;
  // A name the convention made is written with op.f(), so the drop does not convert it again.
  const created = (e: { name: string; written?: string }) => (e.written === e.name ? q(e.name) : `op.f(${q(e.name)})`);
  switch (effect.kind) {
    case 'add-column':
      return `drop_column(${q(effect.table)}, ${q(effect.column)})`;
    case 'drop-column':
      return `add_column(${q(effect.table)}, sa.Column(${q(effect.column)}, <type>, nullable=True))`;
    case 'create-table':
      return `drop_table(${q(effect.table)})`;
    case 'drop-table':
      return `create_table(${q(effect.table)}, <columns>)`;
    case 'create-index':
      return `drop_index(${created(effect)}${effect.table ? `, table_name=${q(effect.table)}` : ''})`;
    case 'drop-index':
      return `create_index(${q(effect.name)}, ${effect.table ? q(effect.table) : '<table>'}, [<columns>])`;
    case 'rename-column':
      return `alter_column(${q(effect.table)}, ${q(effect.to)}, new_column_name=${q(effect.from)})`;
    case 'rename-table':
      return `rename_table(${q(effect.to)}, ${q(effect.from)})`;
    case 'create-constraint':
      return `drop_constraint(${created(effect)}, ${effect.table ? q(effect.table) : '<table>'}, type_=${q(effect.type)})`;
    case 'drop-constraint': {
      const create = (effect.type && CREATE_FOR_TYPE[effect.type]) ?? 'create_<type>_constraint';
      return `${create}(${q(effect.name)}, ${effect.table ? q(effect.table) : '<table>'}, ...)`;
    }
  }
}

/** The name of the column an add_column adds, when literal. */
function addedName(operation: Operation): string | undefined {
  const added = operation.name === 'add_column' ? addedColumn(operation) : undefined;
  return added ? columnName(added) : undefined;
}

/**
 * The downgrade's `drop_column("t", sa.Column("c"))` meant as the inverse of `add_column` of t.c: Alembic
 * wants the name and fails on a Column (jupyterhub). Undefined when there is none.
 */
function columnObjectDrop(upgradeOp: Operation, downgradeOps: readonly Operation[]): { line: number; given: PyValue } | undefined {
  const name = addedName(upgradeOp);
  if (name === undefined) return undefined;
  for (const candidate of downgradeOps) {
    if (candidate.name !== 'drop_column' || candidate.receiver !== 'op' || !sameTable(bare(tableOf(candidate)), bare(tableOf(upgradeOp)))) continue;
    const given = candidate.kwargs['column_name'] ?? candidate.args[1];
    if (isColumnCall(given) && columnName(given) === name) return { line: candidate.line, given };
  }
  return undefined;
}

/**
 * The downgrade's `batch_op.drop_column("t", "c")` inside `batch_alter_table("t")`, meant as the inverse of add_column
 * of t.c: in batch mode drop_column takes the column only, and the table's name as well makes Alembic fail
 * (TypeError: too many positional arguments; mailu). Undefined when there is none.
 */
function batchDropGivenTable(upgradeOp: Operation, downgradeOps: readonly Operation[]): Operation | undefined {
  const name = addedName(upgradeOp);
  const table = bare(tableOf(upgradeOp));
  if (name === undefined || table === undefined) return undefined;
  return downgradeOps.find(
    (candidate) =>
      candidate.name === 'drop_column' &&
      candidate.receiver === 'batch' &&
      sameTable(bare(candidate.batchTable), table) &&
      candidate.args.length === 2 &&
      sameTable(bare(stringValue(candidate.args[0])), table) &&
      stringValue(candidate.args[1]) === name,
  );
}

export const downgradeIncomplete: MigrationRule = {
  id: 'downgrade-incomplete',
  order: 510,
  scope: 'migration',
  severity: 'warning',
  summary: 'An upgrade operation has no inverse in `downgrade()`.',
  why:
    'The guide asks that every migration be reversible: `alembic downgrade -1` must put the schema back the way it was. ' +
    'When downgrade() undoes only part of the upgrade, a rollback leaves a column, table, index or constraint behind, ' +
    'and the next `alembic upgrade` fails on it (or the old code breaks on a renamed column).',
  bad: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
    op.add_column('users', sa.Column('fax', sa.String(), nullable=True))

def downgrade():
    op.drop_column('users', 'fax')
`,
  good: `def upgrade():
    op.add_column('users', sa.Column('phone', sa.String(), nullable=True))
    op.add_column('users', sa.Column('fax', sa.String(), nullable=True))

def downgrade():
    op.drop_column('users', 'fax')
    op.drop_column('users', 'phone')
`,
  decides: ['reversible'],
  guideSection: { lesson: 'reversible-downgrades', place: 2 },
  check({ migration, settings, report }) {
    const downgrade = migration.facts.downgrade;
    const downgradeOps = downgradeOperations(migration);
    // Missing or empty downgrades are missing-downgrade's; a downgrade without any operation
    // (raise NotImplementedError, a helper call) is a deliberate choice this rule cannot judge.
    if (!downgrade || downgrade.isEmpty || downgradeOps.length === 0) return;
    const options = inverseOptionsFor(migration, settings);
    for (const missing of missingInverses(upgradeOperations(migration), downgradeOps, options)) {
      const columnObject = columnObjectDrop(missing.operation, downgradeOps);
      const batchDrop = columnObject ? undefined : batchDropGivenTable(missing.operation, downgradeOps);
      const batchColumn = batchDrop ? stringValue(batchDrop.args[1])! : '';
      report({
        line: missing.operation.line,
        column: missing.operation.column,
        message: columnObject
          ? `${missing.label} has no working inverse in downgrade: drop_column at line ${columnObject.line} is given ` +
            `${columnObject.given.text}, not the column's name, and Alembic fails on it (AttributeError); ` +
            `write ${missing.expected}`
          : batchDrop
            ? `${missing.label} has no working inverse in downgrade: ${calledAs(batchDrop)} at line ${batchDrop.line} is given the ` +
              `table's name too (${batchDrop.args.map((arg) => arg.text).join(', ')}), but in batch mode drop_column takes the ` +
              `column only and Alembic fails on it (TypeError); write ${calledAs(batchDrop)}(${pythonString(batchColumn)})`
            : `${missing.label} has no inverse in downgrade (expected ${missing.expected})`,
        help:
          `Undo it in downgrade(), in reverse order of the upgrade, so \`alembic downgrade -1\` restores the schema:\n\n` +
          `    def downgrade():\n        op.${missing.expected}\n        ...`,
      });
    }
  },
};
