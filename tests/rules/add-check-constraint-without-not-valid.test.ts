import { expect, it } from 'vitest';
import { addCheckConstraintWithoutNotValid } from '../../src/rules/add-check-constraint-without-not-valid.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(addCheckConstraintWithoutNotValid, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: addCheckConstraintWithoutNotValid.good },
    { name: 'postgresql_not_valid=True, keywords', code: `
      def upgrade():
          op.create_check_constraint(
              constraint_name="ck_orders_total_positive",
              table_name="orders",
              condition="total >= 0",
              postgresql_not_valid=True,
          )
    ` },
    { name: 'batch mode with postgresql_not_valid=True', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_check_constraint("ck_orders_total_positive", "total >= 0", postgresql_not_valid=True)
    ` },
    { name: 'raw SQL with NOT VALID', code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total_positive CHECK (total >= 0) NOT VALID")
    ` },
    { name: 'raw SQL VALIDATE CONSTRAINT alone', code: `
      def upgrade():
          op.execute(sa.text("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive"))
    ` },
    { name: 'CHECK on a table created in the same migration (op and SQL)', code: `
      def upgrade():
          op.create_table("refunds", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("amount", sa.Numeric()))
          op.create_check_constraint("ck_refunds_amount_positive", "refunds", "amount > 0")
          op.execute("CREATE TABLE credits (id serial PRIMARY KEY, amount numeric)")
          op.execute("ALTER TABLE credits ADD CONSTRAINT ck_credits_amount CHECK (amount > 0)")
    ` },
    { name: 'CHECK inside CREATE TABLE, and other constraints', code: `
      def upgrade():
          op.execute("CREATE TABLE coupons (id serial PRIMARY KEY, pct int CHECK (pct BETWEEN 0 AND 100))")
          op.create_unique_constraint("uq_orders_ref", "orders", ["ref"])
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    ` },
    { name: 'a MySQL-only branch does not run on PostgreSQL', code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    ` },
    { name: 'downgrade is not checked', code: `
      def downgrade():
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: addCheckConstraintWithoutNotValid.bad, errors: [{ line: 2, message:
      'upgrade adds CHECK constraint ck_orders_total_positive on orders without NOT VALID: PostgreSQL checks every row of ' +
      'orders under ACCESS EXCLUSIVE on orders (blocks reads and writes), held until the whole `alembic upgrade` run commits ' +
      '(one transaction for all its migrations)' }] },
    { name: 'postgresql_not_valid=False', code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0", postgresql_not_valid=False)
    `, errors: [{ line: 2, message: /CHECK constraint ck_orders_total_positive on orders without NOT VALID/ }] },
    { name: 'batch mode: the batch names the table', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_check_constraint(
                  "ck_orders_total_positive",
                  "total >= 0",
              )
    `, errors: [{ line: 3, message: /ck_orders_total_positive on orders without NOT VALID/ }] },
    { name: 'autogenerate style op.f() name', code: `
      def upgrade():
          op.create_check_constraint(op.f("ck_orders_total_positive"), "orders", sa.column("total") >= 0)
    `, errors: [{ line: 2, message: /CHECK constraint ck_orders_total_positive on orders/ }] },
    { name: 'raw SQL, op.execute and sa.text through the connection', code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total_positive CHECK (total >= 0)")
          conn = op.get_bind()
          conn.execute(sa.text("ALTER TABLE public.invoices ADD CONSTRAINT ck_invoices_due CHECK (due_at > issued_at)"))
    `, errors: [
      { line: 2, message: /CHECK constraint ck_orders_total_positive on orders without NOT VALID: .*ACCESS EXCLUSIVE on orders/ },
      { line: 4, message: /CHECK constraint ck_invoices_due on public.invoices without NOT VALID/ },
    ] },
    { name: 'transaction_per_migration=True: held until this migration commits', settings: { transactionPerMigration: true }, code: `
      def upgrade():
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    `, errors: [{ line: 2, message: /held until this migration commits$/ }] },
    { name: 'in an autocommit block the lock ends with the statement, but the scan still blocks', code: `
      def upgrade():
          with op.get_context().autocommit_block():
              op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    `, errors: [{ line: 3, message: /held until the statement ends \(autocommit block\)$/ }] },
    { name: 'the table created in the migration is another one', code: `
      def upgrade():
          op.create_table("refunds", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    `, errors: [{ line: 3 }] },
    { name: 'one execute call re-adding several CHECKs: one finding per table, naming them all', code: `
      def upgrade():
          op.execute("""
              ALTER TABLE events.principals DROP CONSTRAINT ck_principals_valid_enum_type;
              ALTER TABLE events.principals ADD CONSTRAINT ck_principals_valid_enum_type CHECK (type = ANY (ARRAY[1, 2, 3, 6]));
              ALTER TABLE events.principals ADD CONSTRAINT ck_principals_valid_role CHECK (type <> 6 OR role_id IS NOT NULL);
              ALTER TABLE events.session_principals ADD CONSTRAINT ck_session_principals_valid_role CHECK (type <> 6 OR role_id IS NOT NULL);
          """)
    `, errors: [
      { line: 2, message: /^upgrade adds 2 CHECK constraints \(ck_principals_valid_enum_type, ck_principals_valid_role\) on events.principals without NOT VALID/ },
      { line: 2, message: /^upgrade adds CHECK constraint ck_session_principals_valid_role on events.session_principals without NOT VALID/ },
    ] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[add-check-constraint-without-not-valid] orders holds a few hundred rows
          op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('add-check-constraint-without-not-valid: help repeats the call with postgresql_not_valid=True and validates in an autocommit block', async () => {
  const [finding] = await findingsFor(addCheckConstraintWithoutNotValid, { code: `
    def upgrade():
        op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0", deferrable=False)
  ` });
  expect(finding?.help).toBe(
    'Add it without scanning the existing rows (new rows are still checked):\n' +
      '    op.create_check_constraint("ck_orders_total_positive", "orders", "total >= 0", deferrable=False, postgresql_not_valid=True)\n' +
      'then validate after a commit, which scans without blocking reads or writes (SHARE UPDATE EXCLUSIVE):\n' +
      '    with op.get_context().autocommit_block():\n' +
      '        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive")\n' +
      '(or run the VALIDATE in a later migration deployed on its own).',
  );
  expect(finding?.lock).toEqual({ table: 'orders', mode: 'ACCESS EXCLUSIVE', blocks: 'blocks reads and writes', rewrite: false, scan: true, heldUntil: 'upgrade' });
});

it('add-check-constraint-without-not-valid: help for SQL appends NOT VALID; batch help keeps batch_op', async () => {
  const [sql] = await findingsFor(addCheckConstraintWithoutNotValid, { code: `
    def upgrade():
        op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total_positive CHECK (total >= 0);")
  ` });
  expect(sql?.help).toContain('op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total_positive CHECK (total >= 0) NOT VALID")');
  expect(sql?.help).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive")');
  const [batch] = await findingsFor(addCheckConstraintWithoutNotValid, { code: `
    def upgrade():
        with op.batch_alter_table("orders") as batch_op:
            batch_op.create_check_constraint("ck_orders_total_positive", "total >= 0")
  ` });
  expect(batch?.help).toContain('batch_op.create_check_constraint("ck_orders_total_positive", "total >= 0", postgresql_not_valid=True)');
});

it('add-check-constraint-without-not-valid: grouped help gives each statement NOT VALID and validates each', async () => {
  const [finding] = await findingsFor(addCheckConstraintWithoutNotValid, { code: `
    def upgrade():
        op.execute("ALTER TABLE orders ADD CONSTRAINT ck_a CHECK (a > 0); ALTER TABLE orders ADD CONSTRAINT ck_b CHECK (b > 0)")
  ` });
  expect(finding?.help).toBe(
    'Add them without scanning the existing rows (new rows are still checked):\n' +
      '    op.execute("ALTER TABLE orders ADD CONSTRAINT ck_a CHECK (a > 0) NOT VALID")\n' +
      '    op.execute("ALTER TABLE orders ADD CONSTRAINT ck_b CHECK (b > 0) NOT VALID")\n' +
      'then validate after a commit, which scans without blocking reads or writes (SHARE UPDATE EXCLUSIVE):\n' +
      '    with op.get_context().autocommit_block():\n' +
      '        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_a")\n' +
      '        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_b")\n' +
      '(or run the VALIDATE in a later migration deployed on its own).',
  );
});

it('add-check-constraint-without-not-valid: schema= and the naming convention give the names the VALIDATE needs', async () => {
  const [finding] = await findingsFor(addCheckConstraintWithoutNotValid, {
    settings: { namingConvention: { ck: 'ck_%(table_name)s_%(constraint_name)s' } },
    code: `
    def upgrade():
        op.create_check_constraint("positive_duration", "sessions", "duration > '0'", schema="events")
  ` });
  expect(finding?.message).toMatch(/^upgrade adds CHECK constraint ck_sessions_positive_duration on events.sessions without NOT VALID/);
  expect(finding?.help).toContain('op.create_check_constraint("positive_duration", "sessions", "duration > \'0\'", schema="events", postgresql_not_valid=True)');
  expect(finding?.help).toContain('op.execute("ALTER TABLE events.sessions VALIDATE CONSTRAINT ck_sessions_positive_duration")');
});
