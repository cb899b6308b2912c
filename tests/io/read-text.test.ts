// Configuration text is strict UTF-8, located by line as Python counts lines; version folders are
// listed as Alembic lists them, without opening or following what is not a regular file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/errors.js';
import { projectFromIni } from '../../src/analysis/project/model.js';
import { listVersionFiles } from '../../src/io/fs/discover.js';
import { decodeUtf8 } from '../../src/io/fs/read-text.js';

describe('decodeUtf8', () => {
  it('keeps valid UTF-8 as is, BOM included (as Python\'s utf-8 codec)', () => {
    expect(decodeUtf8(Buffer.from('\ufeff# café ✓ 𝄞\n'), 'a.ini')).toBe('\ufeff# café ✓ 𝄞\n');
  });

  it.each([
    ['LF lines', Buffer.concat([Buffer.from('a\nbb\nccc'), Buffer.from([0xff])]), 3, 'ff', 4],
    ['CR-only lines count as lines', Buffer.concat([Buffer.from('a\rb\r\nc\r\r'), Buffer.from([0x80])]), 5, '80', 1],
    ['a truncated sequence', Buffer.concat([Buffer.from('x = '), Buffer.from([0xe2, 0x9c])]), 1, 'e2', 5],
    ['an encoded surrogate', Buffer.concat([Buffer.from('k = v\n'), Buffer.from([0xed, 0xa0, 0x80])]), 2, 'ed', 1],
    ['an overlong slash', Buffer.concat([Buffer.from('\n\n/'), Buffer.from([0xc0, 0xaf])]), 3, 'c0', 2],
  ])('%s: names line and column of the first bad byte', (_name, bytes, line, byte, column) => {
    expect(() => decodeUtf8(bytes, '/p/alembic.ini')).toThrow(
      new UserError(`/p/alembic.ini:${line}: not valid UTF-8 (byte 0x${byte} at column ${column}); save the file as UTF-8`),
    );
  });
});

describe('listVersionFiles', () => {
  function projectDir(): { root: string; versions: string } {
    const root = mkdtempSync(join(tmpdir(), 'preflight-list-'));
    const versions = join(root, 'm', 'versions');
    mkdirSync(versions, { recursive: true });
    return { root, versions };
  }

  it('does not follow a linked folder (nor does Alembic), so a link back up cannot loop', () => {
    const { root, versions } = projectDir();
    writeFileSync(join(versions, 'a1_first.py'), '');
    mkdirSync(join(versions, 'archive'));
    writeFileSync(join(versions, 'archive', 'a0_old.py'), '');
    symlinkSync('..', join(versions, 'archive', 'up.py'));
    symlinkSync('.', join(versions, 'self'));
    const project = projectFromIni('[alembic]\nscript_location = m\nrecursive_version_locations = true\n', join(root, 'alembic.ini'), root);
    expect(listVersionFiles(project).map((file) => file.slice(versions.length + 1))).toEqual(['a1_first.py', 'archive/a0_old.py']);
  });

  it('takes a linked regular file, refuses a dangling link and skips a FIFO with a warning', () => {
    const { root, versions } = projectDir();
    writeFileSync(join(root, 'shared.py'), '');
    symlinkSync(join(root, 'shared.py'), join(versions, 'a1_linked.py'));
    execFileSync('mkfifo', [join(versions, 'b1_pipe.py')]);
    // A FIFO that is not named like a migration is not even looked at.
    execFileSync('mkfifo', [join(versions, 'notes')]);
    const project = projectFromIni('[alembic]\nscript_location = m\n', join(root, 'alembic.ini'), root);
    const warnings: string[] = [];
    expect(listVersionFiles(project, undefined, (message) => warnings.push(message))).toEqual([join(versions, 'a1_linked.py')]);
    expect(warnings).toEqual([`${join(versions, 'b1_pipe.py')}: not a regular file (a FIFO, socket or device); skipped, not read`]);

    symlinkSync(join(root, 'gone.py'), join(versions, 'c1_dangling.py'));
    expect(() => listVersionFiles(project, undefined, () => {})).toThrow(
      new UserError(`${join(versions, 'c1_dangling.py')}: a symbolic link to nothing; Alembic cannot load it either`),
    );
  });
});
