import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFieldValues, type FieldValues } from '../../src/scaffold/fields.js';
import { defaultStyle, styleFromMako } from '../../src/scaffold/migration-file.js';
import { parentRevision, planMigration, versionDirectory, type PlanInput } from '../../src/scaffold/plan.js';
import { renderBody, type RenderContext } from '../../src/scaffold/render.js';
import { parseTemplate } from '../../src/scaffold/template.js';
import { REPO_ROOT } from '../support/cli.js';
import { testParser } from '../support/parser.js';
import { shippedTemplate, shippedTemplateNames } from '../support/scaffold-templates.js';

const CONTEXT: RenderContext = { dialect: 'postgresql', revision: 'abc', destructiveFlag: 'ALLOW_DESTRUCTIVE_MIGRATIONS', environmentVariable: 'ENVIRONMENT' };
const fixedBytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => 0x1a + i * 0x11);

function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  const template = overrides.template ?? shippedTemplate('add-column');
  return {
    template,
    values: resolveFieldValues(template, { table: 'users', column: 'phone' }, 'postgresql'),
    message: 'add phone',
    dialect: 'postgresql',
    project: { fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40, versionLocations: ['/p/migrations/versions'] },
    heads: [{ revision: '3c1f2a9b8d7e', file: '/p/migrations/versions/3c1f2a9b8d7e_create_users_table.py' }],
    existingRevisions: new Set(['3c1f2a9b8d7e']),
    style: defaultStyle(false),
    settings: { destructiveFlag: 'ALLOW_DESTRUCTIVE_MIGRATIONS', guardVariables: ['ENVIRONMENT', 'ALLOW_DESTRUCTIVE_MIGRATIONS'] },
    randomBytes: fixedBytes,
    now: new Date(2024, 2, 4, 10, 0, 0, 250),
    ...overrides,
  };
}

describe('planMigration writes what `alembic revision` would, plus the pattern', () => {
  it('renders the whole file in the plain style', () => {
    const plan = planMigration(planInput());
    expect(plan.revision).toBe('1a2b3c4d5e6f');
    expect(plan.path).toBe('/p/migrations/versions/1a2b3c4d5e6f_add_phone.py');
    expect(plan.content).toBe(`"""add phone

Revision ID: 1a2b3c4d5e6f
Revises: 3c1f2a9b8d7e
Create Date: 2024-03-04 10:00:00.250000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1a2b3c4d5e6f'
down_revision = '3c1f2a9b8d7e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "phone")
`);
  });

  it("follows the project's script.py.mako: annotations, typing import, return annotations, extra imports", () => {
    const shop = styleFromMako(readFileSync(join(REPO_ROOT, 'examples/shop/migrations/script.py.mako'), 'utf8'));
    expect(shop.annotations).toEqual({
      revision: 'str',
      downRevision: 'Union[str, None]',
      branchLabels: 'Union[str, Sequence[str], None]',
      dependsOn: 'Union[str, Sequence[str], None]',
    });
    const plain = styleFromMako(readFileSync(join(REPO_ROOT, 'tests/fixtures/projects/linear/script.py.mako'), 'utf8'));
    expect(plain.annotations).toBeUndefined();
    const old = styleFromMako('"""${message}"""\nfrom alembic import op\nimport sqlalchemy as sa\nimport sqlmodel\n${imports if imports else ""}\nrevision = ${repr(up_revision)}\ndef upgrade():\n    ${upgrades if upgrades else "pass"}\n');
    expect(old).toEqual({ returnAnnotation: false, extraImports: ['import sqlmodel'] });

    const template = shippedTemplate('drop-column');
    const plan = planMigration(
      planInput({ template, values: resolveFieldValues(template, { table: 'users', column: 'legacy', type: 'UUID' }, 'postgresql'), style: shop }),
    );
    expect(plan.content).toContain(
      '"""\nimport os\nfrom typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql\n\n\n# revision',
    );
    expect(plan.content).toContain("revision: str = '1a2b3c4d5e6f'\ndown_revision: Union[str, None] = '3c1f2a9b8d7e'\n");
    expect(plan.content).toContain('sa.Column("legacy", postgresql.UUID(as_uuid=True), nullable=True)');
    const noReturn = planMigration(planInput({ style: old }));
    expect(noReturn.content).toContain('\nimport sqlalchemy as sa\nimport sqlmodel\n');
    expect(noReturn.content).toContain('\ndef upgrade():\n');
  });

  it('starts a new history when there is no head, and refuses two heads with the merge command', () => {
    const first = planMigration(planInput({ heads: [] }));
    expect(first.downRevision).toBeNull();
    expect(first.content).toContain('Revises: \n');
    expect(first.content).toContain('down_revision = None\n');
    expect(() => parentRevision([{ revision: 'aaa', file: 'a.py' }, { revision: 'bbb', file: 'b.py' }])).toThrow(
      'the project has 2 heads (aaa, bbb); a new migration needs a single head. Merge them first: alembic merge -m "merge heads" aaa bbb',
    );
  });

  it('draws a new id when the first one is taken', () => {
    let calls = 0;
    const randomBytes = (n: number) => (calls++ === 0 ? fixedBytes(n) : new Uint8Array(n).fill(0xee));
    const plan = planMigration(planInput({ existingRevisions: new Set(['1a2b3c4d5e6f']), randomBytes }));
    expect(plan.revision).toBe('eeeeeeeeeeee');
    expect(calls).toBe(2);
  });

  it("writes into the head's folder when there are several version locations", () => {
    const head = { revision: 'x', file: '/p/b/x_head.py' };
    expect(versionDirectory(['/p/a', '/p/b'], head)).toBe('/p/b');
    expect(versionDirectory(['/p/a', '/p/b'], null)).toBe('/p/a');
    expect(versionDirectory(['/p/a', '/p/b'], { revision: 'x', file: '/elsewhere/x.py' })).toBe('/p/a');
  });

  it('keeps the file inside the version folder', () => {
    expect(() => planMigration(planInput({ project: { fileTemplate: '../%(rev)s', truncateSlugLength: 40, versionLocations: ['/p/v'] } }))).toThrow(
      /would write outside the version folder/,
    );
  });

  it('produces files the migration parser reads back: revision, down_revision, message, style', async () => {
    const parser = await testParser();
    for (const annotated of [false, true]) {
      const plan = planMigration(planInput({ style: defaultStyle(annotated), message: 'he said "hi" \\ """); import os #' }));
      const facts = parser.parse(plan.content, 'x.py');
      expect(facts.parseError).toBeUndefined();
      expect(facts.revision?.value).toBe('1a2b3c4d5e6f');
      expect(facts.downRevision?.value).toBe('3c1f2a9b8d7e');
      expect(facts.message).toBe('he said "hi" \\ """); import os #');
      expect(facts.annotatedVariables).toBe(annotated);
    }
  });
});

