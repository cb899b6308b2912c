import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../../src/analysis/analyze-migration.js';
import { decideChecklist, otherFindings, type Evidence, type ItemDecision } from '../../../src/review/checklist/decide.js';
import type { Checklist } from '../../../src/review/checklist/schema.js';
import { buildRevisionGraph } from '../../../src/analysis/graph/graph.js';
import { loadChecklistFile } from '../../../src/io/fs/checklists.js';
import { packageFile } from '../../../src/io/package-paths.js';
import { runRules, type SeverityOverrides } from '../../../src/rules/runner.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../src/model/settings.js';
import { type Finding } from '../../../src/model/findings.js';
import { EXAMPLE_SHOP } from '../../support/cli.js';
import { parseSource } from '../../support/parser.js';

const CHECKLIST = loadChecklistFile(packageFile('checklists', 'migration.yaml')).checklist;
const FILE = 'versions/0001_test.py';

interface Decided {
  decisions: ItemDecision[];
  findings: Finding[];
  item(id: string): ItemDecision;
}

/** Parses `code`, runs every rule and decides the checklist, as `preflight review` does. */
async function decide(
  code: string,
  options: { file?: string; settings?: Partial<RuleSettings>; severities?: SeverityOverrides; downRevisionLabel?: string; checklist?: Checklist } = {},
): Promise<Decided> {
  const facts = await parseSource(code, options.file ?? FILE);
  const migration = await analyzeMigration(facts);
  const settings = { ...DEFAULT_RULE_SETTINGS, ...options.settings };
  const findings = runRules({
    migrations: [migration],
    graph: buildRevisionGraph([facts]),
    settings,
    ...(options.severities ? { severities: options.severities } : {}),
  }).filter((finding) => finding.file === facts.path);
  const decisions = decideChecklist(options.checklist ?? CHECKLIST, {
    migration,
    findings,
    settings,
    downRevisionLabel: options.downRevisionLabel ?? '1a2b3c4d5e6f',
  });
  return {
    decisions,
    findings,
    item(id) {
      const decision = decisions.find((candidate) => candidate.id === id);
      if (!decision) throw new Error(`no decision for ${id}`);
      return decision;
    },
  };
}

function fact(line: number, message: string | RegExp, file = FILE): Evidence {
  return expect.objectContaining({ file, line, message: typeof message === 'string' ? message : expect.stringMatching(message) }) as Evidence;
}

function finding(rule: string, line: number, message: RegExp, file = FILE): Evidence {
  return expect.objectContaining({ rule, file, line, message: expect.stringMatching(message) }) as Evidence;
}

/** Every auto answer carries evidence with file, line and a message. */
function expectEvidenceComplete(decisions: ItemDecision[]): void {
  for (const decision of decisions) {
    if (decision.autoAnswer === undefined) continue;
    expect(decision.evidence.length, `${decision.id} has evidence`).toBeGreaterThan(0);
    for (const evidence of decision.evidence) {
      expect(evidence.file).toBeTruthy();
      expect(evidence.line).toBeGreaterThan(0);
      expect(evidence.message.trim()).not.toBe('');
    }
  }
}

const ADD_NULLABLE = `
  def upgrade():
      op.add_column("users", sa.Column("phone", sa.String(length=32), nullable=True))

  def downgrade():
      op.drop_column("users", "phone")
`;

describe('decisions for every item', () => {
  it('returns one decision per checklist item, in order, and every auto answer has evidence', async () => {
    const { decisions } = await decide(ADD_NULLABLE);
    expect(decisions.map((decision) => decision.id)).toEqual(CHECKLIST.items.map((item) => item.id));
    expect(decisions.filter((decision) => decision.autoAnswer).every((decision) => decision.decidedBy === 'auto')).toBe(true);
    expectEvidenceComplete(decisions);
  });
});

