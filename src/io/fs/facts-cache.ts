/**
 * On-disk cache of analysed migrations, keyed by the file's content hash, so a
 * repeat `check` parses nothing. One JSON file per project; entries for files
 * that no longer exist are dropped on write. A corrupt cache is ignored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { AnalyzedMigration } from '../../rules/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { cacheDirectory } from './cache-dir.js';

/** Bump when MigrationFacts, SQL summaries or the parser change shape. */
export const CACHE_FORMAT = 4;

interface CacheFile {
  format: number;
  toolVersion: string;
  entries: Record<string, AnalyzedMigration>;
}

export class FactsCache {
  private readonly file: string;
  private entries: Record<string, AnalyzedMigration> = {};
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(projectRoot: string, private readonly toolVersion: string, env: NodeJS.ProcessEnv = process.env) {
    const key = createHash('sha256').update(projectRoot).digest('hex').slice(0, 16);
    this.file = join(cacheDirectory(projectRoot, env), `facts-${key}.json`);
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed.format === CACHE_FORMAT && parsed.toolVersion === toolVersion) this.entries = parsed.entries;
    } catch {
      // Missing or unreadable cache: start empty.
    }
  }

  get(sha256: string, path: string): AnalyzedMigration | undefined {
    const entry = this.entries[sha256];
    if (!entry) return undefined;
    this.used.add(sha256);
    return { ...entry, facts: { ...entry.facts, path } };
  }

  /** Every migration the cache file holds (for reusing their SQL analyses). */
  cachedMigrations(): AnalyzedMigration[] {
    return Object.values(this.entries);
  }

  set(migration: AnalyzedMigration): void {
    this.entries[migration.facts.sha256] = migration;
    this.used.add(migration.facts.sha256);
    this.dirty = true;
  }

  save(): void {
    const unused = Object.keys(this.entries).filter((key) => !this.used.has(key));
    if (!this.dirty && unused.length === 0) return;
    const kept: Record<string, AnalyzedMigration> = {};
    for (const key of this.used) if (this.entries[key]) kept[key] = this.entries[key]!;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileAtomic(this.file, JSON.stringify({ format: CACHE_FORMAT, toolVersion: this.toolVersion, entries: kept }), { durable: false });
    } catch {
      // A read-only cache location must not fail the check.
    }
  }
}
