/**
 * `preflight init` on a terminal: the questions (@inquirer/prompts) in a real tmux pane, keys in
 * with send-keys, the screen back with capture-pane. tmux gets argv arrays only.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_SHOP } from '../support/cli.js';
import { tmuxAvailable, waitForScreen } from '../support/tmux.js';


const SOCKET = `preflight-init-${process.pid}-${randomBytes(4).toString('hex')}`;
const root = mkdtempSync(join(tmpdir(), 'preflight-init-tmux-'));
const env = (): NodeJS.ProcessEnv => {
  const out: NodeJS.ProcessEnv = { ...process.env, PREFLIGHT_CACHE_DIR: join(root, 'cache'), TERM: 'xterm-256color' };
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'TMUX', 'TMUX_PANE']) delete out[name];
  return out;
};
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { env: env(), encoding: 'utf8', timeout: 10_000 });

let counter = 0;
function start(): { dir: string; name: string; status: string } {
  const dir = join(root, `shop-${++counter}`);
  cpSync(EXAMPLE_SHOP, dir, { recursive: true });
  const name = `init-${counter}`;
  const status = join(root, `status-${counter}`);
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', dir, '/bin/sh', '-c', '"$0" "$1" init; echo $? > "$2"', process.execPath, BIN, status);
  return { dir, name, status };
}

function waitFor(name: string, text: string): Promise<string> {
  return waitForScreen(() => tmux('capture-pane', '-p', '-t', name), text);
}

async function exitStatus(file: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (existsSync(file) && readFileSync(file, 'utf8').trim()) return Number(readFileSync(file, 'utf8').trim());
    if (Date.now() > deadline) throw new Error('init did not exit');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(() => {
  try {
    execFileSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore', timeout: 10_000 });
  } catch {
    // no server left
  }
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!tmuxAvailable())('preflight init on a terminal (tmux)', () => {
  it('asks the dialect, the policy and whether to baseline, with the detected values preselected, and writes the answers', async () => {
    const pane = start();
    const first = await waitFor(pane.name, 'Database dialect');
    expect(first).toContain('Dialect: sqlite (from sqlalchemy.url)');
    expect(first).toMatch(/❯ sqlite/);
    tmux('send-keys', '-t', pane.name, 'Down', 'Enter'); // sqlite → mysql
    const policy = await waitFor(pane.name, 'Downgrade policy');
    expect(policy).toMatch(/❯ required/);
    tmux('send-keys', '-t', pane.name, 'Down', 'Down', 'Enter'); // required → none
    await waitFor(pane.name, 'Accept the current findings in a baseline file');
    tmux('send-keys', '-t', pane.name, 'n', 'Enter');
    expect(await exitStatus(pane.status)).toBe(0);
    expect(readFileSync(join(pane.dir, '.preflight.toml'), 'utf8')).toContain('dialect = "mysql"\ndowngrades = "none"\nbaseline = ".preflight-baseline.json"\n');
    expect(existsSync(join(pane.dir, '.preflight-baseline.json'))).toBe(false);
  });

  it('Ctrl-C at a question exits 130 and writes nothing', async () => {
    const pane = start();
    await waitFor(pane.name, 'Database dialect');
    tmux('send-keys', '-t', pane.name, 'C-c');
    expect(await exitStatus(pane.status)).toBe(130);
    expect(existsSync(join(pane.dir, '.preflight.toml'))).toBe(false);
    expect(existsSync(join(pane.dir, '.preflight-baseline.json'))).toBe(false);
  });
});
