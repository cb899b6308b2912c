/**
 * The composite action in action.yml, run the way a runner runs it: each `run` step's script
 * with bash, with its `env` and `working-directory` after the `${{ … }}` expressions are
 * filled in, on a fixture repository with two commits (the adopted project, then a pull
 * request that adds a migration). `uses` steps (setup-node) are the runner's, not ours.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXAMPLE_SHOP, REPO_ROOT, runCli } from '../support/cli.js';
import { commitAll, GIT_ENV, initRepository } from '../support/git-repo.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

/** `${{ inputs.x }}`, `${{ github.y.z }}`: the only expressions the action uses. */
function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_match, path: string) => {
    let value: unknown = context;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('bash', ['-e', '-c', script], { cwd, env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the action's steps in order, as the runner would; stops at the first failing step. */
async function runAction(workspace: string, inputs: Record<string, string>, event: Record<string, unknown>) {
  const github = { action_path: REPO_ROOT, workspace, event };
  const resolvedInputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) resolvedInputs[name] = inputs[name] ?? evaluate(input.default ?? '', { github });
  const context = { inputs: resolvedInputs, github };
  const results: { step: Step; code: number; stdout: string; stderr: string }[] = [];
  for (const step of action.runs.steps) {
    if (step.uses) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(value, context)]));
    const cwd = resolve(workspace, evaluate(step['working-directory'] ?? '.', context));
    const result = await runBash(step.run!, cwd, env);
    results.push({ step, ...result });
    if (result.code !== 0) break;
  }
  return results;
}

const root = mkdtempSync(join(tmpdir(), 'preflight-action-'));
const repo = join(root, 'repo');
let base: string;
const NEW_FILE = 'migrations/versions/0badc0ffee01_drop_sessions.py';

beforeAll(async () => {
  // Commit 1: the project, adopted (configuration and baseline). Commit 2: the pull request.
  cpSync(EXAMPLE_SHOP, join(repo, 'app'), { recursive: true });
  await initRepository(repo, 'shop');
  const init = await runCli(['init', '--yes'], { cwd: join(repo, 'app') });
  expect(init.code).toBe(0);
  base = await commitAll(repo, 'Adopt Preflight');
  writeFileSync(
    join(repo, 'app', NEW_FILE),
    `"""drop sessions\n\nRevision ID: 0badc0ffee01\nRevises: f5f4ae3110f6\n"""\nfrom alembic import op\n\nrevision = "0badc0ffee01"\ndown_revision = "f5f4ae3110f6"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.drop_table("sessions")\n\n\ndef downgrade():\n    pass\n`,
  );
  await commitAll(repo, 'Drop sessions');
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('action.yml', () => {
  it('is a composite action that sets up Node, installs Preflight, then checks', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps.filter((step) => step.run).map((step) => step.name)).toEqual(['Install Preflight', 'preflight check']);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['working-directory', 'format', 'since', 'args']));
  });

  it('on a pull request: annotates only the new migration and fails the job', async () => {
    const results = await runAction(repo, { 'working-directory': 'app' }, { pull_request: { base: { sha: base } } });
    expect(results.map((result) => result.code)).toEqual([0, 1]);
    expect(results[0]!.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const annotations = results[1]!.stdout.trim().split('\n');
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(new RegExp(`^::(error|warning|notice) file=${NEW_FILE.replace(/\./g, '\\.')},line=\\d+,col=\\d+,title=[a-z-]+::`));
    expect(annotations).toContainEqual(expect.stringMatching(/^::error .*title=drop-table::upgrade drops table sessions/));
  });

  it('passes the extra arguments and the format through', async () => {
    const results = await runAction(repo, { 'working-directory': 'app', format: 'json', args: '--verbose --no-cache' }, { pull_request: { base: { sha: base } } });
    expect(results[1]!.code).toBe(1);
    const report = JSON.parse(results[1]!.stdout);
    expect(report.since).toBe(base);
    expect(report.migrations).toBe(1);
  });

  it('on a push (no base): checks every migration; the baseline keeps the old ones quiet', async () => {
    const results = await runAction(repo, { 'working-directory': 'app' }, {});
    expect(results[1]!.code).toBe(1);
    const files = new Set(results[1]!.stdout.trim().split('\n').map((line) => /file=([^,]+)/.exec(line)![1]));
    expect(files).toEqual(new Set([NEW_FILE]));
  });

  it('a pull request with a clean migration passes with no annotation', async () => {
    const clean = join(root, 'clean');
    cpSync(repo, clean, { recursive: true });
    // The other pull request: a clean migration in a new commit on top of the base.
    execFileSync('git', ['reset', '-q', '--hard', base], { cwd: clean, env: { ...process.env, ...GIT_ENV } });
    writeFileSync(
      join(clean, 'app', 'migrations', 'versions', '0badc0ffee02_add_nickname.py'),
      `"""add nickname"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "0badc0ffee02"\ndown_revision = "f5f4ae3110f6"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.add_column("users", sa.Column("nickname", sa.String(40), nullable=True))\n\n\ndef downgrade():\n    op.drop_column("users", "nickname")\n`,
    );
    await commitAll(clean, 'Add nickname');
    const passing = await runAction(clean, { 'working-directory': 'app' }, { pull_request: { base: { sha: base } } });
    expect(passing.map((result) => result.code)).toEqual([0, 0]);
    expect(passing[1]!.stdout).toBe('');
  });
});
