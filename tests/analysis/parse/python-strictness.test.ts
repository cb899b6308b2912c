/**
 * Files CPython refuses must come back with a parse error at Python's line, in Python's words;
 * files it accepts must not. Every case is also handed to Debian's CPython 3.11 (one process for
 * the whole table), so an expectation here cannot drift from what Python really does.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { testParser } from '../../support/parser.js';
import type { MigrationFacts } from '../../../src/model/facts.js';

const HEADER = 'revision = "a1b2c3d4e5f6"\ndown_revision = None\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n';
const lines = (...body: string[]): string => HEADER + body.join('\n') + '\n';
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

interface Refused {
  name: string;
  source: string | Uint8Array;
  line: number;
  message: string | RegExp;
}

// HEADER is 6 lines: the first body line is line 7.
const refused: Refused[] = [
  {
    name: 'invalid UTF-8 in a string (a latin-1 byte in a UTF-8 file)',
    source: bytes(HEADER, 'def upgrade():\n    op.execute("UPDATE users SET city = \'M', [0xfc], 'nchen\'")\n'),
    line: 8,
    message: "(unicode error) 'utf-8' codec can't decode byte 0xfc: invalid start byte",
  },
  {
    name: 'invalid UTF-8 in a docstring',
    source: bytes('"""add caf', [0xe9], ' table"""\n', HEADER),
    line: 1,
    message: /codec can't decode byte 0xe9/,
  },
  {
    name: 'invalid UTF-8 in a name',
    source: bytes(HEADER, 'def upgrade():\n    caf', [0xe9], ' = 1\n'),
    line: 8,
    message: /codec can't decode byte 0xe9: invalid continuation byte/,
  },
  { name: 'an unknown coding declaration', source: '# -*- coding: xyz -*-\n' + HEADER, line: 1, message: 'unknown encoding: xyz' },
  { name: 'an unknown coding declaration on line 2', source: '#!/usr/bin/env python\n# vim: set fileencoding=utf-9 :\n' + HEADER, line: 2, message: 'unknown encoding: utf-9' },
  { name: 'a bytes-to-bytes codec', source: '# coding: rot13\n' + HEADER, line: 1, message: /'rot13' is not a text encoding/ },
  {
    name: 'a byte the declared ascii codec cannot decode (even in a comment)',
    source: bytes('# coding: ascii\n', HEADER, '# caf', [0xe9], '\n'),
    line: 8,
    message: /'ascii' codec can't decode byte 0xe9 in position \d+: ordinal not in range\(128\)/,
  },
  { name: 'a BOM and a latin-1 declaration', source: bytes([0xef, 0xbb, 0xbf], '# -*- coding: latin-1 -*-\n', HEADER), line: 1, message: 'encoding problem: iso-8859-1 with BOM' },
  {
    name: 'a tab where the block was indented with spaces',
    source: lines('def upgrade():', '        op.drop_column("users", "a")', '\top.drop_column("users", "b")'),
    line: 9,
    message: 'inconsistent use of tabs and spaces in indentation',
  },
  {
    name: 'spaces where the block was indented with a tab',
    source: lines('def upgrade():', '\top.drop_column("users", "a")', '        op.drop_column("users", "b")'),
    line: 9,
    message: 'inconsistent use of tabs and spaces in indentation',
  },
  {
    name: 'an unindent to no outer level',
    source: lines('def upgrade():', '    if True:', '        op.drop_column("users", "a")', '  op.drop_column("users", "b")'),
    line: 10,
    message: 'unindent does not match any outer indentation level',
  },
  { name: 'an unexpected indent', source: lines('def upgrade():', '    op.drop_column("users", "a")', '        op.drop_column("users", "b")'), line: 9, message: 'unexpected indent' },
  { name: 'a def without a body', source: lines('def upgrade():', 'op.drop_column("users", "a")'), line: 8, message: 'expected an indented block after function definition on line 7' },
  { name: "an if without a body", source: lines('def upgrade():', '    if True:', '    op.drop_column("users", "a")'), line: 9, message: "expected an indented block after 'if' statement on line 8" },
  { name: 'return at module level', source: lines('return'), line: 7, message: "'return' outside function" },
  { name: 'return in a class body', source: lines('class Users:', '    return 1'), line: 8, message: "'return' outside function" },
  { name: 'break at module level', source: lines('break'), line: 7, message: "'break' outside loop" },
  { name: 'break in a function defined in a loop', source: lines('for t in ("a", "b"):', '    def upgrade():', '        break'), line: 9, message: "'break' outside loop" },
  { name: "break in a loop's else", source: lines('for t in ("a", "b"):', '    pass', 'else:', '    break'), line: 10, message: "'break' outside loop" },
  { name: 'continue at module level', source: lines('continue'), line: 7, message: "'continue' not properly in loop" },
  { name: 'yield at module level', source: lines('yield 1'), line: 7, message: "'yield' outside function" },
  { name: 'await at module level', source: lines('await op.execute("SELECT 1")'), line: 7, message: "'await' outside function" },
  { name: 'await in a plain def', source: lines('def upgrade():', '    await op.execute("SELECT 1")'), line: 8, message: "'await' outside async function" },
  { name: 'nonlocal at module level', source: lines('nonlocal x'), line: 7, message: 'nonlocal declaration not allowed at module level' },
  { name: "Python 2's print statement", source: lines('def upgrade():', '    print "dropping users.a"'), line: 8, message: "Missing parentheses in call to 'print'. Did you mean print(...)?" },
  { name: "Python 2's print of a name", source: lines('def upgrade():', '    print table'), line: 8, message: "Missing parentheses in call to 'print'. Did you mean print(...)?" },
  { name: "Python 2's print after a one-line if", source: lines('def upgrade():', '    if True: print "x"'), line: 8, message: "Missing parentheses in call to 'print'. Did you mean print(...)?" },
  { name: "Python 2's exec statement", source: lines('def upgrade():', '    exec "op.drop_table(\'users\')"'), line: 8, message: "Missing parentheses in call to 'exec'. Did you mean exec(...)?" },
  { name: 'a duplicate parameter', source: lines('def backfill(table, column, table):', '    pass'), line: 7, message: "duplicate argument 'table' in function definition" },
  { name: 'a duplicate lambda parameter', source: lines('quote = lambda name, name: name'), line: 7, message: "duplicate argument 'name' in function definition" },
  { name: 'a duplicate *args', source: lines('def backfill(rows, *rows):', '    pass'), line: 7, message: "duplicate argument 'rows' in function definition" },
  { name: 'a parameter without a default after one with', source: lines('def backfill(table="users", column):', '    pass'), line: 7, message: 'non-default argument follows default argument' },
  { name: "Python 2's octal literal", source: lines('MODE = 0755'), line: 7, message: /^leading zeros in decimal integer literals are not permitted/ },
  { name: "Python 2's long literal", source: lines('LIMIT = 10L'), line: 7, message: 'invalid decimal literal' },
  { name: "Python 2's ur prefix", source: lines('NAME = ur"users"'), line: 7, message: 'invalid syntax' },
  { name: "Python 2's backticks", source: lines('NAME = `users`'), line: 7, message: 'invalid syntax' },
  { name: "Python 2's <>", source: lines('def upgrade():', '    if op.get_bind().dialect.name <> "sqlite":', '        pass'), line: 8, message: 'invalid syntax' },
  { name: 'non-ASCII bytes in a bytes literal', source: lines('SALT = b"café"'), line: 7, message: 'bytes can only contain ASCII literal characters' },
  { name: 'a null byte', source: bytes(HEADER, 'x = 1  # ', [0], '\n'), line: 7, message: 'source code cannot contain null bytes' },
  { name: 'a no-break space between tokens', source: lines('def upgrade():', '    op.drop_column("users",\u00a0"a")'), line: 8, message: 'invalid non-printable character U+00A0' },
  { name: 'a BOM in the middle of the file', source: lines('\ufeffdef upgrade():', '    pass'), line: 7, message: 'invalid non-printable character U+FEFF' },
  { name: 'a character that is not Python', source: lines('price = 5€'), line: 7, message: "invalid character '€' (U+20AC)" },
  { name: 'a control character', source: lines('def upgrade():', '    op.drop_column("users", "a")\u0007'), line: 8, message: 'invalid non-printable character U+0007' },
  { name: 'text after a line continuation', source: lines('x = 1 + \\ 2'), line: 7, message: 'unexpected character after line continuation character' },
  { name: 'an unterminated string', source: lines('def upgrade():', '    op.execute("DROP TABLE users)'), line: 8, message: 'unterminated string literal (detected at line 8)' },
  { name: 'an unterminated triple-quoted string', source: lines('def upgrade():', '    op.execute("""DROP TABLE users', ''), line: 8, message: 'unterminated triple-quoted string literal (detected at line 10)' },
  { name: 'an unmatched bracket', source: lines('def upgrade():', '    op.drop_column("users", "a"))'), line: 8, message: "unmatched ')'" },
  {
    name: 'a bracket closed by the wrong one',
    source: lines('def upgrade():', '    op.bulk_insert(table, [', '        {"id": 1},', '    )'),
    line: 10,
    message: "closing parenthesis ')' does not match opening parenthesis '[' on line 8",
  },
  { name: 'a bracket never closed', source: lines('def upgrade():', '    op.drop_column("users", "a"'), line: 8, message: "'(' was never closed" },
  { name: '201 nested parentheses', source: lines(`x = ${'('.repeat(201)}1${')'.repeat(201)}`), line: 7, message: 'too many nested parentheses' },
  {
    name: '101 levels of indentation',
    source: lines(...Array.from({ length: 101 }, (_, level) => `${' '.repeat(level)}if True:`), `${' '.repeat(101)}pass`),
    line: 107,
    message: 'too many levels of indentation',
  },
  { name: '50,000 nested not', source: lines(`x = ${'not '.repeat(50_000)}True`), line: 7, message: /^too deeply nested for Python's compiler/ },
  { name: '5,000 unary minus', source: lines(`x = ${'-'.repeat(5_000)}1`), line: 7, message: /^too deeply nested/ },
  { name: '3,000 chained attributes', source: lines(`x = op${'.a'.repeat(3_000)}`), line: 7, message: /^too deeply nested/ },
  { name: '3,000 elif branches', source: lines('if x == 0:', '    pass', ...Array.from({ length: 3_000 }, (_, n) => `elif x == ${n + 1}:\n    pass`)), line: 5_803, message: /^too deeply nested/ },
];

const accepted: { name: string; source: string | Uint8Array }[] = [
  { name: 'CR-only line endings (old Mac)', source: lines('def upgrade():', '    op.drop_column("users", "a")', '', 'def downgrade():', '    pass').replace(/\n/g, '\r') },
  { name: 'CRLF line endings', source: lines('def upgrade():', '    op.drop_column("users", "a")').replace(/\n/g, '\r\n') },
  { name: 'a UTF-8 BOM', source: bytes([0xef, 0xbb, 0xbf], lines('def upgrade():', '    op.drop_column("users", "a")')) },
  { name: 'a BOM and a utf-8 declaration', source: bytes([0xef, 0xbb, 0xbf], '# -*- coding: utf-8 -*-\n', HEADER) },
  { name: 'latin-1 declared, a latin-1 byte in a string', source: bytes('# -*- coding: latin-1 -*-\n', HEADER, 'CITY = "M', [0xfc], 'nchen"\n') },
  { name: 'cp1252 declared, a euro sign', source: bytes('# coding=cp1252\n', HEADER, 'PRICE = "5', [0x80], '"\n') },
  { name: 'a coding comment after code on line 1 is not a declaration', source: 'import os  # coding: xyz\n' + HEADER },
  { name: 'a coding comment on line 3 is not a declaration', source: '#!/usr/bin/env python\nimport os\n# coding: xyz\n' + HEADER },
  { name: 'invalid UTF-8 in a comment (CPython 3.11 reads past it)', source: bytes(HEADER, '# caf', [0xe9], '\ndef upgrade():\n    pass\n') },
  { name: 'tabs used consistently', source: lines('def upgrade():', '\tif True:', '\t\top.drop_column("users", "a")', '\top.drop_column("users", "b")') },
  { name: 'tabs inside brackets and after a continuation', source: lines('x = (1,', '\t2,', '        3)', 'y = 1 + \\', '\t2') },
  { name: 'a form feed before a line', source: lines('def upgrade():', '    pass', '\f', '\fdef downgrade():', '    pass') },
  { name: 'blank and comment lines at any indentation', source: lines('def upgrade():', '    pass', '\t', '  # a comment', '    op.drop_column("users", "a")') },
  { name: 'print as a function and as a name', source: lines('print("x")', 'print >>sys.stderr, "x"', 'echo = print', 'print in names', 'print = None') },
  { name: 'break in finally inside a loop', source: lines('for t in ("a", "b"):', '    try:', '        pass', '    finally:', '        break') },
  { name: 'continue in a while body', source: lines('while True:', '    if x:', '        continue', '    break') },
  { name: 'yield in a lambda at module level', source: lines('f = lambda: (yield)') },
  { name: 'return in a method', source: lines('class Users:', '    def name(self):', '        return "users"') },
  { name: 'await in an async def', source: lines('async def upgrade():', '    await op.execute("SELECT 1")') },
  { name: 'an asynchronous generator expression at module level', source: lines('g = (await x for x in y)') },
  { name: 'keyword-only parameters without defaults', source: lines('def f(a=1, *args, b, c=2, **kw):', '    pass', 'g = lambda a=1, *, b: b') },
  { name: 'numbers Python 3 reads', source: lines('x = [0o755, 00, 0_0, 07.5, 1e-5, 0xFF, 1_000, 0j, 07j, .5]') },
  { name: 'string prefixes', source: lines('x = [rb"a", Rb"a", br"a", f"{1}", fr"a", u"a", B"a"]') },
  { name: 'non-ASCII names and strings', source: lines('café = "naïve ☕"', 'ﬁle = 1') },
  { name: '200 nested parentheses', source: lines(`x = ${'('.repeat(200)}1${')'.repeat(200)}`) },
  { name: '2,000 nested not', source: lines(`x = ${'not '.repeat(2_000)}True`) },
  { name: 'a 20,000-term and chain (flat in Python)', source: lines(`x = ${Array.from({ length: 20_000 }, () => 'a').join(' and ')}`) },
];

type PythonVerdict = { ok: true } | { ok: false; line: number | null; message: string };

/** CPython's verdict on every case, from one process. */
function askPython(sources: (string | Uint8Array)[]): PythonVerdict[] {
  const script = `
import json, sys
out = []
for source in json.load(sys.stdin):
    try:
        compile(bytes.fromhex(source), 'migration.py', 'exec')
        out.append({'ok': True})
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        out.append({'ok': False, 'line': getattr(e, 'lineno', None), 'message': getattr(e, 'msg', str(e))})
print(json.dumps(out))
`;
  const input = JSON.stringify(sources.map((source) => Buffer.from(typeof source === 'string' ? Buffer.from(source, 'utf8') : source).toString('hex')));
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input, maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
}

