// Ctrl-C during `check --fix` (a real process, real Alembic): whenever SIGINT comes, every migration file is left
// either exactly as it was or exactly as the fix writes it, never half-written, and no temp file stays behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { revisionFile, writeAlembicProject, type AlembicProject } from '../support/alembic-project.js';
import { BIN, runCli } from '../support/cli.js';

const PYTHON = '/usr/bin/python3';
const FILES = 30;

/** A chain of migrations that each add an enum value in the transaction (fixed by an autocommit block), then one Alembic loads slowly. */
function versions(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= FILES; i++) {
    const id = `r${String(i).padStart(3, '0')}`;
    files[`${id}_state_${i}.py`] = revisionFile({
      revision: id,
      downRevision: i === 1 ? null : `r${String(i - 1).padStart(3, '0')}`,
      upgrade: `op.execute("ALTER TYPE order_state ADD VALUE 'state_${i}'")`,
      downgrade: '# PostgreSQL cannot drop an enum value: rolling back leaves it unused.\npass',
    });
  }
  // Every `alembic heads` imports this file: the fixes are checked while it sleeps, which is when Ctrl-C comes.
  files['zz_slow.py'] = revisionFile({
    revision: 'zz',
    downRevision: `r${String(FILES).padStart(3, '0')}`,
    header: 'import time\ntime.sleep(1.5)',
    upgrade: 'pass',
    downgrade: 'pass',
  });
  return files;
}

const projects: AlembicProject[] = [];
afterAll(async () => {
  await Promise.all(projects.map((project) => project.dispose()));
});

function contents(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Starts check --fix, sends SIGINT when `when` says so, and resolves with the exit code. */
function interruptedFix(root: string, versionsDir: string, original: Map<string, string>, when: 'first-write' | 'fixes-reported' | number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'check', '--fix', '--python', PYTHON, '--no-cache'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let poll: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // The fixes are kept once they are reported: Ctrl-C from then on must leave every file fixed.
      if (when === 'fixes-reported' && stderr.includes('preflight: fixed:')) child.kill('SIGINT');
    });
    if (when === 'first-write') {
      poll = setInterval(() => {
        const changed = [...original].some(([name, text]) => {
          try {
            return readFileSync(join(versionsDir, name), 'utf8') !== text;
          } catch {
            return false;
          }
        });
        if (changed) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 5);
    } else if (typeof when === 'number') {
      setTimeout(() => child.kill('SIGINT'), when);
    }
    child.on('exit', (code) => {
      if (poll) clearInterval(poll);
      resolve(code);
    });
  });
}

describe('Ctrl-C during check --fix', () => {
  it('leaves every file as it was or fully fixed, whenever it comes', { timeout: 240_000 }, async () => {
    const reference = await writeAlembicProject({ url: 'postgresql://localhost/shop', versions: versions() });
    projects.push(reference);
    const original = contents(reference.versionsDir);
    // The fixed text of each file, from a run that is not interrupted.
    const started = Date.now();
    const done = await runCli(['check', '--fix', '--python', PYTHON, '--no-cache'], { cwd: reference.root });
    const full = Date.now() - started;
    expect(done.stderr).toContain(`preflight: fixed: migrations/versions/r001_state_1.py:`);
    const fixed = contents(reference.versionsDir);
    const fixedNames = [...original.keys()].filter((name) => fixed.get(name) !== original.get(name));
    expect(fixedNames.length).toBe(FILES);

    const outcomes: string[] = [];
    // At the first write, and at points through a whole run: planning, Alembic checking the fixes, the report after.
    // Timed points depend on the machine's load; the first write and the report of the fixes do not.
    for (const when of ['first-write', ...[0.1, 0.45, 0.7, 0.85].map((part) => Math.round(full * part)), 'fixes-reported'] as const) {
      const project = await writeAlembicProject({ url: 'postgresql://localhost/shop', versions: versions() });
      projects.push(project);
      const code = await interruptedFix(project.root, project.versionsDir, original, when);
      const after = contents(project.versionsDir);
      // Nothing but the migrations: no temp file of an atomic write left behind.
      expect([...after.keys()].sort()).toEqual([...original.keys()].sort());
      let same = 0;
      let whole = 0;
      for (const [name, text] of after) {
        if (text === original.get(name)) same++;
        else {
          expect(text, `${name} after SIGINT at ${when}`).toBe(fixed.get(name));
          whole++;
        }
      }
      outcomes.push(`${when}: exit ${code}, ${same} as before, ${whole} fixed`);
      // Ctrl-C while Alembic checks the written files puts every one of them back.
      if (when === 'first-write') {
        expect(code).toBe(130);
        expect(whole).toBe(0);
      }
      if (when === 'fixes-reported') expect(whole, outcomes.join('\n')).toBe(FILES);
    }
  });
});
