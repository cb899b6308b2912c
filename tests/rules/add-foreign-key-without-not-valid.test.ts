import { expect, it } from 'vitest';
import { addForeignKeyWithoutNotValid } from '../../src/rules/add-foreign-key-without-not-valid.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(addForeignKeyWithoutNotValid, {
  valid: [
    ...guideCases(),
    { name: 'the rule docs: good', code: addForeignKeyWithoutNotValid.good },
    { name: 'postgresql_not_valid=True, multi-line, keywords', code: `
      def upgrade():
          op.create_foreign_key(
              constraint_name="fk_orders_user_id",
              source_table="orders",
              referent_table="users",
              local_cols=["user_id"],
              remote_cols=["id"],
              postgresql_not_valid=True,
          )
    ` },
    { name: 'batch mode with postgresql_not_valid=True', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_foreign_key("fk_orders_user_id", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    ` },
    { name: 'foreign key on a table created in the same migration', code: `
      def upgrade():
          op.create_table("addresses", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
          op.create_foreign_key("fk_addresses_user_id", "addresses", "users", ["user_id"], ["id"])
    ` },
    { name: 'raw SQL with NOT VALID, then VALIDATE in a later migration', code: `
      def upgrade():
          op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")
    ` },
    { name: 'raw SQL VALIDATE CONSTRAINT', code: `
      def upgrade():
          op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")
    ` },
    { name: 'raw SQL FK on a table created by raw SQL in the same migration', code: `
      def upgrade():
          op.execute("CREATE TABLE notes (id serial PRIMARY KEY, user_id int)")
          op.execute("ALTER TABLE notes ADD CONSTRAINT fk_notes_user FOREIGN KEY (user_id) REFERENCES users (id)")
    ` },
    { name: 'not PostgreSQL: off', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    ` },
    { name: 'a branch for MySQL URLs does not run on PostgreSQL', code: `
      def upgrade():
          url = str(op.get_bind().engine.url)
          if url.startswith("mysql"):
              op.drop_constraint("orders_ibfk_1", "orders", type_="foreignkey")
              op.create_foreign_key("orders_ibfk_1", "orders", "customers", ["customer_id"], ["id"], ondelete="CASCADE")
    ` },
    { name: 'batch mode on a table created in the same migration', code: `
      def upgrade():
          op.create_table("shipments", sa.Column("id", sa.Integer(), primary_key=True))
          with op.batch_alter_table("shipments") as batch_op:
              batch_op.add_column(sa.Column("carrier_id", sa.Integer(), nullable=True))
              batch_op.create_foreign_key("fk_shipments_carrier_id", "carriers", ["carrier_id"], ["id"])
    ` },
    { name: 'a column added later to a table created earlier in the same migration', code: `
      def upgrade():
          op.create_table("shipments", sa.Column("id", sa.Integer(), primary_key=True), schema="logistics")
          op.add_column("shipments", sa.Column("carrier_id", sa.Integer()), schema="logistics")
          op.create_foreign_key(None, "shipments", "carriers", ["carrier_id"], ["id"], source_schema="logistics", referent_schema="logistics")
    ` },
    { name: 'a column with sa.ForeignKey(..., postgresql_not_valid=True)', code: `
      def upgrade():
          op.add_column("routes", sa.Column("carrier_id", sa.Integer(), sa.ForeignKey("carriers.id", postgresql_not_valid=True)))
    ` },
    { name: 'a column with sa.ForeignKey added to a table created in the same migration', code: `
      def upgrade():
          op.create_table("routes", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("routes", sa.Column("carrier_id", sa.Integer(), sa.ForeignKey("carriers.id")))
    ` },
    { name: 'a column without a foreign key', code: `
      def upgrade():
          op.add_column("routes", sa.Column("carrier_id", sa.Integer(), nullable=True))
    ` },
    { name: 'downgrade is not checked', code: `
      def downgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: addForeignKeyWithoutNotValid.bad, errors: [{ line: 2, message: /foreign key fk_orders_user_id on orders → users without NOT VALID/ }] },
    { name: 'postgresql_not_valid=False', code: `
      def upgrade():
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=False)
    `, errors: [{ line: 2 }] },
    { name: 'batch mode, multi-line', code: `
      def upgrade():
          with op.batch_alter_table("orders") as batch_op:
              batch_op.create_foreign_key(
                  "fk_orders_user_id",
                  "users",
                  ["user_id"],
                  ["id"],
              )
    `, errors: [{ line: 3, message: /on orders → users/ }] },
    { name: 'autogenerate style: op.f(...) name', code: `
      def upgrade():
          op.create_foreign_key(op.f("fk_orders_user_id_users"), "orders", "users", ["user_id"], ["id"])
    `, errors: [{ line: 2, message: /foreign key fk_orders_user_id_users on orders → users/ }] },
    { name: 'raw SQL ADD CONSTRAINT ... FOREIGN KEY without NOT VALID', code: `
      def upgrade():
          conn = op.get_bind()
          conn.execute(sa.text("ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id)"))
    `, errors: [{ line: 3, message: /foreign key on orders without NOT VALID/ }] },
    { name: 'annotated module variables and constants; the FK table is not the created one', code: `
      from typing import Union
      revision: str = "h8"
      down_revision: Union[str, None] = "g7"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.create_table("customers", sa.Column("id", sa.Integer(), primary_key=True))
          op.create_foreign_key(None, TABLE, "customers", ["customer_id"], ["id"])
    `, errors: [{ line: 8, message: /foreign key on orders → customers/ }] },
    { name: 'the PostgreSQL branch of a URL test is checked', code: `
      def upgrade():
          url = str(op.get_bind().engine.url)
          if url.startswith("mysql"):
              op.create_foreign_key("orders_ibfk_1", "orders", "customers", ["customer_id"], ["id"], ondelete="CASCADE")
          elif url.startswith("postgres"):
              op.create_foreign_key("orders_customer_id_fkey", "orders", "customers", ["customer_id"], ["id"], ondelete="CASCADE")
    `, errors: [{ line: 6, message: /foreign key orders_customer_id_fkey on orders → customers/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[add-foreign-key-without-not-valid] orders has a few hundred rows
          op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"])
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('add-foreign-key-without-not-valid: help repeats the call with postgresql_not_valid=True and the VALIDATE step', async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], ondelete="CASCADE")
  ` });
  expect(finding?.help).toContain(
    'op.create_foreign_key("fk_orders_user_id", "orders", "users", ["user_id"], ["id"], ondelete="CASCADE", postgresql_not_valid=True)',
  );
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id")');
});

