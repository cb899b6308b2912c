/**
 * What Preflight knows of one SQL statement, from libpg-query's parse tree (src/analysis/sql/analyze.ts
 * builds it). Rules look at these summaries, never at SQL text.
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
  /** UPDATE: the columns it sets. ALTER TABLE: the columns it drops. CREATE TABLE: the columns it defines. */
  columns: string[];
  /** DELETE/UPDATE: has a WHERE clause. */
  hasWhere?: boolean;
  /**
   * DELETE: the columns whose every NULL row it removes (`WHERE c IS NULL`, or `… OR c IS NULL`): after it,
   * the column holds no NULL, as after a backfill.
   */
  deletesNullsOf?: string[];
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
  /** ALTER TABLE: each sub-command, as the schema-change model needs it. */
  alterations?: SqlAlteration[];
  /** CREATE TABLE: the tables its REFERENCES clauses point to. */
  referencedTables?: string[];
  /** CREATE TABLE … AS SELECT and SELECT … INTO: the table it creates, schema-qualified as written (kind stays 'other'). */
  createdTableAs?: string;
  /** CREATE TEMPORARY TABLE, with or without AS. */
  temporary?: boolean;
  /** ALTER TABLE … RENAME [COLUMN]: what is renamed (kind stays 'other'). */
  rename?: { what: 'table' | 'column'; table: string; from: string; to: string };
  /**
   * Reads or writes rows, or sets the session's options (SELECT, INSERT, UPDATE, DELETE, MERGE, SHOW, SET/RESET,
   * ANALYZE/VACUUM, LOCK, and EXPLAIN of one of these): the schema stays as it is. Not a SELECT … INTO.
   */
  leavesSchema?: true;
  /** Returns rows to the caller: SELECT (not … INTO), SHOW, EXPLAIN, or any statement with RETURNING. */
  returnsRows?: true;
  /** ALTER TYPE … ADD VALUE: the new value (unquoted). */
  enumValue?: string;
  /** CREATE [OR REPLACE] VIEW: the view's name, schema-qualified as written (kind stays 'other'). */
  createsView?: string;
  /** SET [LOCAL] name = value (kind stays 'other'). */
  setting?: { name: string; value?: string; local: boolean };
  /** BEGIN / START TRANSACTION, COMMIT / END, ROLLBACK (kind stays 'other'). */
  transaction?: 'begin' | 'commit' | 'rollback';
}

/** One sub-command of an ALTER TABLE, read from the parse tree. */
export interface SqlAlteration {
  command:
    | 'add-column'
    | 'drop-column'
    | 'alter-column-type'
    | 'set-not-null'
    | 'drop-not-null'
    | 'set-default'
    | 'drop-default'
    | 'add-constraint'
    | 'validate-constraint'
    | 'drop-constraint'
    | 'attach-partition'
    | 'detach-partition'
    | 'other';
  /** The column (add/drop/alter column) or the constraint (validate/drop constraint) or the partition it names. */
  name?: string;
  /** add-column, alter-column-type: the type as written (`uuid`, `int8`, `varchar`), with its modifiers when given. */
  typeName?: string;
  /** add-column: the column definition's NOT NULL, DEFAULT (with the functions the default calls), GENERATED … STORED, IDENTITY. */
  notNull?: boolean;
  defaultFunctions?: string[];
  generatedStored?: boolean;
  identity?: boolean;
  /** add-constraint. */
  constraint?: SqlConstraint;
  /** detach-partition … CONCURRENTLY. */
  concurrently?: boolean;
}

export interface SqlConstraint {
  type: 'check' | 'unique' | 'primary-key' | 'foreign-key' | 'exclusion' | 'other';
  name?: string;
  notValid: boolean;
  /** ADD CONSTRAINT … UNIQUE / PRIMARY KEY USING INDEX name. */
  usingIndex?: string;
  referencedTable?: string;
  /** CHECK (column IS NOT NULL): the column it proves has no NULLs (SET NOT NULL skips its scan after it, PostgreSQL 12+). */
  notNullColumn?: string;
  /** UNIQUE / PRIMARY KEY (columns): the columns, as written. */
  columns?: string[];
}

export type SqlAnalysis =
  | { ok: true; statements: SqlStatement[] }
  /** `tooLarge`: refused for its size before parsing, so nothing is known about it on any database. */
  | { ok: false; error: string; offset: number; tooLarge?: true };
