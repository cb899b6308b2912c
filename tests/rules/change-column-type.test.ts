import { describe, expect, it } from 'vitest';
import { changeColumnType } from '../../src/rules/change-column-type.js';
import { findingsFor, ruleTester } from '../support/rule-tester.js';
import { guideCases } from '../support/guide-snippets.js';
import { historyFindings, historyMigration } from '../support/history.js';

ruleTester(changeColumnType, {
  valid: [
    { name: 'REAL to Float(precision=3) is REAL again on PostgreSQL (faraday, autogenerate)', code: `
      def upgrade():
          op.alter_column('vulnerability', 'risk', existing_type=sa.REAL(), type_=sa.Float(precision=3, asdecimal=1), existing_nullable=True)
          op.alter_column('measurements', 'value', existing_type=postgresql.DOUBLE_PRECISION(precision=53), type_=sa.Float())
    ` },
    ...guideCases(),
    { name: 'the rule docs: good', code: changeColumnType.good },
    { name: 'existing_type alone is not a type change', code: `
      def upgrade():
          op.alter_column("orders", "total_cents", existing_type=sa.Integer(), nullable=False)
    ` },
    { name: 'type change in downgrade is not checked', code: `
      def downgrade():
          op.alter_column("orders", "total", type_=sa.Integer())
    ` },
    { name: 'widening a varchar is catalog-only on PostgreSQL', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(length=120), type_=sa.String(length=255))
    ` },
    { name: 'raising a numeric precision (same scale) or dropping the limit is catalog-only', code: `
      def upgrade():
          op.alter_column("prices", "amount", existing_type=sa.Numeric(10, 2), type_=sa.Numeric(precision=14, scale=2))
          op.alter_column("prices", "rate", existing_type=sa.NUMERIC(8, 4), type_=sa.Numeric())
    ` },
    { name: 'the previous type from an add_column earlier in the same upgrade', code: `
      def upgrade():
          op.add_column("users", sa.Column("token", sa.String(36), nullable=True))
          op.alter_column("users", "token", type_=sa.String(64))
    ` },
    { name: 'varchar to text is catalog-only on PostgreSQL (batch mode)', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column("bio", existing_type=sa.VARCHAR(200), type_=sa.Text())
    ` },
    { name: 'the downgrade puts back an unbounded String: String to Text is catalog-only', code: `
      def upgrade():
          op.alter_column("notifications", "body", type_=sa.Text(), schema="mail")

      def downgrade():
          op.alter_column("notifications", "body", type_=sa.String(), schema="mail")
    ` },
    { name: 'a branch for MySQL does not run on PostgreSQL', code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.alter_column("events", "starts_at", existing_type=sa.DateTime(), type_=mysql.DATETIME(fsp=6))
    ` },
    { name: 'a branch for MySQL URLs does not run on PostgreSQL', code: `
      def upgrade():
          if str(op.get_bind().engine.url).startswith("mysql"):
              for table_name, column_name in op.get_bind().execute(sa.text("SELECT 1")).fetchall():
                  op.alter_column(table_name=table_name, column_name=column_name, type_=mysql.DATETIME(fsp=6))
    ` },
  ],
  invalid: [
    { name: 'REAL to a double-precision Float is a rewrite', code: `
      def upgrade():
          op.alter_column('vulnerability', 'risk', existing_type=sa.REAL(), type_=sa.Float(precision=53))
    `, errors: [{ line: 2, message: /changes the type of vulnerability\.risk to sa\.Float\(precision=53\)/ }] },
    { name: 'the downgrade puts back String(500): narrowing to String(200) is flagged', code: `
      def upgrade():
          op.alter_column("notifications", "subject", type_=sa.String(200))

      def downgrade():
          op.alter_column("notifications", "subject", type_=sa.String(500))
    `, errors: [{ line: 2, message: /notifications\.subject to sa\.String\(200\)/ }] },
    { name: 'rule docs: bad', code: changeColumnType.bad, errors: [{ line: 2, message: /changes the type of orders\.total to sa\.Numeric\(12, 2\)/ }] },
    { name: 'batch mode, multi-line, with postgresql_using', code: `
      def upgrade():
          with op.batch_alter_table("users") as batch_op:
              batch_op.alter_column(
                  "age",
                  existing_type=sa.String(),
                  type_=sa.Integer(),
                  postgresql_using="age::integer",
              )
    `, errors: [{ line: 3, message: /users\.age to sa\.Integer\(\)/ }] },
    { name: 'narrowing a varchar can fail on existing data', code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(255), type_=sa.String(100))
    `, errors: [{ line: 2 }] },
    { name: 'widening without existing_type, and no earlier definition of the column, cannot be proven safe', code: `
      def upgrade():
          op.alter_column("users", "email", type_=sa.String(length=255))
    `, errors: [{ line: 2 }] },
    { name: 'lowering a numeric scale or turning an integer into a bigint rewrites the table', code: `
      def upgrade():
          op.alter_column("prices", "amount", existing_type=sa.Numeric(10, 4), type_=sa.Numeric(12, 2))
          op.alter_column("events", "id", existing_type=sa.Integer(), type_=sa.BigInteger())
    `, errors: [{ line: 2 }, { line: 3 }] },
    { name: 'widening is not exempt on other dialects, whose message is their own', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          op.alter_column("users", "email", existing_type=sa.String(length=120), type_=sa.String(length=255))
    `, errors: [{ line: 2, message: /: MySQL copies users to change it \(ALTER TABLE … MODIFY\), blocking writes meanwhile and fails if/ }] },
    { name: 'SQLite: batch mode copies the table, no PostgreSQL lock is named (securedrop)', settings: { dialect: 'sqlite' }, code: `
      def upgrade():
          with op.batch_alter_table("journalists", schema=None) as batch_op:
              batch_op.alter_column("otp_secret", existing_type=sa.VARCHAR(length=16), type_=sa.String(length=32), existing_nullable=True)
    `, errors: [{ line: 3, message: /^upgrade changes the type of journalists\.otp_secret to sa\.String\(length=32\): SQLite cannot change a column's type in place, so batch mode copies every row of journalists into a new table, converting the values with CAST where the type's affinity changes: CAST never fails, it changes a value that does not fit \(CAST\('abc' AS INTEGER\) is 0\)$/ }] },
    { name: 'annotated module variables and constants', code: `
      from typing import Union
      revision: str = "e5"
      down_revision: Union[str, None] = "d4"
      TABLE: str = "orders"

      def upgrade() -> None:
          op.alter_column(TABLE, "status", type_=sa.Enum("new", "paid", name="order_status"))
    `, errors: [{ line: 7, message: /orders\.status/ }] },
    { name: 'suppressed with a reason', code: `
      def upgrade():
          # preflight: ignore[change-column-type] lookup table with 12 rows
          op.alter_column("countries", "code", type_=sa.CHAR(2))
    `, errors: [{ line: 3, suppressed: true }] },
  ],
});

it('change-column-type: help adds a new column with the new type and backfills it', async () => {
  const [finding] = await findingsFor(changeColumnType, { code: `
    def upgrade():
        op.alter_column("users", "age", type_=sa.Integer(), postgresql_using="age::integer")
  ` });
  expect(finding?.help).toContain('op.add_column("users", sa.Column("age_new", sa.Integer(), nullable=True))');
  expect(finding?.help).toContain('op.execute("UPDATE users SET age_new = age::integer WHERE age_new IS NULL")');
});

describe('change-column-type: the previous type from earlier migrations in the revision graph', () => {
  const migration = historyMigration;
  const findings = (files: string[]) => historyFindings(changeColumnType, files);

  it('String(36) created two migrations back, widened to String(64) without existing_type: not flagged', async () => {
    const result = await findings([
      migration('a1', null, '    op.create_table("api_keys", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("key", sa.String(36)))'),
      migration('b2', 'a1', '    op.add_column("api_keys", sa.Column("label", sa.String(), nullable=True))'),
      migration('c3', 'b2', '    op.alter_column("api_keys", "key", type_=sa.String(64))'),
    ]);
    expect(result).toEqual([]);
  });

  it('the nearest earlier definition wins: widened to 64 in between, then narrowed to 40: flagged', async () => {
    const result = await findings([
      migration('a1', null, '    op.create_table("api_keys", sa.Column("key", sa.String(36)))'),
      migration('b2', 'a1', '    op.alter_column("api_keys", "key", type_=sa.String(64))'),
      migration('c3', 'b2', '    op.alter_column("api_keys", "key", type_=sa.String(40))'),
    ]);
    expect(result.map((f) => [f.file, f.line, f.message])).toEqual([
      ['versions/2_m.py', 5, expect.stringMatching(/^upgrade changes the type of api_keys\.key to sa\.String\(40\)/)],
    ]);
  });
});

it('change-column-type: a loop over computed rows names "each column in rows"; a type over several lines reads as one', async () => {
  const result = await findingsFor(changeColumnType, { code: `
    def upgrade():
        rows = op.get_bind().execute(sa.text("SELECT table_name, column_name FROM stamps")).fetchall()
        for table_name, column_name in rows:
            op.alter_column(table_name=table_name, column_name=column_name, type_=sa.DateTime(timezone=True))
        op.alter_column(
            "tickets",
            "state",
            type_=sa.Enum(
                "open", "closed", name="ticket_state"
            ),
            postgresql_using="state::ticket_state",
        )
  ` });
  expect(result.map((f) => f.message)).toEqual([
    'upgrade changes the type of each column in rows to sa.DateTime(timezone=True): this can rewrite each table in rows ' +
      'under an ACCESS EXCLUSIVE lock and fails if an existing value does not convert',
    'upgrade changes the type of tickets.state to sa.Enum("open", "closed", name="ticket_state"): this can rewrite tickets ' +
      'under an ACCESS EXCLUSIVE lock and fails if an existing value does not convert',
  ]);
});

describe('change-column-type: timestamp ↔ timestamptz by pg-version', () => {
  const code = `
    def upgrade():
        op.alter_column("events", "starts_at", existing_type=sa.DateTime(), type_=sa.DateTime(timezone=True))
  `;

  it('from PostgreSQL 12 the help says it rewrites nothing in UTC, but the column\'s indexes are rebuilt', async () => {
    const [finding] = await findingsFor(changeColumnType, { code, settings: { pgVersion: 15 } });
    expect(finding?.help).toContain("On PostgreSQL 15, timestamp ↔ timestamptz rewrites nothing while the session's TimeZone is UTC");
    expect(finding?.help).toContain(`op.execute("SET LOCAL TIME ZONE 'UTC'")`);
    expect(finding?.help).toContain('Indexes on events.starts_at are still rebuilt');
  });

  it('on PostgreSQL 11 the help says the table is rewritten', async () => {
    const [finding] = await findingsFor(changeColumnType, { code, settings: { pgVersion: 11 } });
    expect(finding?.help).toContain('On PostgreSQL 11, timestamp ↔ timestamptz rewrites the table and its indexes');
    expect(finding?.help).not.toContain('SET LOCAL TIME ZONE');
  });

  it('timestamptz back to timestamp (postgresql.TIMESTAMP) is the same case; a plain type change has no time-zone text', async () => {
    const [back] = await findingsFor(changeColumnType, {
      code: `
        def upgrade():
            op.alter_column("events", "ends_at", existing_type=postgresql.TIMESTAMP(timezone=True), type_=postgresql.TIMESTAMP())
      `,
    });
    expect(back?.help).toContain('rewrites nothing while the session');
    const [plain] = await findingsFor(changeColumnType, { code: changeColumnType.bad });
    expect(plain?.help).not.toContain('TimeZone');
  });
});
