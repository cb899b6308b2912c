// The layering the README describes, enforced: every import points down the layers (model → analysis →
// rules → review/baseline/config/learn/scaffold → io → ui → cli); the layers below io read no files, start
// no processes and draw nothing; check never loads Ink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/cli.js';

const SRC = join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Static and dynamic import specifiers of a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

// Parsers that take strings (yaml, web-tree-sitter, libpg-query) are fine in the pure layers; I/O and UI are not.
const FORBIDDEN_IN_PURE = /^(node:fs|node:fs\/promises|node:child_process|node:os|node:worker_threads|simple-git|ink|react|@inquirer\/.*)$/;

/**
 * The layers, bottom first (README, Development). A file may import its own folder and the layers below
 * its own, never a layer above or a sibling of the same rank; ui, a view, does not reach into io.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['analysis'],
  ['rules'],
  ['review', 'baseline', 'config', 'learn', 'scaffold', 'fix'],
  ['io'],
  ['ui'],
  ['cli'],
];
const PURE_LAYERS = new Set(['model', 'analysis', 'rules', 'review', 'baseline', 'config', 'learn', 'scaffold', 'fix']);
const rankOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** src/<folder>/… → folder (files directly in src/ have none). */
function layerOf(pathFromSrc: string): string | undefined {
  const parts = pathFromSrc.split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** Why `file` (relative to src/) may not import `specifier`, or undefined when it may. */
function wrongArrow(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const from = layerOf(file);
  const to = layerOf(join('/', dirname(file), specifier).slice(1));
  if (from === undefined || to === undefined || from === to) return undefined;
  if (from === 'ui' && to === 'io') return `${file} imports ${specifier}: ui draws what it is given and does not reach into io`;
  const fromRank = rankOf(from);
  const toRank = rankOf(to);
  if (toRank < fromRank) return undefined;
  return toRank === fromRank
    ? `${file} imports ${specifier}: ${from} and ${to} are siblings of one layer`
    : `${file} imports ${specifier}: ${from} is below ${to}, so the arrow points up`;
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('every folder of src/ is a layer the README names', () => {
    const folders = new Set(files.map((file) => layerOf(relative(SRC, file))).filter((folder) => folder !== undefined));
    for (const folder of folders) expect(rankOf(folder), `src/${folder} is in no layer`).toBeGreaterThanOrEqual(0);
  });

  it('the direction check catches an arrow that points up, a sibling import and ui reaching into io', () => {
    expect(wrongArrow('model/facts.ts', '../rules/types.js')).toMatch(/points up/);
    expect(wrongArrow('analysis/sql/analyze.ts', '../../rules/index.js')).toMatch(/points up/);
    expect(wrongArrow('review/checklist/decide.ts', '../../learn/lessons.js')).toMatch(/siblings/);
    expect(wrongArrow('ui/wizard/Wizard.tsx', '../../io/git/repo.js')).toMatch(/does not reach into io/);
    expect(wrongArrow('rules/drop-table.ts', '../model/facts.js')).toBeUndefined();
    expect(wrongArrow('cli/main.ts', '../io/load-project.js')).toBeUndefined();
  });

  it.each(files.map((file) => [relative(SRC, file), file]))('%s imports only from the layers below it', (name, file) => {
    const wrong = importsOf(file).map((specifier) => wrongArrow(name, specifier)).filter((why) => why !== undefined);
    expect(wrong).toEqual([]);
  });

  it('one subprocess runner (src/io/process.ts) and one git client (src/io/git/client.ts)', () => {
    const importers = (pattern: RegExp) =>
      files.filter((file) => importsOf(file).some((specifier) => pattern.test(specifier))).map((file) => relative(SRC, file));
    expect(importers(/^node:child_process$/)).toEqual(['io/process.ts']);
    expect(importers(/^simple-git$/)).toEqual(['io/git/client.ts']);
  });

  it.each(files.filter((file) => PURE_LAYERS.has(layerOf(relative(SRC, file)) ?? '')).map((file) => [relative(SRC, file), file]))(
    '%s stays pure (no I/O, no UI)',
    (_name, file) => {
      for (const specifier of importsOf(file)) expect(specifier).not.toMatch(FORBIDDEN_IN_PURE);
    },
  );

  it('the bundle bin/preflight.js runs reaches Ink/React only through lazy imports', () => {
    // scripts/build.mjs bundles dist/ into dist/bundle/ with a chunk per dynamic import, Ink and React inside
    // those chunks; a chunk main.js imports statically that held (or imported) them would load them for check too.
    const bundle = join(REPO_ROOT, 'dist', 'bundle');
    const INTERACTIVE = /^\/\/ node_modules\/(ink|react|react-reconciler|yoga-layout|@inquirer\/[\w-]+)\//m;
    /** The chunks a file imports statically, and the file itself. */
    const staticClosure = (entry: string): Set<string> => {
      const seen = new Set<string>();
      const queue = [entry];
      while (queue.length > 0) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const match of readFileSync(join(bundle, file), 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
          const specifier = (match[1] ?? match[2])!;
          expect(specifier, `${file} imports ${specifier} statically`).not.toMatch(/^(ink|react|@inquirer\/prompts)(\/|$)/);
          if (specifier.startsWith('./')) queue.push(specifier.slice(2));
        }
      }
      return seen;
    };
    const loadedByCheck = staticClosure('main.js');
    expect(loadedByCheck.size).toBeGreaterThan(3);
    for (const file of loadedByCheck) expect(readFileSync(join(bundle, file), 'utf8'), `${file} bundles Ink or React`).not.toMatch(INTERACTIVE);
    // And the lazy views are there, as chunks of their own that bring Ink with them.
    const views = readdirSync(bundle).filter((name) => /^Wizard-.*\.js$/.test(name));
    expect(views).toHaveLength(1);
    const wizard = [...staticClosure(views[0]!)].map((file) => readFileSync(join(bundle, file), 'utf8')).join('\n');
    expect(wizard).toMatch(/^\/\/ node_modules\/ink\/build\/render\.js$/m);
  });

  it("the bundle carries zod's English messages only (scripts/build.mjs drops the other translations)", () => {
    const bundle = join(REPO_ROOT, 'dist', 'bundle');
    const locales = new Set<string>();
    for (const file of readdirSync(bundle)) {
      for (const match of readFileSync(join(bundle, file), 'utf8').matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)) locales.add(match[1]!);
    }
    expect([...locales]).toEqual(['en']);
  });

  it('the launcher bin/preflight.js runs first is one file that needs nothing but Node itself', () => {
    // Its point is to answer an unchanged project before anything else loads (src/cli/launch.ts, replay.ts).
    const text = readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'launch.cjs'), 'utf8');
    const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(required.length).toBeGreaterThan(0);
    for (const specifier of required) expect(specifier, `launch.cjs requires ${specifier}`).toMatch(/^node:/);
    expect(text).not.toMatch(/\bimport\(/);
  });

  it("check's own bundle (dist/bundle/check.cjs) holds no Ink/React and no import() a code cache would break", () => {
    // src/cli/check-main.ts, run from its V8 code cache (src/cli/launch.ts): on Node 20 a dynamic import() in
    // a script compiled from a code cache fails, so every lazy import must have become a require().
    const text = readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'check.cjs'), 'utf8');
    expect(text).not.toMatch(/^\/\/ node_modules\/(ink|react|react-reconciler|yoga-layout|@inquirer\/[\w-]+)\//m);
    const code = text.replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bimport\(/);
    const required = new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!));
    // Node's own modules, the two wasm parsers (they find their .wasm beside themselves), and the optional
    // colour support the debug package (simple-git's) asks for inside a try.
    for (const specifier of required) expect(isBuiltin(specifier) || ['web-tree-sitter', 'libpg-query', 'supports-color'].includes(specifier), `check.cjs requires ${specifier}`).toBe(true);
    expect(required).toContain('web-tree-sitter');
    expect(required).toContain('libpg-query');
  });

  it('check, explain and config load no Ink/React (only review, learn and new import them, lazily)', () => {
    const eager = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
    for (const command of ['check', 'explain', 'config', 'verify', 'sql', 'roundtrip']) {
      const seen = new Set<string>();
      const queue = [join(SRC, 'cli', 'commands', `${command}.ts`), join(SRC, 'cli', 'main.ts')];
      while (queue.length > 0) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const specifier of eager(file)) {
          expect(specifier, `${relative(SRC, file)} imports ${specifier} eagerly`).not.toMatch(/^(ink|react|@inquirer\/prompts)$/);
          if (specifier.startsWith('.')) queue.push(join(file, '..', specifier).replace(/\.js$/, '.ts').replace(/\.ts$/, (ext) => ext));
        }
      }
    }
  });
});
