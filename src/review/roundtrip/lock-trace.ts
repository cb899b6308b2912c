/**
 * The lock trace: the migration's offline SQL run statement by statement on the seeded scratch
 * database inside one transaction (as Alembic runs it), with this session's pg_locks and the tables'
 * relfilenode read after each statement (python/preflight_alembic.py locktrace). Here, pure: what
 * each statement took, what the static lock table (src/analysis/locks) says it takes, and where the
 * two disagree.
 */
import { lockEffect, strongestLock } from '../../analysis/locks/pg-locks.js';
import { statementSchemaChanges } from '../../analysis/operations/schema-changes.js';
import { LOCK_MODES, type LockMode, type SchemaChangeKind } from '../../model/schema-change.js';
import type { SqlStatement } from '../../model/sql.js';

/** One statement as the helper measured it. */
export interface TracedStatement {
  sql: string;
  /** The server's error; the trace stops there, as Alembic would. */
  error: string | null;
  /** Table locks the statement took (not held before it), by table as named before it, in pg_locks' spelling (RowExclusiveLock). */
  taken: Record<string, string[]>;
  /** Every table lock the session holds after the statement. */
  held: Record<string, string[]>;
  /** Tables whose relfilenode changed during the statement. */
  rewritten: string[];
}

export interface LockTraceRow {
  sql: string;
  error: string | null;
  /** The static lock table's kind of change (e.g. add-column), or null when it knows none for the statement. */
  kind: string | null;
  table: string | null;
  expected: { lock: LockMode | 'none'; rewrite: boolean; otherTables: { table: string; lock: LockMode }[] } | null;
  /** Modes this statement took on each table (not held before it). */
  taken: Record<string, LockMode[]>;
  rewritten: string[];
  /** Where the trace and the static table differ (empty: they agree). */
  disagreements: string[];
}

export interface LockTrace {
  serverVersion: number;
  statements: LockTraceRow[];
  /** No statement where the trace and the lock table differ. */
  agree: boolean;
  /** Every statement ran (false: the trace stopped at a failing one, as Alembic would). */
  complete: boolean;
}

/**
 * A change of the migration's own schema-change model (src/analysis/operations), in upgrade order:
 * it knows what one SQL statement alone does not (the old type of a widened column, a NOT NULL
 * check validated earlier), so it is the static side wherever a statement can be matched to it.
 */
export interface ModelChange {
  kind: SchemaChangeKind;
  table?: string;
  otherTable?: string;
  name?: string;
}

/** pg_locks spells modes "ShareRowExclusiveLock". */
const PG_NAME = new Map<string, LockMode>(LOCK_MODES.map((mode) => [`${mode.split(' ').map((word) => word[0] + word.slice(1).toLowerCase()).join('')}Lock`, mode]));

const fromPgLocks = (names: readonly string[]): LockMode[] => names.flatMap((name) => (PG_NAME.has(name) ? [PG_NAME.get(name)!] : []));

/** `public.users`, `"Users"` → the key pg_locks is read under (`users`, `Users`; other schemas as `schema.table`). */
export function relationKey(name: string): string {
  const parts = name.split('.').map((part) => (part.startsWith('"') && part.endsWith('"') ? part.slice(1, -1) : part.toLowerCase()));
  if (parts.length === 2 && parts[0] === 'public') return parts[1]!;
  return parts.join('.');
}

/** Alembic's own bookkeeping (the version row) is not the migration's. */
const BOOKKEEPING = new Set(['alembic_version']);

/**
 * Compares each traced statement with the static lock table. `statements` are the summaries of the
 * same SQL (analyzeSql), one per traced statement.
 */
