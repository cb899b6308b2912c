import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alembicCreateDate, alembicSlug, migrationFileName, revisionIdFrom } from '../../src/scaffold/revision.js';

/** File names as Debian's Alembic 1.8.1 makes them: ScriptDirectory._rev_path with a stand-in self. */
function alembicFileNames(cases: { message: string; truncate: number; template: string }[], date: number[]): string[] {
  const script = `
import datetime, json, sys
from alembic.script.base import ScriptDirectory
class Stand: pass
cases = json.loads(sys.argv[1])
date = datetime.datetime(*json.loads(sys.argv[2]))
out = []
for case in cases:
    s = Stand(); s.truncate_slug_length = case["truncate"]; s.file_template = case["template"]
    out.append(ScriptDirectory._rev_path(s, "", "1a2b3c4d5e6f", case["message"], date))
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(cases), JSON.stringify(date)], { encoding: 'utf8' })) as string[];
}

describe('alembicSlug and migrationFileName match Alembic', () => {
  const messages = [
    'add phone',
    'Add the phone column, please!',
    'rename users.name -> full_name',
    '  leading and trailing  ',
    'he said "hi" \\ """); import os #',
    'Ünïcödé wörds ĳ and 日本語 テスト',
    'numbers 123 and ½ and ²',
    'under_scores__double and-dashes',
    '!!!',
    '',
    'a'.repeat(60),
    'word '.repeat(20),
    'exactly_forty_characters_long_message_xy',
    'exactly_forty_characters_long_message_xyz',
    'tab\tseparated',
    'Ǆ title-case digraph and İstanbul',
  ];
  const date = [2024, 3, 4, 5, 6, 7];
  const jsDate = new Date(2024, 2, 4, 5, 6, 7);

  for (const template of ['%(rev)s_%(slug)s', '%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s', '%(epoch)s_%(slug)s_%(second)d', '%%literal_%(rev)s']) {
    for (const truncate of [40, 12, 1]) {
      it(`${template} with truncate_slug_length ${truncate}`, () => {
        const cases = messages.map((message) => ({ message, truncate, template }));
        const expected = alembicFileNames(cases, date);
        const actual = cases.map((c) => migrationFileName(c.template, { rev: '1a2b3c4d5e6f', slug: alembicSlug(c.message, c.truncate), date: jsDate }));
        expect(actual).toEqual(expected);
      });
    }
  }

  it('rejects unknown keys and stray % signs like Python would', () => {
    expect(() => migrationFileName('%(nope)s', { rev: 'a', slug: 'b', date: jsDate })).toThrow(/unknown key %\(nope\)s/);
    expect(() => migrationFileName('50%_%(rev)s', { rev: 'a', slug: 'b', date: jsDate })).toThrow(/unsupported % directive/);
  });
});

describe('revision ids and create dates', () => {
  it('makes 12 hex digits from 6 random bytes', () => {
    expect(revisionIdFrom(Uint8Array.from([0, 1, 0xab, 0xcd, 0xef, 0xff]))).toBe('0001abcdefff');
    expect(() => revisionIdFrom(new Uint8Array(5))).toThrow();
  });

  it("writes the Create Date like str(datetime.now())", () => {
    expect(alembicCreateDate(new Date(2024, 0, 8, 9, 12, 44, 101))).toBe('2024-01-08 09:12:44.101000');
    expect(alembicCreateDate(new Date(2024, 11, 31, 23, 59, 5, 0))).toBe('2024-12-31 23:59:05');
  });
});
