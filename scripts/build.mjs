// Build step run by `npm ci` (prepare) and `npm run build`: compile TypeScript and
// ship the Python grammar's wasm inside the package, so users never compile native code.
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

mkdirSync(join(root, 'wasm'), { recursive: true });
let grammar;
try {
  grammar = require.resolve('tree-sitter-python/tree-sitter-python.wasm', { paths: [root] });
} catch {
  grammar = undefined;
}
if (grammar) copyFileSync(grammar, join(root, 'wasm', 'tree-sitter-python.wasm'));
else if (!existsSync(join(root, 'wasm', 'tree-sitter-python.wasm'))) {
  console.error('build: tree-sitter-python.wasm not found (install devDependencies first)');
  process.exit(1);
}

// Compile into a fresh folder and swap it in, so a concurrent run of bin/preflight.js
// (tests run in parallel) never sees a half-written dist/.
const staging = join(root, `dist.build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json'), '--outDir', staging], { stdio: 'inherit' });
} catch {
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
// What bin/preflight.js runs: tsc's output bundled into dist/bundle/ (main.js plus a chunk per lazy
// import, so check still never loads the Ink views, now bundled into those chunks). Measured on 2,000 migrations (bench/README.md):
// zod alone is ~95 ES modules and 50-75 ms to load unbundled; bundled, a check after one edit is ~44 ms
// faster. yaml, smol-toml and simple-git are bundled too (loaded as their own modules they cost the example's
// cold check ~17 ms and the wizard's first frame ~20 ms). Packages that find files next to themselves (the
// wasm parsers) stay external, and @inquirer/prompts, which only the plain prompts load. dist/bundle/ is two
// levels below the package root, like dist/io/, so package-paths.ts resolves the same files from both.
// zod exposes its ~60 translations of error messages as one namespace (z.locales), so a bundle
// keeps all of them although Preflight uses the English one only (zod's default, imported on its
// own by zod). Left in, they are 360 kB that every run that is not a replay loads: the chunk
// holding zod and the rules loads in ~24 ms instead of ~30 (alternating runs). Small against a
// whole check (within the noise of an edited run, ~1% of a cold one), but free. The namespace is
// replaced by an empty module.
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

try {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(staging, 'cli', 'main.js')],
    outdir: join(staging, 'bundle'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Ink and React are bundled too, into the lazy chunks of the interactive views: resolved and loaded as ~60
    // separate ES modules they took ~120 ms of the wizard's first frame (bench/first-frame.mjs). Ink imports
    // react-devtools-core only when DEV is set; it is not installed, so it stays a (never loaded) external.
    external: ['web-tree-sitter', 'libpg-query', 'react-devtools-core', '@inquirer/prompts'],
    // React's production build, chosen here rather than by NODE_ENV at run time: the development builds
    // (react-reconciler's alone is ~14,000 lines) are left out of the bundle, and Preflight reads NODE_ENV
    // nowhere else. Without it the wizard rendered several times slower.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS (React, Ink's dependencies) calls require(): an ES module has none of its own.
    banner: { js: "import { createRequire as __preflightRequire } from 'node:module'; const require = __preflightRequire(import.meta.url);" },
    plugins: [zodWithoutLocales],
    logLevel: 'warning',
  });
  // What bin/preflight.js runs first (src/cli/launch.ts), as one CommonJS file: an unchanged project's
  // check is then answered before the ES-module loader or the rest of the tool loads, and any other check
  // runs from check.cjs below. import.meta.url (package-paths.ts finds the package from it) becomes this
  // file's own URL.
  const commonJs = (entry, outfile) => ({
    entryPoints: [join(staging, 'cli', entry)],
    outfile: join(staging, 'bundle', outfile),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__bundleModuleUrl' },
    banner: { js: 'const __bundleModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  await build(commonJs('launch.js', 'launch.cjs'));
  // The check command alone (src/cli/check-main.ts), as one CommonJS script: bin/preflight.js runs it from
  // the V8 code cache made below, which Node 20 can do for a script and not for ES modules. Its lazy imports
  // become require() calls (the wasm parsers' own CommonJS builds): a dynamic import() in a script compiled
  // from a code cache fails on Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  await build({
    ...commonJs('check-main.js', 'check.cjs'),
    external: ['web-tree-sitter', 'libpg-query'],
    supported: { 'dynamic-import': false },
    plugins: [zodWithoutLocales],
  });
} catch (error) {
  console.error(`build: bundling failed: ${error.message}`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
// The shipped checklist, parsed once here (src/io/fs/checklists.ts uses it while the YAML's sha256 matches).
const { parse: parseYaml } = await import('yaml');
const checklistYaml = readFileSync(join(root, 'checklists', 'migration.yaml'));
mkdirSync(join(staging, 'checklists'), { recursive: true });
writeFileSync(
  join(staging, 'checklists', 'migration.json'),
  JSON.stringify({ sha256: createHash('sha256').update(checklistYaml).digest('hex'), document: parseYaml(checklistYaml.toString('utf8')) }),
);
// Result caches (check's report cache) are keyed by this, so a rebuilt tool never replays an old build's output.
writeFileSync(join(staging, 'build-id'), `${randomUUID()}\n`);
// check.cjs's V8 code cache (src/cli/launch.ts writeCheckCodeCache): made by checking the bundled example, text
// and JSON, in a process of its own with Node's default V8 settings (NODE_OPTIONS could carry others, and V8
// takes a cache only under the settings it was made with). Without it check.cjs is compiled as it runs.
const example = join(root, 'examples', 'shop');
if (existsSync(example)) {
  const checks = [['check', '-C', example, '--no-cache'], ['check', '-C', example, '--no-cache', '--format', 'json']];
  const script = `require(${JSON.stringify(join(staging, 'bundle', 'launch.cjs'))}).writeCheckCodeCache(${JSON.stringify(join(staging, 'bundle'))}, ${JSON.stringify(join(root, 'dist', 'bundle'))}, ${JSON.stringify(checks)})`;
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    console.error('build: the code cache of check.cjs was not made (check runs without it)');
  }
}
const previous = join(root, `dist.old-${process.pid}`);
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), previous);
renameSync(staging, join(root, 'dist'));
rmSync(previous, { recursive: true, force: true });
