/**
 * SQLAlchemy naming conventions, as Alembic applies them to the names of constraints and
 * indexes an operation creates (sqlalchemy/sql/naming.py, alembic/operations/schemaobj.py):
 *
 * - a name wrapped in `op.f()` is "already converted" and used as written;
 * - otherwise, when the project's `MetaData(naming_convention=…)` has a template for the kind
 *   and the constraint is unnamed, or the template uses `%(constraint_name)s`, the name is the
 *   rendered template (`create_check_constraint("valid_user", "t", …)` under
 *   `{"ck": "ck_%(table_name)s_%(constraint_name)s"}` is named `ck_t_valid_user`);
 * - otherwise the name is used as written.
 *
 * Pure: the convention itself is read from env.py by the loader (RuleSettings.namingConvention).
 */
import type { ConventionKind, NamingConvention } from '../../model/settings.js';

const KINDS: readonly ConventionKind[] = ['ix', 'uq', 'ck', 'fk', 'pk'];

/** What the templates can refer to, for one constraint or index. */
export interface ConstraintShape {
  kind: ConventionKind;
  table: string;
  columns: string[];
  referredTable?: string;
  referredColumns?: string[];
  /** The name as written; undefined for None. */
  name?: string;
  /** Written as `op.f("…")`: already converted, never rendered again. */
  converted?: boolean;
}

/** The convention's templates for the five kinds, from the string keys and values of a dict. */
export function namingConventionFrom(entries: Record<string, string>): NamingConvention | undefined {
  const convention: NamingConvention = {};
  for (const kind of KINDS) if (typeof entries[kind] === 'string') convention[kind] = entries[kind];
  return Object.keys(convention).length > 0 ? convention : undefined;
}

/**
 * Renders a Python `%(token)s` template for `shape`; undefined when a token is unknown or
 * needs something the shape lacks (`%(constraint_name)s` of an unnamed constraint).
 */
export function renderTemplate(template: string, shape: ConstraintShape): string | undefined {
  // Any other `%` is a format Preflight does not model (`%(x)d`, a stray percent).
  if (template.replace(/%%|%\(\w+\)s/g, '').includes('%')) return undefined;
  let failed = false;
  const rendered = template.replace(/%%|%\((\w+)\)s/g, (match, token: string | undefined) => {
    if (match === '%%') return '%';
    const value = tokenValue(token!, shape);
    if (value === undefined) failed = true;
    return value ?? '';
  });
  return failed ? undefined : rendered;
}

function tokenValue(token: string, shape: ConstraintShape): string | undefined {
  switch (token) {
    case 'table_name':
      return shape.table;
    case 'constraint_name':
      return shape.name;
    case 'referred_table_name':
      return shape.referredTable;
  }
  const referred = /^referred_column_(\d+)(N|_N)?_name$/.exec(token);
  if (referred) return columnToken(shape.referredColumns ?? [], referred[1]!, referred[2], (c) => c);
  const column = /^column_(\d+)(N|_N)?_(name|key|label)$/.exec(token);
  if (column) {
    const render = column[3] === 'label' ? (c: string) => `${shape.table}_${c}` : (c: string) => c;
    return columnToken(shape.columns, column[1]!, column[2], render);
  }
  return undefined;
}

/** `column_0_name` → the first column; `column_0N_name` / `column_0_N_name` → all of them joined ('' / '_'). */
function columnToken(columns: string[], index: string, multiples: string | undefined, render: (c: string) => string): string {
  if (multiples) return columns.map(render).join(multiples === '_N' ? '_' : '');
  const column = columns[Number(index)];
  return column === undefined ? '' : render(column);
}

/** The name Alembic gives the constraint under `convention` (SQLAlchemy's rule); undefined when it cannot be told. */
export function conventionalName(shape: ConstraintShape, convention: NamingConvention | undefined): string | undefined {
  if (shape.converted) return shape.name;
  const template = convention?.[shape.kind];
  if (template !== undefined && (shape.name === undefined || template.includes('%(constraint_name)s'))) {
    return renderTemplate(template, shape);
  }
  return shape.name;
}

/**
 * Conventions seen in real projects, tried when the project's own is not known (env.py takes
 * `target_metadata` from the models): SQLAlchemy's documented convention, its variant over all
 * columns, and PostgreSQL's own names for unnamed constraints.
 */
const USUAL_TEMPLATES: Record<ConventionKind, string[]> = {
  ix: ['ix_%(column_0_label)s', 'ix_%(table_name)s_%(column_0_N_name)s'],
  uq: ['uq_%(table_name)s_%(column_0_name)s', 'uq_%(table_name)s_%(column_0_N_name)s', '%(table_name)s_%(column_0_N_name)s_key'],
  ck: ['ck_%(table_name)s_%(constraint_name)s'],
  fk: [
    'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',
    'fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s',
    '%(table_name)s_%(column_0_N_name)s_fkey',
  ],
  pk: ['pk_%(table_name)s', '%(table_name)s_pkey'],
};

/** PostgreSQL keeps the first 63 bytes of an identifier. */
const MAX_IDENTIFIER = 63;

/**
 * Every name the constraint may have in the database. With the project's convention known this is
 * the one name Alembic gives it; without it, the name as written and the names under the usual
 * conventions. Empty when nothing can be told.
 */
export function possibleNames(shape: ConstraintShape, convention: NamingConvention | undefined): string[] {
  const names = new Set<string>();
  if (convention !== undefined) {
    const name = conventionalName(shape, convention);
    if (name !== undefined) names.add(name);
  } else {
    if (shape.name !== undefined) names.add(shape.name);
    for (const template of shape.converted ? [] : USUAL_TEMPLATES[shape.kind]) {
      if (shape.name !== undefined && !template.includes('%(constraint_name)s')) continue;
      const name = renderTemplate(template, shape);
      if (name !== undefined) names.add(name);
    }
  }
  for (const name of [...names]) if (name.length > MAX_IDENTIFIER) names.add(name.slice(0, MAX_IDENTIFIER));
  return [...names];
}
