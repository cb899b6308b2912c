/**
 * End to end: `preflight review --answers` writes signed review records, `preflight verify` checks them.
 * Real git repositories, real ssh-keygen / gpg keys made here, and a git configuration isolated
 * through the environment (HOME, GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM, GNUPGHOME).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli, type CliResult } from '../support/cli.js';
import { configEnv, lastLine, recordFile, REVIEWS, reviewFiles } from '../support/verify-fixtures.js';
import { allowedSignersLine, isolatedEnv, makeGnupgHome, makeGpgKey, makeSigningHome, stopGpgAgent, type GpgKey, type SshKey } from '../support/keys.js';

const execFileAsync = promisify(execFile);

const CLEAN = '2fee88dab64c'; // add_phone_to_users: the checks find nothing
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
const ROW_KEYS = ['revision', 'file', 'status', 'reviewer', 'signedBy', 'reviewedAt', 'detail', 'locks'];

interface Row {
  revision: string;
  file: string;
  status: string;
  reviewer: string | null;
  signedBy: string | null;
  reviewedAt: string | null;
  detail: string;
  locks: { pgVersion: number; tables: { table: string; lock: string; rewrite: boolean; scan: boolean }[] } | null;
}

let root: string;
let home: string;
let alice: SshKey;
let mallory: SshKey;
let allowedSigners: string;
/** The isolated environment: SSH signing with alice's key, gpg.ssh.allowedSignersFile lists alice only. */
let env: NodeJS.ProcessEnv;
let emptyGnupgHome: string;
/** answers for the items the checks leave to the reviewer on the clean migration */
let cleanAnswers: string;
/** answers (with notes) for every item, for migrations the checks answer "no" on */
let allAnswers: string;
let repoCounter = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pf-verify-cli-'));
  let gitConfig: string;
  ({ home, alice, mallory, allowedSigners, gitConfig } = await makeSigningHome(root));
  emptyGnupgHome = await makeGnupgHome();
  env = isolatedEnv(home, {
    GIT_CONFIG_GLOBAL: gitConfig,
    GNUPGHOME: emptyGnupgHome,
    // runCli spreads process.env under ours: name these so nothing from outside leaks back in.
    XDG_CONFIG_HOME: join(home, '.config'),
    SSH_AUTH_SOCK: '',
  });
  cleanAnswers = join(root, 'answers-clean.yaml');
  writeFileSync(
    cleanAnswers,
    [
      'tested-on-production-copy: { answer: "yes", note: "staging snapshot 2026-11-20, 2 GB" }',
      'rollback-plan: { answer: "yes", note: "alembic downgrade -1; phone numbers are discarded" }',
      '',
    ].join('\n'),
  );
  allAnswers = join(root, 'answers-all.yaml');
  writeFileSync(
    allAnswers,
    [
      'alter-not-drop: { answer: "yes", note: "legacy table is unused since 2025" }',
      'data-migration-strategy: { answer: "yes", note: "backfilled in the previous release" }',
      'defaults-for-new-columns: { answer: "yes", note: "table is empty in production" }',
      'reversible: { answer: "yes", note: "downgrade tested on staging" }',
      'tested-on-production-copy: { answer: "yes", note: "staging snapshot 2026-11-20, 2 GB" }',
      'production-safeguards: { answer: "yes", note: "guarded by ENVIRONMENT check" }',
      'rollback-plan: { answer: "yes", note: "alembic downgrade -1" }',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await stopGpgAgent(emptyGnupgHome).catch(() => undefined);
  rmSync(emptyGnupgHome, { recursive: true, force: true });
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

/** A copy of examples/shop in a fresh git repository with one commit (minus `leaveOut`, committed later by the caller). */
async function makeRepo(name: string, options: { leaveOut?: string[] } = {}): Promise<string> {
  const dir = join(root, `${++repoCounter}-${name}`);
  cpSync(EXAMPLE_SHOP, dir, {
    recursive: true,
    filter: (source) => !['__pycache__', 'shop.db', 'reviews'].includes(basename(source)),
  });
  const aside = join(root, `${repoCounter}-aside`);
  for (const file of options.leaveOut ?? []) {
    mkdirSync(aside, { recursive: true });
    cpSync(join(dir, file), join(aside, basename(file)));
    rmSync(join(dir, file));
  }
  await git(dir, ['init', '-q']);
  await git(dir, ['add', '-A']);
  await git(dir, ['commit', '-q', '-m', 'shop']);
  for (const file of options.leaveOut ?? []) cpSync(join(aside, basename(file)), join(dir, file));
  return dir;
}

/** A copy of a repository (work tree and .git) in its current state. */
function cloneRepo(source: string, name: string): string {
  const dir = join(root, `${++repoCounter}-${name}`);
  cpSync(source, dir, { recursive: true });
  return dir;
}

async function verifyJson(repo: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; rows: Row[]; report: Record<string, unknown> }> {
  const result = await cli(['verify', '--format', 'json', ...args], repo, extraEnv);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { version: number; migrations: Row[] };
  return { code: result.code, rows: report.migrations, report };
}

function rowOf(rows: Row[], revision: string): Row {
  const row = rows.find((candidate) => candidate.revision === revision);
  if (!row) throw new Error(`no row for ${revision} in ${JSON.stringify(rows.map((r) => r.revision))}`);
  return row;
}

/** The revisions named by review's "Wrote migrations/reviews/<rev>.json …" lines. */
function writtenRevisions(stdout: string): string[] {
  return [...stdout.matchAll(/^Wrote migrations\/reviews\/([^/\s]+)\.json\b/gm)].map((match) => match[1]!).sort();
}

/** A small, clean migration adding a nullable column to users. */
function migrationSource(revision: string, downRevision: string, column: string): string {
  return [
    `"""add ${column} to users`,
    '',
    `Revision ID: ${revision}`,
    `Revises: ${downRevision}`,
    '"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    `revision = "${revision}"`,
    `down_revision = "${downRevision}"`,
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

// ---- SSH: sign, verify, tamper -----------------------------------------------------------------

describe('review signs with SSH, verify checks', () => {
  /** examples/shop with 2fee88dab64c reviewed and signed by alice (not committed). Cloned, never changed. */
  let reviewed: string;
  let reviewStdout: string;

  beforeAll(async () => {
    reviewed = await makeRepo('reviewed');
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], reviewed);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    reviewStdout = result.stdout;
  });

  it('writes <revision>.json and a detached SSH signature of exactly the record file bytes', async () => {
    expect(reviewStdout).toBe(`Wrote ${REVIEWS}/${CLEAN}.json and ${REVIEWS}/${CLEAN}.json.sig\n`);
    expect(reviewFiles(reviewed)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
    const record = JSON.parse(readFileSync(recordFile(reviewed, CLEAN), 'utf8'));
    expect(record.migration).toMatchObject({ revision: CLEAN, path: CLEAN_FILE });
    expect(record.reviewer).toEqual({ name: 'Alice Reviewer', email: 'alice@example.com' });
    expect(record.items.find((item: { id: string }) => item.id === 'rollback-plan')).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', note: 'alembic downgrade -1; phone numbers are discarded' });

    // ssh-keygen itself accepts the .sig for the file's bytes, by alice, in the preflight-review namespace only.
    const verifyWith = (namespace: string) =>
      execFileAsync('sh', ['-c', `ssh-keygen -Y verify -f "$1" -I alice@example.com -n "$2" -s "$3" < "$4"`, 'sh', allowedSigners, namespace, `${recordFile(reviewed, CLEAN)}.sig`, recordFile(reviewed, CLEAN)]);
    await expect(verifyWith('preflight-review')).resolves.toBeDefined();
    await expect(verifyWith('git')).rejects.toThrow();
  });

  it('verify --format json: {version: 1, migrations: [...]} with one row per migration', async () => {
    const { code, rows, report } = await verifyJson(reviewed);
    expect(code).toBe(1); // the other ten are missing
    expect(Object.keys(report)).toEqual(['version', 'migrations']);
    expect(report['version']).toBe(1);
    expect(rows.map((row) => row.revision).sort()).toEqual(ALL_REVISIONS);
    for (const row of rows) expect(Object.keys(row)).toEqual(ROW_KEYS);
    const record = JSON.parse(readFileSync(recordFile(reviewed, CLEAN), 'utf8'));
    expect(rowOf(rows, CLEAN)).toEqual({
      revision: CLEAN,
      file: CLEAN_FILE,
      status: 'ok',
      reviewer: 'Alice Reviewer <alice@example.com>',
      signedBy: 'alice@example.com',
      reviewedAt: record.createdAt,
      detail: 'reviewed',
      // The example is a SQLite project: no lock summary.
      locks: null,
    });
    expect(rowOf(rows, HEAD)).toEqual({
      revision: HEAD,
      file: HEAD_FILE,
      status: 'missing',
      reviewer: null,
      signedBy: null,
      reviewedAt: null,
      detail: 'no review record',
      locks: null,
    });
  });

  it('a PostgreSQL project: verify shows what each reviewed upgrade locks, from its record (text and JSON)', async () => {
    const repo = cloneRepo(reviewed, 'locks');
    writeFileSync(join(repo, 'pyproject.toml'), '[tool.preflight]\ndialect = "postgresql"\npg-version = 14\n');
    rmSync(join(repo, REVIEWS), { recursive: true });
    const review = await cli(['review', CLEAN, '--answers', cleanAnswers], repo);
    expect(review.code).toBe(0);
    const { rows } = await verifyJson(repo);
    expect(rowOf(rows, CLEAN).locks).toEqual({ pgVersion: 14, tables: [{ table: 'users', lock: 'ACCESS EXCLUSIVE', rewrite: false, scan: false }] });
    expect(rowOf(rows, HEAD).locks).toBeNull();
    const text = await cli(['verify'], repo);
    expect(text.stdout).toMatch(new RegExp(`^${CLEAN} .* ok .*\n    locks \\(PostgreSQL 14\\): users ACCESS EXCLUSIVE$`, 'm'));
  });

  it('verify (text): a table and the summary line, exit 1 when not all are ok', async () => {
    const result = await cli(['verify'], reviewed);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toMatch(/^REVISION +FILE +STATUS +REVIEWER +DATE$/);
    expect(result.stdout).toMatch(new RegExp(`^${CLEAN} +${CLEAN_FILE} +ok +Alice Reviewer <alice@example\\.com> +\\d{4}-\\d\\d-\\d\\d$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^${HEAD} +${HEAD_FILE} +missing +- +-$`, 'm'));
    expect(lastLine(result.stdout)).toBe('11 migrations: 1 ok, 10 missing');
  });

  it('stale: the migration was edited after the review', async () => {
    const repo = cloneRepo(reviewed, 'stale');
    appendFileSync(join(repo, CLEAN_FILE), '# edited after the review\n');
    const { code, rows } = await verifyJson(repo);
    expect(code).toBe(1);
    expect(rowOf(rows, CLEAN)).toMatchObject({ status: 'stale', signedBy: 'alice@example.com', reviewer: 'Alice Reviewer <alice@example.com>' });
    expect(rowOf(rows, CLEAN).detail).toMatch(/changed after the review/);
  });

  it('invalid: the record was edited after signing (still valid JSON and schema)', async () => {
    const repo = cloneRepo(reviewed, 'edited-record');
    const path = recordFile(repo, CLEAN);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    record.items.find((item: { id: string }) => item.id === 'rollback-plan').note = 'none needed';
    writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
    const { code, rows } = await verifyJson(repo);
    expect(code).toBe(1);
    expect(rowOf(rows, CLEAN).status).toBe('invalid');
    expect(rowOf(rows, CLEAN).detail).toMatch(/^signature does not match the record/);
    expect(rowOf(rows, CLEAN).signedBy).toBeNull();
  });

  it('unsigned: the signature file was removed', async () => {
    const repo = cloneRepo(reviewed, 'no-sig');
    rmSync(`${recordFile(repo, CLEAN)}.sig`);
    const { rows } = await verifyJson(repo);
    expect(rowOf(rows, CLEAN)).toMatchObject({ status: 'unsigned', signedBy: null, reviewer: 'Alice Reviewer <alice@example.com>' });
  });

  it('untrusted: signed with a key not in allowed signers; re-review replaces the record and signature', async () => {
    const repo = cloneRepo(reviewed, 'untrusted');
    const aliceRecord = readFileSync(recordFile(repo, CLEAN));
    const aliceSig = readFileSync(`${recordFile(repo, CLEAN)}.sig`);
    const review = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, configEnv({ 'user.signingkey': mallory.publicKeyPath }));
    expect(review.code).toBe(0);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
    expect(readFileSync(recordFile(repo, CLEAN))).not.toEqual(aliceRecord);
    expect(readFileSync(`${recordFile(repo, CLEAN)}.sig`)).not.toEqual(aliceSig);

    const { code, rows } = await verifyJson(repo);
    expect(code).toBe(1);
    expect(rowOf(rows, CLEAN)).toMatchObject({ status: 'untrusted', signedBy: mallory.fingerprint });
    expect(rowOf(rows, CLEAN).detail).toMatch(/no principal .* matches the signing key/);

    // --allowed-signers replaces gpg.ssh.allowedSignersFile: with mallory listed the record is ok.
    const both = join(repo, 'allowed_signers_both');
    writeFileSync(both, allowedSignersLine('alice@example.com', alice) + allowedSignersLine('mallory@example.com', mallory));
    const trusted = await verifyJson(repo, ['--allowed-signers', 'allowed_signers_both']);
    expect(rowOf(trusted.rows, CLEAN)).toMatchObject({ status: 'ok', signedBy: 'mallory@example.com' });

    const absent = await cli(['verify', '--allowed-signers', 'nope'], repo);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/allowed signers file .*nope does not exist/);
  });

  it('review without arguments picks exactly the non-ok migrations (missing and stale), then verify is all ok', async () => {
    const repo = cloneRepo(reviewed, 'review-rest');
    const first = await cli(['review', HEAD, '--answers', allAnswers], repo);
    expect(first.code).toBe(0);
    appendFileSync(join(repo, HEAD_FILE), '# edited after the review\n'); // HEAD: stale
    const cleanRecord = readFileSync(recordFile(repo, CLEAN));
    const cleanSig = readFileSync(`${recordFile(repo, CLEAN)}.sig`);

    const rest = await cli(['review', '--answers', allAnswers], repo);
    expect(rest.stderr).toBe('');
    expect(rest.code).toBe(0);
    expect(writtenRevisions(rest.stdout)).toEqual(ALL_REVISIONS.filter((revision) => revision !== CLEAN));
    // the ok one was left alone
    expect(readFileSync(recordFile(repo, CLEAN))).toEqual(cleanRecord);
    expect(readFileSync(`${recordFile(repo, CLEAN)}.sig`)).toEqual(cleanSig);
    expect(reviewFiles(repo)).toEqual(ALL_REVISIONS.flatMap((revision) => [`${revision}.json`, `${revision}.json.sig`]));

    const verify = await cli(['verify'], repo);
    expect(verify.code).toBe(0);
    expect(lastLine(verify.stdout)).toBe('11 migrations: 11 ok');

    const again = await cli(['review', '--answers', allAnswers], repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing to review: every migration has a review record that verify accepts.\n');
  });

  it('a signing failure leaves the previous record and signature as they were', async () => {
    const repo = cloneRepo(reviewed, 'sign-fails');
    const record = readFileSync(recordFile(repo, CLEAN));
    const sig = readFileSync(`${recordFile(repo, CLEAN)}.sig`);
    // user.signingkey names a file that exists but is no key: canSign says yes, ssh-keygen fails.
    const notAKey = join(repo, 'alembic.ini');
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, configEnv({ 'user.signingkey': notAKey }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/failed to sign/);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
    expect(readFileSync(recordFile(repo, CLEAN))).toEqual(record);
    expect(readFileSync(`${recordFile(repo, CLEAN)}.sig`)).toEqual(sig);
  });

  describe('unsigned and invalid records count as not ok', () => {
    let written: string[] | undefined;

    it('setup: an unsigned record and an edited (invalid) one, then review without arguments', async () => {
      const repo = cloneRepo(reviewed, 'review-unsigned');
      const unsigned = await cli(['review', HEAD, '--answers', allAnswers, '--no-sign'], repo);
      expect(unsigned.code).toBe(0);
      const path = recordFile(repo, CLEAN);
      writeFileSync(path, readFileSync(path, 'utf8').replace('phone numbers are discarded', 'nothing to do'));
      const before = await verifyJson(repo);
      expect(rowOf(before.rows, HEAD).status).toBe('unsigned');
      expect(rowOf(before.rows, CLEAN).status).toBe('invalid');
      const rest = await cli(['review', '--answers', allAnswers], repo);
      expect(rest.code).toBe(0);
      written = writtenRevisions(rest.stdout);
      expect(written).toEqual(expect.arrayContaining(ALL_REVISIONS.filter((revision) => revision !== HEAD && revision !== CLEAN)));
    });

    // Spec: "`review` with no argument picks the migrations whose status is not ok." The selection in
    // src/cli/review/prepare.ts (hasCurrentRecord) only compares the migration's sha256, so an unsigned
    // record, or one whose signature no longer matches, counts as current and is skipped.
    it('review without arguments also picks the unsigned and the invalid record', () => {
      expect(written).toEqual(ALL_REVISIONS);
    });
  });
});

// ---- no key, --no-sign, signing failures ---------------------------------------------------------

describe('signing not possible', () => {
  let noKeyEnv: NodeJS.ProcessEnv;

  beforeAll(() => {
    const noKeyConfig = join(root, 'gitconfig-nokey');
    writeFileSync(noKeyConfig, '[user]\n\tname = Alice Reviewer\n\temail = alice@example.com\n[init]\n\tdefaultBranch = main\n');
    // gpg.format defaults to openpgp, and GNUPGHOME is an empty keyring: there is nothing to sign with.
    noKeyEnv = { GIT_CONFIG_GLOBAL: noKeyConfig };
  });

  it('no key and no --no-sign: exit 2 with the git config commands, nothing written; --no-sign writes an unsigned record', async () => {
    const repo = await makeRepo('no-key');
    const refused = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, noKeyEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--no-sign');
    expect(refused.stderr).toContain('git config --global gpg.format ssh');
    expect(refused.stderr).toContain('git config --global user.signingkey ~/.ssh/id_ed25519.pub');
    expect(refused.stderr).toContain('git config --global gpg.ssh.allowedSignersFile');
    expect(refused.stdout).toBe('');
    expect(existsSync(join(repo, REVIEWS))).toBe(false);

    const unsigned = await cli(['review', CLEAN, '--answers', cleanAnswers, '--no-sign'], repo, noKeyEnv);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stdout).toBe(`Wrote ${REVIEWS}/${CLEAN}.json (unsigned)\n`);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`]);

    const { code, rows } = await verifyJson(repo, [], noKeyEnv);
    expect(code).toBe(1);
    expect(rowOf(rows, CLEAN)).toMatchObject({ status: 'unsigned', signedBy: null, reviewer: 'Alice Reviewer <alice@example.com>' });
  });

  it('gpg.format x509 counts as no key: exit 2 with the help', async () => {
    const repo = await makeRepo('x509');
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers], repo, configEnv({ 'gpg.format': 'x509' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git config --global gpg.format ssh');
    expect(existsSync(join(repo, REVIEWS))).toBe(false);
  });
});

// ---- GPG, and switching to SSH -------------------------------------------------------------------

describe('review signs with GPG', () => {
  let gnupgHome: string;
  let gpgKey: GpgKey;
  let gpgEnvironment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    gnupgHome = await makeGnupgHome();
    gpgKey = await makeGpgKey(gnupgHome, 'Alice Reviewer <alice@example.com>');
    gpgEnvironment = { GNUPGHOME: gnupgHome, ...configEnv({ 'gpg.format': 'openpgp', 'user.signingkey': gpgKey.fingerprint }) };
  });

  afterAll(async () => {
    await stopGpgAgent(gnupgHome).catch(() => undefined);
    rmSync(gnupgHome, { recursive: true, force: true });
  });

  /** The repository after both reviews (each with --commit), for the check below. */
  let committed: string | undefined;

  it('writes an armored .asc that verify accepts; a re-review with SSH replaces it with a .sig', async () => {
    const repo = await makeRepo('gpg');
    const review = await cli(['review', CLEAN, '--answers', cleanAnswers, '--commit'], repo, gpgEnvironment);
    expect(review.stderr).toBe('');
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(new RegExp(`^Wrote ${REVIEWS}/${CLEAN}\\.json and ${REVIEWS}/${CLEAN}\\.json\\.asc\nCommitted `));
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.asc`]);
    expect(readFileSync(`${recordFile(repo, CLEAN)}.asc`, 'utf8')).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    // gpg accepts the detached signature for the record file as it is on disk
    await execFileAsync('gpg', ['--batch', '--verify', `${recordFile(repo, CLEAN)}.asc`, recordFile(repo, CLEAN)], { env: { ...env, GNUPGHOME: gnupgHome } });

    const gpgVerify = await verifyJson(repo, [], { GNUPGHOME: gnupgHome });
    expect(rowOf(gpgVerify.rows, CLEAN)).toMatchObject({ status: 'ok', signedBy: 'Alice Reviewer <alice@example.com>' });

    const gpgRecord = readFileSync(recordFile(repo, CLEAN));
    const ssh = await cli(['review', CLEAN, '--answers', cleanAnswers, '--commit'], repo);
    expect(ssh.code).toBe(0);
    expect(reviewFiles(repo)).toEqual([`${CLEAN}.json`, `${CLEAN}.json.sig`]);
    expect(readFileSync(recordFile(repo, CLEAN))).not.toEqual(gpgRecord);
    const sshVerify = await verifyJson(repo);
    expect(rowOf(sshVerify.rows, CLEAN)).toMatchObject({ status: 'ok', signedBy: 'alice@example.com' });
    committed = repo;
  });

  // "Re-review replaces the record and signature" and "--commit commits the record and its signature":
  // review.ts commits only the files it wrote, so the removal of the replaced .asc is left unstaged and
  // the commit's tree still holds it. (The other way round, SSH then GPG, a checkout of the commit has
  // the new .asc next to the old .sig, and verify, which reads .sig first, says invalid.)
  it('with --commit, the replaced signature is removed in the commit too', async () => {
    expect(committed).toBeDefined();
    expect((await git(committed!, ['ls-tree', '-r', '--name-only', 'HEAD', REVIEWS])).split('\n')).toEqual([
      `${REVIEWS}/${CLEAN}.json`,
      `${REVIEWS}/${CLEAN}.json.sig`,
    ]);
    expect(await git(committed!, ['status', '--porcelain'])).toBe('');
  });
});

