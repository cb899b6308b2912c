// What real migrations do beyond straight-line op calls: helpers, SQL in variables and templates,
// loops over literals, dialect branches, revision ids, and very large or deeply nested input.
import { describe, expect, it } from 'vitest';
import { parseSource, testParser } from '../../support/parser.js';
import { sqlOf, stringValue, type Operation } from '../../../src/model/facts.js';

const summary = (operations: Operation[]) => operations.map((o) => `${o.function} ${o.name}(${o.args.map((a) => stringValue(a) ?? `<${a.kind}>`).join(', ')})`);

describe('helper functions called by upgrade()/downgrade()', () => {
  it('inlines a module-level helper with literal arguments, defaults and keywords bound to its parameters', async () => {
    const facts = await parseSource(`
      from alembic import op

      def _drop_fk(table, name, type_="foreignkey"):
          op.drop_constraint(name, table, type_=type_)

      def _unused():
          op.drop_table("never_called")

      def upgrade():
          _drop_fk("orders", "fk_orders_user")
          _drop_fk(name="fk_items_order", table="items", type_="unique")

      def downgrade():
          pass
    `);
    expect(summary(facts.operations)).toEqual(['upgrade drop_constraint(fk_orders_user, orders)', 'upgrade drop_constraint(fk_items_order, items)']);
    const [first, second] = facts.operations;
    expect(first).toMatchObject({ line: 4, column: 5, via: [{ name: '_drop_fk', line: 10 }], index: 0 });
    expect(first!.kwargs['type_']).toMatchObject({ kind: 'str', value: 'foreignkey' });
    expect(second!.kwargs['type_']).toMatchObject({ kind: 'str', value: 'unique' });
    expect(second).toMatchObject({ via: [{ name: '_drop_fk', line: 11 }], index: 1 });
  });

  it('follows helpers through other helpers, stops at recursion, and gives downgrade its own copy', async () => {
    const facts = await parseSource(`
      def _recreate_index(table):
          op.drop_index("ix_" + table, table_name=table)
          _recreate_index(table)

      def _migrate(table):
          _recreate_index(table)

      def upgrade():
          _migrate("users")

      def downgrade():
          _recreate_index("users")
    `);
    expect(summary(facts.operations)).toEqual(['upgrade drop_index(ix_users)', 'downgrade drop_index(ix_users)']);
    expect(facts.operations[0]!.via).toEqual([
      { name: '_migrate', line: 9 },
      { name: '_recreate_index', line: 6 },
    ]);
    expect(facts.operations[1]!.via).toEqual([{ name: '_recreate_index', line: 12 }]);
  });

  it('passes a batch alias and a connection into the helper; unknown arguments stay unknown', async () => {
    const facts = await parseSource(`
      def _columns(batch_op, name):
          batch_op.drop_column(name)

      def _backfill(connection, table):
          connection.execute(sa.text(f"UPDATE {table} SET flag = false"))

      def upgrade():
          with op.batch_alter_table("accounts") as batch:
              _columns(batch, "legacy_flag")
          _backfill(op.get_bind(), compute_table())
    `);
    expect(facts.operations[0]).toMatchObject({ name: 'drop_column', receiver: 'batch', batchTable: 'accounts' });
    expect(facts.operations[1]).toMatchObject({ name: 'execute', receiver: 'connection' });
    expect(sqlOf(facts.operations[1]!)).toEqual({ sql: 'UPDATE "{table}" SET flag = false', wrappedInText: true, unknownParts: ['table'] });
  });
});

