import { argument, sqlOf, stringValue, type Operation, type PyValue } from '../model/facts.js';
import { tableArgument, tableOf, type MigrationRule } from './types.js';
import { nameLabel, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { createdTableKeys, tableKey } from './shared/tables.js';

/** The same create_foreign_key call, with `postgresql_not_valid=True`. */
function notValidCall(operation: Operation): string {
  const receiver = operation.receiver === 'batch' ? operation.receiverText : 'op';
  const parts = [
    ...operation.args.map((arg) => arg.text),
    ...Object.entries(operation.kwargs)
      .filter(([name]) => name !== 'postgresql_not_valid')
      .map(([name, value]) => `${name}=${value.text}`),
    'postgresql_not_valid=True',
  ];
  return `${receiver}.create_foreign_key(${parts.join(', ')})`;
}

/** The VALIDATE CONSTRAINT step; a table that is not a literal goes into an f-string as the code spells it. */
function validateCall(operation: Operation, table: string | undefined, name: string): string {
  const expression = tableArgument(operation);
  if (table === undefined && expression?.kind === 'name') return `op.execute(f"ALTER TABLE {${expression.text}} VALIDATE CONSTRAINT ${name}")`;
  return `op.execute("ALTER TABLE ${table ?? '<table>'} VALIDATE CONSTRAINT ${name}")`;
}

/** A literal name, also through the naming-convention marker `op.f("ix_...")` / `batch_op.f(...)` that autogenerate writes. */
function nameValue(value: PyValue | undefined): string | undefined {
  if (value?.kind === 'call' && /(^|\.)f$/.test(value.callee)) return stringValue(value.args[0]);
  return stringValue(value);
}

export const addForeignKeyWithoutNotValid: MigrationRule = {
  id: 'add-foreign-key-without-not-valid',
  order: 650,
  scope: 'migration',
  severity: 'warning',
  summary: 'A foreign key is added to an existing table without NOT VALID (PostgreSQL).',
  why:
    'Adding a foreign key makes PostgreSQL check every existing row while it holds a SHARE ROW EXCLUSIVE lock on both ' +
    'tables, so writes to them wait for the whole scan. Add the constraint as NOT VALID (new rows are checked at once, ' +
    'the old ones are not scanned), then run VALIDATE CONSTRAINT in a separate migration: it only takes a lock that lets ' +
    'reads and writes continue. Foreign keys on tables created in the same migration are not flagged.',
  bad: `def upgrade():
    op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
`,
  good: `def upgrade():
    op.create_foreign_key(
        "fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True
    )
    # Next migration: op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
`,
  guideSection: { lesson: 'review-sql', place: 3 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    const created = createdTableKeys(migration);
    for (const operation of upgradeOperations(migration)) {
      if (operation.name === 'create_foreign_key') {
        const notValid = operation.kwargs['postgresql_not_valid'];
        if (notValid?.kind === 'bool' && notValid.value) continue;
        const table = tableOf(operation);
        if (table !== undefined && created.has(tableKey(table))) continue;
        // A table that is not a literal is named as written, or as "each table in TABLES" inside a loop.
        const tableName = nameLabel(operation, 'table', table);
        const referentValue = argument(operation, operation.receiver === 'batch' ? 1 : 2, 'referent_table');
        const referent = stringValue(referentValue) ?? (referentValue && referentValue.kind !== 'none' ? referentValue.text : 'the referenced table');
        const constraint = nameValue(argument(operation, 0, 'constraint_name'));
        const name = constraint ?? '<constraint name>';
        report({
          line: operation.line,
          column: operation.column,
          message:
            `upgrade adds foreign key ${constraint ? `${constraint} ` : ''}on ${tableName} → ${referent} without NOT VALID: ` +
            `PostgreSQL checks every row of ${tableName} while blocking writes to both tables`,
          help:
            `Add it without scanning the existing rows:\n` +
            `    ${notValidCall(operation)}\n` +
            `then validate it in a separate migration (this does not block reads or writes):\n` +
            `    ${validateCall(operation, table, name)}`,
        });
      } else if (sqlOf(operation)) {
        for (const statement of sqlStatementsOf(migration, operation)) {
          if (statement.kind !== 'alter-table' || !statement.addsValidatedForeignKey) continue;
          const table = statement.targets[0] ?? '<table>';
          if (created.has(tableKey(table))) continue;
          const name = /\bADD\s+CONSTRAINT\s+("[^"]+"|[\w$]+)/i.exec(statement.text)?.[1] ?? '<name>';
          const fixed =
            statement.alterCommands.length === 1
              ? `${statement.text.replace(/;\s*$/, '')} NOT VALID`
              : `ALTER TABLE ${table} ADD CONSTRAINT ${name} FOREIGN KEY (...) REFERENCES ... NOT VALID`;
          report({
            line: operation.line,
            column: operation.column,
            message:
              `upgrade adds a foreign key on ${table} without NOT VALID: PostgreSQL checks every row of ${table} ` +
              'while blocking writes to both tables',
            help:
              `Add NOT VALID to the constraint, so existing rows are not scanned:\n` +
              `    op.execute(${JSON.stringify(fixed)})\n` +
              `then validate it in a separate migration (this does not block reads or writes):\n` +
              `    op.execute(${JSON.stringify(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`)})`,
          });
        }
      }
    }
  },
};
