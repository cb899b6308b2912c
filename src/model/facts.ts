/**
 * The facts Preflight extracts from one Alembic version file. Everything the rules,
 * the graph and the checklist need is here, as plain data (it is also what the
 * on-disk cache stores), so no rule ever looks at the syntax tree.
 */
import type { SqlAnalysis } from './sql.js';

/** A Python expression, resolved to a literal where it is one. */
export type PyValue =
  | { kind: 'str'; value: string; text: string }
  | { kind: 'num'; value: number; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  | { kind: 'none'; text: string }
  | { kind: 'list'; items: PyValue[]; text: string }
  | { kind: 'call'; callee: string; args: PyValue[]; kwargs: Record<string, PyValue>; text: string }
  | { kind: 'name'; name: string; text: string }
  | { kind: 'expr'; text: string; template?: StringTemplatePart[] };

/**
 * A string built from constant text and interpolated parts (f-string, `%`, `.format()`, `+`): a
 * constant piece, or `{ unknown }` with the source of an interpolated value that is not known.
 */
export type StringTemplatePart = string | { unknown: string };

/** A call through which an operation is reached: `_drop_fk()` called at `line` (of the caller). */
export interface HelperCall {
  name: string;
  line: number;
}

/** Database dialects a branch runs on: `if op.get_bind().dialect.name == "mysql":` → `{ only: ['mysql'] }`. */
export type DialectCondition = { only: string[] } | { except: string[] };

export type MigrationFunction = 'upgrade' | 'downgrade';

/** Where a guard tests the environment: `if os.getenv("ENVIRONMENT") == "production": raise …`. */
export interface EnvGuard {
  /** Environment variable names the condition reads (string literal arguments). */
  variables: string[];
  line: number;
  /** true when the guard is an `if` whose body raises, placed before the operation (the guide's pattern). */
  raisesBefore: boolean;
}

/** A call like `op.add_column(...)`, `batch_op.drop_column(...)` or `connection.execute(...)`. */
export interface Operation {
  /** The method name: `add_column`, `drop_table`, `execute`, … */
  name: string;
  /** `op` for Alembic's op, `batch` inside `batch_alter_table`, `connection` for a bind/connection. */
  receiver: 'op' | 'batch' | 'connection';
  /**
   * Source text of the object the method is called on (`op`, `batch_op`, `conn`, `op.get_bind()`); empty for an op
   * function imported on its own and called bare (`from alembic.op import add_column`). See `calledAs`.
   */
  receiverText: string;
  /** For batch operations: the table named in `op.batch_alter_table(...)`. */
  batchTable?: string;
  args: PyValue[];
  kwargs: Record<string, PyValue>;
  function: MigrationFunction;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  /** The call's source text. */
  text: string;
  /** Environment guards that protect this operation (empty when unguarded). */
  guards: EnvGuard[];
  /**
   * Outside the migration's transaction: inside `with op.get_context().autocommit_block():`, or after
   * the function switched its connection to AUTOCOMMIT (see MigrationFacts.autocommitSwitches).
   */
  inAutocommit: boolean;
  /** Source text of the iterable when inside a `for` loop (`inspector.get_table_names()`). */
  loopIterable?: string;
  /**
   * Names bound by the enclosing `for` loops over non-literal iterables, with each loop's iterable text
   * (`for table, column in rows:` → `{ table: 'rows', column: 'rows' }`); through a helper's parameters too.
   */
  loopNames?: Record<string, string>;
  /** Position among the function's operations, in the order they run (helpers inlined). */
  index: number;
  /**
   * Set when the operation is inside a module-level function that upgrade()/downgrade() calls: the call
   * chain from the migration function (`[{ name: '_drop_fk', line: 12 }]`). line/column are inside the helper.
   */
  via?: HelperCall[];
  /** Inside a branch that runs only on some database dialects. */
  dialects?: DialectCondition;
}

/**
 * `op.get_bind().execution_options(isolation_level="AUTOCOMMIT")` in a migration function: the statements
 * after it run outside the migration's transaction (psycopg2 ends that transaction when the level changes).
 */
export interface AutocommitSwitch {
  function: MigrationFunction;
  line: number;
  column: number;
  /** The call's source text. */
  text: string;
  via?: HelperCall[];
}

/** A call that is not a migration operation but matters to a rule (`Base.metadata.drop_all(bind)`). */
export interface OtherCall {
  callee: string;
  function: MigrationFunction;
  line: number;
  column: number;
  guards: EnvGuard[];
  text: string;
  /**
   * The string literals it is given (positional or keyword, up to 128 characters each) when it is a function
   * Preflight cannot see into (not one of the module's own, whose body is walked): `try_drop_constraint("RULES_CHK",
   * "rules")` names what it may change. Absent when none.
   */
  literals?: string[];
  via?: HelperCall[];
  dialects?: DialectCondition;
}

/**
 * A SQLAlchemy Core statement built in a migration function (`sa.select(users)`, `users.update().values(…)`,
 * `session.query(users)`), read from the syntax tree. Tables are the Core `table()` / `sa.Table(…)` objects the
 * module or function defines, by their SQL name.
 */
export interface CoreStatement {
  kind: 'select' | 'update' | 'insert' | 'delete';
  /** update/insert/delete: the table written. */
  target?: string;
  /**
   * What it reads: a select's selected tables and columns (a whole table: the columns its `table()` declares),
   * an update's or insert's `values()` and `from_select()` (`users.c.name`, nested selects). Not filters (where()).
   */
  reads: { tables: string[]; columns: string[] };
  function: MigrationFunction;
  line: number;
  column: number;
  /** Run order: it runs after the function's operations with a lower `index` and before those with this one or higher. */
  at: number;
  via?: HelperCall[];
  dialects?: DialectCondition;
}

/** SQL text passed to an execute call. */
export interface SqlSource {
  /**
   * The SQL when its text is known: a literal (plain, concatenated, inside text(), through a variable) or
   * a string built by f-string / `%` / `.format()` whose constant parts form the statement. Interpolated
   * values that are not known stand in as quoted identifiers named after their source (`"{name}"`), so
   * PostgreSQL's parser still reads the statement and a table name taken from it reads `{name}`.
   */
  sql?: string;
  /** Wrapped in `sa.text(...)` / `text(...)`. */
  wrappedInText: boolean;
  /** Sources of the interpolated values that are not known (`name` for `{name}`), in order; absent when none. */
  unknownParts?: string[];
}

export interface Comment {
  line: number;
  column: number;
  text: string;
}

export interface FunctionFacts {
  line: number;
  /** Body is only `pass`, `...` and/or a docstring. */
  isEmpty: boolean;
  /** Comments inside the body (e.g. why a downgrade is a no-op). */
  comments: Comment[];
}

export interface ModuleVariable<T> {
  value: T;
  line: number;
}

export interface ParseProblem {
  line: number;
  column: number;
  message: string;
}

export interface MigrationFacts {
  /** Path as given to the parser (the project-relative or absolute path the caller chose). */
  path: string;
  sha256: string;
  revision?: ModuleVariable<string>;
  /** null = base revision; array for merges. undefined when the variable is missing. */
  downRevision?: ModuleVariable<string | string[] | null>;
  branchLabels: string[];
  dependsOn: string[];
  /** First line of the module docstring (Alembic's message). */
  message?: string;
  /** Variable style of the file: `revision: str = …` (annotated) or plain. */
  annotatedVariables: boolean;
  /**
   * The module imports Alembic's op some other way (`from alembic.op import add_column`, `from alembic import op as
   * alembic_op`) and never binds the name `op`: code written with `op.` would fail there (fixes must not add it).
   */
  opUnbound?: true;
  upgrade?: FunctionFacts;
  downgrade?: FunctionFacts;
  operations: Operation[];
  otherCalls: OtherCall[];
  /** Switches of the connection to AUTOCOMMIT through execution_options() (absent when none). */
  autocommitSwitches?: AutocommitSwitch[];
  /** SQLAlchemy Core statements the functions build (absent when none). */
  coreStatements?: CoreStatement[];
  comments: Comment[];
  /** The string entries of a `MetaData(naming_convention={...})` the file builds (absent when none). */
  namingConvention?: Record<string, string>;
  parseError?: ParseProblem;
  /** `revision` is assigned in a way Preflight cannot read, or to an id Alembic refuses (then `revision` is unset). */
  revisionProblem?: RevisionProblem;
  /** Likewise for `down_revision` (then `downRevision` is unset). */
  downRevisionProblem?: RevisionProblem;
}

export interface RevisionProblem {
  line: number;
  message: string;
}

/** The SQL of an execute call, when it has one. */
export function sqlOf(operation: Operation): SqlSource | undefined {
  if (operation.name !== 'execute' && operation.name !== 'exec_driver_sql') return undefined;
  const first = operation.args[0] ?? operation.kwargs['sqltext'] ?? operation.kwargs['statement'];
  if (!first) return undefined;
  return sqlFromValue(first);
}

function sqlFromValue(value: PyValue): SqlSource {
  if (value.kind === 'str') return { sql: value.value, wrappedInText: false };
  if (value.kind === 'expr' && value.template) return { ...renderSqlTemplate(value.template), wrappedInText: false };
  // sa.text("…") and sa.DDL("…") both run their string as SQL.
  if (value.kind === 'call' && /(^|\.)(text|DDL)$/.test(value.callee)) {
    const inner = value.args[0] ?? value.kwargs['text'] ?? value.kwargs['statement'];
    if (inner?.kind === 'expr' && inner.template) return { ...renderSqlTemplate(inner.template), wrappedInText: true };
    return { sql: inner?.kind === 'str' ? inner.value : undefined, wrappedInText: true };
  }
  return { sql: undefined, wrappedInText: value.kind === 'call' };
}

const WORD = /[A-Za-z0-9_$]/;

/**
 * How renderSqlTemplate writes an unknown part: `{source}`, with the quote it stands inside doubled (`"` when it
 * joins a quoted identifier, `'` or `"` inside a literal), so the SQL still parses.
 */
export function standIn(part: string, quote?: "'" | '"'): string {
  const text = `{${part}}`;
  return quote ? text.replaceAll(quote, quote + quote) : text;
}

/**
 * A template's SQL with each unknown part as a stand-in the PostgreSQL parser accepts: inside a quoted
 * literal or identifier its source text (`{name}`), elsewhere a quoted identifier spanning the word it
 * is part of (`{prefix}_users` → `"{prefix}_users"`). A statement whose first word is unknown is not
 * guessed at (sql undefined).
 */
function renderSqlTemplate(parts: StringTemplatePart[]): Pick<SqlSource, 'sql' | 'unknownParts'> {
  const unknownParts = parts.flatMap((part) => (typeof part === 'string' ? [] : [part.unknown]));
  // One character per position: the constant text, and a marker (\u0000 + index) per unknown part.
  const chars: (string | number)[] = [];
  let unknown = 0;
  for (const part of parts) {
    if (typeof part === 'string') for (const ch of part) chars.push(ch);
    else chars.push(unknown++);
  }
  const first = chars.find((ch) => typeof ch === 'number' || /\S/.test(ch));
  if (first === undefined || typeof first === 'number') return { unknownParts };
  let out = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (typeof ch === 'number') {
      if (quote) {
        out += standIn(unknownParts[ch]!, quote);
        continue;
      }
      // The whole word around the unknown part becomes one quoted identifier.
      let start = out.length;
      while (start > 0 && WORD.test(out[start - 1]!)) start--;
      let word = out.slice(start);
      out = out.slice(0, start);
      let j = i;
      for (; j < chars.length; j++) {
        const next = chars[j]!;
        if (typeof next === 'number') word += `{${unknownParts[next]}}`;
        else if (WORD.test(next)) word += next;
        else break;
      }
      out += `"${word.replaceAll('"', '""')}"`; // each stand-in in it as standIn(part, '"') writes it
      i = j - 1;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    }
    out += ch;
  }
  return { sql: out, unknownParts };
}

