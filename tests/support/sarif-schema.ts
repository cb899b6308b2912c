/**
 * The SARIF 2.1.0 JSON schema and a validator for it, for the tests of `check --format sarif` (the OASIS
 * sarif-2.1.0-rtm.5 schema, taken from the npm package @microsoft/jest-sarif's
 * lib/schemas/). No JSON-schema library is installed, so a small draft-04
 * validator below covers exactly the keywords that schema uses (it refuses any
 * other keyword rather than ignoring it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './cli.js';

export type Schema = Record<string, unknown>;
export const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Schema;

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
