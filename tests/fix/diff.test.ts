// The unified diff of check --fix --diff must be one `patch`/`git apply` accepts: checked against GNU patch.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { runProcess } from '../../src/io/process.js';

const BEFORE = ['def upgrade():', '    op.create_index("ix_a", "t", ["a"])', '    op.add_column("t", sa.Column("b", sa.Integer()))', '', '', 'def downgrade():', '    op.drop_index("ix_a", table_name="t")', ''].join('\n');
const AFTER = BEFORE.replace('    op.create_index("ix_a", "t", ["a"])', '    with op.get_context().autocommit_block():\n        op.create_index("ix_a", "t", ["a"], postgresql_concurrently=True)');

describe('unifiedDiff', () => {
  it('shows removed lines before added ones, with three lines of context', () => {
    expect(unifiedDiff('v.py', BEFORE, AFTER)).toBe(
      [
        '--- a/v.py',
        '+++ b/v.py',
        '@@ -1,5 +1,6 @@',
        ' def upgrade():',
        '-    op.create_index("ix_a", "t", ["a"])',
        '+    with op.get_context().autocommit_block():',
        '+        op.create_index("ix_a", "t", ["a"], postgresql_concurrently=True)',
        '     op.add_column("t", sa.Column("b", sa.Integer()))',
        ' ',
        ' ',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('v.py', BEFORE, BEFORE)).toBe('');
  });

  it('is applied by patch to give the fixed text, also for separate hunks and a file without a final newline', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const before = lines.join('\n');
    const after = [...lines.slice(0, 2), 'new', ...lines.slice(3, 30), 'x', ...lines.slice(30)].join('\n') + '\n';
    const dir = mkdtempSync(join(tmpdir(), 'preflight-diff-'));
    for (const [from, to] of [
      [BEFORE, AFTER],
      [before, after],
    ] as const) {
      writeFileSync(join(dir, 'v.py'), from);
      const result = await runProcess('patch', ['-p1', '--quiet'], { cwd: dir, input: unifiedDiff('v.py', from, to), timeoutMs: 10_000 });
      expect(result.stderr + result.stdout).toBe('');
      expect(readFileSync(join(dir, 'v.py'), 'utf8')).toBe(to);
    }
  });
});
