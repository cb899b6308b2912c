/**
 * add-column-not-null-without-default: the guide's pattern — add the column nullable, backfill the existing rows,
 * then make it NOT NULL (on SQLite a server_default of the value instead: the one way it adds such a column in
 * place). The value is the author's: without one (`--fix-value users.country=US`, or the wizard's question) the
 * fix says what it needs and writes nothing.
 */
import type { Node } from 'web-tree-sitter';
import type { Dialect } from '../model/project.js';
import { addedColumns } from '../rules/add-column-not-null-without-default.js';
import { pythonQuoted, pythonString } from '../rules/shared/snippets.js';
import type { FixProposal } from './edits.js';
import { linesAfter } from './functions.js';
import { textCallee } from './raw-sql-string-execute.js';
import { callNodeOf, lineAfter, setKeyword, statementOf } from './syntax.js';
import type { Fixer } from './types.js';

/**
 * Words PostgreSQL, MySQL or SQLite reserve that are common table or column names (`user`, `order`): quoted in the
 * UPDATE, as are names that are not plain lower-case identifiers (SQLAlchemy created those quoted).
 */
const COMMON_RESERVED = new Set([
  'all', 'and', 'asc', 'check', 'column', 'constraint', 'default', 'desc', 'end', 'from', 'group', 'index', 'key',
  'limit', 'not', 'null', 'offset', 'or', 'order', 'primary', 'range', 'rank', 'references', 'select', 'table', 'to',
  'user', 'where', 'window',
]);

function sqlName(name: string, dialect: Dialect): string {
  return name
    .split('.')
    .map((part) => {
      if (/^[a-z_][a-z0-9_]*$/.test(part) && !COMMON_RESERVED.has(part)) return part;
      return dialect === 'mysql' ? `\`${part.replace(/`/g, '``')}\`` : `"${part.replace(/"/g, '""')}"`;
    })
    .join('.');
}

/**
 * An author's value as a Python literal: a number, true/false, or text (quotes around it optional, so
 * `--fix-value users.code="'42'"` gives the text 42). Undefined for an empty value.
 */
export function pythonLiteral(value: string, quote: (text: string) => string = pythonString): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true' ? 'True' : 'False';
  const quoted = /^'(.*)'$|^"(.*)"$/s.exec(trimmed);
  return quote(quoted ? (quoted[1] ?? quoted[2]!) : trimmed);
}

export const addColumnNotNullWithoutDefaultFix: Fixer = ({ operation, migration, source, settings, values }): FixProposal | undefined => {
  const added = addedColumns(migration).find((each) => each.operation === operation);
  if (added?.verdict !== 'missing-default') return undefined;
  const { column, tableName: table, name } = added;
  if (operation.via || operation.loopIterable !== undefined || operation.dialects || operation.receiver !== 'op') {
    return { kind: 'manual', reason: 'the column is added in a helper, a loop, a dialect branch or a batch block: add it nullable, backfill it and make it NOT NULL by hand' };
  }
  const nullable = column.kwargs['nullable'];
  if (nullable?.kind !== 'bool' || nullable.value) return { kind: 'manual', reason: 'the column is NOT NULL without nullable=False (a primary key?): restructure it by hand' };
  const call = callNodeOf(source.root, operation);
  const statement = call && statementOf(call);
  const columnCall = call?.descendantsOfType('call').find((node): node is Node => node !== null && node.startIndex !== call.startIndex && node.text === column.text);
  if (!call || !statement || !columnCall) return undefined;
  const key = `${table}.${name}`;
  const type = column.kwargs['type_'] ?? column.args[1];
  const typeText = type && type.kind !== 'str' && !/(^|\.)(ForeignKey|Identity|Computed|Sequence)$/.test(type.kind === 'call' ? type.callee : '') ? type.text : undefined;
  const given = values?.get(key);
  if (given === undefined) {
    return {
      kind: 'needs-value',
      reason: `what the existing rows of ${table} get in ${name} (--fix-value ${key}=VALUE)`,
      value: { key, prompt: `Value for ${name} in the existing rows of ${table}`, ...(typeText ? { type: typeText } : {}) },
    };
  }
  // Strings in the quotes the call itself uses.
  const q = operation.args[0]?.text.startsWith('"') ? pythonQuoted : pythonString;
  const literal = pythonLiteral(given, q);
  if (literal === undefined) return { kind: 'manual', reason: `--fix-value ${key} is empty: give the value the existing rows get` };
  const callee = textCallee(source);
  if (typeof callee === 'string') return { kind: 'manual', reason: callee };
  const imports = callee.importAfter ? [lineAfter(source, callee.importAfter, 'import sqlalchemy as sa')] : [];

  if (settings.dialect === 'sqlite') {
    // SQLite cannot make a column NOT NULL in place (a batch copy of the table, which also cannot render offline);
    // it does take ADD COLUMN … NOT NULL DEFAULT, which fills the existing rows.
    const serverDefault = /^(True|False|-?\d)/.test(literal) ? `${callee.callee}(${q(literal === 'True' ? '1' : literal === 'False' ? '0' : literal)})` : literal;
    const defaultEdits = setKeyword(source, columnCall, 'server_default', serverDefault);
    if (typeof defaultEdits === 'string') return { kind: 'manual', reason: defaultEdits };
    return {
      kind: 'edits',
      description: `add ${key} with server_default ${serverDefault}, which the existing rows get (SQLite makes a column NOT NULL only by copying the table)`,
      edits: [...imports, ...defaultEdits],
    };
  }
  const nullableEdits = setKeyword(source, columnCall, 'nullable', 'True');
  if (typeof nullableEdits === 'string') return { kind: 'manual', reason: nullableEdits };
  const column_ = sqlName(name, settings.dialect);
  const sql = `UPDATE ${sqlName(table, settings.dialect)} SET ${column_} = :value WHERE ${column_} IS NULL`;
  const existing = typeText ? `, existing_type=${typeText}` : '';
  const lines = [
    `op.execute(${callee.callee}(${sql.includes('"') ? pythonString(sql) : q(sql)}).bindparams(value=${literal}))`,
    `op.alter_column(${q(table)}, ${q(name)}${existing}, nullable=False)`,
  ];
  const after = linesAfter(source, statement, lines);
  if (typeof after === 'string') return { kind: 'manual', reason: after };
  return {
    kind: 'edits',
    description: `add ${key} nullable, backfill the existing rows with ${literal}, then make it NOT NULL`,
    edits: [...imports, ...nullableEdits, after],
  };
};