// ---- hostile revision id -------------------------------------------------------------------------

describe('a revision id that is a path', () => {
  const HOSTILE = '../../x';
  const HOSTILE_FILE = `${VERSIONS}/0badc0de0001_hostile.py`;
  let repo: string;

  beforeAll(async () => {
    repo = await makeRepo('hostile');
    writeFileSync(join(repo, HOSTILE_FILE), migrationSource(HOSTILE, HEAD, 'nickname'));
    await git(repo, ['add', '-A']);
    await git(repo, ['commit', '-q', '-m', 'hostile migration']);
  });

  it.each([
    ['by file', HOSTILE_FILE],
    ['by revision', HOSTILE],
  ])('review %s is refused with exit 2 and nothing is written anywhere', async (_how, target) => {
    const result = await cli(['review', target, '--answers', allAnswers], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`revision id "${HOSTILE}" cannot be used as a file name`);
    expect(result.stdout).toBe('');
    const reviewsDir = join(repo, REVIEWS);
    expect(existsSync(reviewsDir)).toBe(false);
    for (const base of [reviewsDir, repo]) {
      for (const suffix of ['.json', '.json.sig', '.json.asc']) expect(existsSync(resolve(base, `${HOSTILE}${suffix}`))).toBe(false);
    }
    // nothing new in the repository, not even ignored or temporary files
    expect(await git(repo, ['status', '--porcelain', '--ignored', '--untracked-files=all'])).toBe('');
  });

  it('verify reports it invalid', async () => {
    const { code, rows } = await verifyJson(repo);
    expect(code).toBe(1);
    expect(rowOf(rows, HOSTILE)).toMatchObject({ file: HOSTILE_FILE, status: 'invalid', reviewer: null, signedBy: null });
    expect(rowOf(rows, HOSTILE).detail).toMatch(/cannot be used as a file name/);
  });
});

