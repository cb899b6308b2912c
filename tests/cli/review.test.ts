/**
 * `preflight review` end to end: the built binary on a git copy of examples/shop,
 * in an environment that shares no git or gpg configuration with the machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { parseRecord, type ReviewRecord } from '../../src/review/record/schema.js';
import { BIN, runCli, type CliResult } from '../support/cli.js';
import { shopRepo as sharedShopRepo } from '../support/git-repo.js';

const HEAD = 'f5f4ae3110f6';
const CLEAN = '2fee88dab64c';
const root = mkdtempSync(join(tmpdir(), 'preflight-review-e2e-'));
const home = join(root, 'home');
mkdirSync(home);

/** Nothing from the machine's git or gpg configuration can leak in. */
const ENV: NodeJS.ProcessEnv = {
  HOME: home,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  XDG_CONFIG_HOME: join(home, '.config'),
  GNUPGHOME: join(home, '.gnupg'),
  SSH_AUTH_SOCK: '',
  TERM: 'xterm-256color',
};
const gitEnv = { ...process.env, ...ENV };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });
}

let counter = 0;
const shopRepo = (): string => sharedShopRepo(root, gitEnv);

/** Answers files live outside the repository, so they never show in `git status`. */
function answersFile(name: string, content: unknown): string {
  const path = join(root, `${++counter}-${name}`);
  writeFileSync(path, typeof content === 'string' ? content : name.endsWith('.json') ? JSON.stringify(content, null, 2) : stringifyYaml(content));
  return path;
}

const review = (cwd: string, args: string[]): Promise<CliResult> => runCli(['review', ...args], { cwd, env: ENV });
const status = (repo: string) => git(repo, 'status', '--porcelain', '--untracked-files=all');
const recordFile = (repo: string, revision: string) => join(repo, 'migrations', 'reviews', `${revision}.json`);

function readRecord(repo: string, revision: string): ReviewRecord {
  const parsed = parseRecord(readFileSync(recordFile(repo, revision), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.record;
}

/**
 * A complete answers file for the example head: its two automatic "no" answers need notes too, and its
 * data migration strategy (it rewrites every email and deletes every session) is the reviewer's to answer.
 */
const HEAD_ANSWERS = {
  'data-migration-strategy': { answer: 'no', note: 'emails are lower-cased in place; only the pre-deploy backup keeps the old spelling' },
  reversible: { answer: 'no', note: 'lower-casing cannot be undone' },
  'production-safeguards': { answer: 'no', note: 'runs in the maintenance window' },
  'tested-on-production-copy': { answer: 'yes', note: 'staging snapshot 2024-07-01, 2M users' },
  'rollback-plan': { answer: 'yes', note: 'restore the pre-deploy backup of users and sessions' },
};

const REVIEWER_ANSWERS = {
  'tested-on-production-copy': { answer: 'yes', note: 'staging snapshot 2024-07-01' },
  'rollback-plan': { answer: 'yes', note: 'alembic downgrade -1 (to 2f904228e8b1)' },
};

afterAll(() => {
  // gpg may have started an agent for the isolated GNUPGHOME while looking for a key.
  if (existsSync(ENV.GNUPGHOME!)) {
    try {
      execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: gitEnv, stdio: 'ignore', timeout: 10_000 });
    } catch {
      // no gpgconf, or no agent
    }
  }
  rmSync(root, { recursive: true, force: true });
});

// Runs alone (not concurrently with the other processes), so its timing means something.
describe('review without a terminal', () => {
  it('exits 2 at once with a hint when stdin is not a TTY and there is no --answers (stdin left open)', async () => {
    const repo = shopRepo();
    const started = Date.now();
    // stdin is a pipe that never closes: a prompt would wait on it forever.
    const result = await new Promise<CliResult & { timedOut: boolean }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'review'], { cwd: repo, env: { ...gitEnv, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, 20_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? -1, stdout, stderr, timedOut });
      });
    });
    expect(result.timedOut).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^preflight: standard input is not a terminal, so Preflight cannot ask questions; pass the answers with --answers FILE/);
    expect(result.stdout).toBe('');
    expect(status(repo)).toBe('');
  });
});

