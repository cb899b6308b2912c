import { describe, expect, it } from 'vitest';
import { parseTemplate, sectionFor, supportsDialect } from '../../src/scaffold/template.js';
import { shippedTemplate, shippedTemplateNames } from '../support/scaffold-templates.js';

const GUIDE_PATTERNS = ['add-column', 'rename-column', 'add-enum-value', 'create-index', 'data-migration', 'drop-column', 'create-table', 'empty'];

function template(front: string, body = '@@ upgrade @@\npass\n\n@@ downgrade @@\npass\n'): string {
  return `---\n${front.trim()}\n---\n${body}`;
}

const parse = (text: string) => parseTemplate(text, 'x.py.tmpl');

describe('the shipped templates', () => {
  it("cover the guide's common patterns, one file each", () => {
    expect(shippedTemplateNames()).toEqual([...GUIDE_PATTERNS].sort());
  });

  for (const name of GUIDE_PATTERNS) {
    it(`${name} parses and has an upgrade and a downgrade for every dialect it supports`, () => {
      const parsed = shippedTemplate(name);
      expect(parsed.name).toBe(name);
      for (const dialect of parsed.dialects ?? (['postgresql', 'sqlite', 'mysql', 'other'] as const)) {
        expect(sectionFor(parsed.upgrade, dialect), `${name} upgrade on ${dialect}`).toBeDefined();
        expect(sectionFor(parsed.downgrade, dialect), `${name} downgrade on ${dialect}`).toBeDefined();
      }
    });
  }

  it('keeps the PostgreSQL-only pattern to PostgreSQL', () => {
    const enumValue = shippedTemplate('add-enum-value');
    expect(supportsDialect(enumValue, 'postgresql')).toBe(true);
    expect(supportsDialect(enumValue, 'sqlite')).toBe(false);
    expect(supportsDialect(enumValue, 'other')).toBe(false);
    expect(supportsDialect(shippedTemplate('add-column'), 'other')).toBe(true);
  });

  it('picks the dialect variant over the plain section', () => {
    const index = shippedTemplate('create-index');
    expect(sectionFor(index.upgrade, 'postgresql')).toContain('postgresql_concurrently=True');
    expect(sectionFor(index.upgrade, 'postgresql')).toContain('autocommit_block()');
    expect(sectionFor(index.upgrade, 'sqlite')).not.toContain('concurrently');
    expect(sectionFor(index.upgrade, 'other')).not.toContain('concurrently');
  });
});

