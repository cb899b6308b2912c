/**
 * `check --format sarif` against the SARIF 2.1.0 JSON schema (the OASIS
 * sarif-2.1.0-rtm.5 schema, taken from the npm package @microsoft/jest-sarif's
 * lib/schemas/). No JSON-schema library is installed, so a small draft-04
 * validator below covers exactly the keywords that schema uses (it refuses any
 * other keyword rather than ignoring it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { EXAMPLE_SHOP, REPO_ROOT, runCli } from '../support/cli.js';

type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Schema;

const ANNOTATIONS = new Set(['$schema', 'id', 'title', 'description', 'default', 'format', 'definitions']);
const KNOWN = new Set([...ANNOTATIONS, '$ref', 'type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'uniqueItems', 'minimum', 'maximum', 'pattern', 'oneOf', 'anyOf']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Returns the errors (JSON pointer: problem); empty when `value` is valid against `schema`. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = ''): string[] {
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`validator does not support ${keyword} (at ${path || '/'})`);
  if (typeof schema['$ref'] === 'string') {
    const ref = schema['$ref'];
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key], root) as Schema | undefined;
    if (!target) throw new Error(`dangling $ref ${ref}`);
    return validate(value, target, root, path);
  }
  const errors: string[] = [];
  const at = path || '/';
  if (schema['type'] !== undefined) {
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    if (!types.some((type) => matchesType(value, type))) return [`${at}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${at}: ${value} < minimum ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${at}: ${value} > maximum ${schema['maximum']}`);
  }
  if (typeof value === 'string' && typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${at}: fewer than ${schema['minItems']} items`);
    if (schema['uniqueItems'] === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) errors.push(`${at}: items are not unique`);
    if (schema['items'] && typeof schema['items'] === 'object') {
      value.forEach((item, index) => errors.push(...validate(item, schema['items'] as Schema, root, `${path}/${index}`)));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of (schema['required'] as string[] | undefined) ?? []) if (!(name in object)) errors.push(`${at}: missing required property ${name}`);
    const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [name, child] of Object.entries(object)) {
      if (properties[name]) errors.push(...validate(child, properties[name]!, root, `${path}/${name}`));
      else if (schema['additionalProperties'] === false) errors.push(`${at}: unexpected property ${name}`);
      else if (schema['additionalProperties'] && typeof schema['additionalProperties'] === 'object') {
        errors.push(...validate(child, schema['additionalProperties'] as Schema, root, `${path}/${name}`));
      }
    }
  }
  if (Array.isArray(schema['anyOf']) && !(schema['anyOf'] as Schema[]).some((option) => validate(value, option, root, path).length === 0)) {
    errors.push(`${at}: matches none of anyOf`);
  }
  if (Array.isArray(schema['oneOf'])) {
    const matching = (schema['oneOf'] as Schema[]).filter((option) => validate(value, option, root, path).length === 0).length;
    if (matching !== 1) errors.push(`${at}: matches ${matching} of oneOf (needs exactly 1)`);
  }
  return errors;
}

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