describe('SQL that is not written inline', () => {
  it('follows text() and strings held in locals and module constants', async () => {
    const facts = await parseSource(`
      BACKFILL = sa.text("UPDATE users SET active = true WHERE active IS NULL")

      def upgrade():
          sql = "ALTER TABLE users ALTER COLUMN active SET NOT NULL"
          conn = op.get_bind()
          conn.execute(BACKFILL)
          op.execute(sql)
          stmt = sa.text("DELETE FROM sessions")
          conn.execute(stmt)
          sql = build()
          op.execute(sql)
    `);
    expect(facts.operations.map((o) => sqlOf(o)?.sql)).toEqual([
      'UPDATE users SET active = true WHERE active IS NULL',
      'ALTER TABLE users ALTER COLUMN active SET NOT NULL',
      'DELETE FROM sessions',
      undefined,
    ]);
  });

  it('substitutes known values in f-strings, % and .format(), including loop variables', async () => {
    const facts = await parseSource(`
      SCHEMA = "billing"

      def upgrade():
          op.execute(f"DROP INDEX {SCHEMA}.ix_invoices_total")
          op.execute("ALTER TABLE %s DROP COLUMN %s" % ("invoices", "total"))
          op.execute("ALTER TABLE %(t)s RENAME TO %(n)s" % {"t": "a", "n": "b"})
          op.execute("GRANT SELECT ON {} TO {role}".format("invoices", role="reporting"))
          for table in ("a", "b"):
              op.execute(f"TRUNCATE {table}")
    `);
    expect(facts.operations.map((o) => sqlOf(o))).toEqual([
      { sql: 'DROP INDEX billing.ix_invoices_total', wrappedInText: false },
      { sql: 'ALTER TABLE invoices DROP COLUMN total', wrappedInText: false },
      { sql: 'ALTER TABLE a RENAME TO b', wrappedInText: false },
      { sql: 'GRANT SELECT ON invoices TO reporting', wrappedInText: false },
      { sql: 'TRUNCATE a', wrappedInText: false },
      { sql: 'TRUNCATE b', wrappedInText: false },
    ]);
  });

  it('an unknown part becomes a quoted identifier spanning its word, or its source inside quotes', async () => {
    const facts = await parseSource(`
      def upgrade():
          op.execute(f"DROP TABLE {prefix}_audit")
          op.execute("UPDATE users SET role = '%s' WHERE id = %d" % (role, user_id))
          op.execute("ALTER TABLE {}.orders ADD COLUMN note text".format(schema))
          op.execute("DELETE FROM " + table_name + " WHERE id < 10")
          op.execute(f"{statement}")
    `);
    expect(facts.operations.map((o) => sqlOf(o))).toEqual([
      { sql: 'DROP TABLE "{prefix}_audit"', wrappedInText: false, unknownParts: ['prefix'] },
      { sql: `UPDATE users SET role = '{role}' WHERE id = "{user_id}"`, wrappedInText: false, unknownParts: ['role', 'user_id'] },
      { sql: 'ALTER TABLE "{schema}".orders ADD COLUMN note text', wrappedInText: false, unknownParts: ['schema'] },
      { sql: 'DELETE FROM "{table_name}" WHERE id < 10', wrappedInText: false, unknownParts: ['table_name'] },
      // Nothing of the statement is known: no guess.
      { sql: undefined, wrappedInText: false, unknownParts: ['statement'] },
    ]);
    const escapes = await parseSource(`
      def upgrade():
          op.execute(f"UPDATE {t} SET data = '{{}}'::json, note = E'a\\tb'")
          op.execute(rf"UPDATE {t} SET pattern = '\\d+'")
    `);
    expect(escapes.operations.map((o) => sqlOf(o)?.sql)).toEqual([`UPDATE "{t}" SET data = '{}'::json, note = E'a\tb'`, `UPDATE "{t}" SET pattern = '\\d+'`]);
    // The table argument of an operation is never a made-up name.
    const drop = await parseSource(`
      def upgrade():
          op.drop_table(f"{prefix}_audit")
    `);
    expect(stringValue(drop.operations[0]!.args[0])).toBeUndefined();
  });
});

