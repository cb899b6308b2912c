/**
 * Helpers for the `preflight new` tests: a temp copy of tests/fixtures/projects/scaffold-base
 * (one migration: a users table, plus the user_status enum type on PostgreSQL), real Alembic
 * (Debian's, `/usr/bin/python3 -m alembic`), and Python's own parser as the judge of the output.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from './cli.js';

export const SCAFFOLD_BASE = join(REPO_ROOT, 'tests', 'fixtures', 'projects', 'scaffold-base');
export const BASE_REVISION = '3c1f2a9b8d7e';
export const PYTHON = '/usr/bin/python3';

export interface ScaffoldProject {
  root: string;
  versionsDir: string;
  /** Version files other than the base one. */
  newFiles(): string[];
}

/** A temp copy of the base project; `url` replaces sqlalchemy.url (default: a SQLite file in the copy). */
export function copyScaffoldProject(options: { url?: string; from?: string } = {}): ScaffoldProject {
  const root = mkdtempSync(join(tmpdir(), 'preflight-new-'));
  cpSync(options.from ?? SCAFFOLD_BASE, root, { recursive: true });
  if (options.url) {
    const ini = join(root, 'alembic.ini');
    // The URL is written as is: '%' would be read as ini interpolation, so double it.
    const text = readFileSync(ini, 'utf8').replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${options.url.replace(/%/g, '%%')}`);
    writeFileSync(ini, text);
  }
  const versionsDir = join(root, 'migrations', 'versions');
  return {
    root,
    versionsDir,
    newFiles: () =>
      readdirSync(versionsDir)
        .filter((name) => name.endsWith('.py') && !name.startsWith(BASE_REVISION))
        .sort(),
  };
}

export interface ProcessOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function runProcess(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessOutput> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** `alembic <args>` in the project; throws with the output when it fails. */
export async function alembic(root: string, ...args: string[]): Promise<string> {
  const result = await runProcess(PYTHON, ['-m', 'alembic', '-c', join(root, 'alembic.ini'), ...args], root);
  if (result.code !== 0) throw new Error(`alembic ${args.join(' ')} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Revision ids `alembic heads` prints. */
export async function alembicHeads(root: string): Promise<string[]> {
  const out = await alembic(root, 'heads');
  return out
    .split('\n')
    .map((line) => line.trim().split(' ')[0]!)
    .filter(Boolean);
}

/** Python's own parser: 'ok' or the SyntaxError. */
export async function pythonParses(file: string): Promise<string> {
  const result = await runProcess(PYTHON, ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read()); print("ok")', file], tmpdir());
  return result.code === 0 ? result.stdout.trim() : result.stderr.trim();
}

/** Runs Python in the project folder (e.g. to insert a row into the SQLite database). */
export async function python(root: string, code: string, ...args: string[]): Promise<string> {
  const result = await runProcess(PYTHON, ['-c', code, ...args], root);
  if (result.code !== 0) throw new Error(`python failed:\n${result.stderr}`);
  return result.stdout;
}

export interface CheckFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  message: string;
  suppressed: boolean;
}

/** `preflight check --format json` in the project: the findings for one file (path relative to the root). */
export async function checkFindings(root: string, file: string): Promise<CheckFinding[]> {
  const result = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: root });
  if (result.code === 2) throw new Error(`check failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { findings: CheckFinding[] };
  return report.findings.filter((finding) => finding.file === file);
}

/** Creates a database on the test server and returns its URL (psycopg2, autocommit). */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await python(
    tmpdir(),
    'import psycopg2,sys\nc=psycopg2.connect(sys.argv[1]); c.autocommit=True\nc.cursor().execute("CREATE DATABASE " + sys.argv[2])',
    serverUrl,
    name,
  );
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** Drops a database made by createDatabase (FORCE: PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await python(
    tmpdir(),
    'import psycopg2,sys\nc=psycopg2.connect(sys.argv[1]); c.autocommit=True\nc.cursor().execute("DROP DATABASE IF EXISTS " + sys.argv[2] + " WITH (FORCE)")',
    serverUrl,
    name,
  );
}

/** Runs one SQL statement on a PostgreSQL database and returns the rows as JSON. */
export async function pgQuery(url: string, sql: string): Promise<unknown[][]> {
  const out = await python(
    tmpdir(),
    'import json,psycopg2,sys\nc=psycopg2.connect(sys.argv[1]); c.autocommit=True\ncur=c.cursor(); cur.execute(sys.argv[2])\nprint(json.dumps(cur.fetchall() if cur.description else [], default=str))',
    url,
    sql,
  );
  return JSON.parse(out) as unknown[][];
}

/** Runs one SQL statement on the project's SQLite file (app.db) and returns the rows. */
export async function sqliteQuery(root: string, sql: string): Promise<unknown[][]> {
  const out = await python(
    root,
    'import json,sqlite3,sys\nc=sqlite3.connect("app.db")\nrows=c.execute(sys.argv[1]).fetchall(); c.commit()\nprint(json.dumps(rows))',
    sql,
  );
  return JSON.parse(out) as unknown[][];
}
