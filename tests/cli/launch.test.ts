// bin/preflight.js runs a check from dist/bundle/check.cjs, compiled from the V8 code cache the build made
// of it (src/cli/launch.ts), and everything else from the ES-module bundle. A user must not be able to tell
// the two apart, nor see a difference when the cache is missing, made by another Node, or damaged.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SHOP, REPO_ROOT, runCli, type CliResult } from '../support/cli.js';

const execFileAsync = promisify(execFile);
const BUNDLE = join(REPO_ROOT, 'dist', 'bundle');
const { NODE_OPTIONS: _nodeOptions, ...ENV } = process.env;

/** The same command line through the ES-module bundle's main(), as bin/preflight.js ran every check before. */
async function viaMainBundle(args: string[], cwd: string): Promise<CliResult> {
  const script = `import(${JSON.stringify(join(BUNDLE, 'main.js'))}).then(({ main }) => main(${JSON.stringify(args)})).then((code) => { process.exitCode = code; })`;
  return execFileAsync(process.execPath, ['-e', script], { cwd, env: { ...ENV, NO_COLOR: '1', PREFLIGHT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'preflight-launch-cache-')) } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** A copy of the built tool whose dist/bundle can be changed without touching the one other tests run. */
function toolCopy(): { bin: string; bundle: string } {
  const tool = mkdtempSync(join(tmpdir(), 'preflight-launch-tool-'));
  for (const part of ['bin', 'dist', 'wasm', 'python', 'checklists', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(tool, part), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(tool, 'node_modules'));
  return { bin: join(tool, 'bin', 'preflight.js'), bundle: join(tool, 'dist', 'bundle') };
}

async function runBin(bin: string, args: string[]): Promise<CliResult> {
  return execFileAsync(process.execPath, [bin, ...args], { cwd: EXAMPLE_SHOP, env: { ...ENV, NO_COLOR: '1', PREFLIGHT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'preflight-launch-cache-')) } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const codeCaches = (bundle: string): string[] => readdirSync(bundle).filter((name) => name.startsWith('check.cjs.') && name.endsWith('.v8cache'));

describe('a check run from dist/bundle/check.cjs', () => {
  it('is compiled from a code cache the Node running it takes', () => {
    // One cache, for this Node; V8 refuses a cache made under other settings, so this is what a user's run gets.
    expect(codeCaches(BUNDLE)).toEqual([`check.cjs.${process.version}-${process.arch}.v8cache`]);
    // Compiled as src/cli/launch.ts compiles it; a stack trace through it (an output stream that fails) must
    // name the installed file, not the build's staging folder the cache was made in.
    const script = `const { Script } = require('node:vm'); const { readFileSync } = require('node:fs'); const { createRequire } = require('node:module');
      const file = ${JSON.stringify(join(BUNDLE, 'check.cjs'))};
      const script = new Script('(function (exports, require, module, __filename, __dirname) { ' + readFileSync(file, 'utf8') + '\\n});',
        { filename: file, cachedData: readFileSync(${JSON.stringify(join(BUNDLE, codeCaches(BUNDLE)[0] ?? 'none'))}) });
      const module = { exports: {} };
      script.runInThisContext()(module.exports, createRequire(file), module, file, ${JSON.stringify(BUNDLE)});
      module.exports.main(['--version'], { stdout: { write() { throw new Error('stdout failed'); } } }).catch((error) => {
        process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, stack: error.stack }));
      });`;
    const { rejected, stack } = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: ENV, encoding: 'utf8' })) as { rejected: boolean; stack: string };
    expect(rejected).toBe(false);
    expect(stack).toContain(`${join(BUNDLE, 'check.cjs')}:`);
    expect(stack).not.toMatch(/dist\.build-/);
  });

  it('reports what the ES-module bundle reports: findings, JSON, help, usage errors and their exit codes', async () => {
    for (const args of [['check', '--no-cache'], ['check', '--no-cache', '--format', 'json'], ['check', '--help'], ['check', '--bogus'], ['check', 'migrations/versions/no_such_file.py']]) {
      const bin = await runCli(args, { cwd: EXAMPLE_SHOP });
      expect(bin, args.join(' ')).toEqual(await viaMainBundle(args, EXAMPLE_SHOP));
    }
    const findings = await runCli(['check', '--no-cache'], { cwd: EXAMPLE_SHOP });
    expect(findings.code).toBe(1);
    expect(findings.stdout).toMatch(/11 migrations checked \(head f5f4ae3110f6\): 6 errors, 2 warnings/);
  });

  it('is what bin/preflight.js runs for check, with global options before or after it, and for nothing else', async () => {
    const { bin, bundle } = toolCopy();
    for (const cache of codeCaches(bundle)) rmSync(join(bundle, cache));
    writeFileSync(join(bundle, 'check.cjs'), 'exports.main = async (argv) => { process.stdout.write("check.cjs " + argv.join(" ") + "\\n"); return 42; };\n');
    expect(await runBin(bin, ['check', '--no-cache'])).toEqual({ code: 42, stdout: 'check.cjs check --no-cache\n', stderr: '' });
    expect((await runBin(bin, ['-C', '.', 'check'])).stdout).toBe('check.cjs -C . check\n');
    expect((await runBin(bin, ['check', '-C', '.'])).stdout).toBe('check.cjs check -C .\n');
    const explain = await runBin(bin, ['explain', 'drop-table']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/drop-table/);
    expect((await runBin(bin, ['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports the same without its code cache, with a damaged one, and without check.cjs at all', async () => {
    const expected = await runCli(['check', '--no-cache', '--format', 'json'], { cwd: EXAMPLE_SHOP });
    const { bin, bundle } = toolCopy();
    const [cache] = codeCaches(bundle);
    // Damaged: V8 refuses it and compiles the script as it runs.
    writeFileSync(join(bundle, cache!), 'not a code cache');
    expect(await runBin(bin, ['check', '--no-cache', '--format', 'json'])).toEqual(expected);
    // Another Node's (or none): no file of this Node's name.
    rmSync(join(bundle, cache!));
    expect(await runBin(bin, ['check', '--no-cache', '--format', 'json'])).toEqual(expected);
    // A build without check.cjs: the ES-module bundle runs the check.
    rmSync(join(bundle, 'check.cjs'));
    expect(await runBin(bin, ['check', '--no-cache', '--format', 'json'])).toEqual(expected);
  });
});
