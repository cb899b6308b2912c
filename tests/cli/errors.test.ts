// User errors from the file system end as one line and exit 2, never a stack trace.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

describe('file-system errors', () => {
  it('a reviews folder that cannot be created is one line naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-fs-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    // A file where the reviews folder should be.
    writeFileSync(join(dir, 'migrations', 'reviews'), 'not a folder');
    writeFileSync(join(dir, 'answers.yaml'), 'tested-on-production-copy: { answer: "yes", note: "staging" }\nrollback-plan: { answer: "yes", note: "downgrade -1" }\n');
    const result = await runCli(['review', '2fee88dab64c', '--answers', 'answers.yaml', '--no-sign'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^preflight: .*migrations\/reviews/);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('a broken alembic.ini names the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-ini-'));
    mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
    writeFileSync(join(dir, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/migrations\nthis line is not a setting\n');
    const result = await runCli(['check'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`preflight: ${join(dir, 'alembic.ini')}:3: cannot read this line: "this line is not a setting"\n`);
  });
});
