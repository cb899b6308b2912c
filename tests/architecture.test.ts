// The layering the README describes, enforced: the pure core (src/core, src/rules) reads no
// files, starts no processes and draws nothing; ui never reaches into io or cli; check never loads Ink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

// Parsers that take strings (yaml, web-tree-sitter, libpg-query) are fine in the core; I/O and UI are not.
const FORBIDDEN_IN_CORE = /^(node:fs|node:fs\/promises|node:child_process|node:os|node:worker_threads|simple-git|ink|react|@inquirer\/.*)$/;

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it.each(files.filter((file) => /\/src\/(core|rules)\//.test(file)).map((file) => [relative(SRC, file), file]))(
    '%s stays pure (no I/O, no UI, no io/cli/ui imports)',
    (_name, file) => {
      for (const specifier of importsOf(file)) {
        expect(specifier).not.toMatch(FORBIDDEN_IN_CORE);
        expect(specifier).not.toMatch(/(^|\/)(io|cli|ui)\//);
      }
    },
  );

  it.each(files.filter((file) => /\/src\/ui\//.test(file)).map((file) => [relative(SRC, file), file]))('%s does not import io or cli', (_name, file) => {
    for (const specifier of importsOf(file)) expect(specifier).not.toMatch(/(^|\/)(io|cli)\//);
  });

  it('the bundle bin/preflight.js runs reaches Ink/React only through lazy imports', () => {
    // scripts/build.mjs bundles dist/ into dist/bundle/ with a chunk per dynamic import; a shared chunk
    // that imported Ink statically would load it for check too.
    const bundle = join(REPO_ROOT, 'dist', 'bundle');
    const seen = new Set<string>();
    const queue = ['main.js'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(join(bundle, file), 'utf8');
      for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
        const specifier = (match[1] ?? match[2])!;
        expect(specifier, `${file} imports ${specifier} statically`).not.toMatch(/^(ink|react|@inquirer\/prompts)(\/|$)/);
        if (specifier.startsWith('./')) queue.push(specifier.slice(2));
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    // And the lazy views are there, as chunks of their own that do import Ink.
    const views = readdirSync(bundle).filter((name) => /^Wizard-.*\.js$/.test(name));
    expect(views).toHaveLength(1);
    expect(readFileSync(join(bundle, views[0]!), 'utf8')).toMatch(/from "ink"/);
  });

  it("the bundle carries zod's English messages only (scripts/build.mjs drops the other translations)", () => {
    const bundle = join(REPO_ROOT, 'dist', 'bundle');
    const locales = new Set<string>();
    for (const file of readdirSync(bundle)) {
      for (const match of readFileSync(join(bundle, file), 'utf8').matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)) locales.add(match[1]!);
    }
    expect([...locales]).toEqual(['en']);
  });

  it('the replay bin/preflight.js tries first is one file that needs nothing but Node itself', () => {
    // Its point is to answer an unchanged project before anything else loads (src/cli/replay.ts).
    const text = readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'replay.cjs'), 'utf8');
    const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(required.length).toBeGreaterThan(0);
    for (const specifier of required) expect(specifier, `replay.cjs requires ${specifier}`).toMatch(/^node:/);
    expect(text).not.toMatch(/\bimport\(/);
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
