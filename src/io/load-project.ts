/**
 * The I/O shell around the analysis core: find the project, read its
 * configuration and version files, parse (or take from the cache) and analyse
 * every migration, build the revision graph.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { EffectiveConfig } from '../core/config/schema.js';
import { buildRevisionGraph, type RevisionGraph } from '../core/graph/graph.js';
import type { AlembicProject } from '../core/project/model.js';
import type { AnalyzedMigration } from '../rules/types.js';
import { analyzeSource } from './analyze-files.js';
import { discoverProject, listVersionFiles, type DiscoverOptions } from './fs/discover.js';
import { FactsCache } from './fs/facts-cache.js';
import { loadConfig } from './fs/load-config.js';
import { toolVersion } from './package-paths.js';

export interface LoadedProject {
  project: AlembicProject;
  config: EffectiveConfig;
  migrations: AnalyzedMigration[];
  graph: RevisionGraph;
}

export interface LoadOptions extends DiscoverOptions {
  cache?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Below this many uncached files a worker's start-up costs more than it saves (see bench/). */
const WORKER_THRESHOLD = 300;

export async function loadProject(options: LoadOptions): Promise<LoadedProject> {
  const project = discoverProject(options);
  const config = loadConfig(project, options.cwd);
  const files = listVersionFiles(project);
  const cache = options.cache === false ? undefined : new FactsCache(project.root, toolVersion(), options.env);

  const byFile = new Map<string, AnalyzedMigration>();
  const misses: { file: string; source: string }[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const cached = cache?.get(createHash('sha256').update(bytes).digest('hex'), file);
    if (cached) byFile.set(file, cached);
    else misses.push({ file, source: bytes.toString('utf8') });
  }
  for (const migration of await analyzeMisses(misses)) {
    byFile.set(migration.facts.path, migration);
    cache?.set(migration);
  }
  cache?.save();
  const migrations = files.map((file) => byFile.get(file)!);
  return { project, config, migrations, graph: buildRevisionGraph(migrations.map((m) => m.facts)) };
}

/** Analyses uncached files, on both cores when there are enough of them. */
async function analyzeMisses(misses: { file: string; source: string }[]): Promise<AnalyzedMigration[]> {
  // PREFLIGHT_WORKERS=0 turns the worker off (for benchmarking the difference).
  if (misses.length < WORKER_THRESHOLD || process.env['PREFLIGHT_WORKERS'] === '0') {
    const out: AnalyzedMigration[] = [];
    for (const { file, source } of misses) out.push(await analyzeSource(file, source));
    return out;
  }
  const half = Math.floor(misses.length / 2);
  const offloaded = misses.slice(half).map(({ file }) => file);
  const worker = runWorker(offloaded);
  const local: AnalyzedMigration[] = [];
  for (const { file, source } of misses.slice(0, half)) local.push(await analyzeSource(file, source));
  return [...local, ...(await worker)];
}

function runWorker(files: string[]): Promise<AnalyzedMigration[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url), { workerData: { files } });
    worker.once('message', (message: { ok: true; migrations: AnalyzedMigration[] } | { ok: false; error: string }) => {
      void worker.terminate();
      if (message.ok) resolve(message.migrations);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}
