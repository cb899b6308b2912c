/**
 * Compares two schema snapshots (as printed by `python/preflight_alembic.py snapshot`): the schema
 * before a migration's upgrade and after its downgrade. Every difference is one plain sentence.
 */

export interface ColumnSnapshot {
  name: string;
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface IndexSnapshot {
  name: string | null;
  columns: string[];
  unique: boolean;
  /** Dialect options such as a partial index's `postgresql_where`. */
  options?: Record<string, unknown>;
}

export interface UniqueConstraintSnapshot {
  name: string | null;
  columns: string[];
}

export interface ForeignKeySnapshot {
  name: string | null;
  columns: string[];
  referredSchema: string | null;
  referredTable: string;
  referredColumns: string[];
  /** `ondelete`, `onupdate`, `deferrable`, … */
  options?: Record<string, unknown>;
}

export interface CheckConstraintSnapshot {
  name: string | null;
  sqltext: string | null;
}

export interface TableSnapshot {
  columns: ColumnSnapshot[];
  primaryKey: { name: string | null; columns: string[] };
  indexes: IndexSnapshot[];
  uniqueConstraints: UniqueConstraintSnapshot[];
  foreignKeys: ForeignKeySnapshot[];
  checkConstraints: CheckConstraintSnapshot[];
}

export interface SchemaSnapshot {
  dialect: string;
  /** By name; tables outside the default schema as `schema.table`. `alembic_version` is left out. */
  tables: Record<string, TableSnapshot>;
  views: string[];
  sequences: string[];
  /** PostgreSQL enum types → labels in their sort order. */
  enums: Record<string, string[]>;
}

export interface DiffWording {
  /** How the first snapshot is referred to. */
  before: string;
  /** How the second snapshot is referred to. */
  after: string;
}

const ROUND_TRIP_WORDING: DiffWording = { before: 'before upgrade', after: 'after downgrade' };

function list(values: readonly string[]): string {
  return values.join(', ');
}

function show(value: unknown): string {
  const normal = sortedKeys(value);
  if (normal === null || normal === undefined) return 'none';
  if (typeof normal === 'string') return normal;
  return JSON.stringify(normal);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortedKeys(a) ?? null) === JSON.stringify(sortedKeys(b) ?? null);
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    // No options and empty options are the same thing.
    if (Object.keys(value).length === 0) return undefined;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  }
  return value;
}

/** "type VARCHAR(50) before upgrade, VARCHAR(100) after downgrade; nullable …" for differing fields. */
function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[], words: DiffWording): string[] {
  const changes: string[] = [];
  for (const field of fields) {
    if (!sameValue(before[field], after[field])) {
      changes.push(`${field} ${show(before[field])} ${words.before}, ${show(after[field])} ${words.after}`);
    }
  }
  return changes;
}

interface Keyed<T> {
  key: string;
  item: T;
}

/**
 * Named items match by name; unnamed ones (SQLite's unnamed constraints) by their content, so an
 * unnamed constraint can only be "missing" or "still exists", never "differs".
 */
function keyed<T extends { name: string | null }>(items: readonly T[], content: (item: T) => string): Keyed<T>[] {
  return items.map((item) => ({ key: item.name ?? `(unnamed) ${content(item)}`, item }));
}

function compareItems<T extends { name: string | null }>(
  before: readonly T[],
  after: readonly T[],
  content: (item: T) => string,
  describe: (item: T) => string,
  fields: readonly (keyof T & string)[],
  words: DiffWording,
): string[] {
  const diffs: string[] = [];
  const afterByKey = new Map(keyed(after, content).map((entry) => [entry.key, entry.item]));
  const beforeKeys = new Set<string>();
  for (const { key, item } of keyed(before, content)) {
    beforeKeys.add(key);
    const other = afterByKey.get(key);
    if (other === undefined) {
      diffs.push(`${describe(item)} missing ${words.after}`);
      continue;
    }
    const changes = fieldChanges(item, other, fields, words);
    if (changes.length > 0) diffs.push(`${describe(item)} differs: ${changes.join('; ')}`);
  }
  for (const { key, item } of keyed(after, content)) {
    if (!beforeKeys.has(key)) diffs.push(`${describe(item)} still exists ${words.after}`);
  }
  return diffs;
}

