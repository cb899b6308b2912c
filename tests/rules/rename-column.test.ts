import { expect, it } from 'vitest';
import { renameColumn } from '../../src/rules/rename-column.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';

ruleTester(renameColumn, {
  valid: [
    { name: 'a column renamed out of the way of its new version and dropped after the copy (osparc)', code: `
      def upgrade():
          op.alter_column("comp_tasks", "state", new_column_name="deprecated_state")
          op.add_column("comp_tasks", sa.Column("state", sa.Enum("NOT_STARTED", "SUCCESS", name="statetype"), nullable=False, server_default="NOT_STARTED"))
          op.execute("UPDATE comp_tasks SET state = 'SUCCESS' WHERE deprecated_state = 'done'")
          op.drop_column("comp_tasks", "deprecated_state")
    ` },
    // The guide's two rename snippets are the operation this rule is about: see the invalid cases.
    ...guideCases(['alterInsteadOfDrop', 'renamingAColumn']),
    { name: 'the rule docs: good', code: renameColumn.good },
    { name: 'a rename in downgrade (reverting the upgrade) is not flagged', code: `
      def upgrade():
          op.add_column("users", sa.Column("full_name", sa.String(), nullable=True))

      def downgrade():
          op.alter_column("users", "full_name", new_column_name="name")
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column("full_name", new_column_name="name")
    ` },
    { name: 'alter_column without new_column_name', code: `
      def upgrade():
          op.alter_column("users", "name", existing_type=sa.String(120), nullable=True)
    ` },
    { name: 'new_column_name=None renames nothing', code: `
      def upgrade():
          op.alter_column("users", "name", new_column_name=None, nullable=True)
    ` },
  ],
  invalid: [
    { name: 'rule docs: bad', code: renameColumn.bad, errors: [{ line: 2, message: /renames column users\.name to full_name/ }] },
    { name: "guide snippet: renamingAColumn (flagged on purpose: only safe with downtime)", code: `
      def upgrade():
          op.alter_column('users', 'name', new_column_name='full_name')

      def downgrade():
          op.alter_column('users', 'full_name', new_column_name='name')
    `, errors: [{ line: 2, message: /users\.name to full_name/ }] },
    { name: "guide snippet: alterInsteadOfDrop (the guide's GOOD for never-drop-tables)", code: `
      def upgrade():
          # Rename column instead of recreating table
          op.alter_column('users', 'old_name', new_column_name='new_name')
    `, errors: [{ line: 3, message: /users\.old_name to new_name/ }] },
    { name: 'batch mode, multi-line (the shop example)', code: `
      def upgrade() -> None:
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column(
                  "name",
                  new_column_name="full_name",
                  existing_type=sa.String(length=120),
                  existing_nullable=False,
              )
    `, errors: [{ line: 3, message: /users\.name to full_name/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "f6"
      down_revision: Union[str, None] = "e5"
      TABLE: str = "accounts"
      NEW: str = "display_name"

      def upgrade() -> None:
          op.alter_column(table_name=TABLE, column_name="label", new_column_name=NEW)
    `, errors: [{ line: 8, message: /accounts\.label to display_name/ }] },
    { name: 'an environment guard does not help running code', code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise Exception("Review this migration before running in production!")
          op.alter_column("users", "name", new_column_name="full_name")
    `, errors: [{ line: 5 }] },
    { name: 'suppressed: deployed with downtime', code: `
      def upgrade():
          op.alter_column("users", "name", new_column_name="full_name")  # preflight: ignore[rename-column] deployed with downtime
    `, errors: [{ line: 2, suppressed: true }] },
  ],
});

it('rename-column: help spells out expand/contract with the user\'s names and type', async () => {
  const [finding] = await findingsFor(renameColumn, { code: `
    def upgrade():
        op.alter_column("users", "name", new_column_name="full_name", existing_type=sa.String(length=120))
  ` });
  expect(finding?.help).toContain('op.add_column("users", sa.Column("full_name", sa.String(length=120), nullable=True))');
  expect(finding?.help).toContain('op.execute("UPDATE users SET full_name = name WHERE full_name IS NULL")');
  expect(finding?.help).toContain('op.drop_column("users", "name")');
});

ruleTester(renameColumn, {
  valid: [
    { name: 'renaming a column the same upgrade added', code: `
      def upgrade():
          op.add_column("users", sa.Column("nick_tmp", sa.String(), nullable=True))
          op.alter_column("users", "nick_tmp", new_column_name="nickname")
    ` },
  ],
  invalid: [
    { name: 'in a loop: each column in the iterable', code: `
      def upgrade():
          for column in RENAMES:
              op.alter_column("users", column, new_column_name=column + "_old")
    `, errors: [{ line: 3, message: /^upgrade renames each column in RENAMES of users to column \+ "_old": .* uses the old name / }] },
    { name: 'in a helper called from a loop over tables: the column of each table, not a dotted name', code: `
      def rename_owner(table):
          op.alter_column(table_name=table, column_name="tenant_id", new_column_name="project_id", existing_type=sa.String(36))

      def upgrade():
          for table in tables_with_owner():
              rename_owner(table)
    `, errors: [{ line: 2, message: /^upgrade renames column tenant_id of each table in tables_with_owner\(\) to project_id: code still running during the deploy uses tenant_id / }] },
  ],
});

it('rename-column: help for a table taken from a loop uses the loop variable, not the label', async () => {
  const [finding] = await findingsFor(renameColumn, {
    code: `
      def upgrade():
          for table in tables_with_owner():
              op.alter_column(table, "tenant_id", new_column_name="project_id", existing_type=sa.String(36))
    `,
  });
  expect(finding?.help).toContain('op.add_column(table, sa.Column("project_id", sa.String(36), nullable=True))');
  expect(finding?.help).toContain('op.execute(f"UPDATE {table} SET project_id = tenant_id WHERE project_id IS NULL")');
  expect(finding?.help).toContain('op.drop_column(table, "tenant_id")');
});
