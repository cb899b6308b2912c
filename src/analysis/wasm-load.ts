/**
 * WebAssembly modules (libpg-query, tree-sitter and its Python grammar) load one after the other. V8's
 * compiler settings are the whole process's: libpg-query is compiled while they say "baseline compiler
 * only" (sql/analyze.ts), and a module compiled in that window would lose its optimising tier too.
 * The one place Preflight changes V8's settings: also those for a small or a large run, below.
 */
import { setFlagsFromString } from 'node:v8';

let queue: Promise<unknown> = Promise.resolve();
let baselineForAll = false;

export function loadWasmInTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = queue.then(load, load);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Compiles the module `load` compiles with V8's baseline compiler only (libpg-query, sql/analyze.ts). The
 * setting is read when a module is compiled; --liftoff-only also turns tier-up off, so that is put back by
 * name (the defaults) for the modules compiled later, unless keepWasmOnBaselineCompiler chose it for all.
 */
export async function withBaselineCompiler<T>(load: () => Promise<T>): Promise<T> {
  setFlagsFromString('--liftoff-only');
  // Compiled whole, up front, on V8's background threads, not function by function on first call (V8's
  // default): libpg-query's first parse took 12-29 ms of lazy compiles on this thread, 500 parses 31-44 ms
  // instead of 13-18, and the process peaked at 115 MB RSS instead of 67 (bench/README.md, round 9).
  setFlagsFromString('--no-wasm-lazy-compilation');
  try {
    return await load();
  } finally {
    setFlagsFromString('--wasm-lazy-compilation');
    if (!baselineForAll) {
      setFlagsFromString('--no-liftoff-only');
      setFlagsFromString('--wasm-tier-up');
      setFlagsFromString('--wasm-dynamic-tiering');
    }
  }
}

/**
 * A run that parses few files: tree-sitter stays on the baseline compiler too. Its optimising tier-up pays
 * from about a hundred parses on (bench/README.md, round 8); below that the background compile is only
 * waited for, as Node lets it end before the process exits (the example's check: 0.27–0.29 → 0.20–0.23 s).
 * Read by V8 while the code runs, not only when it is compiled: it holds for the rest of the process.
 */
export function keepWasmOnBaselineCompiler(): void {
  if (baselineForAll) return;
  baselineForAll = true;
  setFlagsFromString('--liftoff-only');
}

/**
 * V8 settings for a run that parses many files (bench/README.md, round 9). TurboFan's cumulative inlining
 * budget (bytecode bytes; V8's default is 920): the extractor's and the rules' large functions each took
 * 20-50 ms to optimise on a background thread with the default, on a machine with two cores; optimised
 * with less inlined into them, the cold 2,000-migration check takes ~60 ms less, 20,000 migrations as long
 * as before. And the young generation stops growing (V8 doubles it up to 2 × 16 MB under a high allocation
 * rate): peak RSS of the cold 2,000-migration check 165-169 -> 149-154 MB, in the same time.
 * For large runs only (io/analyze-files.ts decides): set at start-up (bin/preflight.js), the inlining flag made the
 * example's check ~10 ms slower.
 */
const MANY_PARSES_INLINING_BUDGET = 100;
let manyParsesTuned = false;

export function tuneForManyParses(): void {
  if (manyParsesTuned) return;
  manyParsesTuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MANY_PARSES_INLINING_BUDGET}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Puts back V8's defaults for every setting above, once a run is over (bin/preflight.js's code cache of
 * dist/bundle/check.cjs is made then). V8 tags a code cache with a hash of the settings in force and takes
 * it only under the same ones; a run starts with the defaults, so the cache must be made under them.
 */
export function restoreDefaultV8Settings(): void {
  if (baselineForAll) {
    baselineForAll = false;
    setFlagsFromString('--no-liftoff-only');
    setFlagsFromString('--wasm-tier-up');
    setFlagsFromString('--wasm-dynamic-tiering');
  }
  if (manyParsesTuned) {
    manyParsesTuned = false;
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=920');
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}
