/**
 * `verify` fails closed: a version file whose revision cannot be read, a trust root the repository
 * brings along, a path `--since` would have skipped, two reviews writing the same record at once, a
 * reviewer without a name. Real git repositories, real ssh-keygen and gpg keys, git configuration
 * isolated through the environment (see tests/cli/verify.test.ts for the basics).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli, type CliResult } from '../support/cli.js';
import { configEnv, lastLine, recordFile, REVIEWS, reviewFiles } from '../support/verify-fixtures.js';
import {
  allowedSignersLine,
  gpgEnv,
  isolatedEnv,
  makeGnupgHome,
  makeGpgKey,
  makeSigningHome,
  stopGpgAgent,
  type SshKey,
} from '../support/keys.js';

const execFileAsync = promisify(execFile);

const CLEAN = '2fee88dab64c';
const HEAD = 'f5f4ae3110f6';
const ALL_REVISIONS = [
  '2f904228e8b1',
  '2fee88dab64c',
  '5ed2b6107d68',
  '855fa6dab719',
  'a252a53d8a84',
  'bcf0e0ac1d31',
  'db52892fc5f1',
  'ddceaaa2ffed',
  'eaa6964182da',
  'f5f4ae3110f6',
  'f75cbdb083a6',
];
const VERSIONS = 'migrations/versions';
const CLEAN_FILE = `${VERSIONS}/2fee88dab64c_add_phone_to_users.py`;
const HEAD_FILE = `${VERSIONS}/f5f4ae3110f6_normalize_user_emails.py`;

interface Row {
  revision: string | null;
  file: string;
  status: string;
  reviewer: string | null;
  signedBy: string | null;
  reviewedAt: string | null;
  detail: string;
}

let root: string;
let home: string;
let alice: SshKey;
let mallory: SshKey;
let allowedSigners: string;
let env: NodeJS.ProcessEnv;
let emptyGnupgHome: string;
let cleanAnswers: string;
let allAnswers: string;
let repoCounter = 0;
/** examples/shop with every migration reviewed and signed by alice, committed. Cloned, never changed. */
let reviewedAll: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pf-verify-gate-'));
  let gitConfig: string;
  ({ home, alice, mallory, allowedSigners, gitConfig } = await makeSigningHome(root));
  emptyGnupgHome = await makeGnupgHome();
  env = isolatedEnv(home, { GIT_CONFIG_GLOBAL: gitConfig, GNUPGHOME: emptyGnupgHome, XDG_CONFIG_HOME: join(home, '.config'), SSH_AUTH_SOCK: '' });
  cleanAnswers = join(root, 'answers-clean.yaml');
  writeFileSync(
    cleanAnswers,
    'tested-on-production-copy: { answer: "yes", note: "staging snapshot" }\nrollback-plan: { answer: "yes", note: "alembic downgrade -1" }\n',
  );
  allAnswers = join(root, 'answers-all.yaml');
  writeFileSync(
    allAnswers,
    [
      'alter-not-drop: { answer: "yes", note: "legacy table is unused since 2025" }',
      'data-migration-strategy: { answer: "yes", note: "backfilled in the previous release" }',
      'defaults-for-new-columns: { answer: "yes", note: "table is empty in production" }',
      'reversible: { answer: "yes", note: "downgrade tested on staging" }',
      'tested-on-production-copy: { answer: "yes", note: "staging snapshot" }',
      'production-safeguards: { answer: "yes", note: "guarded by ENVIRONMENT check" }',
      'rollback-plan: { answer: "yes", note: "alembic downgrade -1" }',
      '',
    ].join('\n'),
  );
  reviewedAll = await makeRepo('reviewed-all');
  const review = await cli(['review', ...ALL_REVISIONS, '--answers', allAnswers], reviewedAll);
  expect(review.stderr).toBe('');
  expect(review.code).toBe(0);
  await git(reviewedAll, ['add', '-A']);
  await git(reviewedAll, ['commit', '-q', '-m', 'reviews']);
  const verify = await cli(['verify'], reviewedAll);
  expect(lastLine(verify.stdout)).toBe('11 migrations: 11 ok');
});

