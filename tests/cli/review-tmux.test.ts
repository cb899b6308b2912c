/**
 * The Ink wizard in a real terminal: the built binary runs in a tmux pane
 * (120×40), keys go in with send-keys, the screen comes back with capture-pane.
 * tmux gets argv arrays only; the pane runs the binary directly (no shell).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/review/record/schema.js';
import { BIN } from '../support/cli.js';
import { type ScreenCheck, tmuxAvailable, waitForScreen } from '../support/tmux.js';
import { shopRepo as sharedShopRepo } from '../support/git-repo.js';

const HEAD = 'f5f4ae3110f6';

const HAS_TMUX = tmuxAvailable();

const SOCKET = `preflight-test-${process.pid}-${randomBytes(4).toString('hex')}`;
const root = mkdtempSync(join(tmpdir(), 'preflight-review-tmux-'));
const home = join(root, 'home');
const config = join(root, 'tmux.conf');

/** The pane's environment: the machine's git/gpg config cannot leak in, and Ink must not think it runs in CI. */
function paneEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    XDG_CONFIG_HOME: join(home, '.config'),
    GNUPGHOME: join(home, '.gnupg'),
    SSH_AUTH_SOCK: '',
    PREFLIGHT_CACHE_DIR: join(root, 'cache'),
  };
  // is-in-ci: Ink draws only the last frame when CI is set.
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'TMUX', 'TMUX_PANE']) delete env[name];
  return env;
}

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, '-f', config, ...args], { env: paneEnv(), encoding: 'utf8', timeout: 10_000 });
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: paneEnv(), encoding: 'utf8' });
}

let counter = 0;
const shopRepo = (): string => sharedShopRepo(root, paneEnv());

/** A tmux session running `preflight review --no-sign` in `repo`. */
class Pane {
  constructor(
    readonly name: string,
    private readonly statusFile: string,
  ) {}

