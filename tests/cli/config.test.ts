import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-config-'));
  cpSync(EXAMPLE_SHOP, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function effective(dir: string) {
  const result = await runCli(['config', '--format', 'json'], { cwd: dir });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { version: number; values: Record<string, unknown>; sources: Record<string, string> };
}

describe('preflight config', () => {
  it('shows defaults and the dialect taken from sqlalchemy.url', async () => {
    const config = await effective(project());
    expect(config.version).toBe(1);
    expect(config.values['dialect']).toBe('sqlite');
    expect(config.sources['dialect']).toBe('sqlalchemy.url');
    expect(config.values['guard-variables']).toEqual(['ENVIRONMENT', 'ALLOW_DESTRUCTIVE_MIGRATIONS']);
    expect(config.sources['guard-variables']).toBe('default');
    expect(config.values['reviews-dir']).toBe('migrations/reviews');
    expect(config.values['fix-lock-timeout']).toBe('5s');
    expect(config.sources['fix-lock-timeout']).toBe('default');
  });

  it('reads [tool.preflight] from pyproject.toml and names the file as the source', async () => {
    const config = await effective(
      project({ 'pyproject.toml': '[tool.preflight]\ndialect = "postgresql"\n[tool.preflight.rules]\ndrop-column = "error"\n' }),
    );
    expect(config.values['dialect']).toBe('postgresql');
    expect(config.sources['dialect']).toBe('pyproject.toml');
    expect(config.values['rules']).toEqual({ 'drop-column': 'error' });
    expect(config.sources['rules.drop-column']).toBe('pyproject.toml');
  });

  it('reads fix-lock-timeout, the value check --fix gives SET lock_timeout', async () => {
    const config = await effective(project({ '.preflight.toml': 'fix-lock-timeout = "2s"\n' }));
    expect(config.values['fix-lock-timeout']).toBe('2s');
    expect(config.sources['fix-lock-timeout']).toBe('.preflight.toml');
  });

  it('.preflight.toml wins over pyproject.toml', async () => {
    const config = await effective(
      project({ 'pyproject.toml': '[tool.preflight]\ndialect = "mysql"\n', '.preflight.toml': 'dialect = "postgresql"\n' }),
    );
    expect(config.values['dialect']).toBe('postgresql');
    expect(config.sources['dialect']).toBe('.preflight.toml');
  });

  it('a configured severity changes what check reports and its exit code', async () => {
    const dir = project({ '.preflight.toml': '[rules]\ndrop-column = "error"\n' });
    const result = await runCli(['check', '--format', 'json', 'migrations/versions/855fa6dab719_drop_users_username.py'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'drop-column').severity).toBe('error');
    expect(result.code).toBe(1);
  });

  it.each([
    ['an unknown key', '[tool.preflight]\ncolour = "red"\n', /pyproject\.toml \[tool\.preflight\]: colour: unknown key/],
    ['a bad dialect', '[tool.preflight]\ndialect = "oracle"\n', /pyproject\.toml \[tool\.preflight\]: dialect: /],
    ['a bad severity', '[tool.preflight.rules]\ndrop-table = "fatal"\n', /pyproject\.toml \[tool\.preflight\]: rules\.drop-table: /],
    ['a bad guard variable', '[tool.preflight]\nguard-variables = ["NOT-A-VAR"]\n', /guard-variables\.0: must be an environment variable name/],
    ['a lock_timeout that is off', "[tool.preflight]\nfix-lock-timeout = '0'\n", /fix-lock-timeout: must be a duration above 0 such as '5s', '500ms' or '2min'/],
    ['invalid TOML', '[tool.preflight\n', /pyproject\.toml:1: invalid TOML/],
  ])('rejects %s with exit 2 naming the key', async (_name, text, message) => {
    const result = await runCli(['config'], { cwd: project({ 'pyproject.toml': text }) });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('a team checklist from the configuration', () => {
  const team = `id: team\nversion: 1\ntitle: Team checklist\nitems:\n  - id: dba-approved\n    question: Has a DBA approved the lock impact?\n    why: Long locks stop the checkout.\n    fix: Ask in #dba.\n`;
  const answers = (extra: string) =>
    `tested-on-production-copy: { answer: "yes", note: "staging" }\nrollback-plan: { answer: "yes", note: "downgrade -1" }\n${extra}`;

  it('adds its items to the review, always asked', async () => {
    const dir = project({ '.preflight.toml': 'checklists = ["team.yaml"]\n', 'team.yaml': team, 'answers.yaml': answers('') });
    const missing = await runCli(['review', '2fee88dab64c', '--answers', 'answers.yaml', '--no-sign'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no answer for dba-approved/);

    writeFileSync(join(dir, 'answers.yaml'), answers('dba-approved: { answer: "yes", note: "approved by Sam" }\n'));
    const written = await runCli(['review', '2fee88dab64c', '--answers', 'answers.yaml', '--no-sign'], { cwd: dir });
    expect(written.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, 'migrations', 'reviews', '2fee88dab64c.json'), 'utf8'));
    expect(record.items.map((item: { id: string }) => item.id)).toContain('dba-approved');
    expect(record.items.find((item: { id: string }) => item.id === 'dba-approved')).toMatchObject({ answer: 'yes', decidedBy: 'reviewer', note: 'approved by Sam' });
  });

  it('a broken team checklist is one error naming the file and the field', async () => {
    const dir = project({ '.preflight.toml': 'checklists = ["team.yaml"]\n', 'team.yaml': team.replace('question: Has', 'questoin: Has'), 'answers.yaml': answers('') });
    const result = await runCli(['review', '2fee88dab64c', '--answers', 'answers.yaml', '--no-sign'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/team\.yaml: items\[0\] \(dba-approved\)\.(questoin: unknown field|question: )/);
  });
});
