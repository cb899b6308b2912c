import { describe, expect, it } from 'vitest';
import { parseSource } from '../../support/parser.js';
import { execFileSync } from 'node:child_process';
import { sqlOf } from '../../../src/model/facts.js';
import { pythonDedent } from '../../../src/analysis/parse/extract.js';

describe('module variables', () => {
  it('reads plain revision variables and the docstring message', async () => {
    const facts = await parseSource(`
      """add phone to users

      Revision ID: abc123
      """
      revision = 'abc123'
      down_revision = None
      branch_labels = ('auth',)
      depends_on = "def456"
    `);
    expect(facts.message).toBe('add phone to users');
    expect(facts.revision).toEqual({ value: 'abc123', line: 5 });
    expect(facts.downRevision).toEqual({ value: null, line: 6 });
    expect(facts.branchLabels).toEqual(['auth']);
    expect(facts.dependsOn).toEqual(['def456']);
    expect(facts.annotatedVariables).toBe(false);
  });

  it('reads annotated variables and merge tuples', async () => {
    const facts = await parseSource(`
      from typing import Sequence, Union
      revision: str = "m1"
      down_revision: Union[str, Sequence[str], None] = ("a1", "b1")
      branch_labels: Union[str, Sequence[str], None] = None
    `);
    expect(facts.revision?.value).toBe('m1');
    expect(facts.downRevision?.value).toEqual(['a1', 'b1']);
    expect(facts.annotatedVariables).toBe(true);
    expect(facts.branchLabels).toEqual([]);
  });
});

describe('operations', () => {
  it('resolves positional and keyword arguments, including sa.Column', async () => {
    const facts = await parseSource(`
      def upgrade():
          op.add_column(
              "users",
              sa.Column("phone", sa.String(length=20), nullable=False, server_default="x"),
          )
    `);
    const [operation] = facts.operations;
    expect(operation).toMatchObject({ name: 'add_column', receiver: 'op', function: 'upgrade', line: 2, column: 5, endLine: 5 });
    expect(operation!.args[0]).toMatchObject({ kind: 'str', value: 'users' });
    const column = operation!.args[1];
    expect(column).toMatchObject({ kind: 'call', callee: 'sa.Column' });
    if (column?.kind !== 'call') throw new Error('expected a call');
    expect(column.args[0]).toMatchObject({ kind: 'str', value: 'phone' });
    expect(column.kwargs['nullable']).toMatchObject({ kind: 'bool', value: false });
    expect(column.kwargs['server_default']).toMatchObject({ kind: 'str', value: 'x' });
  });

  it('takes the table of batch operations from the with statement', async () => {
    const facts = await parseSource(`
      def upgrade():
          with op.batch_alter_table("orders", schema=None) as batch_op:
              batch_op.drop_column("legacy")
    `);
    expect(facts.operations[0]).toMatchObject({ name: 'drop_column', receiver: 'batch', batchTable: 'orders', line: 3 });
  });

  it('marks operations inside autocommit_block', async () => {
    const facts = await parseSource(`
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("ALTER TYPE status ADD VALUE 'x'")
          op.execute("SELECT 1")
    `);
    expect(facts.operations.map((o) => o.inAutocommit)).toEqual([true, false]);
    expect(sqlOf(facts.operations[0]!)).toEqual({ sql: "ALTER TYPE status ADD VALUE 'x'", wrappedInText: false });
  });

  it('finds connection.execute with plain strings and text()', async () => {
    const facts = await parseSource(`
      def upgrade():
          conn = op.get_bind()
          conn.execute("UPDATE users SET a = 1")
          conn.execute(sa.text("UPDATE users SET b = 2 WHERE id = 1"))
          op.get_bind().execute(text(f"DELETE FROM {t}"))
    `);
    const executes = facts.operations.filter((o) => o.name === 'execute');
    expect(executes.map((o) => o.receiver)).toEqual(['connection', 'connection', 'connection']);
    expect(executes.map(sqlOf)).toEqual([
      { sql: 'UPDATE users SET a = 1', wrappedInText: false },
      { sql: 'UPDATE users SET b = 2 WHERE id = 1', wrappedInText: true },
      { sql: 'DELETE FROM "{t}"', wrappedInText: true, unknownParts: ['t'] },
    ]);
  });

  it('separates upgrade and downgrade operations', async () => {
    const facts = await parseSource(`
      def upgrade():
          op.create_table("a")

      def downgrade():
          op.drop_table("a")
    `);
    expect(facts.operations.map((o) => `${o.function}:${o.name}`)).toEqual(['upgrade:create_table', 'downgrade:drop_table']);
    expect(facts.downgrade?.isEmpty).toBe(false);
  });

  it('treats pass, ellipsis and a docstring as an empty body', async () => {
    const facts = await parseSource(`
      def upgrade():
          op.create_table("a")

      def downgrade():
          """Nothing to do."""
          pass
    `);
    expect(facts.downgrade?.isEmpty).toBe(true);
    expect(facts.upgrade?.isEmpty).toBe(false);
  });
});

