/**
 * SQL → a flat list of statement summaries, parsed by the real PostgreSQL parser
 * (libpg-query, wasm). Rules look at these summaries, never at SQL text.
 */
import { loadWasmInTurn, withBaselineCompiler } from '../wasm-load.js';
import type { SqlAlteration, SqlAnalysis, SqlConstraint, SqlStatement, SqlStatementKind } from '../../model/sql.js';

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
function loadParser(): Promise<PgParse> {
  return loadWasmInTurn(async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    // Compiled by V8's baseline compiler only. Its optimising tier-up of libpg-query's parser (a few huge
    // functions) costs more CPU than a large project's SQL takes to parse, and Node waits for that compile
    // to end before the process exits: a check of 11 migrations took twice as long (bench/README.md, round 6).
    try {
      return await withBaselineCompiler(async () => {
        const module = (await import('libpg-query')) as { parse: PgParse; loadModule: () => Promise<void> };
        await module.loadModule();
        return module.parse;
      });
    } finally {
      console.log = log;
    }
  });
}

/**
 * Starts loading libpg-query without waiting for it: V8 compiles its wasm on background threads
 * while the caller goes on reading files, instead of the first SQL statement waiting ~60 ms for it.
 */
export function preloadSqlParser(): Promise<unknown> {
  pgParse ??= loadParser();
  // A failure to load is reported by the first parse that waits for it.
  return pgParse.catch(() => undefined);
}

export async function analyzeSql(sql: string): Promise<SqlAnalysis> {
  if (sql.length > MAX_SQL_LENGTH) {
    const megabytes = (sql.length / 1_000_000).toFixed(1);
    return { ok: false, error: `too large to analyse (${megabytes} MB; Preflight parses SQL strings up to ${MAX_SQL_LENGTH / 1_000_000} MB)`, offset: sql.length, tooLarge: true };
  }
  const result = await parseTree(sql);
  if ('error' in result) return { ok: false, error: result.error, offset: result.offset };
  const statements = (result.stmts ?? []).map(({ stmt, stmt_location = 0, stmt_len }) => {
    const text = (stmt_len ? sql.slice(stmt_location, stmt_location + stmt_len) : sql.slice(stmt_location)).trim();
    return summarise(stmt, text, stmt_location);
  });
  return { ok: true, statements };
}

