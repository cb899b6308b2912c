/**
 * On-disk cache of analysed migrations, keyed by the file's content hash, so a
 * repeat `check` parses nothing, with the migration-scope rule results of each (the
 * runner's RuleMemo). One JSON file per project and build; entries for files that no
 * longer exist are dropped on write, and other projects' cache files untouched for a month are
 * removed then too. A corrupt cache is ignored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { MigrationReport, RuleMemo } from '../../rules/runner.js';
import type { AnalyzedMigration } from '../../model/facts.js';
import { writeFileAtomic } from './atomic-write.js';
import { cacheDirectory, removeStaleCacheFiles } from './cache-dir.js';

/** Bump when MigrationFacts, SQL summaries, rule reports or the parser change shape. */
export const CACHE_FORMAT = 8;

interface CacheFile {
  format: number;
  /** Version and build id (`0.1.0+<uuid>`): another build's entries are never read. */
  toolVersion: string;
  entries: Record<string, AnalyzedMigration>;
  /** Migration-scope rule reports by the runner's memo key (content hash, settings, rules). */
  reports?: Record<string, MigrationReport[]>;
}

export class FactsCache implements RuleMemo {
  private readonly file: string;
  private entries: Record<string, AnalyzedMigration> = {};
  private readonly used = new Set<string>();
  private reports: Record<string, MigrationReport[]> = {};
  private readonly usedReports = new Set<string>();
  private dirty = false;

  constructor(projectRoot: string, private readonly toolBuild: string, env: NodeJS.ProcessEnv = process.env) {
    const key = createHash('sha256').update(projectRoot).digest('hex').slice(0, 16);
    this.file = join(cacheDirectory(projectRoot, env), `facts-${key}.json`);
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed.format === CACHE_FORMAT && parsed.toolVersion === toolBuild) {
        this.entries = parsed.entries;
        this.reports = parsed.reports ?? {};
      }
    } catch {
      // Missing or unreadable cache: start empty.
    }
  }

  /** How many analysed files the cache holds (of this project, perhaps some no longer there). */
  get size(): number {
    return Object.keys(this.entries).length;
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

  getReports(key: string): MigrationReport[] | undefined {
    const reports = this.reports[key];
    if (reports) this.usedReports.add(key);
    return reports;
  }

  setReports(key: string, reports: MigrationReport[]): void {
    this.reports[key] = reports;
    this.usedReports.add(key);
    this.dirty = true;
  }

  /** Writes the cache if anything was added or went unused (files deleted, settings changed). */
  save(): void {
    const unused =
      Object.keys(this.entries).some((key) => !this.used.has(key)) ||
      (this.usedReports.size > 0 && Object.keys(this.reports).some((key) => !this.usedReports.has(key)));
    if (!this.dirty && !unused) return;
    const kept: Record<string, AnalyzedMigration> = {};
    for (const key of this.used) if (this.entries[key]) kept[key] = this.entries[key]!;
    // Commands that run no rules (review, verify…) keep the reports as they were.
    const keptReports: Record<string, MigrationReport[]> = {};
    if (this.usedReports.size === 0) Object.assign(keptReports, this.reports);
    else for (const key of this.usedReports) if (this.reports[key]) keptReports[key] = this.reports[key]!;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileAtomic(this.file, cacheFilePieces(this.toolBuild, kept, keptReports), { durable: false });
      removeStaleCacheFiles(join(this.file, '..'));
    } catch {
      // A read-only cache location must not fail the check.
    }
  }
}

/**
 * The cache file as JSON, one entry at a time: JSON.stringify of the whole cache (4 MB for 2,000
 * migrations) would hold it, and its pieces, in memory at once, at the end of a run whose peak
 * memory matters.
 */
function* cacheFilePieces(
  toolBuild: string,
  entries: Record<string, AnalyzedMigration>,
  reports: Record<string, MigrationReport[]>,
): Generator<string> {
  yield `{"format":${CACHE_FORMAT},"toolVersion":${JSON.stringify(toolBuild)},"entries":{`;
  yield* objectMembers(entries);
  yield '},"reports":{';
  yield* objectMembers(reports);
  yield '}}';
}

/** `"key":value` members of a JSON object, comma-separated, one per piece. */
function* objectMembers(record: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}`;
    first = false;
  }
}
