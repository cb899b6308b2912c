// readHeader: the revision variables of a version file from its module-level statements before the
// first definition, as `check FILE` reads every other file of a project. It must give exactly what
// the full parse gives the revision graph, or nothing (then the file is analysed in full).
import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_DEPTH, nestingBoundCeiling, scanPython } from '../../../src/analysis/parse/python-strictness.js';
import { migrationSource } from '../../support/generated-history.js';
import { dedent, testParser } from '../../support/parser.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** What the revision graph reads of a file (RevisionHeader), from the full parse. */
async function graphFieldsOfFullParse(source: string) {
  const facts = (await testParser()).parse(bytes(source), 'versions/a.py');
  const { path, revision, revisionProblem, parseError, downRevision, dependsOn, branchLabels, message } = facts;
  return { path, revision, revisionProblem, parseError, downRevision, dependsOn, branchLabels, message };
}

async function header(source: string) {
  return (await testParser()).readHeader(bytes(source), 'versions/a.py');
}

const TEMPLATE = migrationSource({
  revision: 'a1b2c3d4e5f6',
  downRevision: '0f9e8d7c6b5a',
  message: 'add phone to users',
  upgrade: '    op.add_column("users", sa.Column("phone", sa.String(32), nullable=True))',
  downgrade: '    op.drop_column("users", "phone")',
});

describe('readHeader', () => {
  it("reads the template's variables and docstring as the full parse does", async () => {
    const read = await header(TEMPLATE);
    expect(read).toMatchObject({ revision: { value: 'a1b2c3d4e5f6', line: 13 }, downRevision: { value: '0f9e8d7c6b5a', line: 14 }, message: 'add phone to users' });
    expect(read).toEqual(await graphFieldsOfFullParse(TEMPLATE));
  });

  it.each([
    ['a merge revision with labels and dependencies', `revision = "m1"\ndown_revision = ("a1", "b2")\nbranch_labels = ("expand",)\ndepends_on = "c3"\n`],
    ['a revision held in a constant', `REV = "r1"\nrevision = REV\ndown_revision = None\n`],
    ['a chained assignment', `revision = rev = "r2"\ndown_revision = "r1"\n`],
    ['a tuple assignment', `revision, down_revision = "r3", "r2"\n`],
    ['str() around the id', `revision = str("r4")\ndown_revision = None\n`],
    ['an id Alembic refuses', `revision = "bad-id"\ndown_revision = None\n`],
    ['variables inside an if (not module variables for Preflight)', `if True:\n    revision = "x"\nrevision = "r5"\ndown_revision = None\n`],
  ])('is what the full parse gives, or nothing: %s', async (_what, variables) => {
    const source = `"""message"""\nfrom alembic import op\n${variables}\n\ndef upgrade():\n    op.drop_table("t")\n\n\ndef downgrade():\n    pass\n`;
    const read = await header(source);
    const full = await graphFieldsOfFullParse(source);
    if (read !== undefined) expect(read).toEqual(full);
    // Every case above has a revision the full parse reads, except the refused id: it is left to the full parse.
    expect(read === undefined).toBe(full.revision === undefined);
  });

  it.each([
    ['revision assigned after the functions', `${TEMPLATE}\nrevision = "later"\n`],
    ['down_revision set in a function body', TEMPLATE.replace('    op.drop_column("users", "phone")', '    global down_revision\n    down_revision = None')],
    ['no revision at all', TEMPLATE.replace(/^revision = .*$/m, '')],
    ['no function or class definition to end the header', 'revision = "r1"\ndown_revision = None\n'],
    ['the header cut inside a string', `"""doc\ndef upgrade(): a docstring line, not a definition\n"""\nrevision = "r1"\ndown_revision = None\n\ndef upgrade():\n    pass\n`],
    ['the header cut inside brackets', `revision = "r1"\ndown_revision = None\nNAMES = [\n"a",\n]\nX = (1,\n@2)\n\ndef upgrade():\n    pass\n`],
    ['a line continuation before the definition', `revision = "r1"\ndown_revision = None\nX = 1 \\\n@ 2\ndef upgrade():\n    pass\n`],
  ])('leaves the file to the full parse when the header read is not certain: %s', async (_what, source) => {
    expect(await header(source)).toBeUndefined();
  });

  it('leaves a file nested deeper than Python compiles to the full parse (which reads no revision from it)', async () => {
    const deep = `${'['.repeat(MAX_EXPRESSION_DEPTH + 10)}1${']'.repeat(MAX_EXPRESSION_DEPTH + 10)}`;
    const source = TEMPLATE.replace('    op.drop_column("users", "phone")', `    x = ${deep}`);
    expect((await graphFieldsOfFullParse(source)).revision).toBeUndefined();
    expect(await header(source)).toBeUndefined();
  });

  it('reads a header whose body has a syntax error (the graph takes the revision all the same)', async () => {
    const source = TEMPLATE.replace('    op.drop_column("users", "phone")', '    op.drop_column("users", "phone"');
    const full = await graphFieldsOfFullParse(source);
    expect(full.parseError).toBeDefined();
    const read = await header(source);
    expect(read?.revision).toEqual(full.revision);
    expect(read?.downRevision).toEqual(full.downRevision);
  });
});

describe('nestingBoundCeiling', () => {
  it.each([
    ['the template', TEMPLATE],
    ['elif chains and deep indentation', dedent(`
      def f(x):
          if x == 1:
              return 1
          elif x == 2:
              if x:
                  if x:
                      return [[[[x]]]]
          elif x == 3:
              return f"{x}{x}{x}"
          else:
              return {'a': (1, 2, 3)}
    `)],
    ['tabs and carriage returns', 'if x:\r\tif y:\r\t\tz = 1\r'],
    ['a tokenizer problem (the scan stops)', 'x = "unterminated\n' + 'y = 1\n'.repeat(50)],
    ['deep brackets', `x = ${'['.repeat(400)}${']'.repeat(400)}\n`],
  ])('is never below the scan’s nesting bound: %s', (_what, text) => {
    expect(nestingBoundCeiling(text)).toBeGreaterThanOrEqual(scanPython(text).nestingBound);
  });
});