describe('alter-not-drop', () => {
  it('yes when the upgrade alters in place', async () => {
    const { item } = await decide(ADD_NULLABLE);
    expect(item('alter-not-drop')).toEqual({
      id: 'alter-not-drop',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [{ file: FILE, line: 2, message: 'no table is dropped; the upgrade alters in place (1 ALTER-style operation)' }],
    });
  });

  it('yes when the upgrade drops nothing at all (evidence at the upgrade function)', async () => {
    const { item } = await decide(`
      def upgrade():
          pass

      def downgrade():
          pass
    `);
    expect(item('alter-not-drop')).toMatchObject({ autoAnswer: 'yes', evidence: [fact(1, 'the upgrade drops no table and wipes no schema')] });
  });

  it('no ⇐ drop-table', async () => {
    const { item } = await decide(`
      def upgrade():
          op.drop_table("legacy_coupons")

      def downgrade():
          op.create_table("legacy_coupons", sa.Column("id", sa.Integer(), primary_key=True))
    `);
    expect(item('alter-not-drop')).toEqual({
      id: 'alter-not-drop',
      autoAnswer: 'no',
      decidedBy: 'auto',
      evidence: [finding('drop-table', 2, /^upgrade drops table legacy_coupons: its data is lost/)],
    });
  });

  it('no ⇐ drop-and-recreate-table', async () => {
    const { item } = await decide(`
      def upgrade():
          op.drop_table("users")
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          pass
    `);
    const decision = item('alter-not-drop');
    expect(decision.autoAnswer).toBe('no');
    expect(decision.evidence).toContainEqual(finding('drop-and-recreate-table', 2, /drops table users and creates it again \(at line 3\)/));
  });

  it('no ⇐ reset-migration (a schema wipe outside the reset migration)', async () => {
    const { item } = await decide(
      `
      def upgrade():
          Base.metadata.drop_all(bind=op.get_bind())

      def downgrade():
          pass
    `,
      { file: 'versions/0002_wipe.py' },
    );
    expect(item('alter-not-drop')).toMatchObject({
      autoAnswer: 'no',
      evidence: [finding('reset-migration', 2, /only the reset migration \(001_initial_clean_schema\.py\) may wipe the schema/, 'versions/0002_wipe.py')],
    });
  });

  it('no when raw SQL drops a table: the destructive-raw-sql finding on that statement is the evidence', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.execute("UPDATE coupons SET code = upper(code) WHERE code IS NOT NULL")
          op.execute("DROP TABLE legacy_coupons")

      def downgrade():
          pass
    `);
    const rule = findings.find((f) => f.rule === 'destructive-raw-sql')!;
    expect(rule.line).toBe(3);
    expect(item('alter-not-drop')).toEqual({
      id: 'alter-not-drop',
      autoAnswer: 'no',
      decidedBy: 'auto',
      evidence: [{ rule: 'destructive-raw-sql', file: FILE, line: 3, message: rule.message }],
    });
    expect(rule.message).toMatch(/^raw SQL drops table legacy_coupons: DROP TABLE legacy_coupons, and no production safeguard guards it/);
  });

  it('yes when raw SQL drops only a scratch table the same upgrade created (no rule reports it)', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.execute("CREATE TABLE order_totals AS SELECT order_id, sum(cents) AS cents FROM order_items GROUP BY order_id")
          op.execute("UPDATE orders SET total_cents = t.cents FROM order_totals t WHERE t.order_id = orders.id AND orders.total_cents IS NULL")
          op.execute("DROP TABLE order_totals")

      def downgrade():
          pass
    `);
    expect(findings.map((f) => f.rule)).not.toContain('destructive-raw-sql');
    expect(item('alter-not-drop')).toMatchObject({ autoAnswer: 'yes', evidence: [fact(1, 'the upgrade drops no table and wipes no schema')] });
  });

  it('the reset migration dropping every table behind its flag goes to the reviewer: no rule reports it, and "no table is dropped" would be false', async () => {
    const { item, findings } = await decide(
      `
      import os

      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              bind = op.get_bind()
              for table_name in sa.inspect(bind).get_table_names():
                  op.drop_table(table_name)
          op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))

      def downgrade():
          op.drop_table("users")
    `,
      { file: 'versions/001_initial_clean_schema.py' },
    );
    expect(findings.filter((f) => ['drop-table', 'reset-migration'].includes(f.rule))).toEqual([]);
    expect(item('alter-not-drop')).toEqual({
      id: 'alter-not-drop',
      evidence: [
        fact(
          7,
          'line 7: drop_table of each table in sa.inspect(bind).get_table_name… drops a table behind ALLOW_DESTRUCTIVE_MIGRATIONS: only the reset migration may, on a database without real data',
          'versions/001_initial_clean_schema.py',
        ),
      ],
    });
  });

  it('yes when raw SQL only rewrites rows (unbounded UPDATE / DELETE are other findings)', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.execute("UPDATE users SET email = lower(email)")
          op.execute("DELETE FROM sessions")

      def downgrade():
          pass
    `);
    expect(item('alter-not-drop')).toMatchObject({ autoAnswer: 'yes', evidence: [fact(1, 'the upgrade drops no table and wipes no schema')] });
    // Unguarded, they decide production-safeguards and are shown there, not among the other findings.
    expect(item('production-safeguards').evidence.map((e) => e.rule)).toEqual(['destructive-raw-sql', 'destructive-raw-sql']);
    expect(otherFindings(CHECKLIST, findings).map((f) => f.rule)).not.toContain('destructive-raw-sql');
  });

  it('a suppressed finding is a reviewed exception: the reviewer answers, with the suppression as evidence', async () => {
    const { item } = await decide(`
      def upgrade():
          op.drop_table("legacy")  # preflight: ignore[drop-table] moved to the archive database

      def downgrade():
          op.create_table("legacy", sa.Column("id", sa.Integer()))
    `);
    expect(item('alter-not-drop')).toEqual({
      id: 'alter-not-drop',
      evidence: [
        {
          rule: 'drop-table',
          file: FILE,
          line: 2,
          message: expect.stringMatching(/^upgrade drops table legacy: /),
          suppressed: true,
          suppressReason: 'moved to the archive database',
        },
      ],
    });
  });
});

describe('data-migration-strategy', () => {
  it('n/a when no column becomes NOT NULL, none changes type and no row changes', async () => {
    const { item } = await decide(ADD_NULLABLE);
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'n/a',
      decidedBy: 'auto',
      evidence: [fact(1, 'no column becomes NOT NULL or changes type, and the upgrade changes no rows')],
    });
  });

  it('cites the UPDATE the rule found, not the first UPDATE before the ALTER', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.add_column("orders", sa.Column("currency", sa.String(length=3), nullable=True))
          op.add_column("orders", sa.Column("country", sa.String(length=2), nullable=True))
          op.execute("UPDATE orders SET currency = 'EUR' WHERE currency IS NULL")
          op.execute("UPDATE orders SET country = 'DE' WHERE country IS NULL")
          op.alter_column("orders", "country", nullable=False)

      def downgrade():
          op.drop_column("orders", "country")
          op.drop_column("orders", "currency")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('set-not-null-without-backfill');
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [{ file: FILE, line: 6, message: 'backfilled at line 5 before orders.country becomes NOT NULL' }],
    });
  });

  it('a backfill through SQLAlchemy Core counts where the rule counts it (the call, by line)', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("locale", sa.String(length=8), nullable=True))
          bind = op.get_bind()
          session = orm.Session(bind=bind)
          session.query(User).update({"locale": "en"})
          op.alter_column("users", "locale", nullable=False)

      def downgrade():
          op.drop_column("users", "locale")
    `);
    const decision = item('data-migration-strategy');
    expect(decision.evidence).toContainEqual({ file: FILE, line: 6, message: 'backfilled at line 5 before users.locale becomes NOT NULL' });
    // The ORM update itself changes existing rows' values: the reviewer says how.
    expect(decision.autoAnswer).toBeUndefined();
    expect(decision.evidence).toContainEqual({ file: FILE, line: 5, message: 'session.query(User).update({"locale": "en"}) may write rows through SQLAlchemy (ORM or Core)' });
  });

  it('the example head changes data: the reviewer answers, with the destructive-raw-sql findings as evidence', async () => {
    const file = 'versions/f5f4ae3110f6_normalize_user_emails.py';
    const code = readFileSync(`${EXAMPLE_SHOP}/migrations/${file}`, 'utf8');
    const { item, findings } = await decide(code, { file });
    const raw = findings.filter((f) => f.rule === 'destructive-raw-sql');
    expect(raw.map((f) => f.line)).toEqual([26, 28]);
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: raw.map((f) => ({ rule: 'destructive-raw-sql', file, line: f.line, message: f.message })),
    });
    expect(item('data-migration-strategy').evidence.map((e) => e.message)).toEqual([
      expect.stringMatching(/^raw SQL updates every row of users \(no WHERE\): UPDATE users SET email = lower\(trim\(email\)\)/),
      expect.stringMatching(/^raw SQL deletes every row of sessions \(no WHERE\): DELETE FROM sessions/),
    ]);
  });

  it('in one execute with two statements, the statement the rule reported is cited by its finding, the other by its text', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.execute("UPDATE carts SET note = '' WHERE note IS NULL; DELETE FROM carts_archive")

      def downgrade():
          pass
    `);
    const rule = findings.find((f) => f.rule === 'destructive-raw-sql')!;
    expect(rule.message).toMatch(/^raw SQL deletes every row of carts_archive \(no WHERE\): DELETE FROM carts_archive/);
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [
        { file: FILE, line: 2, message: "UPDATE carts SET note = '' WHERE note IS NULL rewrites existing rows" },
        { rule: 'destructive-raw-sql', file: FILE, line: 2, message: rule.message },
      ],
    });
  });

  it('an UPDATE with a WHERE of an existing column (no rule finding) goes to the reviewer with the statement', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.execute("UPDATE products SET price_cents = price_cents * 100 WHERE currency = 'JPY'")

      def downgrade():
          op.execute("UPDATE products SET price_cents = price_cents / 100 WHERE currency = 'JPY'")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('destructive-raw-sql');
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [{ file: FILE, line: 2, message: "UPDATE products SET price_cents = price_cents * 100 WHERE c… rewrites existing rows" }],
    });
  });

  it('seed rows for a table the upgrade creates: n/a; rows added to an existing table: the reviewer', async () => {
    const seeded = await decide(`
      def upgrade():
          op.create_table("roles", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.String(), nullable=False))
          op.bulk_insert(sa.table("roles", sa.column("id"), sa.column("name")), [{"id": 1, "name": "admin"}])
          op.execute("INSERT INTO roles (id, name) VALUES (2, 'staff')")

      def downgrade():
          op.drop_table("roles")
    `);
    expect(seeded.item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'n/a',
      evidence: [
        fact(3, /^op\.bulk_insert\(sa\.table\("roles".* changes only rows of a table this upgrade creates$/),
        fact(4, "INSERT INTO roles (id, name) VALUES (2, 'staff') changes only rows of a table this upgrade creates"),
      ],
    });
    const existing = await decide(`
      def upgrade():
          op.execute("INSERT INTO roles (id, name) VALUES (3, 'auditor')")
          roles = sa.table("roles", sa.column("id"), sa.column("name"))
          op.bulk_insert(roles, [{"id": 4, "name": "support"}])

      def downgrade():
          op.execute("DELETE FROM roles WHERE id IN (3, 4)")
    `);
    expect(existing.item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [
        { file: FILE, line: 2, message: "INSERT INTO roles (id, name) VALUES (3, 'auditor') inserts rows into a table that already exists" },
        // A table passed through a variable is not named in the facts: the reviewer looks.
        { file: FILE, line: 4, message: 'op.bulk_insert(roles, [{"id": 4, "name": "support"}]) inserts rows into a table Preflight cannot name' },
      ],
    });
  });

  it('SQL Preflight cannot read may change rows: the reviewer answers', async () => {
    const { item } = await decide(`
      def upgrade():
          op.execute(sa.update(orders).where(orders.c.status == "new").values(status="open"))

      def downgrade():
          pass
    `);
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [{ file: FILE, line: 2, message: expect.stringMatching(/^op\.execute\(sa\.update\(orders\).*: Preflight cannot read this SQL, so it may change rows$/) }],
    });
  });

  it('yes when a backfill precedes SET NOT NULL', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("nick", sa.String(), nullable=True))
          op.execute("UPDATE users SET nick = name WHERE nick IS NULL")
          op.alter_column("users", "nick", nullable=False)

      def downgrade():
          op.drop_column("users", "nick")
    `);
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [fact(4, 'backfilled at line 3 before users.nick becomes NOT NULL')],
    });
  });

  it('yes for the example project’s backfill through op.get_bind().execute(sa.text(…))', async () => {
    const code = readFileSync(`${EXAMPLE_SHOP}/migrations/versions/db52892fc5f1_add_total_cents_to_orders.py`, 'utf8');
    const { item } = await decide(code);
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [fact(40, 'backfilled at line 29 before orders.total_cents becomes NOT NULL')],
    });
  });

  it('yes, saying why, when the column was added with a server default', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=True, server_default=sa.text("false")))
          op.alter_column("users", "flag", nullable=False)

      def downgrade():
          op.drop_column("users", "flag")
    `);
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [fact(3, 'users.flag becomes NOT NULL after add_column (line 2) filled it with its server default')],
    });
  });

  it('yes, without claiming a server default, when the table is created in the same migration', async () => {
    const { item } = await decide(`
      def upgrade():
          op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("label", sa.String(), nullable=True))
          op.alter_column("tags", "label", nullable=False)

      def downgrade():
          op.drop_table("tags")
    `);
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [fact(3, 'tags.label becomes NOT NULL in a table this migration creates (it has no rows yet)')],
    });
  });

  it('no ⇐ set-not-null-without-backfill', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("nick", sa.String(), nullable=True))
          op.alter_column("users", "nick", nullable=False)

      def downgrade():
          op.drop_column("users", "nick")
    `);
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      autoAnswer: 'no',
      decidedBy: 'auto',
      evidence: [finding('set-not-null-without-backfill', 3, /^upgrade adds users\.nick \(line 2\) and makes it NOT NULL without backfilling it/)],
    });
  });

  it('a type change goes to the reviewer, with the change-column-type finding as evidence', async () => {
    const { item } = await decide(`
      def upgrade():
          op.alter_column("users", "age", type_=sa.BigInteger())

      def downgrade():
          op.alter_column("users", "age", type_=sa.Integer())
    `);
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [finding('change-column-type', 2, /^upgrade changes the type of users\.age to sa\.BigInteger\(\): .*fails if an existing value does not convert$/)],
    });
  });

  it('a type change no rule reports (change-column-type off) still goes to the reviewer, from the facts', async () => {
    const { item } = await decide(
      `
      def upgrade():
          op.alter_column("users", "age", type_=sa.BigInteger())

      def downgrade():
          op.alter_column("users", "age", type_=sa.Integer())
    `,
      { severities: { 'change-column-type': 'off' } },
    );
    expect(item('data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      evidence: [{ file: FILE, line: 2, message: 'type change at line 2: does every existing value convert?' }],
    });
  });
});