describe('template format errors name the file and line', () => {
  it('needs front matter', () => {
    expect(() => parse('@@ upgrade @@\npass\n')).toThrow(/^x\.py\.tmpl:1: template: must start with a --- line/);
    expect(() => parse('---\nname: x\n')).toThrow(/no closing --- line/);
    expect(() => parse('---\nname: [\n---\n')).toThrow(/front matter is not valid YAML/);
  });

  it('validates the front matter with its schema', () => {
    expect(() => parse(template('name: Bad_Name\nsummary: s\nmessage: m'))).toThrow(/front matter name: must be kebab-case/);
    expect(() => parse(template('name: x\nsummary: s\nmessage: m\ncolour: red'))).toThrow(/front matter colour: unknown key/);
    expect(() => parse(template('name: x\nsummary: s\nmessage: m\nfields:\n  - name: t\n    kind: table\n    prompt: p'))).toThrow(/fields\.0\.kind/);
    expect(() => parse(template('name: x\nsummary: s\nmessage: m\nimports: ["import os; os.system(1)"]'))).toThrow(/imports\.0: must be `import x`/);
  });

  it('checks references between fields, formats and placeholders', () => {
    const field = (extra: string) => `name: x\nsummary: s\nmessage: m\nfields:\n  - name: a\n    kind: identifier\n    prompt: p\n${extra}`;
    expect(() => parse(template(field('    when: { b: true }')))).toThrow(/field a: when refers to "b", which is not a field declared before it/);
    expect(() => parse(template(field('  - name: a\n    kind: text\n    prompt: q')))).toThrow(/field a is declared twice/);
    expect(() => parse(template(field('  - name: b\n    kind: bool\n    prompt: q')))).toThrow(/bool field needs a default/);
    expect(() => parse(template(field('sql:\n  s: "UPDATE {nope}"')))).toThrow(/sql\.s uses \{nope\}, which is not a field/);
    expect(() => parse(template(field('sql:\n  s: "UPDATE {a"')))).toThrow(/sql\.s has an unmatched/);
    expect(() => parse(template(field('  - name: t\n    kind: type\n    prompt: q\nsql:\n  s: "{t}"')))).toThrow(/type fields are Python expressions/);
    expect(() => parse(template(field(''), '@@ upgrade @@\nop.x({{b}})\n@@ downgrade @@\npass\n'))).toThrow(/x\.py\.tmpl:11: template: placeholder \{\{b\}\} is not a field/);
    expect(() => parse(template(field(''), '@@ upgrade @@\nop.x({{a:repr}})\n@@ downgrade @@\npass\n'))).toThrow(/malformed placeholder/);
    expect(() => parse(template(field(''), '@@ upgrade @@\nop.x({{@secret}})\n@@ downgrade @@\npass\n'))).toThrow(/unknown placeholder \{\{@secret\}\}/);
  });

  it('checks the sections', () => {
    const front = 'name: x\nsummary: s\nmessage: m';
    expect(() => parse(template(front, '@@ upgrade @@\npass\n'))).toThrow(/no @@ downgrade @@ section/);
    expect(() => parse(template(front, 'code before\n@@ upgrade @@\npass\n@@ downgrade @@\npass\n'))).toThrow(/x\.py\.tmpl:6: .*only comments may come before/);
    expect(() => parse(template(front, '@@ upgrade oracle @@\npass\n'))).toThrow(/unknown dialect "oracle"/);
    expect(() => parse(template(front, '@@ upgrade @@\n    pass\n@@ downgrade @@\npass\n'))).toThrow(/starts without indentation/);
    expect(() => parse(template(front, '@@ upgrade @@\nif x:\n\tpass\n@@ downgrade @@\npass\n'))).toThrow(/spaces, not tabs/);
    expect(() => parse(template(front, '@@upgrade@@\npass\n'))).toThrow(/malformed section header/);
    expect(() => parse(template(`${front}\ndialects: [postgresql]`, '@@ upgrade postgresql @@\npass\n@@ downgrade postgresql @@\npass\n'))).not.toThrow();
    expect(() => parse(template(front, '@@ upgrade postgresql @@\npass\n@@ downgrade @@\npass\n'))).toThrow(/no @@ upgrade @@ section \(and no variant for sqlite, mysql\)/);
  });

  it('reads a complete template', () => {
    const parsed = parse(
      template(
        `name: add-thing
summary: Add a thing
guide: Somewhere
message: add {column} to {table}
dialects: [postgresql, sqlite]
imports: [import os]
fields:
  - name: table
    kind: identifier
    prompt: Table
  - name: column
    kind: identifier
    prompt: Column
    default: "{table}_id"
  - name: flag
    kind: bool
    prompt: Flag?
    default: false
sql:
  fill: UPDATE {table} SET {column} = 1
text:
  why: "because {table}"
expected_findings:
  - rule: drop-column
    severity: warning
    why: on purpose
notes: Read me.`,
        '# a comment\n\n@@ upgrade @@\n\nop.execute({{fill}})\nraise RuntimeError({{why}})\n\n@@ downgrade @@\n@@ downgrade sqlite @@\npass\n',
      ),
    );
    expect(parsed).toMatchObject({
      name: 'add-thing',
      guide: 'Somewhere',
      dialects: ['postgresql', 'sqlite'],
      imports: ['import os'],
      sql: { fill: 'UPDATE {table} SET {column} = 1' },
      text: { why: 'because {table}' },
      expectedFindings: [{ rule: 'drop-column', severity: 'warning', why: 'on purpose' }],
      notes: 'Read me.',
      upgrade: { default: 'op.execute({{fill}})\nraise RuntimeError({{why}})' },
      downgrade: { default: '', sqlite: 'pass' },
    });
    expect(parsed.fields.map((field) => [field.name, field.required])).toEqual([
      ['table', true],
      ['column', true],
      ['flag', false],
    ]);
  });
});
