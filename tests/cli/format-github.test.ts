/**
 * `check --format github` emits GitHub Actions workflow commands:
 *   ::error file=F,line=L,col=C,title=T::MESSAGE
 * Per actions/toolkit (command.ts): in the message `%`, `\r`, `\n` are escaped as
 * %25, %0D, %0A; in property values also `:` (%3A) and `,` (%2C).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/cli/format/github.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';

/** One workflow command line: level, raw properties, raw (escaped) message. */
const COMMAND = /^::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;
/** After escaping, a `%` may only start one of the toolkit's escapes. */
const ONLY_ESCAPES = /%(?!25|0D|0A|3A|2C)/;

interface Annotation {
  level: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseAnnotations(stdout: string): Annotation[] {
  const lines = stdout.split('\n').filter((line) => line !== '');
  return lines.map((line) => {
    const match = COMMAND.exec(line);
    expect(match, `not a workflow command: ${line}`).not.toBeNull();
    const [, level, properties, message] = match!;
    expect(properties, line).not.toMatch(ONLY_ESCAPES);
    expect(message, line).not.toMatch(ONLY_ESCAPES);
    const entries = properties!.split(',').map((pair) => {
      const index = pair.indexOf('=');
      return [pair.slice(0, index), unescape(pair.slice(index + 1))] as const;
    });
    return { level: level!, properties: Object.fromEntries(entries), message: unescape(message!) };
  });
}

describe('check --format github', () => {
  it('writes one well-formed annotation per unsuppressed finding of examples/shop', async () => {
    const [github, json] = await Promise.all([
      runCli(['check', '--format', 'github'], { cwd: EXAMPLE_SHOP }),
      runCli(['check', '--format', 'json'], { cwd: EXAMPLE_SHOP }),
    ]);
    expect(github.code).toBe(1);
    const annotations = parseAnnotations(github.stdout);
    const findings = (JSON.parse(json.stdout).findings as { rule: string; severity: string; file: string; line: number; column: number; message: string; suppressed: boolean }[]).filter(
      (finding) => !finding.suppressed,
    );
    expect(annotations).toHaveLength(findings.length);
    expect(annotations.length).toBeGreaterThan(5);
    annotations.forEach((annotation, index) => {
      const finding = findings[index]!;
      expect(Object.keys(annotation.properties)).toEqual(['file', 'line', 'col', 'title']);
      expect(annotation).toEqual({
        level: finding.severity === 'info' ? 'notice' : finding.severity,
        properties: { file: finding.file, line: String(finding.line), col: String(finding.column), title: finding.rule },
        message: finding.message,
      });
      expect(annotation.properties['file']).toMatch(/^migrations\/versions\/[^/]+\.py$/);
    });
    const dropTable = annotations.find((annotation) => annotation.properties['title'] === 'drop-table');
    expect(dropTable).toMatchObject({ level: 'error', properties: { file: 'migrations/versions/eaa6964182da_drop_legacy_coupons.py' } });
  });

  it('escapes %, newlines, : and , in file names, titles and messages', async () => {
    const project = mkdtempSync(join(tmpdir(), 'preflight-github-'));
    cpSync(EXAMPLE_SHOP, project, { recursive: true });
    const versions = join(project, 'migrations', 'versions');
    const original = join(versions, 'eaa6964182da_drop_legacy_coupons.py');
    const source = readFileSync(original, 'utf8').replace('op.drop_table("legacy_coupons")', 'op.drop_table("coupons,100%:off")');
    // Same revision id, new name with every character that needs escaping in a property.
    const weirdName = 'eaa6964182da_drop,100%:coupons.py';
    writeFileSync(join(versions, weirdName), source);
    rmSync(original);

    const result = await runCli(['check', '--format', 'github'], { cwd: project });
    const line = result.stdout.split('\n').find((entry) => entry.includes('title=drop-table'));
    expect(line, result.stdout + result.stderr).toBeDefined();
    expect(line).toContain('file=migrations/versions/eaa6964182da_drop%2C100%25%3Acoupons.py,');
    expect(line).toContain('::upgrade drops table coupons,100%25:off');
    const [annotation] = parseAnnotations(`${line}\n`);
    expect(annotation!.properties['file']).toBe(`migrations/versions/${weirdName}`);
    expect(annotation!.message).toContain('coupons,100%:off');
  });

  it('escapes like actions/toolkit', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir:a,b/100%\nx')).toBe('dir%3Aa%2Cb/100%25%0Ax');
    // % first, so an escape is never escaped twice.
    expect(escapeProperty('%3A')).toBe('%253A');
    expect(unescape(escapeProperty('a%2C,:%\n'))).toBe('a%2C,:%\n');
  });
});
