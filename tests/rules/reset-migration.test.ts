import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resetMigration } from '../../src/rules/reset-migration.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';

const RESET = '001_initial_clean_schema.py';

ruleTester(resetMigration, {
  valid: [
    { name: 'the documented good example', code: resetMigration.good },
    { name: 'the guarded wipe in the reset migration', file: RESET, code: `
      import os

      def upgrade():
          bind = op.get_bind()
          if os.getenv('ALLOW_DESTRUCTIVE_MIGRATIONS') == '1':
              for table_name in sa.inspect(bind).get_table_names():
                  if table_name != 'alembic_version':
                      op.drop_table(table_name)
    ` },
    { name: 'the example project reset migration', file: RESET, code: readFileSync(new URL('../../examples/shop/migrations/versions/001_initial_clean_schema.py', import.meta.url), 'utf8') },
    { name: 'dropping named tables is drop-table territory, not a wipe', code: `
      def upgrade():
          for name in ["a", "b"]:
              op.drop_table(name)
    ` },
    { name: 'reading table names without dropping', code: `
      def upgrade():
          for table_name in sa.inspect(op.get_bind()).get_table_names():
              op.add_column(table_name, sa.Column("tenant_id", sa.Integer(), nullable=True))
    ` },
    { name: 'drop_all in downgrade of an initial migration is its inverse', code: `
      def upgrade():
          Base.metadata.create_all(bind=op.get_bind())

      def downgrade():
          Base.metadata.drop_all(bind=op.get_bind())
    ` },
    { name: 'the reset migration configured by revision id, flag via a raising guard', settings: { resetMigrations: ['2f904228e8b1'] }, file: '2f904228e8b1_reset.py', code: `
      import os
      revision: str = "2f904228e8b1"

      def upgrade() -> None:
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") != "1":
              raise RuntimeError("set ALLOW_DESTRUCTIVE_MIGRATIONS=1")
          op.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
          Base.metadata.drop_all(
              bind=op.get_bind(),
          )
    ` },
  ],
  invalid: [
    { name: 'the documented bad example', code: resetMigration.bad, errors: [{ line: 4, message: /only the reset migration \(001_initial_clean_schema\.py\) may wipe the schema/ }] },
    { name: 'drop_all and DROP SCHEMA in a regular migration, even behind the flag', code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              Base.metadata.drop_all(
                  bind=op.get_bind(),
              )
          connection = op.get_bind()
          connection.execute(sa.text("DROP SCHEMA public CASCADE"))
    `, errors: [
      { line: 4, message: /wipes the schema \(Base\.metadata\.drop_all\(\)\)/ },
      { line: 8, message: /DROP SCHEMA public CASCADE/ },
    ] },
    { name: 'DROP TABLE through an f-string in a loop over every table', code: `
      def upgrade():
          inspector = sa.inspect(op.get_bind())
          for t in inspector.get_table_names():
              op.execute(f"DROP TABLE {t} CASCADE")
    `, errors: [{ line: 4, message: /for every table in inspector\.get_table_names\(\)/ }] },
    { name: 'the reset migration without the flag', file: RESET, code: `
      def upgrade():
          bind = op.get_bind()
          for table_name in sa.inspect(bind).get_table_names():
              op.drop_table(table_name)
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    `, errors: [{ line: 4, message: /the reset migration wipes the schema .* it must be protected by ALLOW_DESTRUCTIVE_MIGRATIONS/ }] },
    { name: 'the reset migration guarded by ENVIRONMENT only', file: RESET, code: `
      import os
      def upgrade():
          if os.getenv("ENVIRONMENT") != "production":
              with op.get_context().autocommit_block():
                  op.execute("DROP SCHEMA public CASCADE")
    `, errors: [{ line: 5, message: /protected by ALLOW_DESTRUCTIVE_MIGRATIONS/ }] },
    { name: 'a custom destructive flag', file: RESET, settings: { destructiveFlag: 'I_KNOW_WHAT_I_AM_DOING' }, code: `
      import os
      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              for table in reversed(Base.metadata.sorted_tables):
                  op.drop_table(table.name)
    `, errors: [{ line: 5, message: /protected by I_KNOW_WHAT_I_AM_DOING/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[reset-migration] test-only fixture database, never deployed
          Base.metadata.drop_all(op.get_bind())
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

describe('reset-migration help', () => {
  it('shows the wipe inside the flag check, with its loop', async () => {
    const [finding] = await findingsFor(resetMigration, { file: RESET, code: resetMigration.bad });
    expect(finding?.help).toContain(`        if os.getenv('ALLOW_DESTRUCTIVE_MIGRATIONS') == '1':
            for table_name in sa.inspect(bind).get_table_names():
                op.drop_table(table_name)`);
  });
});
