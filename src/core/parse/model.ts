/**
 * The facts Preflight extracts from one Alembic version file. Everything the rules,
 * the graph and the checklist need is here, as plain data (it is also what the
 * on-disk cache stores), so no rule ever looks at the syntax tree.
 */

/** A Python expression, resolved to a literal where it is one. */
export type PyValue =
  | { kind: 'str'; value: string; text: string }
  | { kind: 'num'; value: number; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  | { kind: 'none'; text: string }
  | { kind: 'list'; items: PyValue[]; text: string }
  | { kind: 'call'; callee: string; args: PyValue[]; kwargs: Record<string, PyValue>; text: string }
  | { kind: 'name'; name: string; text: string }
  | { kind: 'expr'; text: string };

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
  /** Source text of the object the method is called on (`op`, `batch_op`, `conn`, `op.get_bind()`). */
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
  /** Inside `with op.get_context().autocommit_block():`. */
  inAutocommit: boolean;
  /** Source text of the iterable when inside a `for` loop (`inspector.get_table_names()`). */
  loopIterable?: string;
  /** Position among the function's operations, in source order. */
  index: number;
}

/** A call that is not a migration operation but matters to a rule (`Base.metadata.drop_all(bind)`). */
export interface OtherCall {
  callee: string;
  function: MigrationFunction;
  line: number;
  column: number;
  guards: EnvGuard[];
  text: string;
}

/** SQL text passed to an execute call. */
export interface SqlSource {
  /** The SQL when it is a literal string (plain, concatenated or inside text()); undefined for f-strings/variables. */
  sql?: string;
  /** Wrapped in `sa.text(...)` / `text(...)`. */
  wrappedInText: boolean;
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
  upgrade?: FunctionFacts;
  downgrade?: FunctionFacts;
  operations: Operation[];
  otherCalls: OtherCall[];
  comments: Comment[];
  parseError?: ParseProblem;
  /** Set when the file's `revision` cannot be read as a string literal (tuple assignment, a call, …). */
  revisionProblem?: { line: number; message: string };
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
  if (value.kind === 'call' && /(^|\.)text$/.test(value.callee)) {
    const inner = value.args[0];
    return { sql: inner?.kind === 'str' ? inner.value : undefined, wrappedInText: true };
  }
  return { sql: undefined, wrappedInText: value.kind === 'call' };
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
