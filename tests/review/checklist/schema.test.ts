import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { validateChecklist } from '../../../src/review/checklist/schema.js';
import { UserError } from '../../../src/model/errors.js';
import { loadChecklistFile } from '../../../src/io/fs/checklists.js';
import { packageFile } from '../../../src/io/package-paths.js';
import { RULES, findRule } from '../../../src/rules/index.js';

const SHIPPED = packageFile('checklists', 'migration.yaml');
const PUBLIC_IDS = [
  'alter-not-drop',
  'data-migration-strategy',
  'defaults-for-new-columns',
  'reversible',
  'tested-on-production-copy',
  'production-safeguards',
  'rollback-plan',
];

const dir = mkdtempSync(join(tmpdir(), 'preflight-checklist-'));
let counter = 0;

/** Writes `document` (an object → YAML, or raw text) to a fresh temp file and returns its path. */
function writeChecklist(document: unknown): string {
  const path = join(dir, `checklist-${++counter}.yaml`);
  writeFileSync(path, typeof document === 'string' ? document : stringifyYaml(document));
  return path;
}

function shippedDocument(): { items: Record<string, unknown>[] } & Record<string, unknown> {
  return parseYaml(readFileSync(SHIPPED, 'utf8')) as { items: Record<string, unknown>[] } & Record<string, unknown>;
}

/** The UserError message of loading `path`; fails when it loads. */
function loadError(path: string): string {
  try {
    loadChecklistFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    return (error as UserError).message;
  }
  throw new Error(`${path} loaded without an error`);
}