describe('defaults-for-new-columns', () => {
  it('n/a when no column is added', async () => {
    const { item } = await decide(`
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"])

      def downgrade():
          op.drop_index("ix_users_email", table_name="users")
    `);
    expect(item('defaults-for-new-columns')).toMatchObject({ autoAnswer: 'n/a', evidence: [fact(1, 'no column is added')] });
  });

  it('yes when every added column is nullable or has a server default (one evidence line per column)', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          op.add_column("users", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.text("true")))

      def downgrade():
          op.drop_column("users", "active")
          op.drop_column("users", "phone")
    `);
    expect(item('defaults-for-new-columns')).toEqual({
      id: 'defaults-for-new-columns',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [
        { file: FILE, line: 2, message: 'users.phone is nullable' },
        { file: FILE, line: 3, message: 'users.active is NOT NULL with a server default' },
      ],
    });
  });

  it('says why a NOT NULL column without a server default is fine where the rule says so', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.add_column("invoices", sa.Column("id", sa.Integer(), primary_key=True))
          op.add_column("invoices", sa.Column("number", sa.BigInteger(), sa.Identity(), nullable=False))
          op.execute("DELETE FROM invoice_drafts")
          op.add_column("invoice_drafts", sa.Column("owner_id", sa.Integer(), nullable=False))

      def downgrade():
          op.drop_column("invoice_drafts", "owner_id")
          op.drop_column("invoices", "number")
          op.drop_column("invoices", "id")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('add-column-not-null-without-default');
    expect(item('defaults-for-new-columns')).toEqual({
      id: 'defaults-for-new-columns',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [
        { file: FILE, line: 2, message: 'invoices.id is an integer primary key: the database numbers the existing rows' },
        { file: FILE, line: 3, message: 'invoices.number is NOT NULL and filled by the database (Identity / Computed)' },
        { file: FILE, line: 5, message: 'invoice_drafts.owner_id is NOT NULL in a table this upgrade empties first (it has no rows then)' },
      ],
    });
  });

  it('a column built elsewhere cannot be read: the reviewer answers (it was "nullable" before)', async () => {
    const { item } = await decide(`
      def _timestamp(name):
          return sa.Column(name, sa.DateTime(), nullable=False)

      def upgrade():
          op.add_column("orders", _timestamp("shipped_at"))

      def downgrade():
          op.drop_column("orders", "shipped_at")
    `);
    expect(item('defaults-for-new-columns')).toEqual({
      id: 'defaults-for-new-columns',
      evidence: [{ file: FILE, line: 5, message: 'add_column at line 5: Preflight cannot read the column it adds (is it nullable, or has it a server_default?)' }],
    });
  });

  it('no ⇐ add-column-not-null-without-default', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("nick", sa.String(), nullable=False))

      def downgrade():
          op.drop_column("users", "nick")
    `);
    expect(item('defaults-for-new-columns')).toMatchObject({
      autoAnswer: 'no',
      evidence: [finding('add-column-not-null-without-default', 2, /^upgrade adds NOT NULL column users\.nick without a server_default/)],
    });
  });
});