function diffTable(name: string, before: TableSnapshot, after: TableSnapshot, words: DiffWording): string[] {
  const diffs: string[] = [];

  const afterColumns = new Map(after.columns.map((column) => [column.name, column]));
  const beforeColumns = new Set(before.columns.map((column) => column.name));
  for (const column of before.columns) {
    const other = afterColumns.get(column.name);
    if (other === undefined) {
      diffs.push(`column ${name}.${column.name} missing ${words.after}`);
      continue;
    }
    const changes = fieldChanges(column, other, ['type', 'nullable', 'default'], words);
    if (changes.length > 0) diffs.push(`column ${name}.${column.name} differs: ${changes.join('; ')}`);
  }
  for (const column of after.columns) {
    if (!beforeColumns.has(column.name)) diffs.push(`column ${name}.${column.name} still exists ${words.after}`);
  }

  if (!sameValue(before.primaryKey.columns, after.primaryKey.columns)) {
    const shown = (columns: readonly string[]): string => (columns.length ? `(${list(columns)})` : 'none');
    diffs.push(
      `primary key of ${name} differs: ${shown(before.primaryKey.columns)} ${words.before}, ${shown(after.primaryKey.columns)} ${words.after}`,
    );
  }

  diffs.push(
    ...compareItems(
      before.indexes,
      after.indexes,
      (ix) => `${ix.unique ? 'unique ' : ''}(${list(ix.columns)})`,
      (ix) => `${ix.name ? `index ${ix.name}` : 'unnamed index'} on ${name} (${list(ix.columns)})`,
      ['columns', 'unique', 'options'],
      words,
    ),
    ...compareItems(
      before.uniqueConstraints,
      after.uniqueConstraints,
      (uq) => `(${list(uq.columns)})`,
      (uq) => `${uq.name ? `unique constraint ${uq.name}` : 'unnamed unique constraint'} on ${name} (${list(uq.columns)})`,
      ['columns'],
      words,
    ),
    ...compareItems(
      before.foreignKeys,
      after.foreignKeys,
      (fk) => `(${list(fk.columns)}) → ${fk.referredTable}(${list(fk.referredColumns)}) ${JSON.stringify(sortedKeys(fk.options ?? {}))}`,
      (fk) =>
        `${fk.name ? `foreign key ${fk.name}` : 'unnamed foreign key'} on ${name} (${list(fk.columns)}) → ${
          fk.referredSchema ? `${fk.referredSchema}.` : ''
        }${fk.referredTable} (${list(fk.referredColumns)})`,
      ['columns', 'referredSchema', 'referredTable', 'referredColumns', 'options'],
      words,
    ),
    ...compareItems(
      before.checkConstraints,
      after.checkConstraints,
      (ck) => ck.sqltext ?? '',
      (ck) => `${ck.name ? `check constraint ${ck.name}` : 'unnamed check constraint'} on ${name} (${ck.sqltext ?? '?'})`,
      ['sqltext'],
      words,
    ),
  );
  return diffs;
}

function diffNames(kind: string, before: readonly string[], after: readonly string[], words: DiffWording): string[] {
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  return [
    ...[...beforeSet].filter((name) => !afterSet.has(name)).map((name) => `${kind} ${name} missing ${words.after}`),
    ...[...afterSet].filter((name) => !beforeSet.has(name)).map((name) => `${kind} ${name} still exists ${words.after}`),
  ];
}

function diffEnums(before: Record<string, string[]>, after: Record<string, string[]>, words: DiffWording): string[] {
  const diffs: string[] = [];
  for (const [name, labels] of Object.entries(before)) {
    const other = after[name];
    if (other === undefined) {
      diffs.push(`enum ${name} missing ${words.after}`);
    } else if (!sameValue(labels, other)) {
      const extra = other.filter((label) => !labels.includes(label));
      const lost = labels.filter((label) => !other.includes(label));
      const detail = [
        extra.length ? `extra ${list(extra)}` : '',
        lost.length ? `missing ${list(lost)}` : '',
        !extra.length && !lost.length ? 'order changed' : '',
      ].filter(Boolean);
      diffs.push(
        `enum ${name} labels differ: [${list(labels)}] ${words.before}, [${list(other)}] ${words.after} (${detail.join('; ')})`,
      );
    }
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) diffs.push(`enum ${name} still exists ${words.after}`);
  }
  return diffs;
}

/**
 * Every difference between `before` (the schema at the migration's down revision) and `after`
 * (the schema after upgrade + downgrade), e.g. "column users.bio still exists after downgrade".
 * Empty when the downgrade restored the schema exactly.
 */
export function diffSchemas(before: SchemaSnapshot, after: SchemaSnapshot, words: DiffWording = ROUND_TRIP_WORDING): string[] {
  const diffs: string[] = [];
  for (const [name, table] of Object.entries(before.tables)) {
    const other = after.tables[name];
    if (other === undefined) diffs.push(`table ${name} missing ${words.after}`);
    else diffs.push(...diffTable(name, table, other, words));
  }
  for (const name of Object.keys(after.tables)) {
    if (!(name in before.tables)) diffs.push(`table ${name} still exists ${words.after}`);
  }
  diffs.push(
    ...diffNames('view', before.views ?? [], after.views ?? [], words),
    ...diffNames('sequence', before.sequences ?? [], after.sequences ?? [], words),
    ...diffEnums(before.enums ?? {}, after.enums ?? {}, words),
  );
  return diffs;
}
