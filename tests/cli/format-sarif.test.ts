/** `check --format sarif` against the SARIF 2.1.0 JSON schema (validator: tests/support/sarif-schema.ts). */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { EXAMPLE_SHOP, runCli } from '../support/cli.js';
import { SCHEMA, validate } from '../support/sarif-schema.js';

async function sarifOfShop() {
  const result = await runCli(['check', '--format', 'sarif'], { cwd: EXAMPLE_SHOP });
  expect(result.stderr).toBe('');
  return { code: result.code, log: JSON.parse(result.stdout) as Record<string, any> };
}

describe('the schema validator', () => {
  it('accepts a minimal log and rejects broken ones', () => {
    const minimal = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } } }] };
    expect(validate(minimal, SCHEMA)).toEqual([]);
    expect(validate({ ...minimal, version: '2.0.0' }, SCHEMA).join('\n')).toContain('/version');
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] }, SCHEMA).join('\n')).toContain('missing required property driver');
    const badLevel = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] };
    expect(validate(badLevel, SCHEMA).join('\n')).toContain('/runs/0/results/0/level');
    const badLine = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] };
    expect(validate(badLine, SCHEMA).join('\n')).toContain('startLine');
  });
});

describe('check --format sarif', () => {
  it('is valid SARIF 2.1.0 for examples/shop', async () => {
    const { code, log } = await sarifOfShop();
    expect(code).toBe(1);
    expect(validate(log, SCHEMA)).toEqual([]);
  });

  it('has the structure code scanning needs', async () => {
    const { log } = await sarifOfShop();
    expect(log['version']).toBe('2.1.0');
    expect(log['$schema']).toMatch(/sarif-2\.1\.0/);
    expect(log['runs']).toHaveLength(1);
    const run = log['runs'][0];
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
    expect(run.tool.driver.name).toBeTruthy();
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    rules.forEach((rule, index) => expect(rule.shortDescription.text).toBe(RULES[index]!.summary));
    const results = run.results as Record<string, any>[];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(rules[result['ruleIndex']]?.id).toBe(result['ruleId']);
      expect(['error', 'warning', 'note']).toContain(result['level']);
      expect(result['message'].text).toBeTruthy();
      const location = result['locations'][0].physicalLocation;
      expect(location.artifactLocation.uri).toMatch(/^migrations\/versions\/[^/]+\.py$/);
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const dropTable = results.find((result) => result['ruleId'] === 'drop-table')!;
    expect(dropTable['level']).toBe('error');
    expect(dropTable['locations'][0].physicalLocation.artifactLocation.uri).toBe('migrations/versions/eaa6964182da_drop_legacy_coupons.py');
  });
});