describe('reversible', () => {
  it('no ⇐ missing-downgrade', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
    `);
    expect(item('reversible')).toMatchObject({
      autoAnswer: 'no',
      evidence: [finding('missing-downgrade', 1, /there is no downgrade\(\) function/)],
    });
  });

  it('no ⇐ missing-downgrade (a downgrade that does nothing)', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))

      def downgrade():
          pass
    `);
    expect(item('reversible')).toMatchObject({ autoAnswer: 'no', evidence: [finding('missing-downgrade', 4, /downgrade\(\) does nothing/)] });
  });

  it('no ⇐ downgrade-incomplete', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("a", sa.String(), nullable=True))
          op.add_column("users", sa.Column("b", sa.String(), nullable=True))

      def downgrade():
          op.drop_column("users", "a")
    `);
    expect(item('reversible')).toMatchObject({
      autoAnswer: 'no',
      evidence: [finding('downgrade-incomplete', 3, /add_column users\.b has no inverse in downgrade/)],
    });
  });

  it('yes when every upgrade operation has its inverse (one evidence line each)', async () => {
    const { item } = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
          op.create_index("ix_users_phone", "users", ["phone"])

      def downgrade():
          op.drop_index("ix_users_phone", table_name="users")
          op.drop_column("users", "phone")
    `);
    expect(item('reversible')).toEqual({
      id: 'reversible',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [
        { file: FILE, line: 2, message: 'add_column at line 2 is undone by drop_column at line 7' },
        { file: FILE, line: 3, message: 'create_index at line 3 is undone by drop_index at line 6' },
      ],
    });
  });

  it('judges inverses under the naming convention the rule uses (a MetaData built in the migration)', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
          op.create_unique_constraint(None, "members", ["email"])

      def downgrade():
          op.drop_constraint("uq_members_email", "members", type_="unique")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('downgrade-incomplete');
    expect(item('reversible')).toEqual({
      id: 'reversible',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [{ file: FILE, line: 3, message: 'create_unique_constraint at line 3 is undone by drop_constraint at line 6' }],
    });
  });

  it('a step the upgrade undoes itself needs no inverse, as for the rule', async () => {
    const { item } = await decide(`
      def upgrade():
          op.create_index("ix_orders_tmp_status", "orders", ["status"])
          op.add_column("orders", sa.Column("state", sa.String(), nullable=True))
          op.drop_index("ix_orders_tmp_status", table_name="orders")

      def downgrade():
          op.drop_column("orders", "state")
    `);
    expect(item('reversible')).toEqual({
      id: 'reversible',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [
        { file: FILE, line: 2, message: 'create_index at line 2 is undone again later in the upgrade' },
        { file: FILE, line: 3, message: 'add_column at line 3 is undone by drop_column at line 7' },
        { file: FILE, line: 4, message: 'drop_index at line 4 is undone again later in the upgrade' },
      ],
    });
  });

  it('an index rebuilt in the upgrade: yes when the downgrade rebuilds the old one, else the reviewer (no finding either way)', async () => {
    const rebuild = `
      def upgrade():
          op.drop_index("ix_orders_status", table_name="orders")
          op.create_index("ix_orders_status", "orders", ["status"], postgresql_where=sa.text("status != 'archived'"))
          op.add_column("orders", sa.Column("archived_at", sa.DateTime(), nullable=True))
    `;
    const restored = await decide(`${rebuild}
      def downgrade():
          op.drop_column("orders", "archived_at")
          op.drop_index("ix_orders_status", table_name="orders")
          op.create_index("ix_orders_status", "orders", ["status"])
    `);
    expect(restored.findings.map((f) => f.rule)).not.toContain('downgrade-incomplete');
    expect(restored.item('reversible')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [
        fact(2, 'drop_index at line 2 is undone by create_index at line 9'),
        fact(3, 'create_index at line 3 is undone by drop_index at line 8'),
        fact(4, 'add_column at line 4 is undone by drop_column at line 7'),
      ],
    });
    const kept = await decide(`${rebuild}
      def downgrade():
          op.drop_column("orders", "archived_at")
    `);
    expect(kept.findings.map((f) => f.rule)).not.toContain('downgrade-incomplete');
    expect(kept.item('reversible')).toEqual({
      id: 'reversible',
      evidence: [
        fact(2, 'drop_index at line 2 is part of a rebuild in the upgrade (dropped and made again): does downgrade() restore the old definition? (run the round trip)'),
        fact(3, 'create_index at line 3 is part of a rebuild in the upgrade (dropped and made again): does downgrade() restore the old definition? (run the round trip)'),
      ],
    });
  });

  it('a downgrade loop whose names Preflight cannot read may be the inverse: no finding, and the reviewer answers', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.create_index("ix_orders_status", "orders", ["status"])

      def downgrade():
          bind = op.get_bind()
          for name in [index["name"] for index in sa.inspect(bind).get_indexes("orders")]:
              op.drop_index(name, table_name="orders")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('downgrade-incomplete');
    expect(item('reversible')).toEqual({
      id: 'reversible',
      evidence: [{ file: FILE, line: 2, message: 'create_index at line 2: downgrade() may undo it with a step whose names Preflight cannot read (run the round trip)' }],
    });
  });

  it('yes when the upgrade has nothing to undo', async () => {
    const { item } = await decide(`
      def upgrade():
          pass

      def downgrade():
          pass
    `);
    expect(item('reversible')).toMatchObject({ autoAnswer: 'yes', evidence: [fact(1, 'the upgrade has no operations to undo')] });
  });

  it('raw SQL without a static inverse goes to the reviewer (or the round trip)', async () => {
    const { item } = await decide(`
      def upgrade():
          op.execute("CREATE INDEX ix_users_email ON users (email)")

      def downgrade():
          op.execute("DROP INDEX ix_users_email")
    `);
    expect(item('reversible')).toEqual({
      id: 'reversible',
      evidence: [{ file: FILE, line: 2, message: 'execute at line 2: Preflight cannot tell statically whether downgrade() undoes it (run the round trip)' }],
    });
  });
});