describe('loops over literals', () => {
  it('analyses the body once per item, with tuples unpacked and module constants as the iterable', async () => {
    const facts = await parseSource(`
      LEGACY = [("orders", "fax"), ("users", "pager")]

      def upgrade():
          for column in ("fax", "telex"):
              op.drop_column("contacts", column)
          for table, column in LEGACY:
              with op.batch_alter_table(table) as batch_op:
                  batch_op.drop_column(column)
    `);
    expect(facts.operations.map((o) => `${o.batchTable ?? stringValue(o.args[0])}.${stringValue(o.args[o.receiver === 'batch' ? 0 : 1])}`)).toEqual([
      'contacts.fax',
      'contacts.telex',
      'orders.fax',
      'users.pager',
    ]);
    expect(facts.operations.map((o) => o.index)).toEqual([0, 1, 2, 3]);
    expect(facts.operations.every((o) => o.loopIterable === undefined)).toBe(true);
  });

  it('keeps one pass with loopIterable over an unknown iterable or more than 100 items', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `"t${i}"`).join(', ');
    const facts = await parseSource(`
      def upgrade():
          for table in inspector.get_table_names():
              op.drop_table(table)
          for table in [${many}]:
              op.drop_table(table)
    `);
    expect(facts.operations).toHaveLength(2);
    expect(facts.operations[0]).toMatchObject({ loopIterable: 'inspector.get_table_names()' });
    expect(facts.operations[0]!.args[0]).toMatchObject({ kind: 'name', name: 'table' });
    expect(facts.operations[1]!.loopIterable).toMatch(/^\["t0"/);
  });
});

describe('loop names', () => {
  it('records the names a non-literal loop binds, with its iterable, through a helper parameter too', async () => {
    const facts = await parseSource(`
      def _drop(name, column):
          op.drop_column(name, column)

      def upgrade():
          for table, column in rows():
              op.drop_column(table, column)
              for ix in indexes(table):
                  op.drop_index(ix, table_name=table)
                  _drop(table, "legacy")
          op.drop_table("done")
    `);
    expect(facts.operations.map((o) => o.loopNames)).toEqual([
      { table: 'rows()', column: 'rows()' },
      { table: 'rows()', column: 'rows()', ix: 'indexes(table)' },
      { name: 'rows()' },
      undefined,
    ]);
  });
});

describe('dialect branches', () => {
  it('records the dialects of == / != / in / not in tests, elif and else, and locals holding the name', async () => {
    const facts = await parseSource(`
      def upgrade():
          dialect = op.get_bind().dialect.name
          if op.get_context().dialect.name == "mysql":
              op.drop_constraint("fk_a", "a", type_="foreignkey")
          elif dialect in ("sqlite",):
              op.execute("PRAGMA foreign_keys=OFF")
          else:
              op.execute("ALTER TABLE a DROP CONSTRAINT fk_a")
          bind = op.get_bind()
          if bind.engine.name != "postgresql":
              op.drop_index("ix_b")
          if not context.get_context().dialect.name not in {"mssql", "oracle"}:
              op.drop_index("ix_c")
          op.drop_index("ix_d")
    `);
    expect(facts.operations.map((o) => o.dialects)).toEqual([
      { only: ['mysql'] },
      { only: ['sqlite'] },
      { except: ['mysql', 'sqlite'] },
      { except: ['postgresql'] },
      { only: ['mssql', 'oracle'] },
      undefined,
    ]);
  });

  it('reads startswith tests on the database URL as dialect tests', async () => {
    const facts = await parseSource(`
      def upgrade():
          url = str(op.get_bind().engine.url)
          if url.startswith("mysql"):
              op.drop_constraint("orders_ibfk_1", "orders", type_="foreignkey")
          elif url.startswith("postgres"):
              op.drop_constraint("orders_customer_id_fkey", "orders", type_="foreignkey")
          if not op.get_bind().engine.url.drivername.startswith("sqlite"):
              op.drop_index("ix_e")
          if url.startswith("cockroach"):
              op.drop_index("ix_f")
    `);
    expect(facts.operations.map((o) => o.dialects)).toEqual([
      { only: ['mysql', 'mariadb'] },
      { only: ['postgresql'] },
      { except: ['sqlite'] },
      undefined,
    ]);
  });

  it('follows a helper that returns the dialect name or a dialect test', async () => {
    const facts = await parseSource(`
      def get_db_type():
          return op.get_context().dialect.name

      def is_postgres():
          """True on PostgreSQL."""
          return op.get_bind().dialect.name == "postgresql"

      def upgrade():
          if get_db_type() == "postgresql":
              op.create_index("ix_a", "a", ["x"])
          if not is_postgres():
              op.drop_index("ix_b")
    `);
    expect(facts.operations.map((o) => o.dialects)).toEqual([{ only: ['postgresql'] }, { except: ['postgresql'] }]);
  });

  it('an early return for other dialects makes the rest of the block dialect-specific', async () => {
    const facts = await parseSource(`
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("SELECT 1"))
          if conn.dialect.name != "postgresql":
              return
          op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
          _helper()

      def _helper():
          sa.MetaData().drop_all(op.get_bind())
    `);
    expect(facts.operations.map((o) => o.dialects)).toEqual([undefined, { only: ['postgresql'] }]);
    const dropAll = facts.otherCalls.find((call) => call.callee.endsWith('drop_all'));
    expect(dropAll).toMatchObject({ dialects: { only: ['postgresql'] }, via: [{ name: '_helper', line: 7 }] });
  });
});

