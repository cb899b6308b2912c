/**
 * `preflight new`, end to end: the real binary writes the migration into a temp copy of a
 * project, `preflight check` finds no error in it (and only the warnings its template documents),
 * and real Alembic accepts it as the only head, runs upgrade → downgrade -1 → upgrade, and
 * renders the expected DDL with --sql.
 */
import { readFileSync, writeFileSync, mkdirSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTemplate } from '../../src/scaffold/template.js';
import { EXAMPLE_SHOP, REPO_ROOT, runCli } from '../support/cli.js';
import {
  alembic,
  alembicHeads,
  BASE_REVISION,
  checkFindings,
  copyScaffoldProject,
  createDatabase,
  dropDatabase,
  pgQuery,
  python,
  pythonParses,
  runProcess,
  sqliteQuery,
  type ScaffoldProject,
} from '../support/scaffold-project.js';

/** The findings a fresh file from this template may have (documented in its expected_findings). */
function documentedWarnings(pattern: string): string[] {
  const path = join(REPO_ROOT, 'templates', `${pattern}.py.tmpl`);
  return parseTemplate(readFileSync(path, 'utf8'), path).expectedFindings.map((finding) => finding.rule);
}

interface Created {
  file: string;
  revision: string;
  path: string;
}

async function createMigration(project: ScaffoldProject, args: string[]): Promise<Created> {
  const result = await runCli(['new', ...args, '--yes', '--format', 'json'], { cwd: project.root });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const output = JSON.parse(result.stdout) as { path: string; revision: string; downRevision: string | null };
  expect(output.revision).toMatch(/^[0-9a-f]{12}$/);
  expect(output.downRevision).toBe(BASE_REVISION);
  expect(project.newFiles()).toEqual([output.path.replace(/^migrations\/versions\//, '')]);
  return { file: output.path, revision: output.revision, path: join(project.root, output.path) };
}

/** check: no unsuppressed error in the new file; warnings only those the template documents. */
async function expectCleanCheck(project: ScaffoldProject, created: Created, pattern: string): Promise<void> {
  const findings = (await checkFindings(project.root, created.file)).filter((finding) => !finding.suppressed);
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  const documented = documentedWarnings(pattern);
  for (const finding of findings) expect(documented, `${finding.rule}: ${finding.message}`).toContain(finding.rule);
}

async function expectOnlyHead(project: ScaffoldProject, created: Created): Promise<void> {
  expect(await alembicHeads(project.root)).toEqual([created.revision]);
}

async function offlineSql(project: ScaffoldProject, created: Created): Promise<string> {
  return alembic(project.root, 'upgrade', `${BASE_REVISION}:${created.revision}`, '--sql');
}

interface PatternCase {
  name: string;
  pattern: string;
  args: string[];
  /** Expected in `alembic upgrade --sql` on SQLite; undefined when the SQLite variant uses batch mode. */
  sqliteSql?: RegExp[];
  /** Expected in `alembic upgrade --sql` on PostgreSQL (offline: no server needed). */
  postgresSql: RegExp[];
  /** What the data looks like after upgrade head, with one user row inserted before it. */
  afterUpgrade?: { sql: string; rows: unknown[][] };
  /** The users rows after downgrade -1 (default: the row as inserted). */
  afterDowngrade?: unknown[][];
  postgresOnly?: boolean;
}

const CASES: PatternCase[] = [
  {
    name: 'add-column (nullable)',
    pattern: 'add-column',
    args: ['add-column', '--table', 'users', '--column', 'phone', '--type', 'String', '--nullable', '--message', 'add phone'],
    sqliteSql: [/ALTER TABLE users ADD COLUMN phone VARCHAR;/],
    postgresSql: [/ALTER TABLE users ADD COLUMN phone VARCHAR;/],
    afterUpgrade: { sql: 'SELECT phone FROM users', rows: [[null]] },
  },
  {
    name: 'add-column (NOT NULL with a server default)',
    pattern: 'add-column',
    args: ['add-column', '--table', 'users', '--column', 'active', '--type', 'Boolean', '--not-null', '--server-default', 'true'],
    sqliteSql: [/ALTER TABLE users ADD COLUMN active BOOLEAN DEFAULT \(?1\)? NOT NULL;/],
    postgresSql: [/ALTER TABLE users ADD COLUMN active BOOLEAN DEFAULT true NOT NULL;/],
    afterUpgrade: { sql: 'SELECT active FROM users', rows: [[1]] },
  },
  {
    name: 'rename-column',
    pattern: 'rename-column',
    args: ['rename-column', '--table', 'users', '--column', 'name', '--new-name', 'full_name'],
    sqliteSql: [/ALTER TABLE users RENAME name TO full_name;/],
    postgresSql: [/ALTER TABLE users RENAME name TO full_name;/],
    afterUpgrade: { sql: 'SELECT full_name FROM users', rows: [['Ann']] },
  },
  {
    name: 'create-index',
    pattern: 'create-index',
    args: ['create-index', '--table', 'users', '--columns', 'email', '--unique'],
    sqliteSql: [/CREATE UNIQUE INDEX ix_users_email ON users \(email\);/],
    postgresSql: [/COMMIT;\s+CREATE UNIQUE INDEX CONCURRENTLY ix_users_email ON users \(email\);\s+BEGIN;/],
  },
  {
    name: 'add-enum-value',
    pattern: 'add-enum-value',
    args: ['add-enum-value', '--enum-type', 'user_status', '--enum-value', 'suspended'],
    postgresSql: [/COMMIT;\s+ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'suspended';\s+BEGIN;/],
    postgresOnly: true,
  },
  {
    name: 'data-migration',
    pattern: 'data-migration',
    args: ['data-migration', '--table', 'users', '--column', 'full_name', '--type', 'String(120)', '--old-column', 'name'],
    // SQLite makes the column NOT NULL in batch mode, which needs a live database: no --sql there.
    postgresSql: [
      /ALTER TABLE users ADD COLUMN full_name VARCHAR\(120\);\s+UPDATE users SET full_name = name WHERE full_name IS NULL;\s+ALTER TABLE users ALTER COLUMN full_name SET NOT NULL;/,
    ],
    afterUpgrade: { sql: 'SELECT name, full_name FROM users', rows: [['Ann', 'Ann']] },
  },
  {
    name: 'drop-column',
    pattern: 'drop-column',
    args: ['drop-column', '--table', 'users', '--column', 'email', '--type', 'String(255)'],
    sqliteSql: [/ALTER TABLE users DROP COLUMN email;/],
    postgresSql: [/ALTER TABLE users DROP COLUMN email;/],
    afterUpgrade: { sql: 'SELECT * FROM users', rows: [[1, 'Ann']] },
    // The downgrade brings the column back, empty: the values are gone (that is what the guard is for).
    afterDowngrade: [[1, 'Ann', null]],
  },
  {
    name: 'create-table',
    pattern: 'create-table',
    args: ['create-table', '--table', 'orders', '--column', 'total', '--type', 'Numeric(10, 2)', '--not-null'],
    sqliteSql: [/CREATE TABLE orders \(\s+id INTEGER NOT NULL,\s+total NUMERIC\(10, 2\) NOT NULL,\s+PRIMARY KEY \(id\)\s+\);/],
    postgresSql: [/CREATE TABLE orders \(\s+id SERIAL NOT NULL,\s+total NUMERIC\(10, 2\) NOT NULL,\s+PRIMARY KEY \(id\)\s+\);/],
  },
  {
    name: 'empty',
    pattern: 'empty',
    args: ['empty', '--message', 'placeholder for the next release'],
    sqliteSql: [new RegExp(`UPDATE alembic_version SET version_num='[0-9a-f]{12}' WHERE alembic_version.version_num = '${BASE_REVISION}';`)],
    postgresSql: [/UPDATE alembic_version SET version_num=/],
  },
];

describe('preflight new on SQLite: check, alembic heads, upgrade/downgrade/upgrade, --sql', () => {
  for (const testCase of CASES.filter((c) => !c.postgresOnly)) {
    it(testCase.name, async () => {
      const project = copyScaffoldProject();
      const created = await createMigration(project, testCase.args);
      expect(await pythonParses(created.path)).toBe('ok');
      await expectCleanCheck(project, created, testCase.pattern);
      await expectOnlyHead(project, created);

      await alembic(project.root, 'upgrade', BASE_REVISION);
      await sqliteQuery(project.root, "INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com')");
      await alembic(project.root, 'upgrade', 'head');
      if (testCase.afterUpgrade) expect(await sqliteQuery(project.root, testCase.afterUpgrade.sql)).toEqual(testCase.afterUpgrade.rows);
      await alembic(project.root, 'downgrade', '-1');
      expect(await sqliteQuery(project.root, 'SELECT * FROM users')).toEqual(testCase.afterDowngrade ?? [[1, 'Ann', 'ann@example.com']]);
      await alembic(project.root, 'upgrade', 'head');
      expect(await alembic(project.root, 'current')).toContain(created.revision);

      if (testCase.sqliteSql) {
        const sql = await offlineSql(project, created);
        for (const expected of testCase.sqliteSql) expect(sql).toMatch(expected);
      }
    });
  }

  it('refuses add-enum-value on a SQLite project (exit 2, nothing written)', async () => {
    const project = copyScaffoldProject();
    const result = await runCli(['new', 'add-enum-value', '--enum-type', 'user_status', '--enum-value', 'x', '--yes'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/add-enum-value is for postgresql only/);
    expect(project.newFiles()).toEqual([]);
  });

  it('guards drop-column in production: refuses without ALLOW_DESTRUCTIVE_MIGRATIONS=1', async () => {
    const project = copyScaffoldProject();
    await createMigration(project, ['drop-column', '--table', 'users', '--column', 'email']);
    const ini = join(project.root, 'alembic.ini');
    const refused = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', ini, 'upgrade', 'head'], project.root, { ENVIRONMENT: 'production' });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/RuntimeError: This migration drops users\.email and its data\..*ALLOW_DESTRUCTIVE_MIGRATIONS=1/);
    const allowed = await runProcess('/usr/bin/python3', ['-m', 'alembic', '-c', ini, 'upgrade', 'head'], project.root, {
      ENVIRONMENT: 'production',
      ALLOW_DESTRUCTIVE_MIGRATIONS: '1',
    });
    expect(allowed.stderr).not.toMatch(/Error/);
    expect(allowed.code).toBe(0);
  });
});

describe('preflight new on PostgreSQL: the PostgreSQL variants, offline (`alembic upgrade --sql`)', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const project = copyScaffoldProject({ url: 'postgresql://app@127.0.0.1:1/app' });
      const created = await createMigration(project, testCase.args);
      expect(await pythonParses(created.path)).toBe('ok');
      await expectCleanCheck(project, created, testCase.pattern);
      await expectOnlyHead(project, created);
      const sql = await offlineSql(project, created);
      for (const expected of testCase.postgresSql) expect(sql).toMatch(expected);
    });
  }
});

