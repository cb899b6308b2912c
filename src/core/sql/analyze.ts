/**
 * SQL → a flat list of statement summaries, parsed by the real PostgreSQL parser
 * (libpg-query, wasm). Rules look at these summaries, never at SQL text.
 */

export type SqlStatementKind =
  | 'drop-table'
  | 'drop-schema'
  | 'drop-type'
  | 'drop-index'
  | 'alter-table'
  | 'truncate'
  | 'delete'
  | 'update'
  | 'insert'
  | 'enum-add-value'
  | 'create-index'
  | 'create-table'
  | 'other';

export interface SqlStatement {
  kind: SqlStatementKind;
  /** The statement's own text (trimmed). */
  text: string;
  /** Character offset of the statement in the SQL string. */
  offset: number;
  /** Tables (or schemas/types for drop-schema/drop-type) the statement names, schema-qualified as written. */
  targets: string[];
  /** UPDATE: the columns it sets. ALTER TABLE: the columns it drops. */
  columns: string[];
  /** DELETE/UPDATE: has a WHERE clause. */
  hasWhere?: boolean;
  /**
   * UPDATE / INSERT / SELECT: the tables and columns the statement reads, from its parse tree: an UPDATE's
   * SET values, FROM, WHERE and WITH (not the columns it assigns), an INSERT's SELECT and WITH, all of a SELECT
   * (kind 'other': the columns it selects, `*` for all, and the tables of its FROM). Names as written,
   * without schema or table qualifier. A copy-then-drop is told by these.
   */
  reads?: { tables: string[]; columns: string[] };
  /** CREATE INDEX / DROP INDEX … CONCURRENTLY. */
  concurrently?: boolean;
  /** ALTER TABLE sub-commands (`AT_DropColumn`, `AT_SetNotNull`, `AT_AddConstraint`, …). */
  alterCommands: string[];
  /** ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY without NOT VALID. */
  addsValidatedForeignKey?: boolean;
  /** ALTER TABLE: names of the constraints it drops (DROP CONSTRAINT x) and adds (ADD CONSTRAINT x …). */
  droppedConstraints?: string[];
  addedConstraints?: string[];
  /** CREATE INDEX: the index's name, when given. */
  indexName?: string;
}

export type SqlAnalysis = { ok: true; statements: SqlStatement[] } | { ok: false; error: string; offset: number };

type PgNode = Record<string, any>;

type PgParse = (sql: string) => Promise<{ stmts?: { stmt: PgNode; stmt_location?: number; stmt_len?: number }[] }>;
let pgParse: Promise<PgParse> | undefined;

/**
 * Longest SQL string handed to libpg-query (characters). Parsing costs about 0.6 s and 100 MB of
 * memory per MB of SQL (measured: 1.6 MB took 0.9 s and 286 MB RSS), and near 20 MB its wasm heap
 * runs out: PostgreSQL's FATAL handler then prints on stdout and ends the parse. The longest SQL
 * string in the 905 real migrations of the corpus is 20 kB.
 */
export const MAX_SQL_LENGTH = 1_000_000;

/**
 * The wasm module binds `console.log` as its stdout when it is instantiated (at import): pointed
 * at stderr for that moment, nothing it prints can end up inside a JSON or SARIF report.
 */
async function loadParser(): Promise<PgParse> {
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  try {
    return ((await import('libpg-query')) as { parse: PgParse }).parse;
  } finally {
    console.log = log;
  }
}