/** The call as the migration writes it, without arguments: `op.add_column`, `batch_op.alter_column`, `conn.execute`, or a bare `add_column`. */
export function calledAs(operation: Pick<Operation, 'receiverText' | 'name'>): string {
  const receiver = operation.receiverText.replace(/\s+/g, '');
  return receiver ? `${receiver}.${operation.name}` : operation.name;
}

/** Positional argument `index`, or the keyword `name`. */
export function argument(operation: Operation, index: number, name: string): PyValue | undefined {
  return operation.kwargs[name] ?? operation.args[index];
}

export function stringValue(value: PyValue | undefined): string | undefined {
  return value?.kind === 'str' ? value.value : undefined;
}

export function stringList(value: PyValue | undefined): string[] | undefined {
  if (!value) return undefined;
  if (value.kind === 'str') return [value.value];
  if (value.kind !== 'list') return undefined;
  const items = value.items.map(stringValue);
  return items.every((item): item is string => item !== undefined) ? items : undefined;
}

/** A migration with the SQL of its execute calls already parsed (libpg-query is async). */
export interface AnalyzedMigration {
  facts: MigrationFacts;
  /** SQL analysis per index into `facts.operations`, for execute calls with literal SQL. */
  sql: Record<number, SqlAnalysis>;
  /**
   * Per index into `facts.operations`: the functions a `server_default=sa.text("…")` calls, for the
   * add_column / alter_column calls that have one PostgreSQL's parser reads.
   */
  defaults?: Record<number, string[]>;
  /** Per index into `facts.operations`: the column a `create_check_constraint(…, "c IS NOT NULL")` proves not null. */
  notNullChecks?: Record<number, string>;
}
