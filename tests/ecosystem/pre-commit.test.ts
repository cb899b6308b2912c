/**
 * The real pre-commit (Debian's 3.x) installs this repository as a hook repo
 * (language: node → nodeenv with the system node, `npm install`, `npm pack`,
 * `npm install -g`) and runs `preflight check` on the files it is given.
 *
 * pre-commit only sees committed files (try-repo adds tracked changes, not new
 * files), and this test must not touch the working repository's index, so it
 * snapshots the working tree (tracked + untracked, not ignored) into a throwaway
 * git repository and points try-repo at that. Needs the npm registry.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXAMPLE_SHOP, REPO_ROOT } from '../support/cli.js';

const BAD = 'migrations/versions/eaa6964182da_drop_legacy_coupons.py';
const GOOD = 'migrations/versions/2fee88dab64c_add_phone_to_users.py';

function missingPrerequisite(): string | undefined {
  const probes: [string, string[], string][] = [
    ['pre-commit', ['--version'], 'the `pre-commit` executable is not installed'],
    ['git', ['--version'], 'git is not installed'],
    ['npm', ['--version'], 'npm is not installed (pre-commit language: node needs it)'],
    // Debian's pre-commit runs `/usr/bin/python3 -m nodeenv`; the `nodeenv` package provides it.
    ['/usr/bin/python3', ['-c', 'import nodeenv'], 'the nodeenv Python module is missing (Debian package `nodeenv`), which pre-commit needs for language: node'],
  ];
  for (const [program, args, reason] of probes) {
    try {
      execFileSync(program, args, { stdio: 'ignore', timeout: 30_000 });
    } catch {
      return reason;
    }
  }
  return undefined;
}

const missing = missingPrerequisite();

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
  });
}

function commitAll(cwd: string): void {
  git(cwd, ['init', '-q', '-b', 'main']);
  git(cwd, ['add', '-A']);
  git(cwd, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'snapshot']);
}

interface Run {
  code: number;
  output: string;
}

function preCommit(cwd: string, args: string[], preCommitHome: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'pre-commit',
      args,
      {
        cwd,
        env: {
          ...process.env,
          PRE_COMMIT_HOME: preCommitHome,
          NO_COLOR: '1',
          GIT_CONFIG_NOSYSTEM: '1',
          // pre-commit < 4 takes all of `npm pack`'s stdout as the tarball name, and npm ≥ 7 prints
          // the `prepare` script's banner there (pre-commit/pre-commit#3259, #3460). A silent npm
          // prints only the name. Without this the install fails with "tarball … seems to be corrupted".
          npm_config_loglevel: 'silent',
        },
        timeout: 900_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares preflight-check as a node hook on migration version files', () => {
    const hooks = parseYaml(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = hooks.find((entry) => entry['id'] === 'preflight-check');
    expect(hook).toMatchObject({ language: 'node', entry: 'preflight check', pass_filenames: true, language_version: 'system' });
    const files = new RegExp(String(hook!['files']));
    expect(files.test('migrations/versions/abc_add.py')).toBe(true);
    expect(files.test('app/alembic/versions/abc_add.py')).toBe(true);
    expect(files.test('migrations/env.py')).toBe(false);
    expect(files.test('src/versions/abc.py')).toBe(false);
  });
});

describe.skipIf(missing !== undefined)(`pre-commit try-repo${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let work: string;
  let hookRepo: string;
  let project: string;
  let preCommitHome: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'preflight-pre-commit-'));
    hookRepo = join(work, 'hook-repo');
    project = join(work, 'shop');
    preCommitHome = join(work, 'pre-commit-home');
    // Snapshot of the working tree as it is now (new files included), without node_modules/dist.
    const files = git(REPO_ROOT, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean);
    for (const file of files) {
      const from = join(REPO_ROOT, file);
      if (!existsSync(from)) continue; // deleted in the working tree
      mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
      cpSync(from, join(hookRepo, file));
    }
    commitAll(hookRepo);
    cpSync(EXAMPLE_SHOP, project, { recursive: true });
    commitAll(project);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs the hook with npm and fails on a migration that drops a table', async () => {
    const run = await preCommit(project, ['try-repo', hookRepo, 'preflight-check', '--files', BAD, GOOD, 'alembic.ini'], preCommitHome);
    expect(run.output).toMatch(/preflight check \(Alembic migrations\)\.+Failed/);
    expect(run.output).toContain('drop-table');
    expect(run.output).toContain('eaa6964182da_drop_legacy_coupons.py');
    expect(run.code).toBe(1);
  }, 900_000);

  it('passes a safe migration', async () => {
    const run = await preCommit(project, ['try-repo', hookRepo, 'preflight-check', '--files', GOOD], preCommitHome);
    expect(run.output).toMatch(/preflight check \(Alembic migrations\)\.+Passed/);
    expect(run.code).toBe(0);
  }, 900_000);
});
