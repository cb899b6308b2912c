// Build step run by `npm ci` (prepare) and `npm run build`: compile TypeScript and
// ship the Python grammar's wasm inside the package, so users never compile native code.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
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

rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