describe('tested-on-production-copy', () => {
  it('is never answered automatically, not even for a migration full of problems', async () => {
    for (const code of [
      ADD_NULLABLE,
      `
        def upgrade():
            op.drop_table("users")
            op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
      `,
    ]) {
      const { item } = await decide(code);
      expect(item('tested-on-production-copy')).toEqual({ id: 'tested-on-production-copy', evidence: [] });
    }
  });
});

describe('production-safeguards', () => {
  it('n/a when nothing destructive happens', async () => {
    const { item } = await decide(ADD_NULLABLE);
    expect(item('production-safeguards')).toMatchObject({ autoAnswer: 'n/a', evidence: [fact(1, 'nothing destructive in the upgrade')] });
  });

  it('yes when every destructive step is guarded', async () => {
    const { item } = await decide(`
      import os

      def upgrade():
          if os.getenv("ENVIRONMENT") == "production":
              raise RuntimeError("take a backup first")
          op.drop_column("users", "legacy")

      def downgrade():
          op.add_column("users", sa.Column("legacy", sa.String(), nullable=True))
    `);
    expect(item('production-safeguards')).toEqual({
      id: 'production-safeguards',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [{ file: FILE, line: 6, message: 'drop_column users.legacy is guarded by ENVIRONMENT (line 4)' }],
    });
  });

  it('no ⇐ destructive-without-safeguard, naming only the unguarded step', async () => {
    const { item } = await decide(`
      import os

      def upgrade():
          if os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") == "1":
              op.drop_column("users", "legacy")
          op.execute("DELETE FROM sessions")

      def downgrade():
          pass
    `);
    expect(item('production-safeguards')).toMatchObject({
      autoAnswer: 'no',
      evidence: [finding('destructive-raw-sql', 6, /DELETE FROM sessions.*, and no production safeguard guards it/)],
    });
  });

  it('no from the facts when the rule is switched off', async () => {
    const { item } = await decide(
      `
      def upgrade():
          op.execute("DELETE FROM sessions")

      def downgrade():
          pass
    `,
      { severities: { 'destructive-without-safeguard': 'off', 'destructive-raw-sql': 'off' } },
    );
    expect(item('production-safeguards')).toEqual({
      id: 'production-safeguards',
      autoAnswer: 'no',
      decidedBy: 'auto',
      evidence: [{ file: FILE, line: 2, message: 'DELETE FROM sessions is not guarded by an environment check' }],
    });
  });
});