// ---- --since ---------------------------------------------------------------------------------

describe('verify --since', () => {
  const MOVED = '0a0a00000001';
  const MOVED_FILE = `${VERSIONS}/0a0a00000001_add_nickname.py`;
  const ACCENTED = '0b0b00000002';
  const ACCENTED_FILE = `${VERSIONS}/0b0b00000002_añadir_teléfono_fijo.py`;
  let repo: string;

  beforeAll(async () => {
    repo = await makeRepo('since', { leaveOut: [HEAD_FILE] });
    // A migration drafted outside the versions folder before the tag, moved in after it: git's diff
    // calls that a rename, but for the release it is a new migration.
    mkdirSync(join(repo, 'drafts'));
    writeFileSync(join(repo, 'drafts', 'add_nickname.py'), migrationSource(MOVED, HEAD, 'nickname'));
    await git(repo, ['add', 'drafts']);
    await git(repo, ['commit', '-q', '-m', 'draft']);
    await git(repo, ['tag', 'v1.0']);
    await git(repo, ['mv', 'drafts/add_nickname.py', MOVED_FILE]);
    writeFileSync(join(repo, ACCENTED_FILE), migrationSource(ACCENTED, MOVED, 'landline'));
    await git(repo, ['add', '-A']);
    await git(repo, ['commit', '-q', '-m', 'three migrations']);
  });

  it('lists only the migrations added since the tag (a moved-in one and a non-ASCII file name too)', async () => {
    const text = await cli(['verify', '--since', 'v1.0'], repo);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`^${HEAD} +${HEAD_FILE} +missing`, 'm'));
    expect(text.stdout).not.toContain(CLEAN);
    expect(lastLine(text.stdout)).toBe('3 migrations since v1.0: 3 missing');

    const { rows } = await verifyJson(repo, ['--since', 'v1.0']);
    expect(rows.map((row) => [row.revision, row.file]).sort()).toEqual([
      [MOVED, MOVED_FILE],
      [ACCENTED, ACCENTED_FILE],
      [HEAD, HEAD_FILE],
    ]);
  });

  it('usage errors exit 2: an unknown ref is named, a bad --format', async () => {
    const unknown = await cli(['verify', '--since', 'v9.9-nope'], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('v9.9-nope');
    expect(unknown.stdout).toBe('');
    const format = await cli(['verify', '--format', 'xml'], repo);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format/);
  });
});

