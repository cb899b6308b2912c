/**
 * The I/O shell around the analysis core: find the project, read its
 * configuration and version files, parse (or take from the cache) and analyse
 * every migration, build the revision graph.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import type { EffectiveConfig } from '../config/schema.js';
import { buildRevisionGraph, type RevisionGraph, type RevisionHeader } from '../analysis/graph/graph.js';
import type { AlembicProject } from '../model/project.js';
import type { AnalyzedMigration, MigrationFacts } from '../model/facts.js';
import { knownSqlOf, type KnownSql } from '../analysis/analyze-migration.js';
import { analyzeFacts, parseSource, preloadParsers, pythonParser, readRevisionHeader } from './analyze-files.js';
import { namingConventionFrom } from '../rules/shared/naming-convention.js';
import type { EnvSyntax } from '../analysis/parse/env-settings.js';
import { enablesLockTimeout, libpqOptionSettings } from '../analysis/locks/lock-timeout.js';
import type { RuleSettings } from '../model/settings.js';
import type { InputLog } from './fs/input-log.js';
import { discoverProject, listVersionFiles, type DiscoverOptions } from './fs/discover.js';
import { FactsCache } from './fs/facts-cache.js';
import { readWithStats } from './fs/input-log.js';
import { describeFsError } from './fs/read-text.js';
import { UserError } from '../model/errors.js';
import { loadConfig } from './fs/load-config.js';
import { buildId, toolVersion } from './package-paths.js';

export interface LoadedProject {
  project: AlembicProject;
  config: EffectiveConfig;
  /** Every version file analysed (with `focus`: those analysed or cached), in file order. */
  migrations: AnalyzedMigration[];
  /** Every version file, in file order. */
  versionFiles: string[];
  graph: RevisionGraph;
  /** The facts cache, when on: check hands it to the rules as their memo and saves it after them. */
  cache?: FactsCache;
}

interface UncachedFile {
  file: string;
  /** The file's bytes: the parser decodes them as Python does (coding declarations, bad UTF-8). */
  source: Uint8Array;
  /** Of the file's bytes: the cache key, and the hash a review record pins. */
  sha256: string;
}

/** A version file's bytes; what cannot be read (a symlink loop, no permission) is one line naming it. */
function readVersionFile(file: string): ReturnType<typeof readWithStats> {
  try {
    return readWithStats(file);
  } catch (error) {
    throw new UserError(`${file}: cannot read this version file: ${describeFsError(error)}`);
  }
}

/** Files read between two yields to the event loop while the parsers load (a yield costs ~0.1 ms). */
const PRELOAD_YIELD_EVERY = 50;

export interface LoadOptions extends DiscoverOptions {
  cache?: boolean;
  /** Leave saving the cache to the caller (check saves once, after the rules added their reports). */
  deferCacheSave?: boolean;
  env?: NodeJS.ProcessEnv;
  focus?: LoadFocus;
}

/**
 * `check FILE`: analyse these version files only, and those `more` names once the revision graph
 * is known (asked again after each round until it names nothing new). Every other file is read for
 * its revision variables only (never stored in the facts cache as its facts), or analysed after all
 * when that read is not certain. The graph is the same either way.
 */
export interface LoadFocus {
  files: ReadonlySet<string>;
  more?(loaded: Pick<LoadedProject, 'project' | 'config' | 'graph' | 'migrations' | 'versionFiles'> & { revisionOf(file: string): string | undefined }): Iterable<string>;
}

