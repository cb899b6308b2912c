import { expect, it } from 'vitest';
import { renameTable } from '../../src/rules/rename-table.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';
import { SQLITE_TABLE_REBUILD } from '../support/real-patterns.js';

ruleTester(renameTable, {
  valid: [
    { name: 'a table rebuilt through a rename (securedrop, SQLite): the old name is created again', code: SQLITE_TABLE_REBUILD },
    ...guideCases(),
    { name: 'the rule docs: good (a view keeps the old name)', code: renameTable.good },
    { name: 'CREATE OR REPLACE VIEW with schema, before the rename, via a connection', code: `
      def upgrade():
          conn = op.get_bind()
          op.rename_table("customers", "clients")
          conn.execute(sa.text("CREATE OR REPLACE VIEW public.customers AS SELECT * FROM clients"))
    ` },
    { name: 'a rename in downgrade (reverting the upgrade) is not flagged', code: `
      def upgrade():
          op.create_table("clients", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          op.rename_table("clients", "customers")
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: renameTable.bad, errors: [{ line: 2, message: /renames table customers to clients/ }] },
    { name: 'multi-line with keywords', code: `
      def upgrade():
          op.rename_table(
              old_table_name="customers",
              new_table_name="clients",
          )
    `, errors: [{ line: 2, message: /customers to clients/ }] },
    { name: 'a view with another name does not keep the old one', code: `
      def upgrade():
          op.rename_table("customers", "clients")
          op.execute("CREATE VIEW customer_list AS SELECT id FROM clients")
    `, errors: [{ line: 2 }] },
    { name: 'CREATE VIEW inside a string value or a comment of the SQL creates no view', code: `
      def upgrade():
          op.rename_table("customers", "clients")
          op.execute("INSERT INTO audit_log (note) VALUES ('CREATE VIEW customers AS SELECT * FROM clients') -- CREATE VIEW customers")
    `, errors: [{ line: 2, message: /customers to clients/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "g7"
      down_revision: Union[str, None] = "f6"
      OLD: str = "legacy_coupons"

      def upgrade() -> None:
          op.rename_table(OLD, "_deprecated_legacy_coupons")
    `, errors: [{ line: 7, message: /legacy_coupons to _deprecated_legacy_coupons/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[rename-table] no code reads legacy_coupons since v3
          op.rename_table("legacy_coupons", "_deprecated_legacy_coupons")
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('rename-table: help shows the view with the user\'s names', async () => {
  const [finding] = await findingsFor(renameTable, { code: renameTable.bad });
  expect(finding?.help).toContain('op.rename_table("customers", "clients")');
  expect(finding?.help).toContain('op.execute("CREATE VIEW customers AS SELECT * FROM clients")');
});

ruleTester(renameTable, {
  valid: [
    { name: 'renaming a table the same upgrade created', code: `
      def upgrade():
          op.create_table("reports_new", sa.Column("id", sa.Integer(), primary_key=True))
          op.rename_table("reports_new", "reports_v2")
    ` },
  ],
  invalid: [
    { name: 'renaming a table created only later in the upgrade (it existed before)', code: `
      def upgrade():
          op.rename_table("reports", "reports_old")
          op.create_table("reports", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 2, message: /renames table reports to reports_old/ }] },
  ],
});
