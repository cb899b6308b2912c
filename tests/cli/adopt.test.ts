/**
 * Adopting Preflight on a project with hundreds of old migrations, end to end in a real git
 * repository: `preflight init --yes`, commit, `check` passes; a new migration that drops a table
 * fails it alone; `check --since main` reports only the new file; the baseline survives edits
 * elsewhere and renames, not edits of the accepted operation.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { migrationSource, writeGeneratedHistory, type GeneratedHistory } from '../support/generated-history.js';
import { commitAll, git, initRepository } from '../support/git-repo.js';

let dir: string;
let history: GeneratedHistory;
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const preflight = (args: string[]) => runCli(args, { cwd: dir, env });

const NEW_REVISION = 'feed00000001';
const dropTableMigration = (down: string) =>
  migrationSource({
    revision: NEW_REVISION,
    downRevision: down,
    message: 'drop archived carts',
    upgrade: '    op.drop_table("archived_carts")',
    downgrade: '    op.create_table("archived_carts", sa.Column("id", sa.Integer(), primary_key=True))',
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-adopt-'));
  history = writeGeneratedHistory(dir, { count: 320 });
  await initRepository(dir, 'history');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adopting Preflight on 320 existing migrations', () => {
  it('fails its first check: the old migrations have dozens of errors', async () => {
    const result = await preflight(['check', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.migrations).toBe(320);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error').length).toBeGreaterThan(50);
  });

  it('init --yes writes the configuration and the baseline; check then passes; a re-run of baseline writes the same bytes', async () => {
    const init = await preflight(['init', '--yes']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Dialect: postgresql (from sqlalchemy.url)');
    expect(init.stdout).toMatch(/wrote \.preflight-baseline\.json: \d+ findings accepted/);
    expect(init.stdout).toContain('id: preflight-check');
    expect(init.stdout).toContain('uses: <org>/alembic-preflight@v0.1.0');
    expect(readFileSync(join(dir, '.preflight.toml'), 'utf8')).toContain('downgrades = "required"\nbaseline = ".preflight-baseline.json"');

    const check = await preflight(['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^320 migrations checked \(head [0-9a-f]{12}\): 0 errors, 0 warnings, \d+ baselined\n$/);

    const before = readFileSync(join(dir, '.preflight-baseline.json'));
    expect((await preflight(['baseline'])).code).toBe(0);
    expect(readFileSync(join(dir, '.preflight-baseline.json')).equals(before)).toBe(true);
    await commitAll(dir, 'Adopt Preflight');
  });

  it('a new migration that drops a table fails check alone, and --since main reports only that file', async () => {
    await git(dir, ['checkout', '-q', '-b', 'drop-carts']);
    const file = join(history.versionsDir, `${NEW_REVISION}_drop_archived_carts.py`);
    writeFileSync(file, dropTableMigration(history.head));
    try {
      const check = await preflight(['check']);
      expect(check.code).toBe(1);
      const shown = check.stdout.split('\n').filter((line) => /^migrations\//.test(line));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((line) => line.startsWith(`migrations/versions/${NEW_REVISION}_drop_archived_carts.py:`))).toBe(true);
      expect(check.stdout).toMatch(/error drop-table upgrade drops table archived_carts/);
      expect(check.stdout).toMatch(/321 migrations checked .*: 1 error, \d+ warnings?, \d+ baselined/);

      await commitAll(dir, 'drop archived carts');
      const since = await preflight(['check', '--since', 'main', '--format', 'json']);
      expect(since.code).toBe(1);
      const report = JSON.parse(since.stdout);
      expect(report.since).toBe('main');
      expect(report.migrations).toBe(1);
      expect(new Set(report.findings.map((f: { file: string }) => f.file))).toEqual(new Set([`migrations/versions/${NEW_REVISION}_drop_archived_carts.py`]));
      expect(report.findings.every((f: { baselined: boolean }) => !f.baselined)).toBe(true);
    } finally {
      await git(dir, ['checkout', '-q', 'main']);
      rmSync(file, { force: true });
    }
  });

  it('the baseline survives reformatting, comments, a new clean migration and a rename; editing the operation makes a new finding', async () => {
    const dropTableFile = readdirSync(history.versionsDir).find((name) => name.includes('_remove_legacy_'))!;
    const path = join(history.versionsDir, dropTableFile);
    const original = readFileSync(path, 'utf8');
    const table = /op\.drop_table\("([^"]+)"\)/.exec(original)![1]!;
    try {
      // Reformatted and commented, elsewhere and inside the call; a clean migration added on top.
      writeFileSync(
        path,
        original
          .replace('def upgrade():', '# legacy tables went away with the v1 API\n\n\ndef upgrade():\n    # the data was archived to S3 first')
          .replace(`op.drop_table("${table}")`, `op.drop_table(\n        '${table}',  # archived\n    )`),
      );
      const renamed = join(history.versionsDir, `2019_${dropTableFile}`);
      renameSync(path, renamed);
      writeFileSync(
        join(history.versionsDir, 'feed00000002_add_nickname.py'),
        migrationSource({
          revision: 'feed00000002',
          downRevision: history.head,
          message: 'add nickname',
          // Clean on PostgreSQL too: the ALTER gives up after lock_timeout instead of queueing reads behind it.
          upgrade: `    op.execute("SET lock_timeout = '5s'")\n    op.add_column("users", sa.Column("nickname", sa.String(40), nullable=True))`,
          downgrade: `    op.execute("SET lock_timeout = '5s'")\n    op.drop_column("users", "nickname")`,
        }),
      );
      const kept = await preflight(['check']);
      expect(kept.stdout).not.toContain('match no finding');
      expect(kept.stdout).toMatch(/^321 migrations checked .*: 0 errors, 0 warnings, \d+ baselined\n$/);
      expect(kept.code).toBe(0);

      // Now the accepted operation itself changes: a new finding, and its old entry is stale.
      writeFileSync(renamed, readFileSync(renamed, 'utf8').replace(`'${table}',`, `'${table}_v2',`));
      const edited = await preflight(['check']);
      expect(edited.code).toBe(1);
      expect(edited.stdout).toContain(`error drop-table upgrade drops table ${table}_v2`);
      expect(edited.stdout).toMatch(/\d+ baseline entr(y|ies) in \.preflight-baseline\.json match(es)? no finding any more \(fixed or edited\): `preflight check --prune` removes/);

      const github = await preflight(['check', '--format', 'github']);
      expect(github.stdout).toMatch(/^::notice file=\.preflight-baseline\.json,title=preflight baseline::\d+ baseline entr(y matches|ies match) no finding any more \(fixed or edited\): run preflight check --prune and commit \.preflight-baseline\.json$/m);

      const entriesBefore = JSON.parse(readFileSync(join(dir, '.preflight-baseline.json'), 'utf8')).entries.length;
      const pruned = await preflight(['check', '--prune', '--format', 'json']);
      const report = JSON.parse(pruned.stdout);
      expect(report.baseline.pruned).toBe(true);
      const removed = report.baseline.stale.length;
      expect(removed).toBeGreaterThan(0);
      expect(report.baseline.stale.some((entry: { rule: string; message: string }) => entry.rule === 'drop-table' && entry.message.includes(table))).toBe(true);
      expect(pruned.stderr).toContain(`removed ${removed} stale entr`);
      expect(JSON.parse(readFileSync(join(dir, '.preflight-baseline.json'), 'utf8')).entries.length).toBe(entriesBefore - removed);
      expect((await preflight(['check'])).stdout).not.toContain('match no finding');
    } finally {
      await git(dir, ['checkout', '-q', '--', '.']);
      await git(dir, ['clean', '-q', '-fd']);
    }
  });

  it('marks baselined findings in JSON and SARIF, hides them in text unless --verbose, and leaves them out of GitHub annotations', async () => {
    const json = JSON.parse((await preflight(['check', '--format', 'json'])).stdout);
    expect(json.findings.length).toBeGreaterThan(100);
    expect(json.findings.every((f: { baselined: boolean }) => f.baselined === true)).toBe(true);
    expect(json.baseline).toMatchObject({ file: '.preflight-baseline.json', stale: [], pruned: false });

    const sarif = JSON.parse((await preflight(['check', '--format', 'sarif'])).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.suppressions).toEqual([{ kind: 'external', justification: 'accepted in the baseline file .preflight-baseline.json' }]);

    const verbose = await preflight(['check', '--verbose']);
    expect(verbose.stdout).toMatch(/^migrations\/versions\/\S+:\d+:\d+ error drop-table upgrade drops table \S+ .*\[baselined\]$/m);
    expect((await preflight(['check', '--format', 'github'])).stdout).toBe('');
  });

  it('check --since with the base of the branch on a clean branch reports nothing and passes', async () => {
    await git(dir, ['checkout', '-q', '-b', 'clean-branch']);
    try {
      const result = await preflight(['check', '--since', 'main']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^0 migrations checked/m);
    } finally {
      await git(dir, ['checkout', '-q', 'main']);
    }
  });
});

describe('bad input: one line on stderr, exit 2', () => {
  const baselineFile = () => join(dir, '.preflight-baseline.json');
  let saved: Buffer;
  beforeAll(() => {
    saved = readFileSync(baselineFile());
  });
  afterAll(() => writeFileSync(baselineFile(), saved));

  // `check` ran with these same arguments before: an error here also shows that the report
  // cache does not replay a report once the baseline file changed.
  it('a baseline file that is not JSON names the file and line', async () => {
    writeFileSync(baselineFile(), '{\n  "version": 1,\n  "entries": [\n    {"rule": "drop-table",,}\n  ]\n}\n');
    const result = await preflight(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^preflight: \.preflight-baseline\.json:4: not valid JSON \(.+\); fix it or write it again with `preflight baseline`\n$/);
  });

  it('a baseline of an unknown version names the file and the line of the version', async () => {
    writeFileSync(baselineFile(), '{\n  "entries": [],\n  "version": 7\n}\n');
    const result = await preflight(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('preflight: .preflight-baseline.json:3: unknown baseline version 7 (this Preflight reads version 1; upgrade Preflight or write it again with `preflight baseline`)\n');
  });

  it('a --since ref that does not exist', async () => {
    writeFileSync(baselineFile(), saved);
    const result = await preflight(['check', '--since', 'origin/nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('preflight: --since origin/nope: unknown git ref (fetch it first, e.g. git fetch origin nope)\n');
  });

  it('an unknown downgrade policy names the key', async () => {
    const config = join(dir, '.preflight.toml');
    const text = readFileSync(config, 'utf8');
    try {
      writeFileSync(config, text.replace('downgrades = "required"', 'downgrades = "sometimes"'));
      const result = await preflight(['check']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^preflight: \.preflight\.toml: downgrades: .*"required".*"optional".*"none"/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      writeFileSync(config, text);
    }
  });

  it('init refuses to configure a project twice and never waits on a non-terminal', async () => {
    const twice = await preflight(['init', '--yes']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe('preflight: init: .preflight.toml exists already: Preflight is configured here (edit it, or run `preflight baseline`)\n');
    const noTty = await preflight(['init']);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/^preflight: standard input is not a terminal.*preflight init --yes/);
    expect(existsSync(join(dir, 'pyproject.toml'))).toBe(false);
  });
});