describe('revision ids as Alembic gets them', () => {
  it('reads unpacking, annotated and chained assignment, str(), constants; the last assignment wins', async () => {
    const unpacked = await parseSource(`
      revision, down_revision = "fz1", "abc"
    `);
    expect([unpacked.revision?.value, unpacked.downRevision?.value]).toEqual(['fz1', 'abc']);
    const chained = await parseSource(`
      REV = "c3"
      revision: str = rev = "x"
      down_revision = str(REV)
      revision = REV
    `);
    expect(chained.revision).toEqual({ value: 'c3', line: 4 });
    expect(chained.downRevision).toEqual({ value: 'c3', line: 3 });
    expect(chained.revisionProblem).toBeUndefined();
  });

  it('records a problem for revisions it cannot read or Alembic refuses', async () => {
    const cases: [string, RegExp][] = [
      ['revision = make_revision_id()', /revision = make_revision_id\(\) is not a string Preflight can read/],
      ['globals()["revision"] = "a1"', /set through globals\(\)/],
      ['revision = b"a1"', /bytes literal/],
      ['revision = "2024-01-add"', /contains '-', which Alembic does not allow/],
      ['revision = "a+b@c"', /contains '\+', '@'/],
      ['revision = ""', /empty string/],
    ];
    for (const [code, message] of cases) {
      const facts = await parseSource(`${code}\ndown_revision = None\n`);
      expect(facts.revision, code).toBeUndefined();
      expect(facts.revisionProblem, code).toMatchObject({ line: 1, message: expect.stringMatching(message) });
    }
    const down = await parseSource(`revision = "b2"\ndown_revision = PARENTS[0]\n`);
    expect(down.downRevision).toBeUndefined();
    expect(down.downRevisionProblem).toMatchObject({ line: 2, message: expect.stringMatching(/down_revision = PARENTS\[0\]/) });
  });
});

