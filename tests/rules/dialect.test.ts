import { describe, expect, it } from 'vitest';
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { migrationForDialect, runsOnDialect } from '../../src/rules/dialect.js';
import { destructiveRawSql } from '../../src/rules/destructive-raw-sql.js';
import { unparseableSql } from '../../src/rules/unparseable-sql.js';
import { ruleTester } from '../support/rule-tester.js';
import { parseSource } from '../support/parser.js';

describe('runsOnDialect', () => {
  it('matches only/except lists against the configured dialect', () => {
    expect(runsOnDialect(undefined, 'postgresql')).toBe(true);
    expect(runsOnDialect({ only: ['mysql'] }, 'postgresql')).toBe(false);
    expect(runsOnDialect({ only: ['mysql'] }, 'mysql')).toBe(true);
    expect(runsOnDialect({ only: ['mariadb'] }, 'mysql')).toBe(true);
    expect(runsOnDialect({ except: ['postgresql'] }, 'postgresql')).toBe(false);
    expect(runsOnDialect({ except: ['postgresql'] }, 'sqlite')).toBe(true);
    // "other" is none of the known three: a branch for mssql may run there, one for mysql cannot.
    expect(runsOnDialect({ only: ['mssql'] }, 'other')).toBe(true);
    expect(runsOnDialect({ only: ['mysql', 'sqlite'] }, 'other')).toBe(false);
  });
});

describe('migrationForDialect', () => {
  it('drops what cannot run and re-keys the SQL analyses to the remaining operations', async () => {
    const facts = await parseSource(`
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("ALTER TABLE users MODIFY name VARCHAR(80) AFTER id")
              sa.MetaData().drop_all(op.get_bind())
          op.execute("ALTER TABLE users ALTER COLUMN name TYPE varchar(80)")
    `);
    const migration = await analyzeMigration(facts);
    const view = migrationForDialect(migration, 'postgresql');
    expect(view.facts.operations.map((o) => o.line)).toEqual([5]);
    expect(view.facts.otherCalls.some((call) => call.callee.endsWith('drop_all'))).toBe(false);
    expect(view.sql[0]).toBe(migration.sql[1]);
    expect(Object.keys(view.sql)).toEqual(['0']);
    expect(migrationForDialect(migration, 'mysql')).toBe(migration);
  });

  it('re-keys the server defaults read for the lock analysis too', async () => {
    const facts = await parseSource(`
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("ALTER TABLE users MODIFY name VARCHAR(80)")
          op.add_column("users", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()")))
    `);
    const migration = await analyzeMigration(facts);
    expect(migration.defaults).toEqual({ 1: ['gen_random_uuid'] });
    expect(migrationForDialect(migration, 'postgresql').defaults).toEqual({ 0: ['gen_random_uuid'] });
  });
});

ruleTester(destructiveRawSql, {
  valid: [
    { name: 'on PostgreSQL a MySQL-only branch is not checked', code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("DROP TABLE legacy_sessions")
    ` },
  ],
  invalid: [
    { name: 'on MySQL the MySQL branch is checked', settings: { dialect: 'mysql' }, code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("DROP TABLE legacy_sessions")
    `, errors: [{ line: 3 }] },
  ],
});

ruleTester(unparseableSql, {
  valid: [
    { name: 'MySQL syntax in a MySQL-only branch is not parsed as PostgreSQL', code: `
      def upgrade():
          if op.get_bind().dialect.name == "mysql":
              op.execute("ALTER TABLE users MODIFY name VARCHAR(80) AFTER id")
          else:
              op.execute("ALTER TABLE users ALTER COLUMN name TYPE varchar(80)")
    ` },
  ],
  invalid: [
    { name: 'the PostgreSQL branch after a MySQL one keeps its own SQL', code: `
      def upgrade():
          if op.get_bind().dialect.name in ("mysql", "mariadb"):
              op.execute("ALTER TABLE users MODIFY name VARCHAR(80) AFTER id")
          op.execute("ALTER TABLE users ALTER COLUMN name TYPE varchar(80) AFTER x")
    `, errors: [{ line: 4, message: /syntax error at or near "AFTER" \(at character 54: AFTER x\)/ }] },
  ],
});
