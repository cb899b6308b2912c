/**
 * What bin/preflight.js runs first, bundled alone into one CommonJS file that needs nothing but Node
 * (dist/bundle/launch.cjs): it decides which of the tool's bundles a command line needs.
 *
 * - `check` with nothing changed since the last one: its report replayed (cli/replay.ts);
 * - any other `check`: dist/bundle/check.cjs (cli/check-main.ts), compiled from the V8 code cache the
 *   build made of it, so its functions are not parsed and compiled again at every run (the example's
 *   cold check ~150 → ~110 ms, bench/README.md round 11). Node 20 keeps no compiled code of ES modules
 *   (`module.enableCompileCache` is Node 22), so this bundle is CommonJS, run as a `vm.Script`;
 * - every other command: the ES-module bundle (cli/main.ts), which loads Ink and React lazily.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { parseGlobalOptions } from './global-options.js';
import { replayCheck, type ReplayProcess } from './replay.js';

export type Launch = { replayed: number } | { bundle: 'check' | 'main' };

/** The command line read as main() reads it, and a check's report replayed when it can be. */
export function launchFromCommandLine({ argv, ...where }: ReplayProcess & { argv: readonly string[] }): Launch {
  let parsed: ReturnType<typeof parseGlobalOptions>;
  try {
    parsed = parseGlobalOptions(argv);
  } catch {
    return { bundle: 'main' }; // main() reports the usage error.
  }
  const [name, ...commandArgs] = parsed.rest;
  if (name !== 'check' || parsed.global.help || parsed.global.version) return { bundle: 'main' };
  const replayed = replayCheck(parsed.global, commandArgs, where);
  return replayed === undefined ? { bundle: 'check' } : { replayed };
}

/** What dist/bundle/check.cjs exports (cli/check-main.ts). */
interface CheckBundle {
  main(argv: string[]): Promise<number>;
  restoreDefaultV8Settings(): void;
}

/**
 * The code cache's file, beside check.cjs: V8 takes a cache made by its own version only, so each Node
 * has its own. The build makes it (writeCheckCodeCache) in the folder it swaps in whole with the bundle,
 * so a cache never meets another build's check.cjs (V8 checks a script's length, not its text).
 */
function codeCachePath(bundleDir: string): string {
  return join(bundleDir, `check.cjs.${process.version}-${process.arch}.v8cache`);
}

/**
 * check.cjs run as CommonJS in this context, from its code cache when there is one V8 takes. `filename`:
 * where the script says it is (its __filename, and the file its stack traces name): a code cache keeps the
 * name the script had when the cache was made, so the build makes it under the name it is installed as.
 */
function loadCheckBundle(bundleDir: string, cachedData: Buffer | undefined, filename = join(bundleDir, 'check.cjs')): { bundle: CheckBundle; script: Script } | undefined {
  let source: string;
  try {
    source = readFileSync(join(bundleDir, 'check.cjs'), 'utf8');
  } catch {
    return undefined;
  }
  // Node's own CommonJS wrapper, on the first line as Node puts it, so stack traces keep their line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as CheckBundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(filename), module, filename, dirname(filename));
  return { bundle: module.exports, script };
}

function readCodeCache(bundleDir: string): Buffer | undefined {
  try {
    return readFileSync(codeCachePath(bundleDir));
  } catch {
    return undefined; // Another Node than the build's, or a build that made none: compiled as usual.
  }
}

/** Runs a check from dist/bundle/check.cjs; undefined when the build has none (then main() runs it). */
export function runCheckBundle(bundleDir: string, argv: string[]): Promise<number> | undefined {
  return loadCheckBundle(bundleDir, readCodeCache(bundleDir))?.bundle.main(argv);
}

/**
 * Called by scripts/build.mjs, in a process of its own started with Node's default settings: runs each
 * command line of `runs` (checks of the bundled example) from the check.cjs in `bundleDir` (the build's
 * staging folder), named as it will be installed (`installedBundleDir`, the same depth below the package),
 * and writes the code cache of everything they compiled, after putting back the V8 settings the checks
 * changed (a cache made under others is refused). Through a temporary file and a rename.
 */
export async function writeCheckCodeCache(bundleDir: string, installedBundleDir: string, runs: string[][]): Promise<void> {
  const loaded = loadCheckBundle(bundleDir, undefined, join(installedBundleDir, 'check.cjs'));
  if (!loaded) throw new Error(`${join(bundleDir, 'check.cjs')}: not found`);
  for (const argv of runs) await loaded.bundle.main(argv);
  loaded.bundle.restoreDefaultV8Settings();
  const target = codeCachePath(bundleDir);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, loaded.script.createCachedData());
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
