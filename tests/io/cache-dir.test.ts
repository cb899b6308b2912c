// Where the caches live, and that the shared cache folder does not keep other projects' files forever.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirectory, STALE_CACHE_DAYS } from '../../src/io/fs/cache-dir.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

const DAY_SECONDS = 24 * 60 * 60;

describe('cacheDirectory', () => {
  it("uses the project's node_modules/.cache when there is one, else the user's cache folder", () => {
    const project = mkdtempSync(join(tmpdir(), 'preflight-cachedir-'));
    expect(cacheDirectory(project, { XDG_CACHE_HOME: '/xdg' })).toBe(join('/xdg', 'preflight'));
    mkdirSync(join(project, 'node_modules'));
    expect(cacheDirectory(project, { XDG_CACHE_HOME: '/xdg' })).toBe(join(project, 'node_modules', '.cache', 'preflight'));
    expect(cacheDirectory(project, { PREFLIGHT_CACHE_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});

describe('stale cache files', () => {
  it(`are removed when check writes its cache: files of other projects untouched for ${STALE_CACHE_DAYS} days go, the rest stay`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-prune-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), 'preflight-prune-cache-'));
    const old = Date.now() / 1000 - (STALE_CACHE_DAYS + 5) * DAY_SECONDS;
    const recent = Date.now() / 1000 - (STALE_CACHE_DAYS - 5) * DAY_SECONDS;
    const file = (name: string, seconds: number) => {
      writeFileSync(join(cache, name), '{}');
      utimesSync(join(cache, name), seconds, seconds);
    };
    file('facts-00000000000000aa.json', old);
    file('report-00000000000000bb.json', old);
    file('facts-00000000000000cc.json', recent);
    file('notes.txt', old); // Not Preflight's: never touched.

    const result = await runCli(['check'], { cwd: dir, env: { PREFLIGHT_CACHE_DIR: cache } });
    expect(result.code).toBe(1); // The example breaks the guide on purpose.

    const left = readdirSync(cache);
    expect(left).not.toContain('facts-00000000000000aa.json');
    expect(left).not.toContain('report-00000000000000bb.json');
    expect(left).toContain('facts-00000000000000cc.json');
    expect(left).toContain('notes.txt');
    // This project's own cache and report were written.
    expect(left.filter((name) => name.startsWith('facts-'))).toHaveLength(2);
    expect(left.filter((name) => name.startsWith('report-'))).toHaveLength(1);
    expect(existsSync(join(cache, 'notes.txt'))).toBe(true);
  });
});