async function parse(source: string | Uint8Array): Promise<MigrationFacts> {
  // Bytes as the loader reads them from disk.
  return (await testParser()).parse(typeof source === 'string' ? Buffer.from(source, 'utf8') : source, 'versions/a1b2c3d4e5f6_test.py');
}

let verdicts: PythonVerdict[];
beforeAll(() => {
  verdicts = askPython([...refused.map((c) => c.source), ...accepted.map((c) => c.source)]);
});

describe('files CPython refuses get a parse error', () => {
  refused.forEach((testCase, index) => {
    it(testCase.name, async () => {
      const python = verdicts[index]!;
      expect(python.ok, 'CPython compiles this case').toBe(false);
      // CPython gives no line for decoding errors (0) and recursion limits (none); otherwise it must agree.
      if (!python.ok && python.line) expect(python.line).toBe(testCase.line);
      const facts = await parse(testCase.source);
      expect(facts.parseError).toBeDefined();
      if (typeof testCase.message === 'string') expect(facts.parseError!.message).toBe(testCase.message);
      else expect(facts.parseError!.message).toMatch(testCase.message);
      expect(facts.parseError!.line).toBe(testCase.line);
    });
  });
});

describe('files CPython accepts do not', () => {
  accepted.forEach((testCase, index) => {
    it(testCase.name, async () => {
      const python = verdicts[refused.length + index]!;
      expect(python, 'CPython refuses this case').toEqual({ ok: true });
      const facts = await parse(testCase.source);
      expect(facts.parseError).toBeUndefined();
      expect(facts.revision?.value).toBe('a1b2c3d4e5f6');
    });
  });
});

