import { describe, expect, it } from 'vitest';
import { decodeStringLiteral, splitStringLiteral } from '../../../src/analysis/parse/python-literal.js';

/** The definition splitStringLiteral implements by hand (it was this regex). */
function byRegex(text: string): { prefix: string; body: string } | undefined {
  const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text);
  if (!match) return undefined;
  const quote = match[2]!;
  if (!text.endsWith(quote) || text.length < match[0].length + quote.length) return undefined;
  return { prefix: match[1]!.toLowerCase(), body: text.slice(match[0].length, text.length - quote.length) };
}

describe('splitStringLiteral', () => {
  it.each([
    [`'users'`, { prefix: '', body: 'users' }],
    [`"users"`, { prefix: '', body: 'users' }],
    [`'''doc'''`, { prefix: '', body: 'doc' }],
    [`"""doc\nmore"""`, { prefix: '', body: 'doc\nmore' }],
    [`Rb'\\d'`, { prefix: 'rb', body: '\\d' }],
    [`f"{x}"`, { prefix: 'f', body: '{x}' }],
    [`''`, { prefix: '', body: '' }],
    [`''''''`, { prefix: '', body: '' }],
    [`"'"`, { prefix: '', body: "'" }],
  ])('%s', (text, parts) => {
    expect(splitStringLiteral(text)).toEqual(parts);
  });

  it.each([`'open`, `'''open'`, `rbr'x'`, `x'a'`, `name`, ``])('%s is not a literal', (text) => {
    expect(splitStringLiteral(text)).toBeUndefined();
  });

  it('agrees with the regex it replaced on every short mix of prefixes and quotes', () => {
    const pieces = ['r', 'B', 'u', 'f', 'x', "'", '"', 'a', '\\'];
    const texts = [''];
    for (let length = 1; length <= 5; length++) {
      for (const text of texts.filter((t) => t.length === length - 1)) for (const piece of pieces) texts.push(text + piece);
    }
    for (const text of texts) expect(splitStringLiteral(text), text).toEqual(byRegex(text));
    expect(decodeStringLiteral(`'a\\tb'`)).toBe('a\tb');
  });
});