describe.concurrent('review --answers on the example head', () => {
  it('YAML answers: writes the record, keeps the automatic answers and their evidence, exits 1 for the "no" items', async () => {
    const repo = shopRepo();
    const before = status(repo);
    expect(before).toBe('');
    const result = await review(repo, ['--answers', answersFile('answers.yaml', HEAD_ANSWERS), '--no-sign']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Wrote migrations/reviews/${HEAD}.json (unsigned)\n`);
    expect(result.code).toBe(1);

    // Only the record is new; no temp file or signature is left next to it.
    expect(status(repo)).toBe(`?? migrations/reviews/${HEAD}.json\n`);
    expect(readdirSync(join(repo, 'migrations', 'reviews'))).toEqual([`${HEAD}.json`]);

    const record = readRecord(repo, HEAD);
    expect(record.migration).toMatchObject({
      path: `migrations/versions/${HEAD}_normalize_user_emails.py`,
      revision: HEAD,
      downRevision: 'eaa6964182da',
      message: 'normalize user emails',
    });
    expect(record.migration.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.checklist).toMatchObject({ id: 'migration', version: 1 });
    expect(record.reviewer).toEqual({ name: 'Ada Reviewer', email: 'ada@example.com' });
    expect(record.git).toEqual({ commit: git(repo, 'rev-parse', 'HEAD').trim(), branch: 'main' });
    expect(record.tool.name).toBe('alembic-preflight');

    const item = (id: string) => record.items.find((candidate) => candidate.id === id)!;
    expect(record.items.map((candidate) => candidate.id)).toEqual([
      'alter-not-drop',
      'data-migration-strategy',
      'defaults-for-new-columns',
      'reversible',
      'tested-on-production-copy',
      'production-safeguards',
      'rollback-plan',
    ]);
    expect(item('alter-not-drop')).toMatchObject({ answer: 'yes', decidedBy: 'auto', autoAnswer: 'yes', note: null });
    expect(item('alter-not-drop').evidence).toEqual([{ file: `migrations/versions/${HEAD}_normalize_user_emails.py`, line: 24, message: 'the upgrade drops no table and wipes no schema' }]);
    expect(item('reversible')).toMatchObject({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: HEAD_ANSWERS.reversible.note });
    expect(item('production-safeguards')).toMatchObject({ answer: 'no', decidedBy: 'auto', autoAnswer: 'no', note: HEAD_ANSWERS['production-safeguards'].note });
    // A data-only upgrade: no missing-downgrade finding, but the checks know the destroyed data cannot come back.
    expect(item('reversible').evidence).toEqual([
      expect.objectContaining({ file: `migrations/versions/${HEAD}_normalize_user_emails.py`, line: 31, message: expect.stringMatching(/^downgrade\(\) does nothing, and the upgrade destroys data/) }),
    ]);
    // The destructive findings say no safeguard guards them (one finding per step).
    expect(item('production-safeguards').evidence.map((evidence) => [evidence.rule, evidence.line])).toEqual([
      ['destructive-raw-sql', 26],
      ['destructive-raw-sql', 28],
    ]);
    // The upgrade changes data: the reviewer answers, shown the findings on the UPDATE and the DELETE.
    expect(item('data-migration-strategy')).toMatchObject({
      answer: 'no',
      decidedBy: 'reviewer',
      autoAnswer: null,
      note: HEAD_ANSWERS['data-migration-strategy'].note,
    });
    expect(item('data-migration-strategy').evidence).toEqual([
      expect.objectContaining({
        rule: 'destructive-raw-sql',
        file: `migrations/versions/${HEAD}_normalize_user_emails.py`,
        line: 26,
        message: expect.stringMatching(/^raw SQL updates every row of users \(no WHERE\): UPDATE users SET email = lower\(trim\(email\)\)/),
      }),
      expect.objectContaining({
        rule: 'destructive-raw-sql',
        file: `migrations/versions/${HEAD}_normalize_user_emails.py`,
        line: 28,
        message: expect.stringMatching(/^raw SQL deletes every row of sessions \(no WHERE\): DELETE FROM sessions/),
      }),
    ]);
    expect(item('tested-on-production-copy')).toEqual({
      id: 'tested-on-production-copy',
      question: 'Have you tested on a copy of production data?',
      answer: 'yes',
      decidedBy: 'reviewer',
      autoAnswer: null,
      evidence: [],
      note: 'staging snapshot 2024-07-01, 2M users',
    });
    expect(record.findings.some((finding) => finding.rule === 'destructive-raw-sql' && finding.line === 28)).toBe(true);
  });

  it('JSON answers: an override keeps what the checks said', async () => {
    const repo = shopRepo();
    const answers = { ...HEAD_ANSWERS, 'production-safeguards': { answer: 'yes', note: 'deploys run behind the maintenance flag' } };
    const result = await review(repo, ['--answers', answersFile('answers.json', answers), '--no-sign', HEAD]);
    expect(result.code).toBe(1);
    const safeguards = readRecord(repo, HEAD).items.find((item) => item.id === 'production-safeguards')!;
    expect(safeguards).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: 'no', note: 'deploys run behind the maintenance flag' });
    expect(safeguards.evidence.length).toBeGreaterThan(0);
    expect(status(repo)).toBe(`?? migrations/reviews/${HEAD}.json\n`);
  });
});

describe.concurrent('review --answers on a clean migration', () => {
  it('exits 0 when nothing is "no"', async () => {
    const repo = shopRepo();
    const result = await review(repo, [CLEAN, '--answers', answersFile('answers.yaml', REVIEWER_ANSWERS), '--no-sign']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Wrote migrations/reviews/${CLEAN}.json (unsigned)\n`);
    expect(result.code).toBe(0);
    const record = readRecord(repo, CLEAN);
    expect(record.migration).toMatchObject({ revision: CLEAN, downRevision: '2f904228e8b1', message: 'add phone to users' });
    expect(Object.fromEntries(record.items.map((item) => [item.id, `${item.answer} (${item.decidedBy})`]))).toEqual({
      'alter-not-drop': 'yes (auto)',
      'data-migration-strategy': 'n/a (auto)',
      'defaults-for-new-columns': 'yes (auto)',
      reversible: 'yes (auto)',
      'tested-on-production-copy': 'yes (reviewer)',
      'production-safeguards': 'n/a (auto)',
      'rollback-plan': 'yes (reviewer)',
    });
    expect(record.items.find((item) => item.id === 'reversible')!.evidence).toEqual([
      { file: `migrations/versions/${CLEAN}_add_phone_to_users.py`, line: 22, message: 'add_column at line 22 is undone by drop_column at line 27' },
    ]);
    expect(status(repo)).toBe(`?? migrations/reviews/${CLEAN}.json\n`);
  });

  it('the migration can be named by its path too', async () => {
    const repo = shopRepo();
    const result = await review(repo, [`migrations/versions/${CLEAN}_add_phone_to_users.py`, '--answers', answersFile('answers.yaml', REVIEWER_ANSWERS), '--no-sign']);
    expect(result.code).toBe(0);
    expect(existsSync(recordFile(repo, CLEAN))).toBe(true);
  });
});

