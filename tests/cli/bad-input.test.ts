/**
 * Bad input fails closed: a project Preflight cannot read is an error (one line naming the file
 * and line, exit 2), never "0 migrations checked"; files that are not regular files are never
 * opened; text from migrations cannot drive the terminal; prompts need a terminal at both ends;
 * a signal during a round trip cleans up like Ctrl-C. Everything runs the built binary.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { revisionFile, STANDARD_ENV_PY, writeAlembicProject } from '../support/alembic-project.js';
import { BIN, runCli, type CliResult } from '../support/cli.js';
import { tmuxAvailable } from '../support/tmux.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) {
    // Undo the permission tests' chmod so the folder can go.
    try {
      execFileSync('chmod', ['-R', 'u+rwx', root]);
    } catch {
      // already gone
    }
    rmSync(root, { recursive: true, force: true });
  }
});

const dropUsers = revisionFile({ revision: 'a1b2c3d4e5f6', downRevision: null, upgrade: "op.drop_table('users')", downgrade: 'pass' });

/** A project folder: alembic.ini (text given as is), migrations/env.py, migrations/versions with the given files. */
function project(ini: string | Buffer, versions: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'preflight-bad-input-'));
  roots.push(root);
  mkdirSync(join(root, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(root, 'migrations', 'env.py'), STANDARD_ENV_PY);
  writeFileSync(join(root, 'alembic.ini'), ini);
  for (const [name, content] of Object.entries(versions)) writeFileSync(join(root, 'migrations', 'versions', name), content);
  return root;
}

const INI = '[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///%(here)s/app.db\n';

/** One line on stderr, `preflight: <message>`, no stack trace. */
function expectOneLineError(result: CliResult, message: string): void {
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stderr).toBe(`preflight: ${message}\n`);
  expect(result.stdout).toBe('');
}