describe('renderBody escapes every value, even ones that skipped validation', () => {
  const hostile = 'x"); import os; os.system("rm -rf /") #\n\\"""\u2028';

  it('keeps a hostile string inside its literal in every shipped template', async () => {
    const parser = await testParser();
    for (const name of shippedTemplateNames()) {
      const template = shippedTemplate(name);
      const values: FieldValues = {};
      for (const field of template.fields) {
        if (field.kind === 'identifier' || field.kind === 'enum-value' || field.kind === 'text') values[field.name] = { kind: field.kind, value: hostile };
        if (field.kind === 'columns') values[field.name] = { kind: 'columns', value: [hostile, 'b'] };
        if (field.kind === 'bool') values[field.name] = { kind: 'bool', value: false };
        if (field.kind === 'type') values[field.name] = { kind: 'type', value: { label: 'String', python: 'sa.String()', category: 'string', imports: [] } };
        if (field.kind === 'default') values[field.name] = { kind: 'default', value: { label: hostile, python: JSON.stringify(hostile), constant: true } };
      }
      for (const dialect of ['postgresql', 'sqlite', 'mysql'] as const) {
        if (template.dialects && !template.dialects.includes(dialect)) continue;
        const body = renderBody(template, values, { ...CONTEXT, dialect });
        const source = `import os\n\ndef upgrade():\n${body.upgrade}\n\ndef downgrade():\n${body.downgrade}\n`;
        const facts = parser.parse(source, `${name}.py`);
        expect(facts.parseError, `${name} on ${dialect}:\n${source}`).toBeUndefined();
        // No call but the template's own: os.getenv in the drop-column guard is the only os.* call.
        const calls = facts.otherCalls.map((call) => call.callee).filter((callee) => /os\./.test(callee));
        expect(calls.every((callee) => callee === 'os.getenv'), `${name}: ${calls.join(', ')}`).toBe(true);
        const tables = facts.operations
          .filter((operation) => operation.name !== 'execute')
          .map((operation) => operation.args[0])
          .filter((arg) => arg?.kind === 'str');
        expect(tables.length, name).toBeGreaterThan(name === 'empty' || name === 'add-enum-value' ? -1 : 0);
        for (const table of tables) expect([hostile, `ix_${hostile}`]).toContain(table!.kind === 'str' ? table!.value : '');
      }
    }
  });

  it('renders :kwarg only when the field has a value, and context values as literals', () => {
    const template = parseTemplate(
      `---
name: t
summary: s
message: m
fields:
  - name: d
    kind: text
    prompt: d
    required: false
---
@@ upgrade @@
f(1{{d:kwarg}})
g({{@destructive_flag}}, {{@revision}})
@@ downgrade @@
`,
      't.py.tmpl',
    );
    expect(renderBody(template, {}, CONTEXT).upgrade).toBe('    f(1)\n    g("ALLOW_DESTRUCTIVE_MIGRATIONS", "abc")');
    expect(renderBody(template, { d: { kind: 'text', value: 'x' } }, CONTEXT).upgrade).toBe('    f(1, d="x")\n    g("ALLOW_DESTRUCTIVE_MIGRATIONS", "abc")');
    expect(renderBody(template, {}, CONTEXT).downgrade).toBe('    pass');
  });

  it('builds SQL from quoted identifiers and escaped literals', () => {
    const enumValue = shippedTemplate('add-enum-value');
    const values = resolveFieldValues(enumValue, { enum_type: 'UserStatus', enum_value: "it's: x" }, 'postgresql');
    expect(renderBody(enumValue, values, CONTEXT).upgrade).toContain(`op.execute("ALTER TYPE \\"UserStatus\\" ADD VALUE IF NOT EXISTS 'it''s\\\\: x'")`);
    const data = shippedTemplate('data-migration');
    const dataValues = resolveFieldValues(data, { table: 'user', column: 'FullName', old_column: 'name' }, 'postgresql');
    expect(renderBody(data, dataValues, CONTEXT).upgrade).toContain(
      'connection.execute(sa.text("UPDATE \\"user\\" SET \\"FullName\\" = name WHERE \\"FullName\\" IS NULL"))',
    );
  });
});