// The live round trip needs the server from tests/support/postgres-global.ts ("Evidence from a
// real Alembic run"): '' means PostgreSQL is not installed, and the block is skipped.
const pgUrl = inject('pgUrl');
const pgSkip = pgUrl ? undefined : 'SKIPPED: no PostgreSQL test server (see tests/support/postgres-global.ts)';

describe.skipIf(pgSkip !== undefined)(`preflight new on a live PostgreSQL: upgrade → downgrade -1 → upgrade${pgSkip ? ` — ${pgSkip}` : ''}`, () => {
  const databases: string[] = [];
  afterAll(async () => {
    for (const name of databases) await dropDatabase(pgUrl, name);
  });

  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const name = `scaffold_${testCase.pattern.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
      const url = await createDatabase(pgUrl, name);
      databases.push(name);
      const project = copyScaffoldProject({ url });
      const created = await createMigration(project, testCase.args);
      await alembic(project.root, 'upgrade', BASE_REVISION);
      await pgQuery(url, "INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com')");
      await alembic(project.root, 'upgrade', 'head');
      if (testCase.afterUpgrade) {
        const rows = await pgQuery(url, testCase.afterUpgrade.sql);
        // PostgreSQL returns booleans where SQLite returns 1.
        expect(rows).toEqual(testCase.afterUpgrade.rows.map((row) => row.map((value) => (value === 1 && testCase.pattern === 'add-column' ? true : value))));
      }
      await alembic(project.root, 'downgrade', '-1');
      expect(await pgQuery(url, 'SELECT * FROM users')).toEqual(testCase.afterDowngrade ?? [[1, 'Ann', 'ann@example.com']]);
      await alembic(project.root, 'upgrade', 'head');
      expect(await alembic(project.root, 'current')).toContain(created.revision);
      if (testCase.pattern === 'add-enum-value') {
        const labels = await pgQuery(url, "SELECT enumlabel FROM pg_enum JOIN pg_type ON pg_type.oid = enumtypid WHERE typname = 'user_status' ORDER BY enumsortorder");
        expect(labels).toEqual([['active'], ['disabled'], ['suspended']]);
      }
      if (testCase.pattern === 'create-index') {
        const valid = await pgQuery(url, "SELECT indisvalid FROM pg_index JOIN pg_class ON pg_class.oid = indexrelid WHERE relname = 'ix_users_email'");
        expect(valid).toEqual([[true]]);
      }
    });
  }
});

describe('hostile input is rejected (exit 2 naming the flag) or escaped', () => {
  let project: ScaffoldProject;
  beforeAll(() => {
    project = copyScaffoldProject();
  });

  it('rejects a table name that tries to close the string and add code', async () => {
    const result = await runCli(['new', 'add-column', '--table', 'users"); import os #', '--column', 'phone', '--yes'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^preflight: new: --table: .*not a plain SQL identifier/);
    expect(project.newFiles()).toEqual([]);
  });

  it('rejects a column name with a newline', async () => {
    const result = await runCli(['new', 'add-column', '--table', 'users', '--column', 'phone\nimport os', '--yes'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^preflight: new: --column: .*control characters/);
  });

  it('rejects identifiers longer than 63 bytes and unknown types', async () => {
    const long = await runCli(['new', 'add-column', '--table', 'users', '--column', 'é'.repeat(32), '--yes'], { cwd: project.root });
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/--column: .*not a plain SQL identifier/);
    const tooLong = await runCli(['new', 'add-column', '--table', 'users', '--column', 'c'.repeat(64), '--yes'], { cwd: project.root });
    expect(tooLong.stderr).toMatch(/--column: .*64 bytes long; PostgreSQL truncates names after 63 bytes/);
    const type = await runCli(['new', 'add-column', '--table', 'users', '--column', 'x', '--type', 'String(__import__("os"))', '--yes'], { cwd: project.root });
    expect(type.code).toBe(2);
    expect(type.stderr).toMatch(/--type: /);
    expect(project.newFiles()).toEqual([]);
  });

  it('escapes a message with quotes, backslashes and """ and a default with a newline', async () => {
    const message = 'he said "hi" \\ """); import os #';
    const serverDefault = 'it\'s "x" \\ """\nimport os';
    const result = await runCli(
      ['new', 'add-column', '--table', 'users', '--column', 'bio', '--type', 'Text', '--not-null', '--server-default', serverDefault, '--message', message, '--yes'],
      { cwd: project.root },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [file] = project.newFiles();
    const path = join(project.versionsDir, file!);
    expect(await pythonParses(path)).toBe('ok');
    // Python reads back exactly what was typed, and nothing else runs.
    const readBack = await python(
      project.root,
      [
        'import ast,json,sys',
        'tree = ast.parse(open(sys.argv[1]).read())',
        'imports = [ast.unparse(n) for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]',
        'calls = [n for n in ast.walk(tree) if isinstance(n, ast.keyword) and n.arg == "server_default"]',
        'print(json.dumps({"doc": ast.get_docstring(tree).splitlines()[0], "imports": imports, "default": ast.literal_eval(calls[0].value)}))',
      ].join('\n'),
      path,
    );
    expect(JSON.parse(readBack)).toEqual({
      doc: message,
      imports: ['from alembic import op', 'import sqlalchemy as sa'],
      default: serverDefault,
    });
    expect(file).toMatch(/^[0-9a-f]{12}_he_said_hi_import_os\.py$/);
    await alembic(project.root, 'upgrade', 'head');
    expect(await sqliteQuery(project.root, "INSERT INTO users (name) VALUES ('Bo') RETURNING bio")).toEqual([[serverDefault]]);
  });

  it('escapes an enum value with quotes, colons and backslashes into SQL and Python', async () => {
    const pg = copyScaffoldProject({ url: 'postgresql://app@127.0.0.1:1/app' });
    const value = `it's: "odd" \\`;
    const created = await createMigration(pg, ['add-enum-value', '--enum-type', 'user_status', '--enum-value', value]);
    expect(await pythonParses(created.path)).toBe('ok');
    const sql = await offlineSql(pg, created);
    expect(sql).toContain(`ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'it''s: "odd" \\';`);
    const newline = await runCli(['new', 'add-enum-value', '--enum-type', 'user_status', '--enum-value', 'a\nb', '--yes'], { cwd: pg.root });
    expect(newline.code).toBe(2);
    expect(newline.stderr).toMatch(/--enum-value: .*control characters/);
  });
});