it('add-foreign-key-without-not-valid: help for raw SQL appends NOT VALID to the statement', async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.execute("ALTER TABLE orders ADD CONSTRAINT fk_o_u FOREIGN KEY (user_id) REFERENCES users (id);")
  ` });
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders ADD CONSTRAINT fk_o_u FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")');
  expect(finding?.help).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_o_u")');
});

it('add-foreign-key-without-not-valid: a table from a loop over a computed list is named by the loop, never as a placeholder', async () => {
  const [finding, ...rest] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    AUDITED = ("invoices", "payments", "refunds")
    MODELS = [(name, sa.Table(name, sa.MetaData(), sa.Column("audit_id", sa.BigInteger()))) for name in AUDITED]

    def upgrade():
        for name, model in MODELS:
            op.create_foreign_key(
                constraint_name=None, source_table=name, referent_table="audit_entries",
                local_cols=["audit_id"], remote_cols=["id"], ondelete="CASCADE")
  ` });
  expect(rest).toEqual([]);
  expect(finding?.message).toBe(
    'upgrade adds foreign key on each table in MODELS → audit_entries without NOT VALID: ' +
      'PostgreSQL checks every row of each table in MODELS while blocking writes to both tables',
  );
  expect(finding?.help).toContain('op.execute(f"ALTER TABLE {name} VALIDATE CONSTRAINT <constraint name>")');
  expect(finding?.help).not.toContain('<table>');
});

const NEW_COLUMN = /invoices\.customer_id is added in this migration, so every value is NULL and the check cannot fail, but PostgreSQL still reads every row of invoices/;

it('add-foreign-key-without-not-valid: a key column the upgrade just added is all NULL: the check cannot fail, the scan and the locks remain', async () => {
  const [finding, ...rest] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True))
        op.create_index("ix_invoices_customer_id", "invoices", ["customer_id"])
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"], ondelete="SET NULL")
  ` });
  expect(rest).toEqual([]);
  expect(finding?.line).toBe(4);
  expect(finding?.message).toBe(
    'upgrade adds foreign key fk_invoices_customer_id on invoices → customers without NOT VALID: ' +
      'invoices.customer_id is added in this migration, so every value is NULL and the check cannot fail, ' +
      "but PostgreSQL still reads every row of invoices while the add_column's ACCESS EXCLUSIVE lock blocks its reads and writes, " +
      'and blocks writes to customers until the migration commits',
  );
  expect(finding?.help).toContain('postgresql_not_valid=True');
  expect(finding?.help).toContain('cannot fail while the column holds only NULLs');
});

it('add-foreign-key-without-not-valid: a new column in a batch is named after the batch table', async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        with op.batch_alter_table("invoices") as batch_op:
            batch_op.add_column(sa.Column("customer_id", sa.BigInteger(), nullable=True))
            batch_op.create_foreign_key("fk_invoices_customer_id", "customers", ["customer_id"], ["id"])
  ` });
  expect(finding?.message).toMatch(NEW_COLUMN);
});