describe('decoding and positions', () => {
  it('reads CR-only files with the right lines and columns', async () => {
    const facts = await parse(lines('def upgrade():', '    op.drop_column("users", "phone")', '', 'def downgrade():', '    pass').replace(/\n/g, '\r'));
    expect(facts.revision).toEqual({ value: 'a1b2c3d4e5f6', line: 1 });
    expect(facts.operations[0]).toMatchObject({ name: 'drop_column', line: 8, column: 5 });
    expect(facts.downgrade?.line).toBe(10);
  });

  it('decodes a latin-1 file as Python does (SQL keeps its ü)', async () => {
    const facts = await parse(bytes('# -*- coding: latin-1 -*-\n', HEADER, 'def upgrade():\n    op.execute("UPDATE users SET city = \'M', [0xfc], 'nchen\'")\n'));
    expect(facts.operations[0]?.args[0]).toMatchObject({ kind: 'str', value: "UPDATE users SET city = 'München'" });
  });

  it('drops the BOM before the first token', async () => {
    const facts = await parse(bytes([0xef, 0xbb, 0xbf], HEADER, 'def upgrade():\n    op.drop_column("users", "a")\n'));
    expect(facts.operations[0]).toMatchObject({ line: 8, column: 5 });
  });

  it('places keywords after non-ASCII text correctly (indices are the tree\'s)', async () => {
    const facts = await parse(lines('NOTE = "naïve ☕ 😀"', 'return'));
    expect(facts.parseError).toEqual({ line: 8, column: 1, message: "'return' outside function" });
  });

  it('gives up on a too-deep file without walking it, and fast', async () => {
    const started = performance.now();
    const facts = await parse(lines(`x = ${'not '.repeat(200_000)}True`));
    expect(facts.parseError?.message).toMatch(/too deeply nested/);
    expect(facts.operations).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