export async function loadProject(options: LoadOptions): Promise<LoadedProject> {
  const project = discoverProject(options);
  const files = listVersionFiles(project, options.inputs, options.warn);
  // The files a run parses in full: all of them without a cache, those it asks for with a focus (check FILE).
  const parses = options.focus ? options.focus.files.size : files.length;
  // Without a cache every file is parsed: the parsers load while the project's settings are read and its files.
  if (options.cache === false) preloadParsers({ sql: true, parses });
  const loadedConfig = loadConfig(project, options.cwd, options.inputs);
  const fromEnv = await envSettings(join(project.scriptLocation, 'env.py'), options.inputs);
  const config = Object.keys(fromEnv).length > 0 ? { ...loadedConfig, settings: { ...loadedConfig.settings, ...fromEnv } } : loadedConfig;
  // Keyed by the build too: a rebuilt parser or analyser (during development) never reads an old build's facts.
  const toolBuild = `${toolVersion()}+${buildId() ?? 'source'}`;
  const cache = options.cache === false ? undefined : new FactsCache(project.root, toolBuild, options.env);

  // With a cache, about the files it does not hold are parsed.
  const expectedParses = cache ? Math.min(parses, Math.max(files.length - cache.size, 1)) : parses;
  const byFile = new Map<string, AnalyzedMigration>();
  const headers = new Map<string, { header: RevisionHeader; source: Buffer }>();
  const misses: UncachedFile[] = [];
  let sqlPreloaded = options.cache === false;
  const hash = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  for (const [index, file] of files.entries()) {
    const { bytes, stats } = readVersionFile(file);
    const headerOnly = options.focus !== undefined && !options.focus.files.has(file);
    // A file read for its header needs its hash only for the facts cache.
    const sha256 = headerOnly && !cache ? undefined : hash(bytes);
    options.inputs?.file(file, bytes, sha256, stats);
    const cached = sha256 === undefined ? undefined : cache?.get(sha256, file);
    if (cached) {
      byFile.set(file, cached);
      continue;
    }
    const header = headerOnly ? await readRevisionHeader(file, bytes) : undefined;
    if (header) {
      headers.set(file, { header, source: bytes });
      continue;
    }
    misses.push({ file, source: bytes, sha256: sha256 ?? hash(bytes) });
    // Only a hint of when to start loading libpg-query (the parse decides what is SQL): a file that never
    // says `execute` runs no SQL, and a project without any never loads it.
    const sql = !sqlPreloaded && bytes.includes('execute');
    if ((misses.length === 1 && options.cache !== false) || sql) preloadParsers({ sql, parses: expectedParses });
    sqlPreloaded ||= sql;
    // Let the parsers' loading go on between reads (its steps between compiles run on this thread).
    if (index % PRELOAD_YIELD_EVERY === PRELOAD_YIELD_EVERY - 1) await nextTurn();
  }
  const analyze = async (uncached: UncachedFile[]): Promise<void> => {
    for (const migration of await analyzeMisses(uncached, cache)) {
      byFile.set(migration.facts.path, migration);
      headers.delete(migration.facts.path);
      cache?.set(migration);
    }
  };
  await analyze(misses);
  // A header holds exactly what the graph reads of its file's facts: analysing it later changes nothing here.
  const graph = buildRevisionGraph(files.map((file) => byFile.get(file)?.facts ?? headers.get(file)!.header));
  const analyzed = (): AnalyzedMigration[] => files.flatMap((file) => byFile.get(file) ?? []);
  const revisionOf = (file: string): string | undefined => (byFile.get(file)?.facts ?? headers.get(file)?.header)?.revision?.value;
  for (let more = options.focus?.more; more && headers.size > 0; ) {
    const wanted = [...new Set(more({ project, config, graph, migrations: analyzed(), versionFiles: files, revisionOf }))].flatMap((file) => {
      const read = headers.get(file);
      return read ? [{ file, source: read.source, sha256: hash(read.source) }] : [];
    });
    if (wanted.length === 0) break;
    await analyze(wanted);
  }
  if (!options.deferCacheSave) cache?.save();
  return { project, config, migrations: analyzed(), versionFiles: files, graph, ...(cache ? { cache } : {}) };
}

type EnvRuleSettings = Pick<RuleSettings, 'namingConvention' | 'transactionPerMigration' | 'envLockTimeout'>;

