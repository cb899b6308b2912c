// Global options before or after the command (`preflight -C app check`, `preflight check -C app`):
// given twice, the last one counts; no command has an option of the same name; every command's help
// lists them; and the report replay bin/preflight.js tries first reads them the same way.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp, GLOBAL_OPTIONS_HELP } from '../../src/cli/command.js';
import { GLOBAL_OPTIONS_AFTER_COMMAND, parseGlobalOptions } from '../../src/cli/global-options.js';
import { COMMANDS } from '../../src/cli/main.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

describe('parseGlobalOptions', () => {
  it('takes -C, --config and --no-color after the command, in every spelling', () => {
    expect(parseGlobalOptions(['check', '-C', 'app', '--format', 'json'])).toEqual({ global: { directory: 'app' }, rest: ['check', '--format', 'json'] });
    expect(parseGlobalOptions(['check', '-Capp', '--config=alembic.ini', '--no-color'])).toEqual({
      global: { directory: 'app', configPath: 'alembic.ini', color: false },
      rest: ['check'],
    });
  });

  it('lets the last of a repeated option count, before or after the command', () => {
    expect(parseGlobalOptions(['-C', 'first', 'check', '-C', 'second']).global.directory).toBe('second');
    expect(parseGlobalOptions(['--config', 'a.ini', 'check', '--config=b.ini']).global.configPath).toBe('b.ini');
    expect(parseGlobalOptions(['-C', 'first', '-C', 'second', 'check']).global.directory).toBe('second');
  });

  it('leaves everything after -- to the command', () => {
    expect(parseGlobalOptions(['check', '--', '-C', 'app'])).toEqual({ global: {}, rest: ['check', '--', '-C', 'app'] });
  });
});

describe('global options on the command line', () => {
  it('uses the one after the command when -C is given before and after it', async () => {
    const missing = join(tmpdir(), 'preflight-no-such-project');
    const expected = await runCli(['-C', EXAMPLE_SHOP, 'check', '--format', 'json', '--no-cache'], { cwd: tmpdir() });
    const both = await runCli(['-C', missing, 'check', '--format', 'json', '--no-cache', '-C', EXAMPLE_SHOP], { cwd: tmpdir() });
    expect(both.stderr).toBe('');
    expect(both.stdout).toBe(expected.stdout);
    expect(both.code).toBe(expected.code);
    // And the other way round: the project named last is the one looked for.
    const reversed = await runCli(['-C', EXAMPLE_SHOP, 'check', '-C', missing], { cwd: tmpdir() });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/preflight-no-such-project/);
  });

  it('is never an option of a command of the same name (it could mean two things)', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const command = await entry.load();
      for (const [option, declared] of Object.entries(command.options)) {
        expect(GLOBAL_OPTIONS_AFTER_COMMAND.long as readonly string[], `${name} --${option}`).not.toContain(option);
        // --color would read as the opposite of the global --no-color.
        expect(option, `${name} --${option}`).not.toBe('color');
        if (declared.short) expect(GLOBAL_OPTIONS_AFTER_COMMAND.short as readonly string[], `${name} -${declared.short}`).not.toContain(declared.short);
      }
    }
  });

  it("is listed in every command's --help", async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const help = commandHelp(await entry.load());
      expect(help, name).toContain(GLOBAL_OPTIONS_HELP.join('\n'));
    }
    const shown = await runCli(['new', '--help']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(GLOBAL_OPTIONS_HELP.join('\n'));
  });
});

describe('the report replay reads global options after the command as main() does', () => {
  it('answers check -C DIR from the report the full run stored, with the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-global-replay-'));
    cpSync(EXAMPLE_SHOP, dir, { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), 'preflight-global-replay-cache-'));
    const env = { PREFLIGHT_CACHE_DIR: cache };
    const reports = () => readdirSync(cache).filter((name) => name.startsWith('report-'));
    // The full run (no report yet) stores its report; the second run is answered from it.
    const full = await runCli(['check', '-C', dir, '--format', 'json'], { cwd: tmpdir(), env });
    expect(reports()).toHaveLength(1);
    const replayed = await runCli(['check', '-C', dir, '--format', 'json'], { cwd: tmpdir(), env });
    expect(replayed).toEqual(full);
    expect(full.stdout).toMatch(/"findings"/);
    // It is the replay that answers that command line, and `-C DIR check` is the same invocation.
    const file = join(cache, reports()[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { stdout: string };
    expect(stored.stdout).toBe(full.stdout);
    writeFileSync(file, JSON.stringify({ ...stored, stdout: '{"replayed":true}\n' }));
    for (const args of [['check', '-C', dir, '--format', 'json'], ['-C', dir, 'check', '--format', 'json'], ['check', '--format', 'json', `-C${dir}`]]) {
      expect((await runCli(args, { cwd: tmpdir(), env })).stdout, args.join(' ')).toBe('{"replayed":true}\n');
    }
    // A different project named last is another invocation: not answered from this report.
    const other = await runCli(['-C', dir, 'check', '--format', 'json', '-C', EXAMPLE_SHOP], { cwd: tmpdir(), env });
    expect(other.stdout).not.toBe('{"replayed":true}\n');
  });
});
