// writeFileAtomic: the target is replaced whole or not at all, also when the content comes in
// pieces (the facts cache streams its entries so the whole JSON never sits in memory).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/fs/atomic-write.js';

describe('writeFileAtomic', () => {
  it('writes a sequence of pieces, across several batches, as one file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-atomic-'));
    const target = join(dir, 'cache.json');
    const pieces = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"s":"${'é'.repeat(40)}"},`);
    writeFileAtomic(target, pieces, { durable: false });
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  it('leaves the old file and no temp file when producing the pieces fails midway', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-atomic-'));
    const target = join(dir, 'cache.json');
    writeFileSync(target, 'old');
    function* failing(): Generator<string> {
      for (let i = 0; i < 3000; i++) yield 'x'.repeat(200);
      throw new Error('entry cannot be serialised');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow('entry cannot be serialised');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });
});
