import { argument, sqlOf, stringList, stringValue, type AnalyzedMigration, type HelperCall, type Operation, type PyValue } from '../model/facts.js';
import { type MigrationRule } from './types.js';
import { callWithKeyword } from './shared/snippets.js';
import { literalName, tableArgument, tableOf, addedColumn, columnName, hasServerDefault, isNotNull, tableKey } from '../analysis/operations/op-arguments.js';
import { nameLabel, sqlStatementsOf, upgradeOperations } from './helpers.js';
import { createdTableKeys } from './shared/tables.js';
import { conventionalName } from './shared/naming-convention.js';

/** Calls that may write rows: Core/ORM executes and updates, session writes. */
const WRITING_CALL = /(^|\.)(execute|exec_driver_sql|executemany|update|values|bulk_\w+|commit|flush|add|add_all|merge)$/;

interface Step {
  line: number;
  column: number;
  via?: HelperCall[];
}

/** `a` runs before `b`: a step inside a helper runs where upgrade() calls the helper. */
function runsBefore(a: Step, b: Step): boolean {
  const [aLine, bLine] = [a.via?.[0]?.line ?? a.line, b.via?.[0]?.line ?? b.line];
  if (aLine !== bLine) return aLine < bLine;
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * An added column that holds only NULLs: not filled on ADD by a server default, an identity or sequence, or a
 * generated value. A NOT NULL column without them fails on a non-empty table (add-column-not-null-without-default).
 */
function addedAllNull(column: Extract<PyValue, { kind: 'call' }>): boolean {
  return (
    !hasServerDefault(column.kwargs) &&
    !isNotNull(column) &&
    !column.args.some((arg) => arg.kind === 'call' && /(^|\.)(Identity|Sequence|Computed)$/.test(arg.callee))
  );
}

/** What the validation of a key on all-NULL new columns costs, after "… is added in this migration". */
function newColumnCost(table: string, referent: string, transactional: boolean): string {
  return (
    `so every value is NULL and the check cannot fail, but PostgreSQL still reads every row of ${table}` +
    (transactional
      ? ` while the add_column's ACCESS EXCLUSIVE lock blocks its reads and writes, and blocks writes to ${referent} until the migration commits`
      : ' while blocking writes to both tables')
  );
}

/**
 * The add_column steps that add every key column of the foreign key, on the same table, earlier in the upgrade,
 * without a server_default, when nothing between them and the foreign key may write that table: then every key value
 * is NULL and the validation cannot fail (PostgreSQL still reads every row). Undefined when any of that is not certain.
 */
function newNullColumns(migration: AnalyzedMigration, upgrade: Operation[], fk: Operation, table: string): Operation[] | undefined {
  const columns = stringList(argument(fk, fk.receiver === 'batch' ? 2 : 3, 'local_cols'));
  if (!columns || columns.length === 0) return undefined;
  const adds: Operation[] = [];
  for (const column of columns) {
    const add = upgrade.find((other) => {
      if (other.name !== 'add_column' || other.index >= fk.index) return false;
      const added = addedColumn(other);
      const addedTable = tableOf(other);
      const [addSchema, fkSchema] = [stringValue(other.kwargs['schema']), stringValue(fk.kwargs['source_schema'])];
      return (
        added !== undefined &&
        addedTable !== undefined &&
        tableKey(addedTable) === tableKey(table) &&
        (addSchema === undefined || fkSchema === undefined || addSchema === fkSchema) &&
        columnName(added) === column &&
        addedAllNull(added)
      );
    });
    if (!add) return undefined;
    adds.push(add);
  }
  const first = Math.min(...adds.map((add) => add.index));
  const between = upgrade.filter((other) => other.index > first && other.index < fk.index);
  for (const other of between) {
    if (other.name === 'bulk_insert') return undefined;
    if (other.name === 'alter_column' && tableKey(tableOf(other) ?? '') === tableKey(table)) return undefined;
    if (!sqlOf(other)) continue;
    const statements = sqlStatementsOf(migration, other);
    // SQL Preflight cannot read may fill the column; so may an UPDATE, INSERT or ALTER TABLE (… USING) of the
    // table, or a statement it cannot classify (a DO block) that names the table.
    if (statements.length === 0) return undefined;
    const key = tableKey(table);
    const names = new RegExp(`(^|[^\\w$])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w$])`, 'i');
    const fills = statements.some((statement) =>
      statement.kind === 'other'
        ? names.test(statement.text)
        : ['update', 'insert', 'alter-table'].includes(statement.kind) && statement.targets.some((target) => tableKey(target) === key),
    );
    if (fills) return undefined;
  }
  const firstAdd = adds.find((add) => add.index === first)!;
  // A Core or ORM write outside an operation (`conn.execute(table.update()…)`, `session.commit()`).
  const writes = migration.facts.otherCalls.some(
    (call) => call.function === 'upgrade' && WRITING_CALL.test(call.callee) && runsBefore(firstAdd, call) && runsBefore(call, fk),
  );
  return writes ? undefined : adds;
}

/** The same create_foreign_key call, with `postgresql_not_valid=True`. */
function notValidCall(operation: Operation): string {
  return callWithKeyword(operation, 'postgresql_not_valid', 'True');
}

/** The VALIDATE CONSTRAINT step; a table that is not a literal goes into an f-string as the code spells it. */
function validateCall(operation: Operation, table: string | undefined, name: string): string {
  const expression = tableArgument(operation);
  if (table === undefined && expression?.kind === 'name') return `op.execute(f"ALTER TABLE {${expression.text}} VALIDATE CONSTRAINT ${name}")`;
  return `op.execute("ALTER TABLE ${table ?? '<table>'} VALIDATE CONSTRAINT ${name}")`;
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
    'reads and writes continue. Foreign keys on tables created in the same migration are not flagged. A key column ' +
    'added in the same migration holds only NULLs, so the check cannot fail, but PostgreSQL still reads every row, ' +
    'inside the ACCESS EXCLUSIVE lock the add_column holds until commit: the finding says so. A `sa.ForeignKey` in the ' +
    'column of an add_column is checked the same way: Alembic adds it with a second ALTER TABLE … ADD FOREIGN KEY.',
  bad: `def upgrade():
    op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
`,
  good: `def upgrade():
    op.create_foreign_key(
        "fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True
    )
    # Next migration: op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
`,
  guideSection: { lesson: 'locks', place: 4 },
  check({ migration, settings, report }) {
    if (settings.dialect !== 'postgresql') return;
    const created = createdTableKeys(migration);
    const upgrade = upgradeOperations(migration);
    for (const operation of upgrade) {
      if (operation.name === 'create_foreign_key') {
        const notValid = operation.kwargs['postgresql_not_valid'];
        if (notValid?.kind === 'bool' && notValid.value) continue;
        const table = tableOf(operation);
        if (table !== undefined && created.has(tableKey(table))) continue;
        // A table that is not a literal is named as written, or as "each table in TABLES" inside a loop.
        const tableName = nameLabel(operation, 'table', table);
        const referentValue = argument(operation, operation.receiver === 'batch' ? 1 : 2, 'referent_table');
        const referent = stringValue(referentValue) ?? (referentValue && referentValue.kind !== 'none' ? referentValue.text : 'the referenced table');
        const constraint = literalName(argument(operation, 0, 'constraint_name'), operation.receiverText);
        const name = constraint ?? '<constraint name>';
        const head = `upgrade adds foreign key ${constraint ? `${constraint} ` : ''}on ${tableName} → ${referent} without NOT VALID: `;
        // A key column this upgrade just added is all NULL: the check cannot fail, but PostgreSQL still reads
        // every row (squawk and strong_migrations flag this case too), inside the add_column's ACCESS EXCLUSIVE lock.
        const added = table === undefined ? undefined : newNullColumns(migration, upgrade, operation, table);
        const columns = added?.map((add) => `${table}.${columnName(addedColumn(add)!)}`);
        const transactional = added !== undefined && !operation.inAutocommit && !added.some((add) => add.inAutocommit);
        const message = !columns
          ? `${head}PostgreSQL checks every row of ${tableName} while blocking writes to both tables`
          : `${head}${columns.join(', ')} ${columns.length === 1 ? 'is' : 'are'} added in this migration, ` +
            newColumnCost(tableName, referent, transactional);
        report({
          line: operation.line,
          column: operation.column,
          message,
          help:
            `Add it without scanning the existing rows:\n` +
            `    ${notValidCall(operation)}\n` +
            `then validate it in a separate migration (this does not block reads or writes` +
            (columns ? `, and cannot fail while ${columns.length === 1 ? 'the column holds' : 'the columns hold'} only NULLs` : '') +
            `):\n` +
            `    ${validateCall(operation, table, name)}`,
        });
      } else if (operation.name === 'add_column') {
        // `sa.Column(..., sa.ForeignKey("users.id"))`: Alembic adds the key in a second ALTER TABLE … ADD FOREIGN KEY.
        const column = addedColumn(operation);
        const key = column?.args.find((arg) => arg.kind === 'call' && /(^|\.)ForeignKey$/.test(arg.callee));
        if (!column || key?.kind !== 'call') continue;
        const notValid = key.kwargs['postgresql_not_valid'];
        if (notValid?.kind === 'bool' && notValid.value) continue;
        const table = tableOf(operation);
        const columnText = columnName(column);
        const target = stringValue(key.args[0] ?? key.kwargs['column']);
        if (table === undefined || columnText === undefined || target === undefined || created.has(tableKey(table))) continue;
        const referent = target.includes('.') ? target.slice(0, target.lastIndexOf('.')) : target;
        // Named as written or by env.py's convention; else PostgreSQL names it, unless the models' MetaData has a convention.
        const known = conventionalName(
          {
            kind: 'fk',
            table,
            columns: [columnText],
            referredTable: tableKey(referent),
            referredColumns: [target.slice(target.lastIndexOf('.') + 1)],
            name: stringValue(key.kwargs['name']),
          },
          settings.namingConvention,
        );
        const constraint = known ?? `${table}_${columnText}_fkey`;
        const head =
          `upgrade adds foreign key ${known ? `${known} ` : ''}on ${table} → ${referent} without NOT VALID ` +
          `(the sa.ForeignKey of the new column ${table}.${columnText}, added by a second ALTER TABLE): `;
        const message = addedAllNull(column)
          ? `${head}the column is new, ${newColumnCost(table, referent, !operation.inAutocommit)}`
          : `${head}PostgreSQL checks every row of ${table} while blocking writes to both tables`;
        const keyArguments = [...key.args.map((arg) => arg.text), ...Object.entries(key.kwargs).map(([name, value]) => `${name}=${value.text}`)];
        report({
          line: operation.line,
          column: operation.column,
          message,
          help:
            `Add the key without scanning the existing rows:\n` +
            `    ${key.callee}(${[...keyArguments, 'postgresql_not_valid=True'].join(', ')})\n` +
            `then validate it in a separate migration (this does not block reads or writes):\n` +
            `    op.execute("ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint}")` +
            (known ? '' : `\n(${constraint} is PostgreSQL's name for an unnamed key; a naming convention on the models' MetaData changes it)`),
        });
      } else if (sqlOf(operation)) {
        for (const statement of sqlStatementsOf(migration, operation)) {
          if (statement.kind !== 'alter-table' || !statement.addsValidatedForeignKey) continue;
          const table = statement.targets[0] ?? '<table>';
          if (created.has(tableKey(table))) continue;
          const foreignKey = statement.alterations?.find(
            (alteration) => alteration.constraint?.type === 'foreign-key' && !alteration.constraint.notValid,
          )?.constraint;
          const name = foreignKey?.name ?? '<name>';
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