async function parseTree(sql: string): Promise<Awaited<ReturnType<PgParse>> | { error: string; offset: number }> {
  // libpg-query compiles its wasm as soon as it is imported: load it only when there is SQL to parse.
  pgParse ??= loadParser();
  const parse = await pgParse;
  // A FATAL error inside the wasm (out of memory) exits its runtime, which sets the process's exit code.
  const exitCode = process.exitCode;
  try {
    return await parse(sql);
  } catch (error) {
    process.exitCode = exitCode;
    const details = (error as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
    return { error: details?.message ?? String((error as Error).message ?? error), offset: details?.cursorPosition ?? 0 };
  }
}

function rangeVarName(rangeVar: PgNode | undefined): string | undefined {
  if (!rangeVar?.relname) return undefined;
  return rangeVar.schemaname ? `${rangeVar.schemaname}.${rangeVar.relname}` : rangeVar.relname;
}

function qualifiedName(object: PgNode): string {
  const items: PgNode[] = object.List?.items ?? [object];
  return items.map((item) => item.String?.sval ?? '?').join('.');
}

/** Statements that read or write rows, or set the session's options: the schema stays as it is. */
const LEAVES_SCHEMA = new Set([
  'SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt',
  'VariableSetStmt', 'VariableShowStmt', 'VacuumStmt', 'LockStmt',
]);

/** The statement's own type, and for EXPLAIN the type of what it explains (EXPLAIN ANALYZE runs it). */
function leavesSchema(stmt: PgNode): boolean {
  const [type, node] = Object.entries(stmt)[0] ?? ['', {}];
  if (type === 'ExplainStmt') return node.query !== undefined && leavesSchema(node.query);
  // SELECT … INTO creates a table.
  return LEAVES_SCHEMA.has(type) && !(type === 'SelectStmt' && node.intoClause !== undefined);
}

function summarise(stmt: PgNode, text: string, offset: number): SqlStatement {
  const summary = summariseStatement(stmt, text, offset);
  const [type, node] = Object.entries(stmt)[0] ?? ['', {}];
  if (leavesSchema(stmt)) summary.leavesSchema = true;
  const into = type === 'SelectStmt' ? rangeVarName(node.intoClause?.rel) : undefined;
  if (into !== undefined) {
    summary.createdTableAs = into;
    if (node.intoClause.rel.relpersistence === 't') summary.temporary = true;
  }
  const returnsRows =
    (type === 'SelectStmt' && node.intoClause === undefined) || type === 'VariableShowStmt' || type === 'ExplainStmt' || (node.returningList?.length ?? 0) > 0;
  if (returnsRows) summary.returnsRows = true;
  return summary;
}

function summariseStatement(stmt: PgNode, text: string, offset: number): SqlStatement {
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
    case 'DeleteStmt': {
      const nulls = nullRowsDeleted(node.whereClause);
      return {
        ...base,
        kind: 'delete',
        targets: [rangeVarName(node.relation) ?? '?'],
        hasWhere: node.whereClause !== undefined,
        ...(nulls.length > 0 ? { deletesNullsOf: nulls } : {}),
      };
    }
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
        ? {
            ...base,
            kind: 'enum-add-value',
            targets: [qualifiedName({ List: { items: node.typeName ?? [] } })],
            ...(typeof node.newVal === 'string' ? { enumValue: node.newVal } : {}),
          }
        : base;
    case 'IndexStmt':
      return {
        ...base,
        kind: 'create-index',
        targets: [rangeVarName(node.relation) ?? '?'],
        concurrently: node.concurrent === true,
        ...(typeof node.idxname === 'string' ? { indexName: node.idxname } : {}),
      };
    case 'CreateStmt': {
      const referenced = createdForeignKeys(node.tableElts ?? []);
      return {
        ...base,
        kind: 'create-table',
        targets: [rangeVarName(node.relation) ?? '?'],
        columns: ((node.tableElts ?? []) as PgNode[]).flatMap((element) => (typeof element.ColumnDef?.colname === 'string' ? [element.ColumnDef.colname] : [])),
        ...(referenced.length > 0 ? { referencedTables: referenced } : {}),
        ...(node.relation?.relpersistence === 't' ? { temporary: true } : {}),
      };
    }
    case 'CreateTableAsStmt': {
      // CREATE TABLE … AS SELECT (not a materialized view): kind stays 'other'.
      const table = node.objtype === 'OBJECT_TABLE' ? rangeVarName(node.into?.rel) : undefined;
      if (table === undefined) return base;
      return { ...base, createdTableAs: table, ...(node.into.rel.relpersistence === 't' ? { temporary: true } : {}) };
    }
    case 'RenameStmt': {
      const table = rangeVarName(node.relation);
      if (table === undefined || typeof node.newname !== 'string') return base;
      if (node.renameType === 'OBJECT_TABLE') return { ...base, rename: { what: 'table', table, from: table, to: node.newname } };
      if (node.renameType === 'OBJECT_COLUMN' && typeof node.subname === 'string') {
        return { ...base, rename: { what: 'column', table, from: node.subname, to: node.newname } };
      }
      return base;
    }
    case 'ViewStmt': {
      const view = rangeVarName(node.view);
      return view === undefined ? base : { ...base, createsView: view };
    }
    case 'TransactionStmt': {
      const kinds: Record<string, 'begin' | 'commit' | 'rollback'> = {
        TRANS_STMT_BEGIN: 'begin',
        TRANS_STMT_START: 'begin',
        TRANS_STMT_COMMIT: 'commit',
        TRANS_STMT_ROLLBACK: 'rollback',
      };
      const transaction = kinds[String(node.kind)];
      return transaction ? { ...base, transaction } : base;
    }
    case 'VariableSetStmt': {
      if (typeof node.name !== 'string') return base;
      const value = constantText(node.args?.[0]);
      return { ...base, setting: { name: node.name.toLowerCase(), ...(value === undefined ? {} : { value }), local: node.is_local === true } };
    }
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
        alterations: commands.map(alterationOf),
      };
    }
    default:
      return base;
  }
}

const ALTER_COMMANDS: Record<string, SqlAlteration['command']> = {
  AT_AddColumn: 'add-column',
  AT_DropColumn: 'drop-column',
  AT_AlterColumnType: 'alter-column-type',
  AT_SetNotNull: 'set-not-null',
  AT_DropNotNull: 'drop-not-null',
  AT_AddConstraint: 'add-constraint',
  AT_ValidateConstraint: 'validate-constraint',
  AT_DropConstraint: 'drop-constraint',
  AT_AttachPartition: 'attach-partition',
  AT_DetachPartition: 'detach-partition',
};