describe("the names a module's imports give Alembic's op", () => {
  it('reads op functions imported on their own and called bare (rucio), the connection of a bare get_bind() included', async () => {
    const facts = await parseSource(`
      from alembic import context
      from alembic.op import add_column, drop_column as remove_column, get_bind, execute

      def upgrade():
          add_column("rses", sa.Column("availability_read", sa.Boolean), schema=schema)
          link = get_bind()
          link.execute(sa.text("UPDATE rses SET availability_read = true"))
          execute("UPDATE rses SET x = 1")

      def downgrade():
          remove_column("rses", "availability_read")
    `);
    expect(facts.operations.map((o) => [o.function, o.receiver, o.name, o.receiverText])).toEqual([
      ['upgrade', 'op', 'add_column', ''],
      ['upgrade', 'connection', 'execute', 'link'],
      ['upgrade', 'op', 'execute', ''],
      ['downgrade', 'op', 'drop_column', ''],
    ]);
    expect(facts.operations[0]!.args[0]).toMatchObject({ kind: 'str', value: 'rses' });
    // get_bind itself is plumbing, not an operation; a function of another module named like an op's is not op's.
    const other = await parseSource(`
      from myproject.db import add_column

      def upgrade():
          add_column("users", "phone")
    `);
    expect(other.operations).toEqual([]);
  });

  it('reads op through an alias, through `import alembic`, and batch operations of an aliased op', async () => {
    const facts = await parseSource(`
      from alembic import op as alembic_op
      import alembic.op as aop
      import alembic

      def upgrade():
          alembic_op.drop_table("legacy")
          aop.create_index("ix_users_email", "users", ["email"])
          alembic.op.drop_column("users", "fax")
          with alembic_op.batch_alter_table("orders") as batch_op:
              batch_op.drop_column("note")
          with alembic_op.get_bind().begin() as tx:
              tx.execute(sa.text("DELETE FROM sessions"))
    `);
    expect(facts.operations.map((o) => [o.receiver, o.name, o.batchTable ?? null])).toEqual([
      ['op', 'drop_table', null],
      ['op', 'create_index', null],
      ['op', 'drop_column', null],
      ['batch', 'drop_column', 'orders'],
      ['connection', 'execute', null],
    ]);
    expect(facts.operations[0]!.receiverText).toBe('alembic_op');
  });
});

describe('environment guards', () => {
  it('guards operations inside an if that reads os.getenv', async () => {
    const facts = await parseSource(`
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_table("a")
          op.drop_table("b")
    `);
    expect(facts.operations[0]!.guards).toEqual([{ variables: ['ALLOW_DESTRUCTIVE_MIGRATIONS'], line: 3, raisesBefore: false }]);
    expect(facts.operations[1]!.guards).toEqual([]);
  });

  it("guards everything after the guide's `if env == 'production': raise` pattern", async () => {
    const facts = await parseSource(`
      import os
      def upgrade():
          env = os.getenv('ENVIRONMENT', 'development')
          if env == 'production':
              raise Exception("Review this migration before running in production!")
          op.drop_column("users", "old")
    `);
    expect(facts.operations[0]!.guards).toEqual([{ variables: ['ENVIRONMENT'], line: 4, raisesBefore: true }]);
  });

  it('recognises os.environ subscripts and membership tests', async () => {
    const facts = await parseSource(`
      import os
      def upgrade():
          if "ALLOW_DESTRUCTIVE_MIGRATIONS" not in os.environ:
              return
          op.drop_table("a")
          if os.environ["ENVIRONMENT"] != "production":
              op.drop_table("b")
    `);
    expect(facts.operations.map((o) => o.guards.flatMap((g) => g.variables))).toEqual([
      ['ALLOW_DESTRUCTIVE_MIGRATIONS'],
      ['ALLOW_DESTRUCTIVE_MIGRATIONS', 'ENVIRONMENT'],
    ]);
  });

  it('does not treat an unrelated if as a guard', async () => {
    const facts = await parseSource(`
      def upgrade():
          if True:
              raise ValueError()
          op.drop_table("a")
    `);
    expect(facts.operations[0]!.guards).toEqual([]);
  });
});

describe('loops and other calls', () => {
  it('records the loop iterable and non-op calls', async () => {
    const facts = await parseSource(`
      def upgrade():
          inspector = sa.inspect(op.get_bind())
          for table in inspector.get_table_names():
              op.drop_table(table)
          Base.metadata.drop_all(bind=op.get_bind())
    `);
    expect(facts.operations[0]).toMatchObject({ name: 'drop_table', loopIterable: 'inspector.get_table_names()' });
    expect(facts.otherCalls.map((c) => c.callee)).toContain('Base.metadata.drop_all');
  });
});

describe('parse errors', () => {
  it('reports the line of a syntax error and still reads the revision', async () => {
    const facts = await parseSource(`
      revision = "r1"
      down_revision = None

      def upgrade():
          op.add_column("users", sa.Column("x", sa.String()
    `);
    expect(facts.parseError?.line).toBeGreaterThanOrEqual(5);
    expect(facts.revision?.value).toBe('r1');
  });
});

describe('textwrap.dedent', () => {
  it('is read as the dedented string, as Python computes it', async () => {
    const cases = ['\n        SELECT 1\n          FROM t\n        WHERE x\n    ', '  a\n\tb\n', '    x\n  \n    y', '\t\tA\n\t  B\n', 'no indent\n  x', ''];
    const python = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', 'import json, sys, textwrap; print(json.dumps([textwrap.dedent(c) for c in json.load(sys.stdin)]))'], {
        input: JSON.stringify(cases),
        encoding: 'utf8',
      }),
    ) as string[];
    expect(cases.map(pythonDedent)).toEqual(python);
    const facts = await parseSource(`
      import textwrap

      def upgrade():
          op.execute(textwrap.dedent("""
              UPDATE services
                 SET rate = 1
          """))
    `);
    expect(sqlOf(facts.operations[0]!)?.sql).toBe('\nUPDATE services\n   SET rate = 1\n');
  });
});
