// The round trip's spinner on a real terminal (tmux): the current step while it runs, gone when it is
// done. Off a terminal (every other test) stderr stays empty.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAlembicPython } from '../../src/io/alembic/python.js';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { BIN } from '../support/cli.js';
import { tmuxAvailable, waitForScreen } from '../support/tmux.js';

const HAS_TMUX = tmuxAvailable();
const SOCKET = `preflight-rt-${process.pid}-${randomBytes(4).toString('hex')}`;
const root = mkdtempSync(join(tmpdir(), 'preflight-roundtrip-tmux-'));
const config = join(root, 'tmux.conf');
writeFileSync(config, '');

function env(): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = { ...process.env, PREFLIGHT_CACHE_DIR: join(root, 'cache') };
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'TMUX', 'TMUX_PANE', 'NO_COLOR']) delete copy[name];
  return copy;
}
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, '-f', config, ...args], { env: env(), encoding: 'utf8', timeout: 10_000 });

let project: AlembicProject;
let python = '';

beforeAll(async () => {
  if (!HAS_TMUX) return;
  python = await findAlembicPython({ root: process.cwd() });
  project = await writeAlembicProject({
    versions: {
      'a1.py': revisionFile({ revision: 'a1', downRevision: null, upgrade: "op.create_table('users', sa.Column('id', sa.Integer, primary_key=True))", downgrade: "op.drop_table('users')" }),
      'b1.py': revisionFile({
        revision: 'b1',
        downRevision: 'a1',
        header: 'import time',
        // Slow enough for the spinner to be seen on the step.
        upgrade: "time.sleep(3)\nop.add_column('users', sa.Column('phone', sa.String(20), nullable=True))",
        downgrade: "op.drop_column('users', 'phone')",
      }),
    },
  });
});

afterAll(async () => {
  if (HAS_TMUX) {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  }
  await project?.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!HAS_TMUX)(`roundtrip on a terminal${HAS_TMUX ? '' : ' (skipped: tmux is not installed)'}`, () => {
  it('shows a spinner with the current step, and clears it before the report', async () => {
    const status = join(root, 'status');
    tmux('new-session', '-d', '-s', 'rt', '-x', '120', '-y', '40', '-c', project.root, '/bin/sh', '-c', '"$0" "$1" roundtrip --python "$2"; echo $? > "$3"; sleep 30', process.execPath, BIN, python, status);
    const screen = (): string => tmux('capture-pane', '-p', '-t', 'rt');
    // The spinner keeps the screen changing: its frame is matched without waiting for the screen to settle.
    const waitFor = (test: (text: string) => boolean, what: string, settled = true): Promise<string> =>
      waitForScreen(screen, test, { timeoutMs: 60_000, settled, what });
    await waitFor((text) => /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] round trip: upgrade b1…/.test(text), 'the spinner on "upgrade b1"', false);
    const done = await waitFor((text) => text.includes('Round trip passed'), 'the report');
    expect(done).toMatch(/^Round trip of b1 on a scratch SQLite database:/m);
    expect(done).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] round trip:/);
  });
});