describe('SQLAlchemy Core statements', () => {
  it('reads selects, updates and inserts of Core tables defined in the module, the function and passed to helpers', async () => {
    const facts = await parseSource(`
      import sqlalchemy as sa
      from alembic import op
      from sqlalchemy.sql import column, table

      NAME = "accounts"
      accounts = table(NAME, column("id"), column("plan"), column("legacy_plan"))

      def _copy(conn, source, target):
          for row in conn.execute(sa.select(source.c.id, source.c.legacy_plan)):
              conn.execute(target.insert().values(account_id=row.id, plan=row.legacy_plan))

      def upgrade():
          conn = op.get_bind()
          plans = sa.Table("account_plans", sa.MetaData(), sa.Column("account_id", sa.Integer), sa.Column("plan", sa.String))
          _copy(conn, accounts, plans)
          op.execute(accounts.update().values(plan=accounts.c.legacy_plan))
          total = conn.execute(sa.select(sa.func.count()).select_from(accounts)).scalar()
          plans = None
          conn.execute(sa.select(plans))
          op.drop_column(NAME, "legacy_plan")
    `);
    expect(facts.coreStatements?.map(({ kind, target, reads, line, via }) => ({ kind, target, reads, line, via }))).toEqual([
      { kind: 'select', target: undefined, reads: { tables: ['accounts'], columns: ['id', 'legacy_plan'] }, line: 9, via: [{ name: '_copy', line: 15 }] },
      { kind: 'insert', target: 'account_plans', reads: { tables: [], columns: [] }, line: 10, via: [{ name: '_copy', line: 15 }] },
      { kind: 'update', target: 'accounts', reads: { tables: ['accounts'], columns: ['legacy_plan'] }, line: 16, via: undefined },
    ]);
    // Run order: the select and insert run before the execute on line 16, which runs before the drop; a name
    // rebound to something else (plans = None) is no Core table any more, and a count selects no column.
    const [select, insert, update] = facts.coreStatements!;
    const drop = facts.operations.find((o) => o.name === 'drop_column')!;
    expect(select!.at).toBeLessThanOrEqual(insert!.at);
    expect(update!.at).toBeLessThanOrEqual(drop.index);
  });
});

describe('large and deep input', () => {
  it('does not overflow the stack on deep nesting, long + chains, attribute chains and not-chains (as deep as CPython compiles, and deeper)', async () => {
    const parser = await testParser();
    const inputs = [
      // Python refuses more than 200 nested brackets, but the file is still read for its graph: the walk must hold.
      `def upgrade():\n    op.execute(${'('.repeat(2500)}"SELECT 1"${')'.repeat(2500)})\n    x = ${'['.repeat(2500)}${']'.repeat(2500)}\n`,
      `def upgrade():\n    op.execute("SELECT " ${'+ "1" '.repeat(2800)})\n`,
      `def upgrade():\n    a${'.b'.repeat(2800)}.drop_all()\n    op.drop_table("t")\n`,
      `def upgrade():\n    if ${'not '.repeat(2800)}os.getenv("ENVIRONMENT"):\n        op.drop_table("t")\n`,
      // Deeper than CPython's compiler goes: reported as parse-error without walking the tree at all.
      `def upgrade():\n    if ${'not '.repeat(50000)}os.getenv("ENVIRONMENT"):\n        op.drop_table("t")\n`,
    ];
    const facts = inputs.map((source) => parser.parse(source, 'versions/deep.py'));
    expect(facts[0]!.operations[0]!.name).toBe('execute');
    expect(facts[0]!.parseError?.message).toMatch(/too many nested parentheses/);
    expect(sqlOf(facts[1]!.operations[0]!)?.sql).toBe(`SELECT ${'1'.repeat(2800)}`);
    expect(facts[2]!.operations.map((o) => o.name)).toEqual(['drop_table']);
    expect(facts[3]!.operations[0]).toMatchObject({ name: 'drop_table', guards: [{ variables: ['ENVIRONMENT'] }] });
    expect(facts[4]!.operations).toEqual([]);
    expect(facts[4]!.parseError).toMatchObject({ line: 2 });
  });

  it('counts operation indexes in order across 20,000 calls', async () => {
    const body = Array.from({ length: 20000 }, (_, i) => `    op.drop_table("t${i}")`).join('\n');
    const facts = (await testParser()).parse(`def upgrade():\n${body}\n`, 'versions/big.py');
    expect(facts.operations).toHaveLength(20000);
    expect(facts.operations.every((o, i) => o.index === i)).toBe(true);
  });
});