describe('a project Preflight cannot read: check and verify exit 2 with file:line', () => {
  const cases: Array<[string, (root: string) => void, (root: string) => string]> = [
    [
      'script_location missing',
      (root) => writeFileSync(join(root, 'alembic.ini'), '# app\n[alembic]\nsqlalchemy.url = sqlite://\n'),
      (root) => `${root}/alembic.ini:2: no script_location in the [alembic] section`,
    ],
    [
      'script_location empty',
      (root) => writeFileSync(join(root, 'alembic.ini'), '[alembic]\nscript_location =\n'),
      (root) => `${root}/alembic.ini:2: script_location is empty; set it to the folder with env.py`,
    ],
    [
      'script_location naming a file',
      (root) => {
        writeFileSync(join(root, 'notes.txt'), 'not the scripts');
        writeFileSync(join(root, 'alembic.ini'), '[alembic]\nscript_location = notes.txt\n');
      },
      (root) => `${root}/alembic.ini:2: script_location: ${root}/notes.txt is a file, not a folder`,
    ],
    [
      'script_location naming nothing (a typo)',
      (root) => writeFileSync(join(root, 'alembic.ini'), '[alembic]\n\nscript_location = migratoins\n'),
      (root) => `${root}/alembic.ini:3: script_location: ${root}/migratoins does not exist`,
    ],
    [
      'a second [alembic] section',
      (root) => writeFileSync(join(root, 'alembic.ini'), `${INI}\n[loggers]\nkeys = root\n\n[alembic]\nscript_location = other\n`),
      (root) => `${root}/alembic.ini:8: [alembic] appears a second time (first at line 1); Alembic (configparser) refuses duplicate sections`,
    ],
    [
      'a key set twice',
      (root) => writeFileSync(join(root, 'alembic.ini'), `${INI}Script_Location = other\n`),
      (root) => `${root}/alembic.ini:4: script_location appears a second time in [alembic] (first at line 2); Alembic (configparser) refuses duplicate keys`,
    ],
    [
      'no versions folder',
      (root) => rmSync(join(root, 'migrations', 'versions'), { recursive: true }),
      (root) => `${root}/alembic.ini:2: script_location: the versions folder ${root}/migrations/versions does not exist (Alembic needs it; create it, even empty)`,
    ],
    [
      'a versions folder that is a loop of symbolic links',
      (root) => {
        rmSync(join(root, 'migrations', 'versions'), { recursive: true });
        symlinkSync('versions-old', join(root, 'migrations', 'versions'));
        symlinkSync('versions', join(root, 'migrations', 'versions-old'));
      },
      (root) => `${root}/alembic.ini:2: script_location: the versions folder ${root}/migrations/versions: a loop of symbolic links`,
    ],
    [
      'version_locations of which none exists',
      (root) => writeFileSync(join(root, 'alembic.ini'), `${INI}version_locations = %(here)s/db/a %(here)s/db/b\n`),
      (root) => `${root}/alembic.ini:4: version_locations: none of the version folders exists (${root}/db/a, ${root}/db/b)`,
    ],
  ];

  it.each(cases)('%s', async (_name, breakIt, message) => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    breakIt(root);
    const [check, verify] = await Promise.all([runCli(['check', '--no-cache'], { cwd: root }), runCli(['verify'], { cwd: root })]);
    expectOneLineError(check, message(root));
    expectOneLineError(verify, message(root));
  });

  it('Alembic refuses the same projects (so Preflight is not stricter than the tool it checks)', () => {
    for (const [name, breakIt] of cases.filter(([name]) => !name.startsWith('version_locations'))) {
      const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
      breakIt(root);
      let failed = false;
      try {
        execFileSync('/usr/bin/python3', ['-m', 'alembic', 'heads'], { cwd: root, stdio: 'pipe', timeout: 30_000 });
      } catch {
        failed = true;
      }
      expect(failed, name).toBe(true);
    }
  });

  it('a versions folder it may not list (permissions), as a user who is not root', async () => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'migrations', 'versions'), 0o000);
    const cache = mkdtempSync(join(tmpdir(), 'preflight-bad-input-cache-'));
    roots.push(cache);
    chmodSync(cache, 0o777);
    // Root reads any folder: run as nobody then (setpriv), else as the user running the tests.
    const asUser = process.getuid?.() === 0 ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const run = (args: string[]) =>
      new Promise<CliResult>((resolve) => {
        const [command, ...rest] = [...asUser, process.execPath, BIN, ...args];
        execFile(command!, rest, { cwd: root, env: { ...process.env, NO_COLOR: '1', PREFLIGHT_CACHE_DIR: cache, HOME: cache } }, (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    const message = `${root}/alembic.ini:2: script_location: cannot list the versions folder ${root}/migrations/versions: permission denied`;
    expectOneLineError(await run(['check']), message);
    expectOneLineError(await run(['verify']), message);
  });

  it('a project whose versions folder has no migrations yet is fine: 0 migrations, exit 0', async () => {
    const root = project(INI);
    const check = await runCli(['check', '--no-cache'], { cwd: root });
    expect(check).toEqual({ code: 0, stdout: '0 migrations checked (0 heads): 0 errors, 0 warnings\n', stderr: '' });
    const verify = await runCli(['verify'], { cwd: root });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('0 migrations: nothing to verify');
    expect(verify.stderr).toBe('');
  });

  it('a configured version folder that does not exist is skipped with a warning, as Alembic skips it', async () => {
    const root = project(`${INI}version_locations = %(here)s/migrations/versions %(here)s/migrations/archive\n`, {
      'a1b2c3d4e5f6_drop_users.py': dropUsers,
    });
    for (let run = 0; run < 2; run++) {
      // The second run would be a replay of the first report: the warning must still be there.
      const result = await runCli(['check'], { cwd: root });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('1 migration checked (head a1b2c3d4e5f6)');
      expect(result.stderr).toBe(
        `preflight: warning: ${root}/alembic.ini:4: version_locations: ${root}/migrations/archive does not exist; skipped, as Alembic skips it\n`,
      );
    }
  });
});

