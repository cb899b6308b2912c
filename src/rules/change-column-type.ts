import type { PyValue } from '../core/parse/model.js';
import { tableOf, type MigrationRule } from './types.js';
import { columnArgument, nameLabel, upgradeOperations } from './helpers.js';

/** Length of a character type: undefined = not a character type, Infinity = unbounded (Text, String()). */
function characterLength(type: PyValue | undefined): number | undefined {
  if (!type) return undefined;
  const callee = type.kind === 'call' ? type.callee : type.kind === 'name' ? type.name : undefined;
  if (!callee) return undefined;
  if (/(^|\.)(Text|UnicodeText|TEXT)$/.test(callee)) return Infinity;
  if (!/(^|\.)(String|Unicode|VARCHAR|NVARCHAR)$/.test(callee)) return undefined;
  if (type.kind !== 'call') return Infinity;
  const length = type.kwargs['length'] ?? type.args[0];
  if (length === undefined || length.kind === 'none') return Infinity;
  return length.kind === 'num' ? length.value : undefined;
}

/**
 * varchar(n) → varchar(m ≥ n) / text: PostgreSQL only updates the catalog (no rewrite, no data check).
 * Needs `existing_type=` to know; without it the change is treated as unsafe.
 */
function isMetadataOnlyWidening(from: PyValue | undefined, to: PyValue | undefined): boolean {
  const before = characterLength(from);
  const after = characterLength(to);
  return before !== undefined && after !== undefined && after >= before;
}

export const changeColumnType: MigrationRule = {
  id: 'change-column-type',
  scope: 'migration',
  severity: 'warning',
  summary: '`alter_column(..., type_=...)` changes a column type in place.',
  why:
    'Changing a column type usually makes the database rewrite the whole table (and rebuild its indexes) while holding ' +
    'an ACCESS EXCLUSIVE lock, so every read and write of the table waits until it is done; and the conversion fails ' +
    'half-way if one existing value does not fit the new type. Deployed code may also still expect the old type. Safer: ' +
    'add a new column of the new type, backfill it, switch the code to it, and drop the old column later. Widening a ' +
    'varchar (or turning it into text) is catalog-only on PostgreSQL and is not flagged when existing_type= says so.',
  bad: `def upgrade():
    op.alter_column("orders", "total", type_=sa.Numeric(12, 2))
`,
  good: `def upgrade():
    op.add_column("orders", sa.Column("total_numeric", sa.Numeric(12, 2), nullable=True))
    op.execute("UPDATE orders SET total_numeric = total WHERE total_numeric IS NULL")
    # Switch the code to total_numeric, then drop orders.total in a later migration.
`,
  guideSection: 'alter-not-drop',
  check({ migration, settings, report }) {
    for (const operation of upgradeOperations(migration)) {
      if (operation.name !== 'alter_column') continue;
      const type = operation.kwargs['type_'];
      if (!type || type.kind === 'none') continue;
      if (settings.dialect === 'postgresql' && isMetadataOnlyWidening(operation.kwargs['existing_type'], type)) continue;
      const table = nameLabel(operation, 'table', tableOf(operation));
      const column = nameLabel(operation, 'column', columnArgument(operation));
      const replacement = `${column}_new`;
      const using = operation.kwargs['postgresql_using'];
      // postgresql_using= is the conversion the user already wrote: reuse it for the backfill.
      const copy = using?.kind === 'str' ? using.value : column;
      report({
        line: operation.line,
        column: operation.column,
        message:
          `upgrade changes the type of ${table}.${column} to ${type.text}: this can rewrite ${table} under an ACCESS EXCLUSIVE ` +
          'lock and fails if an existing value does not convert',
        help:
          `Change the type without locking ${table}, in steps:\n` +
          `    op.add_column(${py(table)}, sa.Column(${py(replacement)}, ${type.text}, nullable=True))\n` +
          `    op.execute(${py(`UPDATE ${table} SET ${replacement} = ${copy} WHERE ${replacement} IS NULL`)})  # in batches on a large table\n` +
          `Deploy code that writes both columns and reads ${replacement}; then, in a later migration, drop ${table}.${column} ` +
          `(and rename ${replacement} if you need the old name). If ${table} is small, or the change is known to be ` +
          `catalog-only, suppress: # preflight: ignore[change-column-type] <why it is safe>`,
      });
    }
  },
};

function py(value: string): string {
  return JSON.stringify(value);
}