afterAll(async () => {
  for (const gnupgHome of [emptyGnupgHome]) {
    await stopGpgAgent(gnupgHome).catch(() => undefined);
    rmSync(gnupgHome, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
});

// ---- helpers ---------------------------------------------------------------------------------

async function git(cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, env: { ...env, ...extraEnv } });
  return stdout.trim();
}

function cli(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli(args, { cwd, env: { ...env, ...extraEnv } });
}

async function makeRepo(name: string): Promise<string> {
  const dir = join(root, `${++repoCounter}-${name}`);
  cpSync(EXAMPLE_SHOP, dir, { recursive: true, filter: (source) => !['__pycache__', 'shop.db', 'reviews'].includes(basename(source)) });
  await git(dir, ['init', '-q']);
  await git(dir, ['add', '-A']);
  await git(dir, ['commit', '-q', '-m', 'shop']);
  return dir;
}

function cloneRepo(source: string, name: string): string {
  const dir = join(root, `${++repoCounter}-${name}`);
  cpSync(source, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

async function verifyJson(repo: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; rows: Row[]; stderr: string }> {
  const result = await cli(['verify', '--format', 'json', ...args], repo, extraEnv);
  if (!result.stdout.startsWith('{')) throw new Error(`verify exited ${result.code} without a report; stderr: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { migrations: Row[] };
  return { code: result.code, rows: report.migrations, stderr: result.stderr };
}

function rowOf(rows: Row[], file: string): Row {
  const row = rows.find((candidate) => candidate.file === file);
  if (!row) throw new Error(`no row for ${file} in ${JSON.stringify(rows.map((r) => r.file))}`);
  return row;
}

function migrationSource(revisionLines: string[], column: string): string {
  return [
    `"""add ${column} to users`,
    '',
    '"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    ...revisionLines,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade():',
    `    op.add_column("users", sa.Column("${column}", sa.String(length=40), nullable=True))`,
    '',
    '',
    'def downgrade():',
    `    op.drop_column("users", "${column}")`,
    '',
  ].join('\n');
}


// ---- 1. a revision Preflight cannot read ---------------------------------------------------------

describe('a version file whose revision cannot be read', () => {
  const TUPLE_FILE = `${VERSIONS}/0f0f00000001_add_nickname.py`;
  let repo: string;

  beforeAll(async () => {
    repo = cloneRepo(reviewedAll, 'tuple');
    // Alembic runs the module, so this is revision fz1 to it; Preflight cannot read it statically.
    writeFileSync(join(repo, TUPLE_FILE), migrationSource(['globals()["revision"] = "fz1"', `down_revision = "${HEAD}"`], 'nickname'));
    await git(repo, ['add', '-A']);
    await git(repo, ['commit', '-q', '-m', 'unreadable migration']);
  });

  it('verify lists it as unknown with file:line and why, and exits 1', async () => {
    const text = await cli(['verify'], repo);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`^\\? +${TUPLE_FILE} +unknown +- +-$`, 'm'));
    expect(text.stdout).toContain(`${TUPLE_FILE}:7: `);
    expect(text.stdout).toMatch(/revision cannot be read/);
    expect(lastLine(text.stdout)).toBe('12 migrations: 11 ok, 1 unknown');

    const { code, rows } = await verifyJson(repo);
    expect(code).toBe(1);
    expect(rowOf(rows, TUPLE_FILE)).toMatchObject({ revision: null, status: 'unknown', reviewer: null, signedBy: null });
  });

  it('review without arguments does not say "nothing to review": it names the file and exits 1', async () => {
    const result = await cli(['review', '--answers', allAnswers], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/Nothing to review/);
    expect(result.stderr).toContain(`${TUPLE_FILE}:7: cannot be reviewed until its revision is readable`);
  });

  it('a tuple assignment is read as Alembic reads it: an unreviewed fz1, not an ok project', async () => {
    const tuple = cloneRepo(reviewedAll, 'tuple-read');
    writeFileSync(join(tuple, TUPLE_FILE), migrationSource([`revision, down_revision = "fz1", "${HEAD}"`], 'nickname'));
    await git(tuple, ['add', '-A']);
    await git(tuple, ['commit', '-q', '-m', 'tuple migration']);
    const text = await cli(['verify'], tuple);
    expect(text.code).toBe(1);
    expect(lastLine(text.stdout)).toBe('12 migrations: 11 ok, 1 missing');
    const { rows } = await verifyJson(tuple);
    expect(rowOf(rows, TUPLE_FILE)).toMatchObject({ revision: 'fz1', status: 'missing' });
  });

  it('review of the file itself says why it cannot be reviewed (exit 2)', async () => {
    const result = await cli(['review', TUPLE_FILE, '--answers', allAnswers], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${TUPLE_FILE}:7: cannot be reviewed until its revision is readable`);
    expect(reviewFiles(repo)).toHaveLength(22);
  });
});

// ---- 2. the trust root comes from the verifier ---------------------------------------------------

describe('the trust root does not come from the repository under review', () => {
  /** A pull request: its own allowed signers file, the config key naming it, and CLEAN re-signed by mallory. */
  let pr: string;

  beforeAll(async () => {
    pr = cloneRepo(reviewedAll, 'pr-signers');
    mkdirSync(join(pr, '.github'));
    // alice's key stays in (the other records still pass), mallory's is added under alice's name.
    writeFileSync(join(pr, '.github', 'allowed_signers'), allowedSignersLine('alice@example.com', alice) + allowedSignersLine('alice@example.com', mallory));
    writeFileSync(join(pr, '.preflight.toml'), 'allowed-signers = ".github/allowed_signers"\n');
    const review = await cli(['review', CLEAN, '--answers', cleanAnswers], pr, configEnv({ 'user.signingkey': mallory.publicKeyPath }));
    expect(review.code).toBe(0);
    await git(pr, ['add', '-A']);
    await git(pr, ['commit', '-q', '-m', 'trust me']);
  });

  it('verify ignores the repository\'s allowed-signers with a one-line warning: mallory\'s record is untrusted', async () => {
    const result = await cli(['verify', '--format', 'json'], pr);
    expect(result.code).toBe(1);
    const warnings = result.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^preflight: warning: ignoring allowed-signers = "\.github\/allowed_signers" from .*\.preflight\.toml: /);
    expect(warnings[0]).toContain('--trust-repo-signers');
    const rows = (JSON.parse(result.stdout) as { migrations: Row[] }).migrations;
    expect(rowOf(rows, CLEAN_FILE)).toMatchObject({ status: 'untrusted', signedBy: mallory.fingerprint });
  });

  it('--trust-repo-signers uses it (and says nothing)', async () => {
    const { code, rows, stderr } = await verifyJson(pr, ['--trust-repo-signers']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(rowOf(rows, CLEAN_FILE)).toMatchObject({ status: 'ok', signedBy: 'alice@example.com' });
  });

  it('a repository key naming the same file as the verifier\'s git config is used without a warning', async () => {
    const repo = cloneRepo(reviewedAll, 'same-file');
    writeFileSync(join(repo, '.preflight.toml'), `allowed-signers = ${JSON.stringify(allowedSigners)}\n`);
    const { code, stderr } = await verifyJson(repo);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a git setting that comes from a file committed in the repository (an include) counts as the repository\'s', async () => {
    const repo = cloneRepo(pr, 'pr-include');
    rmSync(join(repo, '.preflight.toml'));
    writeFileSync(join(repo, '.gitconfig'), '[gpg "ssh"]\n\tallowedSignersFile = .github/allowed_signers\n');
    await git(repo, ['config', 'include.path', '../.gitconfig']);
    expect(await git(repo, ['config', 'gpg.ssh.allowedSignersFile'])).toBe('.github/allowed_signers');
    const result = await cli(['verify', '--format', 'json'], repo);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^preflight: warning: ignoring gpg\.ssh\.allowedSignersFile = "\.github\/allowed_signers" from .*\.gitconfig: /);
    const rows = (JSON.parse(result.stdout) as { migrations: Row[] }).migrations;
    expect(rowOf(rows, CLEAN_FILE).status).toBe('untrusted');
    // The verifier's own clone config (.git/config) is theirs: set there, it is used.
    const local = cloneRepo(pr, 'local-config');
    rmSync(join(local, '.preflight.toml'));
    await git(local, ['config', 'gpg.ssh.allowedSignersFile', join(local, '.github', 'allowed_signers')]);
    const trusted = await verifyJson(local);
    expect(trusted.stderr).toBe('');
    expect(rowOf(trusted.rows, CLEAN_FILE).status).toBe('ok');
  });

  it('gpg: a key that travels with the signature never enters the verifier\'s keyring', async () => {
    const signerHome = await makeGnupgHome();
    const verifierHome = await makeGnupgHome();
    try {
      const key = await makeGpgKey(signerHome, 'Mallory <mallory@example.com>');
      // The verifier's gpg.conf would import keys found in signatures and trust anything.
      writeFileSync(join(verifierHome, 'gpg.conf'), 'auto-key-import\ntrust-model always\n');
      const repo = cloneRepo(reviewedAll, 'pr-gpg');
      const record = recordFile(repo, CLEAN);
      rmSync(`${record}.sig`);
      const { stdout } = await execFileAsync(
        'gpg',
        ['--batch', '--armor', '--detach-sign', '--include-key-block', '--local-user', key.fingerprint, '--output', '-', record],
        { env: gpgEnv(signerHome) },
      );
      writeFileSync(`${record}.asc`, stdout);
      const { code, rows } = await verifyJson(repo, [], { GNUPGHOME: verifierHome });
      expect(code).toBe(1);
      expect(rowOf(rows, CLEAN_FILE).status).not.toBe('ok');
      const keys = await execFileAsync('gpg', ['--batch', '--with-colons', '--list-keys'], { env: gpgEnv(verifierHome) }).catch((error: { stdout: string }) => error);
      expect(keys.stdout).not.toContain(key.fingerprint);
    } finally {
      for (const dir of [signerHome, verifierHome]) {
        await stopGpgAgent(dir).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

// ---- 3. --since covers every path the diff touches ------------------------------------------------

describe('verify --since', () => {
  it('lists a migration replaced by a symlink (type change) and an emptied one', async () => {
    const repo = cloneRepo(reviewedAll, 'since-types');
    await git(repo, ['tag', 'v1.0']);
    // The reviewed migration becomes a symlink to a draft with the same revision and another body.
    mkdirSync(join(repo, 'drafts'));
    const original = readFileSync(join(repo, CLEAN_FILE), 'utf8');
    writeFileSync(join(repo, 'drafts', 'phone.py'), original.replace('def upgrade()', 'def upgrade():\n    op.drop_table("users")\n\n\ndef _unused()'));
    rmSync(join(repo, CLEAN_FILE));
    symlinkSync('../../drafts/phone.py', join(repo, CLEAN_FILE));
    writeFileSync(join(repo, HEAD_FILE), '');
    await git(repo, ['add', '-A']);
    await git(repo, ['commit', '-q', '-m', 'after the release']);
    expect(await git(repo, ['diff', '--name-status', '--no-renames', 'v1.0'])).toMatch(new RegExp(`^T\\s+${CLEAN_FILE}$`, 'm'));

    const text = await cli(['verify', '--since', 'v1.0'], repo);
    expect(text.code).toBe(1);
    expect(lastLine(text.stdout)).toBe('2 migrations since v1.0: 1 stale, 1 unknown');
    const { rows } = await verifyJson(repo, ['--since', 'v1.0']);
    expect(rowOf(rows, CLEAN_FILE)).toMatchObject({ revision: CLEAN, status: 'stale' });
    expect(rowOf(rows, HEAD_FILE)).toMatchObject({ revision: null, status: 'unknown' });
    expect(rowOf(rows, HEAD_FILE).detail).toContain(`${HEAD_FILE}:1: `);
  });
});

// ---- 4. concurrent reviews -----------------------------------------------------------------------

describe('two reviews of the same revision at once', () => {
  it('every run leaves a record and signature that belong together', async () => {
    const repo = await makeRepo('concurrent');
    for (let round = 0; round < 6; round++) {
      const runs = await Promise.all([0, 1].map(() => cli(['review', CLEAN, '--answers', cleanAnswers], repo)));
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(`Wrote ${REVIEWS}/${CLEAN}.json and ${REVIEWS}/${CLEAN}.json.sig\n`);
      }
      expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
      const { rows } = await verifyJson(repo);
      expect(rowOf(rows, CLEAN_FILE), `round ${round}`).toMatchObject({ status: 'ok', signedBy: 'alice@example.com' });
    }
  }, 300_000);

  it('waits for a lock held by a live process and writes once it is released', async () => {
    const repo = await makeRepo('lock-wait');
    mkdirSync(join(repo, REVIEWS), { recursive: true });
    const lock = `${recordFile(repo, CLEAN)}.lock`;
    writeFileSync(lock, `${JSON.stringify({ pid: process.pid })}\n`);
    const started = Date.now();
    const running = cli(['review', CLEAN, '--answers', cleanAnswers], repo);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(existsSync(recordFile(repo, CLEAN))).toBe(false);
    rmSync(lock);
    const result = await running;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(2_500);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
  });

  it('gives up after a bounded wait, naming the lock file; nothing is written', async () => {
    const repo = await makeRepo('lock-held');
    mkdirSync(join(repo, REVIEWS), { recursive: true });
    const lock = `${recordFile(repo, CLEAN)}.lock`;
    writeFileSync(lock, `${JSON.stringify({ pid: process.pid })}\n`);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${REVIEWS}/${CLEAN}.json.lock`);
    expect(result.stderr).toContain(`pid ${process.pid}`);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json.lock`]);
  }, 60_000);

  it('takes over a stale lock whose process is gone', async () => {
    const repo = await makeRepo('lock-stale');
    mkdirSync(join(repo, REVIEWS), { recursive: true });
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = dead.pid!;
    await new Promise((resolve) => dead.once('exit', resolve));
    const lock = `${recordFile(repo, CLEAN)}.lock`;
    writeFileSync(lock, `${JSON.stringify({ pid: deadPid })}\n`);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
  });
});

// ---- 5. subprocess errors surface ------------------------------------------------------------------

describe('review refuses to sign what it cannot vouch for', () => {
  it('no user.name / user.email: a one-line error, nothing written', async () => {
    const repo = await makeRepo('no-identity');
    const config = join(root, 'gitconfig-no-identity');
    writeFileSync(config, `[user]\n\tsigningkey = ${alice.publicKeyPath}\n[gpg]\n\tformat = ssh\n`);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, { GIT_CONFIG_GLOBAL: config });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/user\.name/);
    expect(result.stdout).toBe('');
    expect(reviewFiles(repo)).toEqual([]);
  });

  it('a bad gpg.format is an error naming the value, not "no key"', async () => {
    const repo = await makeRepo('bad-format');
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, configEnv({ 'gpg.format': 'sshh' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("gpg.format 'sshh'");
    expect(result.stderr).not.toMatch(/no signing key/);
    expect(reviewFiles(repo)).toEqual([]);
  });
});

// ---- 6. untrusted text in the table ---------------------------------------------------------------

describe('verify prints migration text safely', () => {
  it('escapes control characters in revision ids and file names', async () => {
    const repo = cloneRepo(reviewedAll, 'hostile-text');
    const file = `${VERSIONS}/0e0e_\x1b[31mred.py`;
    writeFileSync(join(repo, file), migrationSource(['revision = "0e0e\\x1b[2Kgone"', `down_revision = "${HEAD}"`], 'nickname'));
    const text = await cli(['verify'], repo);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain('\x1b');
    expect(text.stdout).toContain('0e0e\\x1b[2Kgone');
    expect(text.stdout).toContain('0e0e_\\x1b[31mred.py');
  });
});
