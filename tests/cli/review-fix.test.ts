/**
 * The wizard's fix services on real files: a copy of the example in a git repository, the planner and writer of
 * `check --fix`, Debian's Alembic for `alembic heads`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { plainFixLine, reviewFixes } from '../../src/cli/review/fix.js';
import { prepareReview } from '../../src/cli/review/prepare.js';
import type { GlobalOptions } from '../../src/cli/command.js';
import { currentSubject, initialWizardState, type WizardState } from '../../src/review/checklist/reducer.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

const HEAD_FILE = join('migrations', 'versions', 'f5f4ae3110f6_normalize_user_emails.py');
const root = mkdtempSync(join(tmpdir(), 'preflight-review-fix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function shop(): string {
  const dir = join(root, `shop-${++counter}`);
  cpSync(EXAMPLE_SHOP, dir, { recursive: true, filter: (path) => !path.endsWith('.db') });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  git('add', '-A');
  git('-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '-q', '-m', 'shop');
  return dir;
}

function globalFor(cwd: string): GlobalOptions {
  return { cwd, color: false, env: { ...process.env, PREFLIGHT_CACHE_DIR: join(root, 'cache') }, stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
}

async function session(dir: string) {
  const global = globalFor(dir);
  const prepared = await prepareReview([], global);
  const state: WizardState = initialWizardState(prepared.checklist.checklist, prepared.subjects);
  const finding = (rule: string) => currentSubject(state)!.findings.find((f) => f.rule === rule)!;
  return { global, prepared, state, finding };
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the review’s fix services', () => {
  it('propose: the diff of that finding’s fix alone, as check --fix --diff writes it; why there is none for a rule without a fix', async () => {
    const dir = shop();
    const { global, prepared, state, finding } = await session(dir);
    const fixes = reviewFixes(prepared, global);
    const proposal = await fixes.propose(state, finding('raw-sql-string-execute'));
    expect(proposal).toEqual({
      kind: 'proposed',
      description: 'wrap the SQL in sa.text()',
      diff: `--- a/${HEAD_FILE}
+++ b/${HEAD_FILE}
@@ -23,7 +23,7 @@
 
 def upgrade() -> None:
     connection = op.get_bind()
-    connection.execute("UPDATE users SET email = lower(trim(email))")
+    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))
 
     op.execute("DELETE FROM sessions")
 
`,
    });
    // check --fix --diff writes that hunk too, beside the safeguard's.
    const check = await runCli(['check', HEAD_FILE, '--fix', '--diff', '--no-cache'], { cwd: dir });
    expect(check.stdout).toContain('-    connection.execute("UPDATE users SET email = lower(trim(email))")\n+    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))\n');
    // A destructive statement no safeguard guards: the safeguard's fix, as check --fix writes it.
    const safeguard = await fixes.propose(state, finding('destructive-raw-sql'));
    expect(safeguard).toMatchObject({ kind: 'proposed', description: 'stop upgrade() in production unless ALLOW_DESTRUCTIVE_MIGRATIONS=1 (the production safeguard of preflight new drop-column)' });
    expect(check.stdout).toContain((safeguard as { diff: string }).diff.split('\n').filter((line) => line.startsWith('+    ')).join('\n'));
    expect(await fixes.propose(state, { ...finding('destructive-raw-sql'), rule: 'rename-column', unguarded: undefined })).toEqual({
      kind: 'unavailable',
      reason: 'rename-column has no automatic fix (preflight explain rename-column shows the safe form)',
    });
    expect(readFileSync(join(dir, HEAD_FILE), 'utf8')).toBe(readFileSync(join(EXAMPLE_SHOP, HEAD_FILE), 'utf8'));
  });

  it('apply: writes the fix, Alembic loads it, and the migration is analysed again from the new bytes', async () => {
    const dir = shop();
    const { global, prepared, state, finding } = await session(dir);
    const fixes = reviewFixes(prepared, global);
    await fixes.propose(state, finding('raw-sql-string-execute'));
    const result = await fixes.apply(state, finding('raw-sql-string-execute'));
    const file = join(dir, HEAD_FILE);
    expect(readFileSync(file, 'utf8')).toContain('connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.subject.sha256).toBe(sha256(file));
    expect(result.subject.sha256).not.toBe(currentSubject(state)!.sha256);
    expect(result.subject.findings.map((f) => f.rule)).not.toContain('raw-sql-string-execute');
    expect(result.subject.sourceLines[25]).toBe('    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))');
    expect(prepared.findings.filter((f) => f.file === file).map((f) => f.rule)).not.toContain('raw-sql-string-execute');
    expect(fixes.applied).toEqual([{ displayPath: 'migrations/versions/f5f4ae3110f6_normalize_user_emails.py', rule: 'raw-sql-string-execute', line: 26, description: 'wrap the SQL in sa.text()' }]);
  });

  it('a fix that needs a value: asked for, then the diff check --fix --fix-value gives, applied with it', async () => {
    const dir = shop();
    const country = join('migrations', 'versions', 'c0ffee000001_add_country_to_users.py');
    writeFileSync(
      join(dir, country),
      `"""add country to users\n\nRevision ID: c0ffee000001\nRevises: f5f4ae3110f6\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "c0ffee000001"\ndown_revision = "f5f4ae3110f6"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.add_column("users", sa.Column("country", sa.String(length=2), nullable=False))\n\n\ndef downgrade():\n    op.drop_column("users", "country")\n`,
    );
    const { global, prepared, state, finding } = await session(dir);
    expect(currentSubject(state)!.displayPath).toBe(country);
    const fixes = reviewFixes(prepared, global);
    const notNull = finding('add-column-not-null-without-default');
    expect(await fixes.propose(state, notNull)).toEqual({
      kind: 'needs-value',
      value: { key: 'users.country', prompt: 'Value for country in the existing rows of users', type: 'sa.String(length=2)' },
    });
    const proposal = await fixes.propose(state, notNull, { key: 'users.country', text: 'US' });
    const check = await runCli(['check', country, '--fix', '--diff', '--fix-value', 'users.country=US', '--no-cache'], { cwd: dir });
    // The example is SQLite: the value becomes the column's server_default (no table copy, renders offline).
    expect(proposal).toEqual({
      kind: 'proposed',
      description: 'add users.country with server_default "US", which the existing rows get (SQLite makes a column NOT NULL only by copying the table)',
      diff: check.stdout,
    });
    const result = await fixes.apply(state, notNull);
    expect(result.ok ? "ok" : result.reason).toBe("ok");
    expect(readFileSync(join(dir, country), 'utf8')).toContain('op.add_column("users", sa.Column("country", sa.String(length=2), nullable=False, server_default="US"))');
  });

  it('apply refuses a file edited after the diff was shown, and keeps the edit', async () => {
    const dir = shop();
    const { global, prepared, state, finding } = await session(dir);
    const fixes = reviewFixes(prepared, global);
    await fixes.propose(state, finding('raw-sql-string-execute'));
    const file = join(dir, HEAD_FILE);
    const edited = readFileSync(file, 'utf8').replace('def downgrade() -> None:\n    pass', 'def downgrade() -> None:\n    pass  # nothing to undo');
    writeFileSync(file, edited);
    expect(await fixes.apply(state, finding('raw-sql-string-execute'))).toEqual({ ok: false, reason: 'not applied: the file changed on disk since the diff was shown' });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // And the next f says so too, rather than planning from stale lines.
    expect(await fixes.propose(state, finding('raw-sql-string-execute'))).toEqual({ kind: 'unavailable', reason: 'the file changed on disk since the review read it: run preflight review again' });
  });

  it('apply refuses when Alembic cannot load the project, and the file keeps its bytes', async () => {
    const dir = shop();
    const { global, prepared, state, finding } = await session(dir);
    const fixes = reviewFixes(prepared, global, '/bin/false');
    await fixes.propose(state, finding('raw-sql-string-execute'));
    const before = sha256(join(dir, HEAD_FILE));
    const result = await fixes.apply(state, finding('raw-sql-string-execute'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^not applied: cannot load the fixed files in Alembic: .*\/bin\/false/);
    expect(sha256(join(dir, HEAD_FILE))).toBe(before);
    expect(fixes.applied).toEqual([]);
  });

  it('the plain wizard’s one line names the fixes check --fix would apply', async () => {
    const dir = shop();
    const { prepared } = await session(dir);
    expect(await plainFixLine(prepared, prepared.subjects[0]!)).toBe(
      'Fixes available (line 26 destructive-raw-sql, line 26 raw-sql-string-execute, line 28 destructive-raw-sql): preflight check --fix --diff shows them, preflight check --fix applies them.',
    );
    const clean = await prepareReview(['2fee88dab64c'], globalFor(dir));
    expect(await plainFixLine(clean, clean.subjects[0]!)).toBeUndefined();
  });
});
