import { expect, it } from 'vitest';
import { addUniqueConstraint } from '../../src/rules/add-unique-constraint.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

ruleTester(addUniqueConstraint, {
  valid: [
    { name: 'the rule docs: good', code: addUniqueConstraint.good },
    { name: 'raw SQL: the index built concurrently, then attached USING INDEX (sa.text)', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.execute("CREATE UNIQUE INDEX CONCURRENTLY uq_users_email ON users (email)")
          op.execute(sa.text("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email"))
    ` },
    { name: 'a unique index is not a constraint (create-index-not-concurrently judges it)', code: `
      def upgrade():
          op.create_index("uq_users_email", "users", ["email"], unique=True)
    ` },
    { name: 'a table created earlier in the same migration (op, batch and SQL)', code: `
      def upgrade():
          op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("number", sa.String()))
          op.create_unique_constraint("uq_invoices_number", "invoices", ["number"])
          with op.batch_alter_table("invoices") as batch_op:
              batch_op.create_unique_constraint("uq_invoices_id_number", ["id", "number"])
          op.execute("CREATE TABLE credits (id serial, ref text); ALTER TABLE credits ADD CONSTRAINT uq_credits_ref UNIQUE (ref)")
    ` },
    { name: 'the downgrade is not checked', code: `
      def downgrade():
          op.create_unique_constraint("uq_users_email", "users", ["email"])
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.create_unique_constraint("uq_users_email", "users", ["email"])
    ` },
  ],
  invalid: [
    { name: 'the rule docs: bad', code: addUniqueConstraint.bad, errors: [{
      line: 2,
      severity: 'warning',
      message: 'upgrade adds unique constraint uq_users_email on users (email): PostgreSQL builds its unique index while holding ACCESS EXCLUSIVE on users (blocks reads and writes) until the whole `alembic upgrade` run commits (one transaction for all its migrations)',
    }] },
    { name: 'raw SQL through op.execute and sa.text', code: `
      def upgrade():
          op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email, tenant_id)")
          conn = op.get_bind()
          conn.execute(sa.text("ALTER TABLE orders ADD UNIQUE (ref)"))
    `, errors: [
      { line: 2, message: /^upgrade adds unique constraint uq_users_email on users \(email, tenant_id\): PostgreSQL builds its unique index while holding ACCESS EXCLUSIVE on users \(blocks reads and writes\)/ },
      { line: 4, message: /^upgrade adds a unique constraint on orders \(ref\)/ },
    ] },
    { name: 'batch operation', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.create_unique_constraint(batch_op.f("uq_users_email"), ["email"])
    `, errors: [{ line: 3, message: /unique constraint uq_users_email on users \(email\)/ }] },
    { name: 'inside an autocommit block the lock ends with the statement, the build still blocks', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_unique_constraint("uq_users_email", "users", ["email"])
    `, errors: [{ line: 3, message: /until the statement ends \(autocommit block\)/ }] },
  ],
});

it('shows the two steps with the user\'s own names', async () => {
  const [op] = await findingsFor(addUniqueConstraint, { code: `
      def upgrade():
          with op.batch_alter_table("users", schema=None) as batch_op:
              batch_op.create_unique_constraint(batch_op.f("uq_users_email"), ["email"])
  ` });
  expect(op?.help).toBe(
    'Build the index without blocking reads and writes, then attach it (a brief lock, nothing is built):\n' +
      '    with op.get_context().autocommit_block():\n' +
      '        op.create_index(op.f("uq_users_email"), "users", ["email"], unique=True, postgresql_concurrently=True)\n' +
      '    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email")\n' +
      'If the concurrent build fails (a duplicate value), it leaves an INVALID index: drop it, fix the data, retry.',
  );
  expect(op?.lock).toMatchObject({ table: 'users', mode: 'ACCESS EXCLUSIVE', scan: true });
  const [sql] = await findingsFor(addUniqueConstraint, { code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD UNIQUE (shop_id, ref)")
  ` });
  expect(sql?.help?.split('\n').slice(1, 4)).toEqual([
    '    with op.get_context().autocommit_block():',
    '        op.execute("CREATE UNIQUE INDEX CONCURRENTLY orders_shop_id_ref_key ON orders (shop_id, ref)")',
    '    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_shop_id_ref_key UNIQUE USING INDEX orders_shop_id_ref_key")',
  ]);
});
