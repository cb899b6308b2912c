/** Files shipped inside the Preflight package (grammar, checklists, templates, python helpers). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is src/io/package-paths.ts or dist/io/package-paths.js: two levels below the root.
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let version: string | undefined;
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

let build: string | null | undefined;
/**
 * The id `scripts/build.mjs` writes into dist/: caches of results (not only of parses) are keyed by
 * it, so a rebuilt tool never replays an old build's report. Running from src/ there is none.
 */
export function buildId(): string | undefined {
  if (build === undefined) {
    try {
      build = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'build-id'), 'utf8').trim() || null;
    } catch {
      build = null;
    }
  }
  return build ?? undefined;
}

export const TOOL_NAME = 'alembic-preflight';

/** The grammar copied at build time; in a source checkout without a build, the devDependency's copy. */
export function pythonGrammarPath(): string {
  const shipped = join(PACKAGE_ROOT, 'wasm', 'tree-sitter-python.wasm');
  if (existsSync(shipped)) return shipped;
  return createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
}

export function packageFile(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
