// An edited migration whose SQL is unchanged takes the SQL analyses from the cached version
// (the same objects), so a one-line edit does not need the PostgreSQL parser; new SQL is parsed.
import { describe, expect, it } from 'vitest';
import { analyzeMigration, knownSqlOf } from '../../../src/analysis/analyze-migration.js';
import { parseSource } from '../../support/parser.js';

const BEFORE = `
  from alembic import op
  import sqlalchemy as sa

  def upgrade():
      op.add_column("users", sa.Column("v", sa.Integer(), nullable=True))
      op.get_bind().execute(sa.text("UPDATE users SET v = :zero WHERE v IS NULL"), {"zero": 0})
      op.execute("DELETE FROM sessions")
`;

describe('knownSqlOf / analyzeMigration(facts, known)', () => {
  it('reuses the analysis of SQL seen before, keyed by the text the parser gets (:name binds rewritten)', async () => {
    const cached = await analyzeMigration(await parseSource(BEFORE));
    const known = knownSqlOf([cached]);
    // `:zero` becomes `$1` padded to its width, so parser offsets still point into the migration's SQL.
    expect([...known.keys()]).toEqual(['UPDATE users SET v = $1    WHERE v IS NULL', 'DELETE FROM sessions']);

    // The edit moves the SQL to other lines and operation indexes; the analyses are still found.
    const edited = await parseSource(`${BEFORE}      op.create_index("ix_users_v", "users", ["v"])\n`.replace('def upgrade():\n', 'def upgrade():\n      op.drop_column("users", "old")\n'));
    const reanalysed = await analyzeMigration(edited, known);
    expect(reanalysed.sql[2]).toBe(cached.sql[1]);
    expect(reanalysed.sql[3]).toBe(cached.sql[2]);
    expect(reanalysed).toEqual(await analyzeMigration(edited));
  });

  it('parses SQL it has not seen', async () => {
    const known = knownSqlOf([await analyzeMigration(await parseSource(BEFORE))]);
    const other = await analyzeMigration(await parseSource(BEFORE.replace('DELETE FROM sessions', 'TRUNCATE sessions')), known);
    expect(other.sql[2]).toMatchObject({ ok: true, statements: [{ kind: 'truncate', targets: ['sessions'] }] });
  });
});