export async function analyzeSql(sql: string): Promise<SqlAnalysis> {
  if (sql.length > MAX_SQL_LENGTH) {
    const megabytes = (sql.length / 1_000_000).toFixed(1);
    return { ok: false, error: `too large to analyse (${megabytes} MB; Preflight parses SQL strings up to ${MAX_SQL_LENGTH / 1_000_000} MB)`, offset: sql.length };
  }
  // libpg-query compiles its wasm as soon as it is imported: load it only when there is SQL to parse.
  pgParse ??= loadParser();
  const parse = await pgParse;
  let result: Awaited<ReturnType<PgParse>>;
  // A FATAL error inside the wasm (out of memory) exits its runtime, which sets the process's exit code.
  const exitCode = process.exitCode;
  try {
    result = await parse(sql);
  } catch (error) {
    process.exitCode = exitCode;
    const details = (error as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
    return { ok: false, error: details?.message ?? String((error as Error).message ?? error), offset: details?.cursorPosition ?? 0 };
  }
  const statements = (result.stmts ?? []).map(({ stmt, stmt_location = 0, stmt_len }) => {
    const text = (stmt_len ? sql.slice(stmt_location, stmt_location + stmt_len) : sql.slice(stmt_location)).trim();
    return summarise(stmt, text, stmt_location);
  });
  return { ok: true, statements };
}

function rangeVarName(rangeVar: PgNode | undefined): string | undefined {
  if (!rangeVar?.relname) return undefined;
  return rangeVar.schemaname ? `${rangeVar.schemaname}.${rangeVar.relname}` : rangeVar.relname;
}

function qualifiedName(object: PgNode): string {
  const items: PgNode[] = object.List?.items ?? [object];
  return items.map((item) => item.String?.sval ?? '?').join('.');
}

function summarise(stmt: PgNode, text: string, offset: number): SqlStatement {
  const base: SqlStatement = { kind: 'other', text, offset, targets: [], columns: [], alterCommands: [] };
  const [type, node] = Object.entries(stmt)[0] ?? ['', {}];
  switch (type) {
    case 'DropStmt': {
      const kinds: Record<string, SqlStatementKind> = {
        OBJECT_TABLE: 'drop-table',
        OBJECT_SCHEMA: 'drop-schema',
        OBJECT_TYPE: 'drop-type',
        OBJECT_INDEX: 'drop-index',
      };
      const kind = kinds[node.removeType as string] ?? 'other';
      return { ...base, kind, targets: (node.objects ?? []).map(qualifiedName), concurrently: node.concurrent === true };
    }
    case 'TruncateStmt':
      return { ...base, kind: 'truncate', targets: (node.relations ?? []).map((r: PgNode) => rangeVarName(r.RangeVar) ?? '?') };
    case 'DeleteStmt':
      return { ...base, kind: 'delete', targets: [rangeVarName(node.relation) ?? '?'], hasWhere: node.whereClause !== undefined };
    case 'UpdateStmt':
      return {
        ...base,
        kind: 'update',
        targets: [rangeVarName(node.relation) ?? '?'],
        hasWhere: node.whereClause !== undefined,
        columns: (node.targetList ?? []).map((t: PgNode) => t.ResTarget?.name).filter(Boolean),
        reads: readsOf([...(node.targetList ?? []).map((t: PgNode) => t.ResTarget?.val), node.fromClause, node.whereClause, node.withClause]),
      };
    case 'InsertStmt':
      return { ...base, kind: 'insert', targets: [rangeVarName(node.relation) ?? '?'], reads: readsOf([node.selectStmt, node.withClause]) };
    case 'SelectStmt': {
      // Rows a migration selects into Python (a copy-then-drop written as a loop of INSERTs reads them here):
      // the columns it selects from the tables of its FROM; a column only filtered on is not carried anywhere.
      if (node.op !== undefined && node.op !== 'SETOP_NONE') return { ...base, reads: readsOf([node]) };
      const selected = readsOf([node.targetList]);
      const from = readsOf([node.fromClause, node.withClause]);
      return { ...base, reads: { tables: from.tables, columns: [...new Set([...selected.columns, ...(node.withClause ? from.columns : [])])] } };
    }
    case 'AlterEnumStmt':
      // RENAME VALUE has oldVal; ADD VALUE does not.
      return node.oldVal === undefined
        ? { ...base, kind: 'enum-add-value', targets: [qualifiedName({ List: { items: node.typeName ?? [] } })] }
        : base;
    case 'IndexStmt':
      return {
        ...base,
        kind: 'create-index',
        targets: [rangeVarName(node.relation) ?? '?'],
        concurrently: node.concurrent === true,
        ...(typeof node.idxname === 'string' ? { indexName: node.idxname } : {}),
      };
    case 'CreateStmt':
      return { ...base, kind: 'create-table', targets: [rangeVarName(node.relation) ?? '?'] };
    case 'AlterTableStmt': {
      if (node.objtype !== 'OBJECT_TABLE') return base;
      const commands: PgNode[] = (node.cmds ?? []).map((c: PgNode) => c.AlterTableCmd ?? {});
      const dropped = commands.filter((c) => c.subtype === 'AT_DropColumn').map((c) => c.name as string);
      const addsValidatedForeignKey = commands.some((c) => {
        const constraint = c.def?.Constraint;
        return c.subtype === 'AT_AddConstraint' && constraint?.contype === 'CONSTR_FOREIGN' && !constraint.skip_validation;
      });
      return {
        ...base,
        kind: 'alter-table',
        targets: [rangeVarName(node.relation) ?? '?'],
        columns: dropped,
        alterCommands: commands.map((c) => String(c.subtype)),
        addsValidatedForeignKey,
        droppedConstraints: commands.filter((c) => c.subtype === 'AT_DropConstraint' && c.name).map((c) => c.name as string),
        addedConstraints: commands.flatMap((c) => {
          const name = c.subtype === 'AT_AddConstraint' ? c.def?.Constraint?.conname : undefined;
          return typeof name === 'string' ? [name] : [];
        }),
      };
    }
    default:
      return base;
  }
}

/** Every table (RangeVar) and column (ColumnRef) named anywhere in these parse subtrees. */
function readsOf(roots: unknown[]): { tables: string[]; columns: string[] } {
  const tables = new Set<string>();
  const columns = new Set<string>();
  const stack: unknown[] = roots.filter((root) => root !== undefined);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as PgNode;
    if (record.RangeVar?.relname) tables.add(record.RangeVar.relname);
    const fields: PgNode[] | undefined = record.ColumnRef?.fields;
    const last = fields?.[fields.length - 1];
    if (last?.String?.sval) columns.add(last.String.sval);
    // `*` / `t.*`: every column.
    else if (last?.A_Star) columns.add('*');
    stack.push(...Object.values(record));
  }
  return { tables: [...tables], columns: [...columns] };
}

/** Drops, truncates, and DELETE/UPDATE without WHERE: statements that destroy data. */
export function isDestructive(statement: SqlStatement): boolean {
  switch (statement.kind) {
    case 'drop-table':
    case 'drop-schema':
    case 'truncate':
      return true;
    case 'delete':
    case 'update':
      return statement.hasWhere === false;
    case 'alter-table':
      return statement.alterCommands.includes('AT_DropColumn');
    default:
      return false;
  }
}

export function describeDestruction(statement: SqlStatement): string {
  const target = statement.targets.join(', ');
  switch (statement.kind) {
    case 'drop-table':
      return `drops table ${target}`;
    case 'drop-schema':
      return `drops schema ${target}`;
    case 'truncate':
      return `truncates ${target}`;
    case 'delete':
      return `deletes every row of ${target} (no WHERE)`;
    case 'update':
      return `updates every row of ${target} (no WHERE)`;
    case 'alter-table':
      return `drops column ${statement.columns.map((c) => `${target}.${c}`).join(', ')}`;
    default:
      return statement.text;
  }
}