describe('rollback-plan', () => {
  it('is answered by the reviewer, pre-filled with downgrade -1 when the downgrade is complete', async () => {
    const { item } = await decide(ADD_NULLABLE, { downRevisionLabel: '2f904228e8b1' });
    expect(item('rollback-plan')).toEqual({ id: 'rollback-plan', evidence: [], prefill: 'alembic downgrade -1 (to 2f904228e8b1)' });
  });

  it('names base for a first migration', async () => {
    const { item } = await decide(ADD_NULLABLE, { downRevisionLabel: 'base' });
    expect(item('rollback-plan').prefill).toBe('alembic downgrade -1 (to base)');
  });

  it('has no pre-fill when the downgrade is incomplete or undecided', async () => {
    const incomplete = await decide(`
      def upgrade():
          op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
    `);
    expect(incomplete.item('rollback-plan')).toEqual({ id: 'rollback-plan', evidence: [] });
    const undecided = await decide(`
      def upgrade():
          op.execute("CREATE INDEX ix ON users (email)")

      def downgrade():
          op.execute("DROP INDEX ix")
    `);
    expect(undecided.item('reversible').autoAnswer).toBeUndefined();
    expect(undecided.item('rollback-plan').prefill).toBeUndefined();
  });
});

describe('the example project head (f5f4ae3110f6)', () => {
  it('answers reversible and production-safeguards "no", and asks the reviewer for its data migration strategy', async () => {
    const file = 'versions/f5f4ae3110f6_normalize_user_emails.py';
    const code = readFileSync(`${EXAMPLE_SHOP}/migrations/${file}`, 'utf8');
    const { decisions, item } = await decide(code, { file });
    expect(Object.fromEntries(decisions.map((decision) => [decision.id, decision.autoAnswer ?? 'reviewer']))).toEqual({
      'alter-not-drop': 'yes',
      // It rewrites every email and deletes every session: how that data is migrated is the reviewer's to say.
      'data-migration-strategy': 'reviewer',
      'defaults-for-new-columns': 'n/a',
      // A data-only upgrade: no missing-downgrade finding, but the data it destroys cannot come back.
      reversible: 'no',
      'tested-on-production-copy': 'reviewer',
      'production-safeguards': 'no',
      'rollback-plan': 'reviewer',
    });
    expect(item('reversible').evidence).toEqual([
      fact(31, /^downgrade\(\) does nothing, and the upgrade destroys data \(line 26: UPDATE users SET email = lower\(trim\(email\)\); line 28: DELETE FROM sessions\): rolling back cannot restore it$/, file),
    ]);
    expect(item('production-safeguards').evidence.map((evidence) => evidence.line)).toEqual([26, 28]);
    // The same two findings, at the same lines, are the data-migration-strategy evidence.
    expect(item('data-migration-strategy').evidence).toEqual(item('production-safeguards').evidence);
    expectEvidenceComplete(decisions);
  });
});