/**
 * What env.py decides for every migration: the naming convention of its
 * `MetaData(naming_convention={...})`, which Alembic applies to the constraints migrations create;
 * `transaction_per_migration=True`; a lock_timeout set for every connection. The parser (and, for
 * lock_timeout SQL, libpg-query) loads only when env.py mentions one of them.
 */
async function envSettings(path: string, inputs: InputLog | undefined): Promise<EnvRuleSettings> {
  let bytes: Buffer;
  try {
    bytes = readWithStats(path).bytes;
  } catch {
    inputs?.absent(path);
    return {};
  }
  inputs?.file(path, bytes);
  const source = bytes.toString('utf8');
  const settings: EnvRuleSettings = {};
  if (source.includes('naming_convention')) {
    const entries = (await pythonParser()).namingConvention(source);
    const convention = entries ? namingConventionFrom(entries) : undefined;
    if (convention) settings.namingConvention = convention;
  }
  if (source.includes('transaction_per_migration') || source.includes('lock_timeout')) {
    const syntax = (await pythonParser()).envSyntax(source);
    if (syntax?.transactionPerMigration?.value) settings.transactionPerMigration = true;
    const line = syntax ? await lockTimeoutLine(syntax, settings.transactionPerMigration === true) : undefined;
    if (line !== undefined) settings.envLockTimeout = `env.py:${line}`;
  }
  return settings;
}

/** The first line of env.py that sets a (non-zero) lock_timeout for every migration. */
async function lockTimeoutLine(syntax: EnvSyntax, transactionPerMigration: boolean): Promise<number | undefined> {
  const lines: number[] = [];
  for (const { options, line } of syntax.connectOptions) {
    if (enablesLockTimeout(libpqOptionSettings(options).get('lock_timeout'))) lines.push(line);
  }
  // Only SQL that names the setting is parsed: libpg-query stays unloaded for env.py's other statements.
  const candidates = syntax.executedSql.filter(({ sql }) => sql.toLowerCase().includes('lock_timeout'));
  if (candidates.length > 0) {
    const { analyzeSql } = await import('../analysis/sql/analyze.js');
    for (const { sql, line } of candidates) {
      const analysis = await analyzeSql(sql);
      if (!analysis.ok) continue;
      const sets = analysis.statements.some(({ setting }) =>
        // SET LOCAL ends with its transaction: with a transaction per migration only the first one would have it.
        setting?.name === 'lock_timeout' && enablesLockTimeout(setting.value) && !(setting.local && transactionPerMigration),
      );
      if (sets) lines.push(line);
    }
  }
  return lines.length > 0 ? Math.min(...lines) : undefined;
}

/**
 * Analyses uncached files on the main thread. A worker thread for the second core was
 * measured (bench/README.md) and did not pay: each thread warms up its own wasm.
 */
async function analyzeMisses(misses: UncachedFile[], cache: FactsCache | undefined): Promise<AnalyzedMigration[]> {
  if (misses.length === 0) return [];
  // SQL the cache has already analysed (an edit elsewhere in a file keeps its SQL) is not parsed again.
  // Built on the first lookup: most edits touch no SQL, and the index of 2,000 cached files costs ~10 ms.
  let index: KnownSql | undefined;
  const knownSql: KnownSql | undefined = cache ? { get: (sql) => (index ??= knownSqlOf(cache.cachedMigrations())).get(sql) } : undefined;
  // Python first, then SQL: libpg-query's wasm is still compiling (after tree-sitter's) when the first
  // files are parsed, and a file with SQL would otherwise wait for it with nothing else to do (60-85 ms).
  const parsed: MigrationFacts[] = [];
  for (const [position, { file, source, sha256 }] of misses.entries()) {
    parsed.push(await parseSource(file, source, sha256));
    // Let libpg-query's loading go on (its steps between compiles run on this thread).
    if (position % PRELOAD_YIELD_EVERY === PRELOAD_YIELD_EVERY - 1) await nextTurn();
  }
  const out: AnalyzedMigration[] = [];
  for (const facts of parsed) out.push(await analyzeFacts(facts, knownSql));
  return out;
}