export function compareLockTrace(traced: readonly TracedStatement[], statements: readonly SqlStatement[], serverMajor: number, model: readonly ModelChange[] = []): LockTrace {
  // Statements are matched to the model in order: the next unmatched change on the same table (or, for
  // a statement without one, of the same kind). Alembic renders one op call as one or more statements.
  let next = 0;
  const fromModel = (change: ModelChange): ModelChange => {
    const sameTable = (candidate: ModelChange): boolean =>
      change.table !== undefined ? candidate.table !== undefined && relationKey(candidate.table) === relationKey(change.table) : candidate.table === undefined && candidate.kind === change.kind;
    for (let index = next; index < model.length; index++) {
      if (sameTable(model[index]!)) {
        next = index + 1;
        return { ...change, ...model[index]!, ...(change.table !== undefined ? { table: change.table } : {}) };
      }
    }
    return change;
  };
  let before = new Map<string, Set<LockMode>>();
  const rows: LockTraceRow[] = traced.map((entry, index) => {
    const taken: Record<string, LockMode[]> = {};
    for (const [table, names] of Object.entries(entry.taken ?? {})) {
      if (!BOOKKEEPING.has(table)) taken[table] = fromPgLocks(names);
    }
    const heldBefore = before;
    before = new Map(Object.entries(entry.held ?? {}).map(([table, names]) => [table, new Set(fromPgLocks(names))]));
    const rewritten = entry.rewritten.filter((table) => !BOOKKEEPING.has(table));
    const statement = statements[index];
    const own = statement ? statementSchemaChanges(statement)[0] : undefined;
    const change = own && !(own.table && BOOKKEEPING.has(relationKey(own.table))) ? fromModel(own) : own;
    const base = { sql: entry.sql, error: entry.error, taken, rewritten };
    if (!change) return { ...base, kind: null, table: null, expected: null, disagreements: [] };

    if (change.table && BOOKKEEPING.has(relationKey(change.table))) return { ...base, kind: null, table: relationKey(change.table), expected: null, disagreements: [] };
    const effect = lockEffect(change.kind, serverMajor);
    // DROP INDEX names the index, not its table: the one table the statement locked is it.
    const lockedTables = Object.keys(taken);
    const table = change.table ? relationKey(change.table) : lockedTables.length === 1 ? lockedTables[0]! : null;
    const otherTables = change.otherTable && effect.otherTables ? effect.otherTables.map((other) => ({ table: relationKey(change.otherTable!), lock: other.lock })) : [];
    const expected = { lock: effect.lock, rewrite: effect.rewrite, otherTables };
    const disagreements: string[] = [];
    if (entry.error === null) {
      const check = (name: string | null, lock: LockMode | 'none', what: string): void => {
        if (name === null) {
          if (lock !== 'none' && lockedTables.length > 0) disagreements.push(`${what}: expected ${lock}, the trace cannot tell which table it is`);
          return;
        }
        const measured = strongestLock(taken[name] ?? []);
        const alreadyHeld = lock !== 'none' && heldBefore.get(name)?.has(lock) === true;
        const agrees = measured === lock || (alreadyHeld && (measured === 'none' || LOCK_MODES.indexOf(measured) < LOCK_MODES.indexOf(lock)));
        if (!agrees) disagreements.push(`${what} ${name}: the lock table says ${lock}, the trace took ${measured === 'none' ? 'no new lock' : measured}`);
      };
      check(table, effect.lock, 'lock on');
      for (const other of otherTables) check(other.table, other.lock, 'lock on the referenced table');
      if (table !== null && rewritten.includes(table) !== effect.rewrite) {
        disagreements.push(`rewrite of ${table}: the lock table says ${effect.rewrite ? 'rewritten' : 'not rewritten'}, the relfilenode ${rewritten.includes(table) ? 'changed' : 'stayed'}`);
      }
    }
    return { ...base, kind: change.kind, table, expected, disagreements };
  });
  return {
    serverVersion: serverMajor,
    statements: rows,
    agree: rows.every((row) => row.disagreements.length === 0),
    complete: rows.length === statements.length && rows.every((row) => row.error === null),
  };
}