function alterationOf(command: PgNode): SqlAlteration {
  const subtype = String(command.subtype);
  if (subtype === 'AT_ColumnDefault') {
    return { command: command.def === undefined ? 'drop-default' : 'set-default', ...(command.name ? { name: command.name } : {}), ...(command.def ? { defaultFunctions: functionsIn(command.def) } : {}) };
  }
  const alteration: SqlAlteration = { command: ALTER_COMMANDS[subtype] ?? 'other' };
  if (typeof command.name === 'string') alteration.name = command.name;
  const column: PgNode | undefined = command.def?.ColumnDef;
  if (column) {
    if (typeof column.colname === 'string') alteration.name = column.colname;
    const type = typeNameOf(column.typeName);
    if (type !== undefined) alteration.typeName = type;
    for (const item of column.constraints ?? []) {
      const constraint: PgNode = item.Constraint ?? {};
      if (constraint.contype === 'CONSTR_NOTNULL' || constraint.contype === 'CONSTR_PRIMARY') alteration.notNull = true;
      if (constraint.contype === 'CONSTR_DEFAULT') alteration.defaultFunctions = functionsIn(constraint.raw_expr);
      if (constraint.contype === 'CONSTR_GENERATED') alteration.generatedStored = true;
      if (constraint.contype === 'CONSTR_IDENTITY') alteration.identity = true;
    }
  }
  const constraint: PgNode | undefined = command.def?.Constraint;
  if (alteration.command === 'add-constraint' && constraint) alteration.constraint = constraintOf(constraint);
  const partition: PgNode | undefined = command.def?.PartitionCmd;
  if (partition) {
    const name = rangeVarName(partition.name);
    if (name !== undefined) alteration.name = name;
    if (partition.concurrent === true) alteration.concurrently = true;
  }
  return alteration;
}

const CONSTRAINT_TYPES: Record<string, SqlConstraint['type']> = {
  CONSTR_CHECK: 'check',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary-key',
  CONSTR_FOREIGN: 'foreign-key',
  CONSTR_EXCLUSION: 'exclusion',
};

function constraintOf(constraint: PgNode): SqlConstraint {
  const referenced = rangeVarName(constraint.pktable);
  const notNullColumn = constraint.contype === 'CONSTR_CHECK' ? notNullTestColumn(constraint.raw_expr) : undefined;
  const columns = ((constraint.keys ?? []) as PgNode[]).map((key) => key.String?.sval).filter((name): name is string => typeof name === 'string');
  return {
    ...(notNullColumn === undefined ? {} : { notNullColumn }),
    type: CONSTRAINT_TYPES[String(constraint.contype)] ?? 'other',
    ...(typeof constraint.conname === 'string' ? { name: constraint.conname } : {}),
    notValid: constraint.skip_validation === true,
    ...(typeof constraint.indexname === 'string' ? { usingIndex: constraint.indexname } : {}),
    ...(referenced === undefined ? {} : { referencedTable: referenced }),
    ...(columns.length > 0 ? { columns } : {}),
  };
}

/** The tables a CREATE TABLE's REFERENCES clauses (column or table constraints) point to. */
function createdForeignKeys(elements: PgNode[]): string[] {
  const constraints = elements.flatMap((element) => [
    ...(element.Constraint ? [element.Constraint] : []),
    ...((element.ColumnDef?.constraints ?? []) as PgNode[]).map((item) => item.Constraint ?? {}),
  ]);
  return constraints
    .filter((constraint) => constraint.contype === 'CONSTR_FOREIGN')
    .map((constraint) => rangeVarName(constraint.pktable))
    .filter((name): name is string => name !== undefined);
}

/** `varchar(64)`, `int8`, `uuid`: the type's last name with its modifiers. */
function typeNameOf(typeName: PgNode | undefined): string | undefined {
  const names: PgNode[] = typeName?.names ?? [];
  const last = names[names.length - 1]?.String?.sval;
  if (typeof last !== 'string') return undefined;
  const modifiers = ((typeName?.typmods ?? []) as PgNode[]).map((item) => item.A_Const?.ival?.ival).filter((value) => typeof value === 'number');
  return modifiers.length > 0 ? `${last}(${modifiers.join(', ')})` : last;
}