describe('preflight new: usage, heads and files', () => {
  it('exits 2 at once with a hint when started without arguments on a non-terminal', async () => {
    const started = Date.now();
    const result = await runCli(['new'], { cwd: copyScaffoldProject().root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/standard input is not a terminal.*preflight new add-column .* --yes/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('names the missing flag with --yes', async () => {
    const project = copyScaffoldProject();
    const result = await runCli(['new', 'add-column', '--table', 'users', '--yes'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^preflight: new: missing --column: add-column needs a value for "Name of the new column"$/m);
    const notNull = await runCli(['new', 'add-column', '--table', 'users', '--column', 'c', '--not-null', '--yes'], { cwd: project.root });
    expect(notNull.code).toBe(2);
    expect(notNull.stderr).toMatch(/^preflight: new: missing --server-default: .*A NOT NULL column needs a server default/);
    expect(project.newFiles()).toEqual([]);
  });

  it('names a flag the pattern does not use, and an unknown pattern', async () => {
    const project = copyScaffoldProject();
    const extra = await runCli(['new', 'add-column', '--table', 'users', '--column', 'c', '--enum-type', 'x', '--yes'], { cwd: project.root });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/--enum-type: add-column has no field enum_type/);
    const unknown = await runCli(['new', 'add-colum', '--yes'], { cwd: project.root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown pattern "add-colum" \(patterns: add-column, /);
  });

  it('refuses a project with two heads and prints the merge command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-new-heads-'));
    cpSync(join(REPO_ROOT, 'tests/fixtures/projects/two-heads'), dir, { recursive: true });
    const heads = await alembicHeads(dir);
    expect(heads).toHaveLength(2);
    const result = await runCli(['new', 'empty', '--yes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('alembic merge -m "merge heads" ');
    for (const head of heads) expect(result.stderr).toContain(head);
  });

  it('follows file_template (dates, slug length) and never overwrites', async () => {
    const project = copyScaffoldProject();
    const ini = join(project.root, 'alembic.ini');
    writeFileSync(
      ini,
      readFileSync(ini, 'utf8')
        .replace(/^file_template = .*$/m, 'file_template = %%(year)d_%%(month).2d_%%(day).2d-%%(slug)s')
        .replace(/^truncate_slug_length = .*$/m, 'truncate_slug_length = 12'),
    );
    const first = await runCli(['new', 'empty', '-m', 'Add the phone column, please!', '--yes'], { cwd: project.root });
    expect(first.code).toBe(0);
    const [file] = project.newFiles();
    // Alembic: "add_the_phone_column_please"[:12] = "add_the_phon" → cut at the last "_" + "_".
    expect(file).toMatch(/^\d{4}_\d{2}_\d{2}-add_the_\.py$/);
    const now = new Date();
    expect(file!.slice(0, 4)).toBe(String(now.getFullYear()));
    const second = await runCli(['new', 'empty', '-m', 'Add the phone column, please!', '--yes'], { cwd: project.root });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists; not overwriting it/);
    expect(project.newFiles()).toEqual([file]);
  });

  it('follows the annotated style of the project (examples/shop) and its head', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-new-shop-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    const before = new Set(readdirSync(join(dir, 'migrations/versions')));
    const result = await runCli(['new', 'add-column', '-t', 'users', '-c', 'nickname', '--type', 'String(40)', '-y'], { cwd: dir });
    expect(result.code).toBe(0);
    const file = readdirSync(join(dir, 'migrations/versions')).find((name) => !before.has(name))!;
    const text = readFileSync(join(dir, 'migrations/versions', file), 'utf8');
    expect(text).toContain('from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n');
    expect(text).toMatch(/^revision: str = '[0-9a-f]{12}'$/m);
    expect(text).toContain("down_revision: Union[str, None] = 'f5f4ae3110f6'");
    expect(text).toContain('branch_labels: Union[str, Sequence[str], None] = None');
    expect(text).toMatch(/^"""add nickname to users\n\nRevision ID: [0-9a-f]{12}\nRevises: f5f4ae3110f6\nCreate Date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{6})?\n\n"""\n/);
    expect(await alembicHeads(dir)).toEqual([file.slice(0, 12)]);
  });

  it('writes the first migration of an empty project with down_revision None', async () => {
    const project = copyScaffoldProject();
    const base = join(project.versionsDir, `${BASE_REVISION}_create_users_table.py`);
    await runProcess('rm', [base], project.root);
    const result = await runCli(['new', 'create-table', '--table', 'users', '--column', 'name', '--yes'], { cwd: project.root });
    expect(result.code).toBe(0);
    const [file] = project.newFiles();
    const text = readFileSync(join(project.versionsDir, file!), 'utf8');
    expect(text).toContain('Revises: \n');
    expect(text).toContain('down_revision = None\n');
    await alembic(project.root, 'upgrade', 'head');
    await alembic(project.root, 'downgrade', 'base');
  });

  it('lists the patterns with their flags, also outside a project', async () => {
    const outside = await runCli(['new', '--list'], { cwd: tmpdir() });
    expect(outside.code).toBe(0);
    for (const pattern of ['add-column', 'rename-column', 'add-enum-value', 'create-index', 'data-migration', 'drop-column', 'create-table', 'empty']) {
      expect(outside.stdout).toMatch(new RegExp(`^${pattern} `, 'm'));
    }
    expect(outside.stdout).toMatch(/--table --column \[--type\] \[--nullable\/--not-null\] \[--server-default\]/);
    const inside = await runCli(['new', '--list', '--format', 'json'], { cwd: copyScaffoldProject().root });
    const list = JSON.parse(inside.stdout) as { name: string; available: boolean }[];
    expect(list.find((template) => template.name === 'add-enum-value')?.available).toBe(false);
  });

  it("uses the project's own templates folder (new patterns and replaced ones)", async () => {
    const project = copyScaffoldProject();
    writeFileSync(join(project.root, '.preflight.toml'), 'templates-dir = "migration-templates"\n');
    mkdirSync(join(project.root, 'migration-templates'));
    writeFileSync(
      join(project.root, 'migration-templates', 'add-audit-column.py.tmpl'),
      `---
name: add-audit-column
summary: Add a nullable audit timestamp
message: audit {table}
fields:
  - name: table
    kind: identifier
    prompt: Table
  - name: label
    kind: text
    prompt: Comment on the column
---
@@ upgrade @@
op.add_column({{table}}, sa.Column("audited_at", sa.DateTime(), nullable=True, comment={{label}}))

@@ downgrade @@
op.drop_column({{table}}, "audited_at")
`,
    );
    const listed = await runCli(['new', '--list'], { cwd: project.root });
    expect(listed.stdout).toMatch(/^add-audit-column +Add a nullable audit timestamp/m);
    expect(listed.stdout).toContain('--table --set label=…');
    const result = await runCli(['new', 'add-audit-column', '--table', 'users', '--set', 'label=who "checked" it', '--yes'], { cwd: project.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [file] = project.newFiles();
    expect(readFileSync(join(project.versionsDir, file!), 'utf8')).toContain(
      'op.add_column("users", sa.Column("audited_at", sa.DateTime(), nullable=True, comment="who \\"checked\\" it"))',
    );
    await alembic(project.root, 'upgrade', 'head');
    await alembic(project.root, 'downgrade', '-1');
  });

  it('reports a broken project template as file:line and exit 2', async () => {
    const project = copyScaffoldProject();
    writeFileSync(join(project.root, '.preflight.toml'), 'templates-dir = "t"\n');
    mkdirSync(join(project.root, 't'));
    writeFileSync(join(project.root, 't', 'bad.py.tmpl'), '---\nname: bad\nsummary: x\nmessage: x\n---\n@@ upgrade @@\nop.execute({{nope}})\n@@ downgrade @@\npass\n');
    const result = await runCli(['new', 'empty', '--yes'], { cwd: project.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/t\/bad\.py\.tmpl:7: template: placeholder \{\{nope\}\} is not a field/);
  });
});