describe.concurrent('review --answers errors (exit 2, nothing written)', () => {
  async function expectRefused(args: string[], message: RegExp): Promise<CliResult> {
    const repo = shopRepo();
    const result = await review(repo, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
    expect(status(repo)).toBe('');
    expect(existsSync(join(repo, 'migrations', 'reviews'))).toBe(false);
    return result;
  }

  it('an unknown item id is named', async () => {
    const file = answersFile('answers.yaml', { ...REVIEWER_ANSWERS, 'tested-on-staging': { answer: 'yes', note: 'x' } });
    const result = await expectRefused([CLEAN, '--answers', file, '--no-sign'], /unknown checklist item\(s\): tested-on-staging/);
    expect(result.stderr.startsWith(`preflight: ${file}: `)).toBe(true);
  });

  it('a missing reviewer answer is named', async () => {
    const file = answersFile('answers.yaml', { 'tested-on-production-copy': REVIEWER_ANSWERS['tested-on-production-copy'] });
    const result = await expectRefused([CLEAN, '--answers', file, '--no-sign'], /no answer for rollback-plan/);
    expect(result.stderr).not.toMatch(/tested-on-production-copy/);
  });

  it('an answer whose required note is missing is named', async () => {
    const file = answersFile('answers.yaml', { ...REVIEWER_ANSWERS, 'rollback-plan': { answer: 'yes' } });
    await expectRefused([CLEAN, '--answers', file, '--no-sign'], /no answer for rollback-plan \(needs a note\)/);
  });

  it('the head without its data-migration answer and the notes for its automatic "no" answers names each of them', async () => {
    const file = answersFile('answers.yaml', REVIEWER_ANSWERS);
    const result = await expectRefused(['--answers', file, '--no-sign'], /no answer for data-migration-strategy, reversible \(the checks answered "no": confirm it with a note\), production-safeguards \(the checks answered "no": confirm it with a note\)/);
    expect(result.stderr).not.toMatch(/alter-not-drop|tested-on-production-copy|rollback-plan/);
    expect(result.stderr).toContain(HEAD);
  });

  it('an invalid answer value names the field', async () => {
    const file = answersFile('answers.yaml', { ...REVIEWER_ANSWERS, 'rollback-plan': { answer: 'maybe', note: 'x' } });
    await expectRefused([CLEAN, '--answers', file, '--no-sign'], /rollback-plan\.answer: /);
  });

  it('an answers file that does not exist', async () => {
    await expectRefused([CLEAN, '--answers', join(root, 'missing.yaml'), '--no-sign'], /--answers .*missing\.yaml: cannot read the file/);
  });
});

describe.concurrent('signing', () => {
  it('without a signing key and without --no-sign: exit 2 with the git config help, nothing written; --no-sign writes', async () => {
    const repo = shopRepo();
    const result = await review(repo, [CLEAN, '--answers', answersFile('answers.yaml', REVIEWER_ANSWERS)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^preflight: no signing key is configured for git; pass --no-sign/);
    expect(result.stderr).toContain('git config --global gpg.format ssh');
    expect(result.stderr).toContain('git config --global user.signingkey');
    expect(status(repo)).toBe('');
    const unsigned = await review(repo, [CLEAN, '--answers', answersFile('answers.yaml', REVIEWER_ANSWERS), '--no-sign']);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stdout).toBe(`Wrote migrations/reviews/${CLEAN}.json (unsigned)\n`);
    expect(readdirSync(join(repo, 'migrations', 'reviews'))).toEqual([`${CLEAN}.json`]);
  });

});