describe('line endings and encodings', () => {
  it('reads an alembic.ini with CR-only line endings as Alembic does', async () => {
    const root = project(INI.replace(/\n/g, '\r'), { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const heads = execFileSync('/usr/bin/python3', ['-m', 'alembic', 'heads'], { cwd: root, encoding: 'utf8' });
    expect(heads).toContain('a1b2c3d4e5f6 (head)');
    const result = await runCli(['check', '--no-cache'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 migration checked (head a1b2c3d4e5f6): 2 errors');
    expect(result.stdout).toMatch(/drop-table upgrade drops table users/);
  });

  it('refuses an alembic.ini that is not UTF-8, naming the line (Alembic fails on it too)', async () => {
    const ini = Buffer.concat([Buffer.from('[alembic]\nscript_location = migrations\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const root = project(ini, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    expect(() => execFileSync('/usr/bin/python3', ['-m', 'alembic', 'heads'], { cwd: root, stdio: 'pipe' })).toThrow(/UnicodeDecodeError/);
    const message = `${root}/alembic.ini:3: not valid UTF-8 (byte 0xe9 at column 6); save the file as UTF-8`;
    expectOneLineError(await runCli(['check', '--no-cache'], { cwd: root }), message);
    expectOneLineError(await runCli(['verify'], { cwd: root }), message);
  });

  it.each(['pyproject.toml', '.preflight.toml'])('refuses a %s that is not UTF-8, naming the line', async (name) => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const table = name === 'pyproject.toml' ? '[tool.preflight]\n' : '';
    writeFileSync(join(root, name), Buffer.concat([Buffer.from(`${table}# r\u00e9sum\u00e9\n# na`), Buffer.from([0xc3, 0x28]), Buffer.from('ve\n')]));
    const line = table ? 3 : 2;
    expectOneLineError(await runCli(['check', '--no-cache'], { cwd: root }), `${root}/${name}:${line}: not valid UTF-8 (byte 0xc3 at column 5); save the file as UTF-8`);
  });
});

describe('files that are not regular files', () => {
  it('skips a FIFO named like a migration with a warning instead of hanging on it', async () => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const fifo = join(root, 'migrations', 'versions', 'b2_pipe.py');
    execFileSync('mkfifo', [fifo]);
    for (let run = 0; run < 2; run++) {
      const result = await runCli(['check'], { cwd: root });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('1 migration checked (head a1b2c3d4e5f6)');
      expect(result.stderr).toBe(`preflight: warning: ${fifo}: not a regular file (a FIFO, socket or device); skipped, not read\n`);
    }
  }, 30_000);

  it('a FIFO named on the command line is one line, not a hang', async () => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const fifo = join(root, 'staged.py');
    execFileSync('mkfifo', [fifo]);
    expectOneLineError(await runCli(['check', '--no-cache', 'staged.py'], { cwd: root }), `${fifo}: not a regular file (a FIFO, socket or device); Preflight does not read it`);
  }, 30_000);

  it('a version file that is a loop of symbolic links is one line, no stack trace', async () => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const loop = join(root, 'migrations', 'versions', 'b2_loop.py');
    symlinkSync('b2_loop.py', loop);
    expectOneLineError(await runCli(['check', '--no-cache'], { cwd: root }), `${loop}: a loop of symbolic links, not a version file Preflight (or Alembic) can read`);
  });

  it('a folder named alembic.ini is one line naming it', async () => {
    const root = project(INI);
    rmSync(join(root, 'alembic.ini'));
    mkdirSync(join(root, 'alembic.ini'));
    expectOneLineError(await runCli(['check', '--no-cache'], { cwd: root }), `${root}/alembic.ini: a folder, not a file`);
  });

  it('a review record or signature that is a folder or a FIFO stops verify with one line, without hanging', async () => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const reviews = join(root, 'migrations', 'reviews');
    mkdirSync(join(reviews, 'a1b2c3d4e5f6.json'), { recursive: true });
    expectOneLineError(await runCli(['verify'], { cwd: root }), `${reviews}/a1b2c3d4e5f6.json: a folder, not a file`);
    rmSync(join(reviews, 'a1b2c3d4e5f6.json'), { recursive: true });
    execFileSync('mkfifo', [join(reviews, 'a1b2c3d4e5f6.json')]);
    expectOneLineError(
      await runCli(['verify'], { cwd: root }),
      `${reviews}/a1b2c3d4e5f6.json: not a regular file (a FIFO, socket or device); Preflight does not read it`,
    );
    // And a folder where its signature should be.
    rmSync(join(reviews, 'a1b2c3d4e5f6.json'));
    writeFileSync(join(reviews, 'a1b2c3d4e5f6.json'), '{}\n');
    mkdirSync(join(reviews, 'a1b2c3d4e5f6.json.sig'));
    expectOneLineError(await runCli(['verify'], { cwd: root }), `${reviews}/a1b2c3d4e5f6.json.sig: a folder, not a file`);
  }, 30_000);
});

describe('terminal escapes in migrations', () => {
  // Python decodes the escapes: the table name holds ESC and BEL themselves.
  const hostile = revisionFile({
    revision: 'a1b2c3d4e5f6',
    downRevision: null,
    upgrade: 'op.drop_table("t\\x1b[1A\\x1b[2K\\x1b]0;owned\\x07")',
    downgrade: 'pass',
  });
  const shown = 't\\x1b[1A\\x1b[2K\\x1b]0;owned\\x07';
  const fileName = 'a1b2c3d4e5f6_\x1b[2Kdrop.py';

  it('text output shows them escaped, in messages and file names', async () => {
    const root = project(INI, { [fileName]: hostile });
    const result = await runCli(['check', '--no-cache', '--verbose'], { cwd: root });
    expect(result.code).toBe(1);
     
    expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stdout).toContain(`migrations/versions/a1b2c3d4e5f6_\\x1b[2Kdrop.py:13:5 error drop-table upgrade drops table ${shown}:`);
  });

  it('GitHub annotations show them escaped; JSON and SARIF keep the exact strings', async () => {
    const root = project(INI, { [fileName]: hostile });
    const [github, json, sarif] = await Promise.all([
      runCli(['check', '--no-cache', '--format', 'github'], { cwd: root }),
      runCli(['check', '--no-cache', '--format', 'json'], { cwd: root }),
      runCli(['check', '--no-cache', '--format', 'sarif'], { cwd: root }),
    ]);
     
    expect(github.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(github.stdout).toContain(`::error file=migrations/versions/a1b2c3d4e5f6_\\x1b[2Kdrop.py,line=13,col=5,title=drop-table::upgrade drops table ${shown}:`);
    const finding = (JSON.parse(json.stdout).findings as { rule: string; file: string; message: string }[]).find((f) => f.rule === 'drop-table')!;
    expect(finding.message).toContain('drops table t\x1b[1A\x1b[2K\x1b]0;owned\x07:');
    expect(finding.file).toBe(`migrations/versions/${fileName}`);
    expect(sarif.stdout).toContain('t\\u001b[1A\\u001b[2K\\u001b]0;owned\\u0007');
  });
});

// --- a real terminal (tmux) -------------------------------------------------------------------


describe.skipIf(!tmuxAvailable())('prompts in a real terminal (tmux)', () => {
  const socket = `preflight-bad-input-${process.pid}-${randomBytes(4).toString('hex')}`;
  const config = join(mkdtempSync(join(tmpdir(), 'preflight-bad-input-tmux-')), 'tmux.conf');
  roots.push(join(config, '..'));
  writeFileSync(config, 'set -g remain-on-exit on\nset -g status off\n');
  const env = (): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', PREFLIGHT_CACHE_DIR: join(config, '..', 'cache') };
    for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'TMUX', 'TMUX_PANE']) delete e[name];
    return e;
  };
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, '-f', config, ...args], { env: env(), encoding: 'utf8', timeout: 10_000 });
  let counter = 0;

  afterAll(() => {
    try {
      const path = tmux('display-message', '-p', '#{socket_path}').trim();
      tmux('kill-server');
      if (path.includes(socket)) rmSync(path, { force: true });
    } catch {
      // no server left
    }
  });

  /** Runs `script` (sh, fixed text) in a new pane; $0 is node, $1 the binary, $2 a scratch folder for output files. */
  function pane(cwd: string, script: string): { name: string; out: string } {
    const name = `pane-${++counter}`;
    const out = mkdtempSync(join(tmpdir(), 'preflight-bad-input-out-'));
    roots.push(out);
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', cwd, '/bin/sh', '-c', script, process.execPath, BIN, out);
    return { name, out };
  }

  async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const fileText = (path: string): string | undefined => (existsSync(path) && readFileSync(path, 'utf8').trim() !== '' ? readFileSync(path, 'utf8') : undefined);

  it.each([
    ['review', 'pass the answers with --answers FILE'],
    ['learn', 'read the rules with `preflight explain --list`'],
    ['new', 'name the pattern and give its values as flags'],
  ])('%s > out.txt on a terminal: exit 2 with the hint, nothing drawn into the file', async (command, hint) => {
    const root = project(INI, { 'a1b2c3d4e5f6_drop_users.py': dropUsers });
    const { name, out } = pane(root, `"$0" "$1" ${command} > "$2/stdout.txt" 2> "$2/stderr.txt"; echo $? > "$2/status"`);
    const status = await waitFor('the exit status', () => fileText(join(out, 'status')));
    expect(Number(status)).toBe(2);
    expect(readFileSync(join(out, 'stdout.txt'), 'utf8')).toBe('');
    const stderr = readFileSync(join(out, 'stderr.txt'), 'utf8');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain('preflight: standard output is not a terminal (it goes to a file or a pipe), so Preflight cannot show its questions; ');
    expect(stderr).toContain(hint);
    tmux('kill-session', '-t', name);
  });

  it('SIGTERM at a `new` prompt: exit 143 and the terminal echoes again', async () => {
    const root = project(INI);
    const { name, out } = pane(root, `stty -a > "$2/before"; "$0" "$1" new; echo $? > "$2/status"; stty -a > "$2/after"`);
    await waitFor('the first question', () => (tmux('capture-pane', '-p', '-t', name).includes('Which kind of migration?') ? true : undefined));
    // The pane runs sh; its only child is Preflight.
    const shell = tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim();
    const preflight = Number(readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim());
    expect(readFileSync(join(out, 'before'), 'utf8')).toMatch(/(^|\s)echo(\s|$)/);
    process.kill(preflight, 'SIGTERM');
    const after = await waitFor('stty after the exit', () => fileText(join(out, 'after')));
    expect(Number(readFileSync(join(out, 'status'), 'utf8'))).toBe(143);
    expect(after).toMatch(/(^|\s)echo(\s|$)/);
    expect(after).toMatch(/(^|\s)icanon(\s|$)/);
    expect(tmux('capture-pane', '-p', '-t', name)).toContain('preflight: stopped by SIGTERM');
    tmux('kill-session', '-t', name);
  });
});