describe('the shipped checklist (checklists/migration.yaml)', () => {
  const { checklist } = loadChecklistFile(SHIPPED);

  it('is the YAML as written, also when read from the build\'s parsed copy (dist/checklists/migration.json)', () => {
    expect(checklist).toEqual(validateChecklist(parseYaml(readFileSync(SHIPPED, 'utf8')), SHIPPED));
    // The copy names the bytes it was parsed from (the test run builds first): an edited YAML is parsed again.
    const built = JSON.parse(readFileSync(packageFile('dist', 'checklists', 'migration.json'), 'utf8')) as { sha256: string };
    expect(built.sha256).toBe(createHash('sha256').update(readFileSync(SHIPPED)).digest('hex'));
  });

  it('validates and holds the 7 public item ids in the guide order', () => {
    expect(checklist.id).toBe('migration');
    expect(checklist.version).toBe(1);
    expect(checklist.items.map((item) => item.id)).toEqual(PUBLIC_IDS);
    for (const item of checklist.items) {
      expect(item.question.trim()).not.toBe('');
      expect(item.why.trim()).not.toBe('');
      expect(item.fix.trim()).not.toBe('');
    }
  });

  it('asks the reviewer, with a required note, for the items no check can decide', () => {
    const asked = checklist.items.filter((item) => !item.decide).map((item) => item.id);
    expect(asked).toEqual(['tested-on-production-copy', 'rollback-plan']);
    for (const id of asked) {
      const item = checklist.items.find((candidate) => candidate.id === id)!;
      expect(item.note).toBe('required');
      expect(item.notePrompt).toBeTruthy();
    }
    // Everything else defaults to "a note only for no / overrides".
    expect(checklist.items.filter((item) => item.decide).every((item) => item.note === 'on-no')).toBe(true);
  });

  it('names only rules that exist', () => {
    for (const item of checklist.items) {
      for (const rule of item.decide?.rules ?? []) expect(findRule(rule), `${item.id} names ${rule}`).toBeDefined();
    }
  });

  it("every rule an item names declares that item in its module's `decides`", () => {
    const mismatches: string[] = [];
    for (const item of checklist.items) {
      for (const ruleId of item.decide?.rules ?? []) {
        const decides: string[] = findRule(ruleId)?.decides ?? [];
        if (!decides.includes(item.id)) mismatches.push(`${item.id} lists ${ruleId}, whose decides is [${decides.join(', ')}]`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("every rule module's `decides` is listed by that item in the YAML", () => {
    const unlisted: string[] = [];
    for (const rule of RULES) {
      for (const itemId of rule.decides ?? []) {
        const item = checklist.items.find((candidate) => candidate.id === itemId);
        expect(item, `${rule.id} decides unknown item ${itemId}`).toBeDefined();
        if (!item?.decide?.rules.includes(rule.id)) unlisted.push(`${rule.id} → ${itemId}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('alter-not-drop is decided by drops only', () => {
    expect(checklist.items.find((item) => item.id === 'alter-not-drop')!.decide!.rules).toEqual(['drop-table', 'drop-and-recreate-table', 'reset-migration']);
  });
});

describe('a bad checklist file is one UserError naming the file and the field path', () => {
  it('an unknown field on an item', () => {
    const document = shippedDocument();
    document.items[2]!['descripton'] = 'typo';
    const path = writeChecklist(document);
    const message = loadError(path);
    expect(message).toBe(`${path}: items[2] (defaults-for-new-columns).descripton: unknown field`);
  });

  it('an unknown field at the top level', () => {
    const path = writeChecklist({ ...shippedDocument(), owner: 'me' });
    expect(loadError(path)).toBe(`${path}: owner: unknown field`);
  });

  it('an unknown field inside decide', () => {
    const document = shippedDocument();
    document.items[0]!['decide'] = { rules: ['drop-table'], rule: 'x' };
    const path = writeChecklist(document);
    expect(loadError(path)).toBe(`${path}: items[0] (alter-not-drop).decide.rule: unknown field`);
  });

  it('a missing question', () => {
    const document = shippedDocument();
    delete document.items[3]!['question'];
    const path = writeChecklist(document);
    const message = loadError(path);
    expect(message.startsWith(`${path}: items[3] (reversible).question: `)).toBe(true);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('an empty question', () => {
    const document = shippedDocument();
    document.items[1]!['question'] = '';
    const path = writeChecklist(document);
    expect(loadError(path)).toMatch(new RegExp(`^${escape(path)}: items\\[1\\] \\(data-migration-strategy\\)\\.question: `));
  });

  it('a duplicate item id', () => {
    const document = shippedDocument();
    document.items[4]!['id'] = 'alter-not-drop';
    const path = writeChecklist(document);
    expect(loadError(path)).toBe(`${path}: items[4].id: duplicate item id alter-not-drop`);
  });

  it('an unknown rule in decide.rules', () => {
    const document = shippedDocument();
    document.items[0]!['decide'] = { rules: ['drop-table', 'drop-tabel'] };
    const path = writeChecklist(document);
    expect(loadError(path)).toBe(`${path}: items[0] (alter-not-drop).decide.rules[1]: unknown rule drop-tabel`);
  });

  it('an id that is not kebab-case', () => {
    const document = shippedDocument();
    document.items[5]!['id'] = 'Production_Safeguards';
    const path = writeChecklist(document);
    expect(loadError(path)).toBe(`${path}: items[5] (Production_Safeguards).id: must be kebab-case (a-z, 0-9, -)`);
  });

  it('a bad note mode', () => {
    const document = shippedDocument();
    document.items[6]!['note'] = 'always';
    const path = writeChecklist(document);
    expect(loadError(path)).toMatch(new RegExp(`^${escape(path)}: items\\[6\\] \\(rollback-plan\\)\\.note: `));
  });

  it('invalid YAML names the file and the line', () => {
    const path = writeChecklist('id: migration\nitems: [\n  - id: x\n');
    expect(loadError(path)).toMatch(new RegExp(`^${escape(path)}:\\d+: invalid YAML: `));
  });

  it('a missing file', () => {
    const path = join(dir, 'missing.yaml');
    expect(loadError(path)).toBe(`${path}: cannot read checklist file`);
  });

  it('validateChecklist reports the (root) for a document that is not an object', () => {
    expect(() => validateChecklist('just text', 'team.yaml')).toThrow(/^team\.yaml: \(root\): /);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
