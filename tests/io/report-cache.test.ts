// check's report cache: a repeat run replays the last report only while every input it read is
// unchanged. Each test changes one kind of input between two real runs of the binary and expects
// the second run to see it.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputLog, inputsUnchanged } from '../../src/io/fs/input-log.js';
import { EXAMPLE_SHOP, REPO_ROOT, runCli } from '../support/cli.js';

const execFileAsync = promisify(execFile);

const CLEAN = 'migrations/versions/2fee88dab64c_add_phone_to_users.py';

function project(): { dir: string; cache: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-report-'));
  cpSync(EXAMPLE_SHOP, dir, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'preflight-report-cache-'));
  return { dir, cache, env: { PREFLIGHT_CACHE_DIR: cache } };
}

const reports = (cache: string): string[] => readdirSync(cache).filter((name) => name.startsWith('report-'));
const rules = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);

describe('check report cache', () => {
  it('replays the same report and exit code while nothing changed', async () => {
    const { dir, cache, env } = project();
    const first = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(reports(cache)).toHaveLength(1);
    const second = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
    // It is a replay: what the report file holds is what the third run prints.
    const file = join(cache, reports(cache)[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { stdout: string };
    writeFileSync(file, JSON.stringify({ ...stored, stdout: '{"replayed":true}\n' }));
    const third = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(third.stdout).toBe('{"replayed":true}\n');
  });

  it('never writes a report with --no-cache', async () => {
    const { dir, cache, env } = project();
    await runCli(['check', '--no-cache'], { cwd: dir, env });
    expect(reports(cache)).toHaveLength(0);
  });

  it('keeps one report per invocation: another format is not answered from the text report', async () => {
    const { dir, cache, env } = project();
    const text = await runCli(['check'], { cwd: dir, env });
    const json = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(json.stdout).not.toBe(text.stdout);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(reports(cache)).toHaveLength(2);
  });

  it('sees an edit that keeps the size and the modification time', async () => {
    const { dir, env } = project();
    const file = join(dir, CLEAN);
    const before = await runCli(['check', '--format', 'json', CLEAN], { cwd: dir, env });
    expect(rules(before.stdout)).not.toContain('add-column-not-null-without-default');
    const original = readFileSync(file, 'utf8');
    const { mtime } = statSync(file);
    // One character shorter, one longer: the same byte length, now a NOT NULL column without a default.
    const edited = original.replace('sa.String(length=32), nullable=True', 'sa.String(length=8), nullable=False');
    expect(edited).not.toBe(original);
    expect(edited.length).toBe(original.length);
    writeFileSync(file, edited);
    utimesSync(file, mtime, mtime);
    const after = await runCli(['check', '--format', 'json', CLEAN], { cwd: dir, env });
    expect(rules(after.stdout)).toContain('add-column-not-null-without-default');
    expect(after.code).toBe(1);
  });

  it('sees a new migration file', async () => {
    const { dir, env } = project();
    const before = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    const heads = (JSON.parse(before.stdout) as { heads: string[] }).heads;
    writeFileSync(
      join(dir, 'migrations/versions/aaaa00000001_second_head.py'),
      `"""second head"""\nfrom alembic import op\n\nrevision = "aaaa00000001"\ndown_revision = "2fee88dab64c"\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n`,
    );
    const after = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect((JSON.parse(after.stdout) as { heads: string[] }).heads).toEqual([...heads, 'aaaa00000001'].sort());
    expect(rules(after.stdout)).toContain('multiple-heads');
  });

  it('sees a configuration file that did not exist before', async () => {
    const { dir, env } = project();
    const before = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(rules(before.stdout)).toContain('drop-column');
    writeFileSync(join(dir, '.preflight.toml'), '[rules]\ndrop-column = "off"\n');
    const after = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(rules(after.stdout)).not.toContain('drop-column');
  });

  it('reruns the rules when a setting changes, though no migration did (their cached results are per settings)', async () => {
    const { dir, env } = project();
    // A missing safeguard is its own finding, or part of the drop/wipe finding on the same step.
    const count = (stdout: string) =>
      (JSON.parse(stdout) as { findings: { rule: string; message: string }[] }).findings.filter(
        (f) => f.rule === 'destructive-without-safeguard' || f.message.includes('no production safeguard guards it'),
      ).length;
    const before = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    writeFileSync(join(dir, '.preflight.toml'), 'guard-variables = ["DEPLOY_STAGE"]\n');
    const after = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    // The example guards two destructive steps with ENVIRONMENT; under another variable they are unguarded.
    expect(count(after.stdout)).toBe(count(before.stdout) + 2);
    const fresh = await runCli(['check', '--format', 'json', '--no-cache'], { cwd: dir, env });
    expect(after.stdout).toBe(fresh.stdout);
  });

  it('sees a deleted migration file', async () => {
    const { dir, env } = project();
    const before = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    const bad = (JSON.parse(before.stdout) as { findings: { file: string; rule: string }[] }).findings.find((f) => f.rule === 'drop-column')!;
    rmSync(join(dir, bad.file));
    const after = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect((JSON.parse(after.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).not.toContain(bad.file);
  });
});

describe('what the replay must notice', () => {
  /** Runs check once, marks the stored report, and returns whether a second run (after `change`) replayed it. */
  async function replayedAfter(change: (dir: string) => void, options: { bin?: string } = {}): Promise<boolean> {
    const { dir, cache, env } = project();
    const run = () => (options.bin ? runBin(options.bin, dir, env) : runCli(['check', '--format', 'json'], { cwd: dir, env }));
    await run();
    const file = join(cache, reports(cache)[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { stdout: string };
    writeFileSync(file, JSON.stringify({ ...stored, stdout: '{"replayed":true}\n' }));
    change(dir);
    return (await run()).stdout === '{"replayed":true}\n';
  }

  it('replays when nothing changed (the baseline for the cases below)', async () => {
    expect(await replayedAfter(() => {})).toBe(true);
  });

  it.each([
    ['env.py (naming convention, transaction_per_migration, lock_timeout)', (dir: string) => writeFileSync(join(dir, 'migrations', 'env.py'), `${readFileSync(join(dir, 'migrations', 'env.py'), 'utf8')}\n# edited\n`)],
    ['alembic.ini', (dir: string) => writeFileSync(join(dir, 'alembic.ini'), `${readFileSync(join(dir, 'alembic.ini'), 'utf8')}\n# edited\n`)],
    ['pyproject.toml appearing', (dir: string) => writeFileSync(join(dir, 'pyproject.toml'), '[tool.preflight]\npg-version = 12\n')],
    ['the baseline file appearing', (dir: string) => writeFileSync(join(dir, '.preflight-baseline.json'), '{"version":1,"entries":[]}\n')],
    ['a version file', (dir: string) => writeFileSync(join(dir, CLEAN), `${readFileSync(join(dir, CLEAN), 'utf8')}\n# edited\n`)],
    ['a file added to the versions folder', (dir: string) => writeFileSync(join(dir, 'migrations', 'versions', 'notes.txt'), 'not a migration\n')],
  ])('reruns after a change to %s', async (_what, change) => {
    expect(await replayedAfter(change)).toBe(false);
  });

  it('reruns after Preflight itself was rebuilt (dist/build-id)', async () => {
    const tool = mkdtempSync(join(tmpdir(), 'preflight-tool-'));
    for (const part of ['bin', 'dist', 'wasm', 'python', 'checklists', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(tool, part), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(tool, 'node_modules'));
    const bin = join(tool, 'bin', 'preflight.js');
    expect(await replayedAfter(() => {}, { bin })).toBe(true);
    expect(await replayedAfter(() => writeFileSync(join(tool, 'dist', 'build-id'), 'another-build\n'), { bin })).toBe(false);
  });
});

async function runBin(bin: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string }> {
  const { stdout } = await execFileAsync(process.execPath, [bin, 'check', '--format', 'json'], { cwd, env: { ...process.env, ...env } }).catch((error: { stdout: string }) => error);
  return { stdout };
}

describe('the replay bin/preflight.js tries first', () => {
  it('answers -C and --no-color like the real run, from another folder', async () => {
    const { dir, cache, env } = project();
    const first = await runCli(['-C', dir, 'check', '--no-color'], { cwd: tmpdir(), env });
    const second = await runCli(['-C', dir, 'check', '--no-color'], { cwd: tmpdir(), env });
    expect(second).toEqual(first);
    expect(first.stdout).toMatch(/migrations checked/);
    expect(reports(cache)).toHaveLength(1);
  });

  it('keeps coloured and plain output apart (FORCE_COLOR, NO_COLOR)', async () => {
    const { dir, cache, env } = project();
    const plain = await runCli(['check'], { cwd: dir, env });
    const colored = await runCli(['check'], { cwd: dir, env: { ...env, NO_COLOR: '', FORCE_COLOR: '1' } });
    const coloredAgain = await runCli(['check'], { cwd: dir, env: { ...env, NO_COLOR: '', FORCE_COLOR: '1' } });
    const plainAgain = await runCli(['check'], { cwd: dir, env });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(colored.stdout).toContain('\u001b[');
    expect(coloredAgain.stdout).toBe(colored.stdout);
    expect(plainAgain.stdout).toBe(plain.stdout);
    expect(reports(cache)).toHaveLength(2);
  });

  it('never answers --help, --version or a usage error from a report', async () => {
    const { dir, env } = project();
    await runCli(['check'], { cwd: dir, env });
    const help = await runCli(['check', '--help'], { cwd: dir, env });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: preflight check/);
    const version = await runCli(['--version', 'check'], { cwd: dir, env });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const usage = await runCli(['--bogus', 'check'], { cwd: dir, env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('preflight: unknown option --bogus (see preflight --help)\n');
  });

  it('runs the check when the report cache cannot be read', async () => {
    const { dir, cache, env } = project();
    const first = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    writeFileSync(join(cache, reports(cache)[0]!), '{ not json');
    const second = await runCli(['check', '--format', 'json'], { cwd: dir, env });
    expect(second).toEqual(first);
  });
});

describe('InputLog', () => {
  it('notices a same-size rewrite with the old mtime even outside the racy window (ctime moves)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-inputs-'));
    const file = join(dir, 'a.py');
    writeFileSync(file, 'x = 1\n');
    const log = new InputLog({ racyWindowMs: 0 });
    log.file(file, readFileSync(file));
    expect(inputsUnchanged(log.entries())).toBe(true);
    const { mtime } = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeFileSync(file, 'x = 2\n');
    utimesSync(file, mtime, mtime);
    expect(inputsUnchanged(log.entries())).toBe(false);
  });

  it('pins a just-written file by content, so a change inside one timestamp tick is caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-inputs-'));
    const file = join(dir, 'a.py');
    writeFileSync(file, 'x = 1\n');
    const log = new InputLog();
    log.file(file, readFileSync(file));
    expect(log.entries()[0]).toMatchObject({ kind: 'file', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    writeFileSync(file, 'x = 2\n');
    expect(inputsUnchanged(log.entries())).toBe(false);
  });

  it('records an absent path and a listed folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-inputs-'));
    const log = new InputLog();
    log.absent(join(dir, '.preflight.toml'));
    log.directory(dir, readdirSync(dir));
    expect(inputsUnchanged(log.entries())).toBe(true);
    writeFileSync(join(dir, '.preflight.toml'), '');
    expect(inputsUnchanged(log.entries())).toBe(false);
  });
});