describe('team items and other findings', () => {
  const team: Checklist = {
    ...CHECKLIST,
    items: [
      ...CHECKLIST.items,
      { id: 'no-new-indexes-locking', question: 'Are indexes built concurrently?', why: 'locks', fix: 'CONCURRENTLY', decide: { rules: ['create-index-not-concurrently'] }, note: 'on-no' },
      { id: 'dba-sign-off', question: 'Did the DBA sign off?', why: 'policy', fix: 'ask', note: 'required' },
    ],
  };

  it('a team item naming rules is "no" when they fire, else the reviewer answers; an item without rules is always asked', async () => {
    const locking = await decide(`
      def upgrade():
          op.create_index("ix_users_email", "users", ["email"])

      def downgrade():
          op.drop_index("ix_users_email", table_name="users")
    `, { checklist: team });
    expect(locking.item('no-new-indexes-locking')).toMatchObject({ autoAnswer: 'no', decidedBy: 'auto', evidence: [finding('create-index-not-concurrently', 2, /./)] });
    expect(locking.item('dba-sign-off')).toEqual({ id: 'dba-sign-off', evidence: [] });
    const clean = await decide(ADD_NULLABLE, { checklist: team });
    expect(clean.item('no-new-indexes-locking')).toEqual({ id: 'no-new-indexes-locking', evidence: [] });
  });

  it('otherFindings keeps only the findings no item is decided by', async () => {
    const { findings } = await decide(`
      def upgrade():
          op.drop_table("legacy")
          op.create_index("ix_users_email", "users", ["email"])

      def downgrade():
          op.drop_index("ix_users_email", table_name="users")
          op.create_table("legacy", sa.Column("id", sa.Integer()))
    `);
    const others = otherFindings(CHECKLIST, findings).map((f) => f.rule);
    expect(others).toContain('create-index-not-concurrently');
    expect(others).not.toContain('drop-table');
    expect(others).not.toContain('destructive-without-safeguard');
  });
});