it('add-foreign-key-without-not-valid: a new column filled before the foreign key gets the plain message (the check can fail)', async () => {
  const cases = [
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True))
        op.execute("UPDATE invoices SET customer_id = orders.customer_id FROM orders WHERE orders.id = invoices.order_id")
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=False, server_default="1"))
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    invoices = sa.table("invoices", sa.column("id"), sa.column("customer_id"))

    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True))
        conn = op.get_bind()
        for invoice_id, customer_id in CUSTOMERS:
            conn.execute(invoices.update().where(invoices.c.id == invoice_id).values(customer_id=customer_id))
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True))
        op.execute(f"UPDATE invoices SET customer_id = {DEFAULT_CUSTOMER}")
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True))
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id", "region"], ["id", "region"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=False))
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), sa.Identity(), nullable=True))
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"])
    `,
    `
    def upgrade():
        op.add_column("invoices", sa.Column("customer_id", sa.BigInteger(), nullable=True), schema="archive")
        op.create_foreign_key("fk_invoices_customer_id", "invoices", "customers", ["customer_id"], ["id"], source_schema="billing")
    `,
  ];
  for (const code of cases) {
    const [finding] = await findingsFor(addForeignKeyWithoutNotValid, { code });
    expect(finding?.message).toMatch(/PostgreSQL checks every row of invoices while blocking writes to both tables$/);
  }
});

it('add-foreign-key-without-not-valid: add_column with sa.ForeignKey adds the key in a second ALTER TABLE, and is flagged', async () => {
  const [finding, ...rest] = await findingsFor(addForeignKeyWithoutNotValid, { code: `
    def upgrade():
        op.add_column("routes", sa.Column("carrier_id", sa.String(36), sa.ForeignKey("carriers.id", ondelete="SET NULL"), nullable=True))
  ` });
  expect(rest).toEqual([]);
  expect(finding?.message).toBe(
    'upgrade adds foreign key on routes → carriers without NOT VALID ' +
      '(the sa.ForeignKey of the new column routes.carrier_id, added by a second ALTER TABLE): the column is new, ' +
      'so every value is NULL and the check cannot fail, but PostgreSQL still reads every row of routes ' +
      "while the add_column's ACCESS EXCLUSIVE lock blocks its reads and writes, and blocks writes to carriers until the migration commits",
  );
  expect(finding?.help).toContain('sa.ForeignKey("carriers.id", ondelete="SET NULL", postgresql_not_valid=True)');
  expect(finding?.help).toContain('op.execute("ALTER TABLE routes VALIDATE CONSTRAINT routes_carrier_id_fkey")');
  expect(finding?.help).toContain("routes_carrier_id_fkey is PostgreSQL's name for an unnamed key");
});

it("add-foreign-key-without-not-valid: the sa.ForeignKey's constraint is named by the project's naming convention, in a batch too", async () => {
  const [finding] = await findingsFor(addForeignKeyWithoutNotValid, {
    settings: { namingConvention: { fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s' } },
    code: `
    def upgrade():
        with op.batch_alter_table("routes") as batch_op:
            batch_op.add_column(sa.Column("carrier_id", sa.Integer(), sa.ForeignKey("logistics.carriers.id"), nullable=False))
  ` });
  // NOT NULL without a default: not "all NULL" (add-column-not-null-without-default covers the failing ADD).
  expect(finding?.message).toBe(
    'upgrade adds foreign key fk_routes_carrier_id_carriers on routes → logistics.carriers without NOT VALID ' +
      '(the sa.ForeignKey of the new column routes.carrier_id, added by a second ALTER TABLE): ' +
      'PostgreSQL checks every row of routes while blocking writes to both tables',
  );
  expect(finding?.help).toContain('VALIDATE CONSTRAINT fk_routes_carrier_id_carriers")');
  expect(finding?.help).not.toContain("PostgreSQL's name");
});