/** The names of the functions an expression calls (`gen_random_uuid`, `now`), lower-case, without schema. */
function functionsIn(expression: unknown): string[] {
  const names = new Set<string>();
  eachNode([expression], (node) => {
    const funcname: PgNode[] | undefined = node.FuncCall?.funcname;
    const last = funcname?.[funcname.length - 1]?.String?.sval;
    if (typeof last === 'string') names.add(last.toLowerCase());
  });
  return [...names];
}

/** Every object node of these parse subtrees (iteratively: parse trees of generated SQL can be deep). */
function eachNode(roots: unknown[], visit: (node: PgNode) => void): void {
  const stack: unknown[] = roots.filter((root) => root !== undefined);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    visit(node as PgNode);
    stack.push(...Object.values(node));
  }
}

/** `column IS NOT NULL` → column; anything else → undefined. */
function notNullTestColumn(expression: PgNode | undefined): string | undefined {
  const test = expression?.NullTest;
  if (test?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields: PgNode[] | undefined = test.arg?.ColumnRef?.fields;
  const last = fields?.[fields.length - 1]?.String?.sval;
  return typeof last === 'string' ? last : undefined;
}

/**
 * The column a CHECK condition written for `op.create_check_constraint(…, "email IS NOT NULL")` proves
 * not null; undefined for any other condition, or text PostgreSQL's parser does not read as one expression.
 */
export async function notNullColumnOfCondition(condition: string): Promise<string | undefined> {
  if (condition.length > MAX_SQL_LENGTH) return undefined;
  const result = await parseTree(`SELECT (${condition})`);
  if ('error' in result || result.stmts?.length !== 1) return undefined;
  const targets = result.stmts[0]?.stmt.SelectStmt?.targetList as PgNode[] | undefined;
  return targets?.length === 1 ? notNullTestColumn(targets[0]?.ResTarget?.val) : undefined;
}

/** A SET value as text: '5s' → 5s, 1000 → 1000; undefined for DEFAULT or an expression. */
function constantText(argument: PgNode | undefined): string | undefined {
  const constant = argument?.A_Const;
  if (!constant) return undefined;
  if (constant.sval) return String(constant.sval.sval ?? '');
  if (constant.ival) return String(constant.ival.ival ?? 0);
  if (constant.fval) return String(constant.fval.fval ?? '');
  return undefined;
}

/**
 * The functions a SQL expression calls, e.g. a `server_default=sa.text("gen_random_uuid()")`: undefined
 * when the text is not one expression PostgreSQL's parser accepts.
 */
export async function functionsOfExpression(expression: string): Promise<string[] | undefined> {
  if (expression.length > MAX_SQL_LENGTH) return undefined;
  const result = await parseTree(`SELECT (${expression})`);
  if ('error' in result || result.stmts?.length !== 1) return undefined;
  const targets: unknown = result.stmts[0]?.stmt.SelectStmt?.targetList;
  return targets === undefined ? undefined : functionsIn(targets);
}

/**
 * The columns a DELETE's WHERE removes every NULL row of: the WHERE is `c IS NULL`, or an OR with
 * such an arm (an AND narrows it to some of them).
 */
function nullRowsDeleted(where: PgNode | undefined): string[] {
  if (!where) return [];
  const test = where.NullTest;
  if (test) {
    const fields = (test.arg?.ColumnRef?.fields ?? []) as PgNode[];
    const column = fields[fields.length - 1]?.String?.sval;
    return test.nulltesttype === 'IS_NULL' && typeof column === 'string' ? [column] : [];
  }
  const bool = where.BoolExpr;
  if (bool?.boolop === 'OR_EXPR') return ((bool.args ?? []) as PgNode[]).flatMap((arm) => nullRowsDeleted(arm));
  return [];
}

/** Every table (RangeVar) and column (ColumnRef) named anywhere in these parse subtrees. */
function readsOf(roots: unknown[]): { tables: string[]; columns: string[] } {
  const tables = new Set<string>();
  const columns = new Set<string>();
  eachNode(roots, (node) => {
    if (node.RangeVar?.relname) tables.add(node.RangeVar.relname);
    const fields: PgNode[] | undefined = node.ColumnRef?.fields;
    const last = fields?.[fields.length - 1];
    if (last?.String?.sval) columns.add(last.String.sval);
    // `*` / `t.*`: every column.
    else if (last?.A_Star) columns.add('*');
  });
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