// --- signals during a round trip --------------------------------------------------------------

async function waitUntilGone(pid: number): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a signal during a round trip', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s kills Alembic, removes the scratch folder and exits %i', async (signal, exitCode) => {
    const temp = mkdtempSync(join(tmpdir(), 'preflight-bad-input-tmp-'));
    roots.push(temp);
    const pidFile = join(temp, 'alembic.pid');
    // The upgrade says it started (its pid) and then takes far longer than the test.
    const slow = revisionFile({
      revision: 'a1b2c3d4e5f6',
      downRevision: null,
      header: 'import os\nimport time',
      upgrade: `open(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\ntime.sleep(120)`,
      downgrade: 'pass',
    });
    const alembicProject = await writeAlembicProject({ versions: { 'a1b2c3d4e5f6_slow.py': slow } });
    roots.push(alembicProject.root);
    const root = alembicProject.root;
    const child = spawn(process.execPath, [BIN, 'roundtrip', 'a1b2c3d4e5f6', '--python', '/usr/bin/python3'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') {
      if (Date.now() > deadline) throw new Error('the upgrade never started');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const scratch = readdirSync(temp).filter((name) => name.startsWith('preflight-') && name !== 'alembic.pid');
    expect(scratch).toHaveLength(1);
    expect(readdirSync(join(temp, scratch[0]!))).toContain('scratch.db');
    const alembicPid = Number(readFileSync(pidFile, 'utf8'));

    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(readdirSync(temp).filter((name) => name.startsWith('preflight-'))).toEqual([]);
    // Killed and waited for before the exit; a moment more for init to reap it.
    await waitUntilGone(alembicPid);
    expect(() => process.kill(alembicPid, 0)).toThrow(/ESRCH/);
  }, 90_000);
});
