/**
 * The I/O shell around the analysis core: find the project, read its
 * configuration and version files, parse (or take from the cache) and analyse
 * every migration, build the revision graph.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { EffectiveConfig } from '../core/config/schema.js';
import { analyzeMigration } from '../core/analyze/analyze-migration.js';
import { buildRevisionGraph, type RevisionGraph } from '../core/graph/graph.js';
import type { MigrationParser } from '../core/parse/parser.js';
import type { AlembicProject } from '../core/project/model.js';
import type { AnalyzedMigration } from '../rules/types.js';
import { discoverProject, listVersionFiles, type DiscoverOptions } from './fs/discover.js';
import { FactsCache } from './fs/facts-cache.js';
import { loadConfig } from './fs/load-config.js';
import { pythonGrammarPath, toolVersion } from './package-paths.js';

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

let parserPromise: Promise<MigrationParser> | undefined;

/** Loaded on first cache miss only: a fully cached run never instantiates the wasm parser. */
async function migrationParser(): Promise<MigrationParser> {
  parserPromise ??= import('../core/parse/parser.js').then(({ createMigrationParser }) =>
    createMigrationParser(readFileSync(pythonGrammarPath())),
  );
  return parserPromise;
}

export async function loadProject(options: LoadOptions): Promise<LoadedProject> {
  const project = discoverProject(options);
  const config = loadConfig(project, options.cwd);
  const files = listVersionFiles(project);
  const cache = options.cache === false ? undefined : new FactsCache(project.root, toolVersion(), options.env);
  const migrations: AnalyzedMigration[] = [];
  for (const file of files) {
    migrations.push(await analyzeFile(file, cache));
  }
  cache?.save();
  return { project, config, migrations, graph: buildRevisionGraph(migrations.map((m) => m.facts)) };
}

async function analyzeFile(file: string, cache: FactsCache | undefined): Promise<AnalyzedMigration> {
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const cached = cache?.get(sha256, file);
  if (cached) return cached;
  const parser = await migrationParser();
  const analysed = await analyzeMigration(parser.parse(bytes.toString('utf8'), file));
  cache?.set(analysed);
  return analysed;
}