// ---- --commit ----------------------------------------------------------------------------------

describe('review --commit', () => {
  it('creates one commit with exactly the record and its signature', async () => {
    const repo = await makeRepo('commit');
    const before = await git(repo, ['rev-parse', 'HEAD']);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers, '--commit'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Committed [0-9a-f]{7,40}$/m);
    expect(await git(repo, ['rev-list', '--count', `${before}..HEAD`])).toBe('1');
    expect(await git(repo, ['rev-parse', 'HEAD~1'])).toBe(before);
    expect((await git(repo, ['diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD'])).split('\n')).toEqual([
      `${REVIEWS}/${CLEAN}.json`,
      `${REVIEWS}/${CLEAN}.json.sig`,
    ]);
    expect(await git(repo, ['log', '-1', '--format=%s'])).toContain(CLEAN);
    expect(await git(repo, ['status', '--porcelain'])).toBe('');
    expect(await git(repo, ['log', '-1', '--format=%G?'])).toBe('N');
  });

  it('refuses with exit 2 when another file is staged: nothing written, nothing committed', async () => {
    const repo = await makeRepo('commit-dirty');
    const before = await git(repo, ['rev-parse', 'HEAD']);
    appendFileSync(join(repo, 'README.md'), '\nwork in progress\n');
    await git(repo, ['add', 'README.md']);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers, '--commit'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/staged changes \(README\.md\)/);
    expect(existsSync(join(repo, REVIEWS))).toBe(false);
    expect(await git(repo, ['rev-parse', 'HEAD'])).toBe(before);
    expect(await git(repo, ['diff', '--cached', '--name-only'])).toBe('README.md');
  });

  it('honours commit.gpgsign: the commit is signed with the SSH key', async () => {
    const repo = await makeRepo('commit-signed');
    await git(repo, ['config', 'commit.gpgsign', 'true']);
    const result = await cli(['review', CLEAN, '--answers', cleanAnswers, '--commit'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await git(repo, ['log', '-1', '--format=%G?'])).toBe('G');
    const verified = await execFileAsync('git', ['verify-commit', '-v', 'HEAD'], { cwd: repo, env });
    expect(verified.stderr).toMatch(/Good "git" signature for alice@example\.com/);
    expect((await git(repo, ['diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD'])).split('\n')).toHaveLength(2);
  });
});