  static start(repo: string): Pane {
    const name = `review-${++counter}`;
    // tmux 3.3 leaves #{pane_dead_status} empty for exit codes above 128 (it reads them as signals),
    // so a fixed sh script records the real exit code; the paths travel as positional arguments.
    const statusFile = join(mkdtempSync(join(tmpdir(), 'preflight-tmux-status-')), 'status');
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', repo,
      '/bin/sh', '-c', '"$0" "$1" review --no-sign; echo $? > "$2"', process.execPath, BIN, statusFile);
    return new Pane(name, statusFile);
  }

  screen(): string {
    return tmux('capture-pane', '-p', '-t', this.name);
  }

  /** The screen once `check` holds on it and it has stopped changing. */
  waitFor(check: ScreenCheck, timeoutMs = 15_000): Promise<string> {
    return waitForScreen(() => this.screen(), check, { timeoutMs });
  }

  /** Named keys (Enter, Escape, Down, …) or single characters. */
  keys(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Literal text, typed as is. */
  type(text: string): void {
    tmux('send-keys', '-t', this.name, '-l', text);
  }

  focused(screen: string): string {
    return screen.split('\n').find((line) => line.startsWith('❯')) ?? '';
  }

  /** Types a note into the open editor and saves it. */
  async note(text: string): Promise<void> {
    this.type(text);
    await this.waitFor(`> ${text}`);
    this.keys('Enter');
    await this.waitFor((screen) => !screen.includes(`> ${text}`));
  }

  async exitStatus(timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = existsSync(this.statusFile) ? readFileSync(this.statusFile, 'utf8').trim() : '';
      if (status) return Number(status);
      if (Date.now() > deadline) throw new Error(`the review did not exit; the screen was:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe.skipIf(!HAS_TMUX)('preflight review in a real terminal (tmux)', () => {
  beforeAll(() => {
    mkdirSync(home, { recursive: true });
    // Dead panes stay so the exit status and last screen can be read; no status line.
    writeFileSync(config, 'set -g remain-on-exit on\nset -g status off\n');
  });

  afterAll(() => {
    let socket = '';
    try {
      socket = tmux('display-message', '-p', '#{socket_path}').trim();
      tmux('kill-server');
    } catch {
      // no server left
    }
    // tmux can leave the socket file of a killed server behind.
    if (socket.includes(SOCKET)) rmSync(socket, { force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('walks the example head: evidence, notes for every open item, summary, record written', async () => {
    const repo = shopRepo();
    const pane = Pane.start(repo);

    let screen = await pane.waitFor('Preflight review');
    expect(screen).toContain(`migrations/versions/${HEAD}_normalize_user_emails.py`);
    expect(screen).toMatch(/f5f4ae3110f6 → eaa6964182da\s+normalize user emails/);
    expect(screen).toMatch(/^ {2}✔ 1\. Can this be done with ALTER instead of DROP\?\s+\[auto yes\]/m);
    // The upgrade rewrites every email and deletes every session: the data migration strategy is the reviewer's first question.
    expect(screen).toMatch(/^❯ \? 2\. Is there a data migration strategy\?\s+\[needs you\]/m);
    expect(screen).toMatch(/^ {2}– 3\. Are there proper defaults for new columns\?\s+\[n\/a\]/m);
    expect(screen).toMatch(/^ {2}✘ 4\. Is the migration reversible \(downgrade works\)\?\s+\[auto no\]\s+needs your note/m);
    expect(screen).toMatch(/^ {2}\? 5\. Have you tested on a copy of production data\?\s+\[needs you\]/m);
    expect(screen).toMatch(/^ {2}\? 7\. Is there a rollback plan\?\s+\[needs you\]/m);
    // The unguarded destructive findings are production-safeguards' evidence now; raw-sql-string-execute is the other one.
    expect(screen).toContain('+ 1 other finding(s): press o');

    // Its evidence is the two destructive-raw-sql findings, at the lines the rule reported.
    pane.keys('Enter');
    screen = await pane.waitFor('Evidence: data-migration-strategy');
    expect(screen).toMatch(/normalize_user_emails\.py:26 destructive-raw-sql raw SQL updates every row of users/);
    expect(screen).toMatch(/> 26 │ {5}connection\.execute\("UPDATE users SET email = lower\(trim\(email\)\)"\)/);
    expect(screen).toMatch(/normalize_user_emails\.py:28 destructive-raw-sql raw SQL deletes every row of/);
    expect(screen).toMatch(/> 28 │ {5}op\.execute\("DELETE FROM sessions"\)/);
    pane.keys('n');
    await pane.waitFor('Answer "no" to: Is there a data migration strategy?');
    await pane.note('emails are lower-cased in place');
    screen = await pane.waitFor(/^❯ ✘ 4\./m);
    expect(screen).toMatch(/^ {2}✘ 2\. Is there a data migration strategy\?\s+\[no\]\s*$/m);

    pane.keys('Enter');
    screen = await pane.waitFor('Evidence: reversible');
    expect(screen).toMatch(/> 31 │ def downgrade\(\) -> None:/);
    pane.keys('j', 'j');
    screen = await pane.waitFor('Evidence: production-safeguards');
    expect(pane.focused(screen)).toContain('6. Are there safeguards for production?');
    expect(screen).toMatch(/> 26 │ {5}connection\.execute\("UPDATE users SET email = lower\(trim\(email\)\)"\)/);
    pane.keys('4', '?');
    screen = await pane.waitFor('Why it matters');
    expect(screen).toContain('How to fix');
    expect(pane.focused(screen)).toContain('4. Is the migration reversible');

    pane.keys('n');
    await pane.waitFor('Answer "no" to: Is the migration reversible');
    await pane.note('lower-casing cannot be undone');
    screen = await pane.waitFor(/^❯ \? 5\./m);
    expect(screen).toMatch(/^ {2}✘ 4\. .*\[auto no\]\s*$/m);

    pane.keys('y');
    await pane.waitFor('Where and when did you test (database, date, data size)?');
    await pane.note('staging snapshot 2024-07-01');
    await pane.waitFor(/^❯ ✘ 6\./m);

    pane.keys('n');
    await pane.waitFor('Answer "no" to: Are there safeguards for production?');
    await pane.note('runs in the maintenance window');
    await pane.waitFor(/^❯ \? 7\./m);

    pane.keys('y');
    await pane.waitFor('What is the rollback plan?');
    await pane.note('restore the pre-deploy backup');

    screen = await pane.waitFor('Summary');
    expect(screen).toContain('alter-not-drop: yes (auto)');
    expect(screen).toContain('data-migration-strategy: no (reviewer) — emails are lower-cased in place');
    expect(screen).toContain('reversible: no (auto) — lower-casing cannot be undone');
    expect(screen).toContain('tested-on-production-copy: yes (reviewer) — staging snapshot 2024-07-01');
    expect(screen).toContain('Blocking (answered "no"): data-migration-strategy, reversible, production-safeguards');
    expect(screen).toContain('w write the unsigned record');
    expect(existsSync(join(repo, 'migrations', 'reviews'))).toBe(false);

    pane.keys('w');
    expect(await pane.exitStatus()).toBe(1);
    screen = pane.screen();
    expect(screen).toContain(`Wrote migrations/reviews/${HEAD}.json (unsigned)`);

    const parsed = parseRecord(readFileSync(join(repo, 'migrations', 'reviews', `${HEAD}.json`), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const notes = Object.fromEntries(parsed.record.items.map((item) => [item.id, item.note]));
    expect(notes).toEqual({
      'alter-not-drop': null,
      'data-migration-strategy': 'emails are lower-cased in place',
      'defaults-for-new-columns': null,
      reversible: 'lower-casing cannot be undone',
      'tested-on-production-copy': 'staging snapshot 2024-07-01',
      'production-safeguards': 'runs in the maintenance window',
      'rollback-plan': 'restore the pre-deploy backup',
    });
    expect(parsed.record.reviewer).toEqual({ name: 'Ada Reviewer', email: 'ada@example.com' });
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe(`?? migrations/reviews/${HEAD}.json\n`);
  });

  it('f then y fixes a finding: the file is rewritten, the checklist decided again, and the record covers the fixed bytes', async () => {
    const repo = shopRepo();
    // A team item decided by raw-sql-string-execute, which has a fix: its evidence panel is where f is pressed.
    writeFileSync(join(repo, '.preflight.toml'), 'checklists = ["team.yaml"]\n');
    writeFileSync(
      join(repo, 'team.yaml'),
      'id: team\nversion: 1\ntitle: Team\nitems:\n  - id: sqlalchemy-2-ready\n    question: Does the raw SQL run on SQLAlchemy 2.x?\n' +
        '    why: SQLAlchemy 2.x refuses plain SQL strings.\n    fix: Wrap the SQL in sa.text().\n    decide: { rules: [raw-sql-string-execute] }\n',
    );
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'team checklist');
    const file = join(repo, 'migrations', 'versions', `${HEAD}_normalize_user_emails.py`);
    const pane = Pane.start(repo);

    let screen = await pane.waitFor('Preflight review');
    expect(screen).toMatch(/^ {2}✘ 8\. Does the raw SQL run on SQLAlchemy 2\.x\?\s+\[auto no\]\s+needs your note/m);
    pane.keys('8', 'Enter');
    screen = await pane.waitFor('Evidence: sqlalchemy-2-ready');
    expect(screen).toMatch(/normalize_user_emails\.py:26 raw-sql-string-execute \[f: fix\] connection\.execute\(\) is/);

    pane.keys('f');
    screen = await pane.waitFor('y apply');
    expect(screen).toContain(`Fix for migrations/versions/${HEAD}_normalize_user_emails.py:26 raw-sql-string-execute`);
    expect(screen).toContain('The fix: wrap the SQL in sa.text()');
    expect(screen).toMatch(/^│ @@ -23,7 \+23,7 @@/m);
    expect(screen).toMatch(/^│ - {4}connection\.execute\("UPDATE users SET email = lower\(trim\(email\)\)"\)/m);
    expect(screen).toMatch(/^│ \+ {4}connection\.execute\(sa\.text\("UPDATE users SET email = lower\(trim\(email\)\)"\)\)/m);
    // Nothing is written until y.
    expect(git(repo, 'status', '--porcelain')).toBe('');

    pane.keys('y');
    screen = await pane.waitFor('✔ Fixed', 60_000);
    expect(screen.replace(/\n/g, ' ')).toMatch(/Checklist decided again: sqlalchemy-2-ready auto no → needs\s+you\./);
    expect(screen).toMatch(/^❯ \? 8\. Does the raw SQL run on SQLAlchemy 2\.x\?\s+\[needs you\]/m);
    expect(screen).toContain('No check decides this item: it is yours to answer.');
    expect(readFileSync(file, 'utf8')).toContain('    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))\n');
    expect(git(repo, 'status', '--porcelain')).toBe(` M migrations/versions/${HEAD}_normalize_user_emails.py\n`);

    pane.keys('y');
    await pane.waitFor(/^❯ \? 2\./m);
    pane.keys('n');
    await pane.note('emails are lower-cased in place');
    await pane.waitFor(/^❯ ✘ 4\./m);
    pane.keys('n');
    await pane.note('lower-casing cannot be undone');
    await pane.waitFor(/^❯ \? 5\./m);
    pane.keys('y');
    await pane.note('staging snapshot 2024-07-01');
    await pane.waitFor(/^❯ ✘ 6\./m);
    pane.keys('n');
    await pane.note('runs in the maintenance window');
    await pane.waitFor(/^❯ \? 7\./m);
    pane.keys('y');
    await pane.note('restore the pre-deploy backup');
    screen = await pane.waitFor('Summary');
    expect(screen).toContain('sqlalchemy-2-ready: yes (reviewer)');
    pane.keys('w');
    expect(await pane.exitStatus()).toBe(1);
    screen = pane.screen();
    expect(screen).toContain(`Fixed migrations/versions/${HEAD}_normalize_user_emails.py:26 raw-sql-string-execute: wrap the SQL in sa.text()`);
    expect(screen).toContain(`Wrote migrations/reviews/${HEAD}.json (unsigned)`);

    const parsed = parseRecord(readFileSync(join(repo, 'migrations', 'reviews', `${HEAD}.json`), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.migration.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(parsed.record.findings.map((finding) => finding.rule)).not.toContain('raw-sql-string-execute');
    expect(parsed.record.items.find((item) => item.id === 'sqlalchemy-2-ready')).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', autoAnswer: null, evidence: [] });
    // verify agrees: the record is of the file as it is now (unsigned, not stale).
    const verify = spawnSync(process.execPath, [BIN, 'verify', '--format', 'json'], { cwd: repo, env: paneEnv(), encoding: 'utf8' });
    const rows = (JSON.parse(verify.stdout) as { migrations: { revision: string; status: string }[] }).migrations;
    expect(rows.find((row) => row.revision === HEAD)?.status).toBe('unsigned');
  });

  it('q midway aborts: exit 130, nothing written, the repository unchanged', async () => {
    const repo = shopRepo();
    const pane = Pane.start(repo);
    await pane.waitFor('Preflight review');

    pane.keys('n');
    await pane.waitFor('Answer "no" to: Is there a data migration strategy?');
    await pane.note('emails are lower-cased in place');
    await pane.waitFor(/^❯ ✘ 4\./m);

    pane.keys('n');
    await pane.waitFor('Answer "no" to: Is the migration reversible');
    await pane.note('lower-casing cannot be undone');
    await pane.waitFor(/^❯ \? 5\./m);

    // Esc in the note editor goes back to the list; it does not abort.
    pane.keys('j', 'n');
    await pane.waitFor('Answer "no" to: Are there safeguards for production?');
    pane.type('half a thought');
    await pane.waitFor('> half a thought');
    pane.keys('Escape');
    const screen = await pane.waitFor((s) => !s.includes('Answer "no"'));
    expect(pane.focused(screen)).toContain('6. Are there safeguards for production?');
    expect(screen).toMatch(/^ {2}✘ 4\. .*\[auto no\]\s*$/m);

    pane.keys('q');
    expect(await pane.exitStatus()).toBe(130);
    expect(pane.screen()).toContain('Review aborted: nothing was written.');
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(existsSync(join(repo, 'migrations', 'reviews'))).toBe(false);
    expect(readdirSync(join(repo, 'migrations'))).toEqual(['env.py', 'script.py.mako', 'versions']);
  });
});

if (!HAS_TMUX) {
  describe('preflight review in a real terminal (tmux)', () => {
    it.skip('skipped: tmux is not installed (CI installs it)', () => {});
  });
}