describe('data-migration-strategy and backfills of new columns', () => {
  it('yes when the upgrade backfills a column it adds with an UPDATE without WHERE (no destructive finding)', async () => {
    const { item, findings } = await decide(`
      def upgrade():
          op.add_column("invoices", sa.Column("currency", sa.String(length=3), nullable=True))
          op.execute("UPDATE invoices SET currency = 'EUR'")

      def downgrade():
          op.drop_column("invoices", "currency")
    `);
    expect(findings.map((f) => f.rule)).not.toContain('destructive-raw-sql');
    expect(item('data-migration-strategy')).toMatchObject({
      autoAnswer: 'yes',
      evidence: [fact(3, 'backfills invoices.currency (added in this upgrade)')],
    });
    expect(item('production-safeguards')).toMatchObject({ autoAnswer: 'n/a' });
  });
});

describe('data-migration-strategy: a backfill in an earlier migration, as the rule judges it', () => {
  it('cites the earlier migration that filled the column, and the rule reports nothing (notify 0051, 0052)', async () => {
    const files = [
      ['versions/0050.py', 'revision = "0050"\ndown_revision = None\n\ndef upgrade():\n    op.add_column("jobs", sa.Column("job_status", sa.String(), nullable=True))\n\ndef downgrade():\n    op.drop_column("jobs", "job_status")\n'],
      ['versions/0051.py', 'revision = "0051"\ndown_revision = "0050"\n\ndef upgrade():\n    op.execute("UPDATE jobs SET job_status = status WHERE job_status IS NULL")\n\ndef downgrade():\n    pass\n'],
      ['versions/0052.py', 'revision = "0052"\ndown_revision = "0051"\n\ndef upgrade():\n    op.alter_column("jobs", "job_status", nullable=False)\n\ndef downgrade():\n    op.alter_column("jobs", "job_status", nullable=True)\n'],
    ] as const;
    const facts = await Promise.all(files.map(([file, code]) => parseSource(code, file)));
    const migrations = await Promise.all(facts.map((f) => analyzeMigration(f)));
    const graph = buildRevisionGraph(facts);
    const settings = DEFAULT_RULE_SETTINGS;
    const findings = runRules({ migrations, graph, settings }).filter((f) => f.file === 'versions/0052.py');
    expect(findings.map((f) => f.rule)).not.toContain('set-not-null-without-backfill');
    const decisions = decideChecklist(CHECKLIST, { migration: migrations[2]!, findings, settings, downRevisionLabel: '0051', project: { graph, migrations } });
    expect(decisions.find((d) => d.id === 'data-migration-strategy')).toEqual({
      id: 'data-migration-strategy',
      autoAnswer: 'yes',
      decidedBy: 'auto',
      evidence: [{ file: 'versions/0052.py', line: 5, message: 'jobs.job_status was filled by an earlier migration, 0051 (line 5), before it becomes NOT NULL here' }],
    });
  });
});
