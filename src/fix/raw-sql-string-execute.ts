/** raw-sql-string-execute: the plain string wrapped in `sa.text(…)` (or the driver's `exec_driver_sql` for `%s` parameters). */
import type { Node } from 'web-tree-sitter';
import { sqlOf } from '../model/facts.js';
import type { FixProposal } from './edits.js';
import { callNodeOf, lineAfter, moduleBindsName, moduleImports, type FixSource } from './syntax.js';
import type { Fixer } from './types.js';

const TEXT_MODULES = new Set(['sqlalchemy', 'sqlalchemy.sql', 'sqlalchemy.sql.expression']);

/**
 * How the module already spells `text`: `from sqlalchemy import text [as t]` → that name; `import sqlalchemy as sa` →
 * `sa.text`. Otherwise `sa.text` with `import sqlalchemy as sa` added, unless `sa` means something else here.
 */
export function textCallee(source: FixSource): { callee: string; importAfter?: Node } | string {
  const imports = moduleImports(source.root);
  let moduleAlias: string | undefined;
  for (const statement of imports) {
    if (statement.type === 'import_from_statement' && TEXT_MODULES.has(statement.childForFieldName('module_name')?.text ?? '')) {
      for (const name of statement.childrenForFieldName('name')) {
        if (name?.type === 'dotted_name' && name.text === 'text') return { callee: 'text' };
        if (name?.type === 'aliased_import' && name.childForFieldName('name')?.text === 'text') return { callee: name.childForFieldName('alias')!.text };
      }
    }
    if (statement.type === 'import_statement') {
      for (const name of statement.childrenForFieldName('name')) {
        if (name?.type === 'aliased_import' && name.childForFieldName('name')?.text === 'sqlalchemy') moduleAlias ??= name.childForFieldName('alias')!.text;
        if (name?.type === 'dotted_name' && name.text === 'sqlalchemy') moduleAlias ??= 'sqlalchemy';
      }
    }
  }
  if (moduleAlias) return { callee: `${moduleAlias}.text` };
  if (moduleBindsName(source.root, 'sa') || imports.some((statement) => /\bas\s+sa\b|\bimport\s+sa\b/.test(statement.text))) {
    return 'the module uses the name sa for something other than sqlalchemy';
  }
  const last = imports[imports.length - 1];
  if (!last) return 'the module has no imports to add `import sqlalchemy as sa` after';
  return { callee: 'sa.text', importAfter: last };
}

// SQLAlchemy's own pattern for text() bind parameters (TextClause._bind_params_regex), even inside quotes;
// `::int` casts and `\:` are not binds.
const TEXT_BIND = /(?<![:\p{L}\p{N}_\\]):([\p{L}\p{N}_]+)(?!:)/u;

/** The first `:name` sa.text() would take for a bind parameter in this SQL, if any. */
export function textBindParameter(sql: string | undefined): string | undefined {
  return sql === undefined ? undefined : TEXT_BIND.exec(sql)?.[0];
}

export const rawSqlStringExecuteFix: Fixer = ({ finding, operation, source }): FixProposal | undefined => {
  const call = callNodeOf(source.root, operation);
  const args = call?.childForFieldName('arguments');
  if (!call || args?.type !== 'argument_list') return undefined;
  const named = args.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const keywords = named.filter((n) => n.type === 'keyword_argument');
  const statementKeyword = keywords.find((n) => n.childForFieldName('name')?.text === 'statement');
  const positional = named.filter((n) => n.type !== 'keyword_argument');
  const statement = statementKeyword?.childForFieldName('value') ?? positional[0];
  if (!statement || statement.type === 'list_splat' || statement.type === 'dictionary_splat') return undefined;
  const parameters = positional.slice(statementKeyword ? 0 : 1);
  const otherKeywords = keywords.filter((n) => n !== statementKeyword);

  if (finding.message.includes('exec_driver_sql')) {
    // `%s` placeholders with a tuple: the driver runs the statement as it is, through exec_driver_sql.
    if (statementKeyword || parameters.length !== 1 || otherKeywords.length > 0) {
      return { kind: 'manual', reason: 'pass the SQL and one tuple of parameters to exec_driver_sql(); the call has another shape' };
    }
    const method = call.childForFieldName('function')?.childForFieldName('attribute');
    if (!method) return undefined;
    return {
      kind: 'edits',
      description: `${method.text}() → exec_driver_sql(): the driver binds the %s parameters`,
      edits: [{ start: method.startIndex, end: method.endIndex, text: 'exec_driver_sql' }],
    };
  }
  if (otherKeywords.length > 0 || parameters.length > 1) {
    // SQLAlchemy 2.x takes the parameters as one dict: turning keywords or several values into it is the author's call.
    return { kind: 'manual', reason: 'the parameters must become one dict of :name values for sa.text(); rewrite them by hand' };
  }
  // With a dict of values the `:name`s are meant as binds; without one, text() would make a literal colon a bind.
  const bind = parameters.length === 0 ? textBindParameter(sqlOf(operation)?.sql) : undefined;
  if (bind !== undefined) {
    return { kind: 'manual', reason: `sa.text() reads ${bind} in the SQL as a bind parameter (and then needs a value for it): escape it as \\${bind} by hand` };
  }
  const callee = textCallee(source);
  if (typeof callee === 'string') return { kind: 'manual', reason: callee };
  return {
    kind: 'edits',
    description: `wrap the SQL in ${callee.callee}()${callee.importAfter ? ' (import sqlalchemy as sa added)' : ''}`,
    edits: [
      ...(callee.importAfter ? [lineAfter(source, callee.importAfter, 'import sqlalchemy as sa')] : []),
      { start: statement.startIndex, end: statement.startIndex, text: `${callee.callee}(` },
      { start: statement.endIndex, end: statement.endIndex, text: ')' },
    ],
  };
};
