import { describe, expect, it } from 'vitest';
import {
  defaultMessage,
  InvalidField,
  messageProblem,
  MissingField,
  parseFieldInput,
  resolveFieldValues,
  type FieldValues,
} from '../../src/scaffold/fields.js';
import { identifierProblem, needsQuoting, sqlIdentifier, sqlStringLiteral } from '../../src/scaffold/identifiers.js';
import { parseServerDefault } from '../../src/scaffold/server-default.js';
import { parseSqlType, type SqlType } from '../../src/scaffold/sql-types.js';
import { parseTemplate, type TemplateField } from '../../src/scaffold/template.js';
import { shippedTemplate } from '../support/scaffold-templates.js';

describe('identifiers', () => {
  it('accepts SQL identifiers up to 63 bytes', () => {
    for (const name of ['users', 'User_Status', '_x', 'a$b', 'c'.repeat(63)]) expect(identifierProblem(name)).toBeUndefined();
  });

  it('rejects everything else, saying why', () => {
    expect(identifierProblem('')).toMatch(/required/);
    expect(identifierProblem('1abc')).toMatch(/not a plain SQL identifier/);
    expect(identifierProblem('users"); import os #')).toMatch(/not a plain SQL identifier/);
    expect(identifierProblem('a b')).toMatch(/not a plain SQL identifier/);
    expect(identifierProblem('a\nb')).toMatch(/control characters/);
    expect(identifierProblem('é')).toMatch(/not a plain SQL identifier/);
    expect(identifierProblem('c'.repeat(64))).toMatch(/64 bytes long; PostgreSQL truncates names after 63 bytes/);
  });

  it('quotes names in SQL text the way SQLAlchemy names them', () => {
    expect(needsQuoting('users')).toBe(false);
    expect(needsQuoting('UserStatus')).toBe(true);
    expect(needsQuoting('user')).toBe(true);
    expect(needsQuoting('order')).toBe(true);
    expect(sqlIdentifier('UserStatus', 'postgresql')).toBe('"UserStatus"');
    expect(sqlIdentifier('order', 'mysql')).toBe('`order`');
    expect(sqlIdentifier('orders', 'sqlite')).toBe('orders');
  });

  it("escapes SQL string literals, and colons for SQLAlchemy's text()", () => {
    expect(sqlStringLiteral("it's")).toBe("'it''s'");
    expect(sqlStringLiteral('a:b')).toBe("'a\\:b'");
  });
});

describe('column types', () => {
  const ok = (input: string, dialect: 'postgresql' | 'sqlite' = 'postgresql'): SqlType => {
    const result = parseSqlType(input, dialect);
    if (!result.ok) throw new Error(result.message);
    return result.type;
  };

  it('renders the allow-listed types from parsed parts', () => {
    expect(ok('String').python).toBe('sa.String()');
    expect(ok('String(255)')).toMatchObject({ label: 'String(255)', python: 'sa.String(length=255)', category: 'string' });
    expect(ok('sa.String(length=80)').python).toBe('sa.String(length=80)');
    expect(ok('string').python).toBe('sa.String()');
    expect(ok('Numeric(10, 2)').python).toBe('sa.Numeric(precision=10, scale=2)');
    expect(ok('Numeric(12)').python).toBe('sa.Numeric(precision=12)');
    expect(ok('DateTime(timezone=True)').python).toBe('sa.DateTime(timezone=True)');
    expect(ok('BigInteger').category).toBe('integer');
    expect(ok('UUID')).toMatchObject({ python: 'postgresql.UUID(as_uuid=True)', imports: ['from sqlalchemy.dialects import postgresql'] });
  });

  it('rejects anything else', () => {
    for (const input of ['Strin', 'String(0)', 'String(x)', 'String(255); import os', 'String(__import__("os"))', 'Numeric(2, 5)', 'Integer(4)', 'DateTime(tz=1)', '']) {
      expect(parseSqlType(input, 'postgresql').ok, input).toBe(false);
    }
    const uuid = parseSqlType('UUID', 'sqlite');
    expect(uuid.ok).toBe(false);
    expect(!uuid.ok && uuid.message).toMatch(/postgresql-only .* String\(36\)/);
  });
});

describe('server defaults', () => {
  const type = (input: string): SqlType => {
    const result = parseSqlType(input, 'postgresql');
    if (!result.ok) throw new Error(result.message);
    return result.type;
  };
  const python = (input: string, typeName: string, dialect: 'postgresql' | 'sqlite' = 'postgresql') => {
    const result = parseServerDefault(input, type(typeName), dialect);
    return result.ok ? result.value.python : `error: ${result.message}`;
  };

  it('checks the value against the column type', () => {
    expect(python('EUR', 'String(3)')).toBe('"EUR"');
    expect(python('it\'s "x" \\\n', 'Text')).toBe('"it\'s \\"x\\" \\\\\\n"');
    expect(python('true', 'Boolean')).toBe('sa.true()');
    expect(python('No', 'Boolean')).toBe('sa.false()');
    expect(python('maybe', 'Boolean')).toMatch(/^error: a Boolean default is true or false/);
    expect(python('42', 'Integer')).toBe('sa.text("42")');
    expect(python('4.2', 'Integer')).toMatch(/^error: an integer default/);
    expect(python('0); DROP TABLE users; --', 'Integer')).toMatch(/^error/);
    expect(python('-1.5e3', 'Numeric(10, 2)')).toBe('sa.text("-1.5e3")');
    expect(python('now()', 'DateTime')).toBe('sa.func.current_timestamp()');
    expect(python('CURRENT_DATE', 'Date')).toBe('sa.func.current_date()');
    expect(python('2024-01-31', 'Date')).toBe('"2024-01-31"');
    expect(python('yesterday', 'Date')).toMatch(/^error/);
    expect(python('{"a": [1]}', 'JSON')).toBe('"{\\"a\\": [1]}"');
    expect(python('{nope', 'JSON')).toMatch(/^error: a JSON default must be valid JSON/);
    expect(python('gen_random_uuid()', 'UUID')).toBe('sa.text("gen_random_uuid()")');
    expect(python('   ', 'String')).toMatch(/^error: give a value/);
  });

  it('refuses expression defaults on SQLite, which cannot ADD COLUMN with them', () => {
    expect(python('now()', 'DateTime', 'sqlite')).toMatch(/^error: SQLite cannot add a column whose default is an expression/);
    expect(python('2024-01-31 10:00:00', 'DateTime', 'sqlite')).toBe('"2024-01-31 10:00:00"');
  });
});

describe('field values and their resolution', () => {
  const addColumn = shippedTemplate('add-column');
  const createIndex = shippedTemplate('create-index');

  it('resolves defaults and conditions of add-column', () => {
    const values = resolveFieldValues(addColumn, { table: 'users', column: 'phone' }, 'postgresql');
    expect(Object.keys(values)).toEqual(['table', 'column', 'type', 'nullable']);
    expect(values['type']).toMatchObject({ kind: 'type', value: { python: 'sa.String()' } });
    expect(values['nullable']).toEqual({ kind: 'bool', value: true });
    expect(defaultMessage(addColumn, values)).toBe('add phone to users');
  });

  it('requires a server default for a NOT NULL column', () => {
    let error: unknown;
    try {
      resolveFieldValues(addColumn, { table: 'users', column: 'c', nullable: false }, 'postgresql');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MissingField);
    expect((error as MissingField).field.name).toBe('server_default');
    const values = resolveFieldValues(addColumn, { table: 'users', column: 'c', type: 'Integer', nullable: 'false', server_default: '0' }, 'sqlite');
    expect(values['server_default']).toMatchObject({ value: { python: 'sa.text("0")' } });
  });

  it('names the field of a bad or unknown value', () => {
    expect(() => resolveFieldValues(addColumn, { table: 'users', column: 'x', nope: 'y' }, 'postgresql')).toThrow(InvalidField);
    try {
      resolveFieldValues(addColumn, { table: 'bad name', column: 'x' }, 'postgresql');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidField);
      expect((error as InvalidField).field?.name).toBe('table');
    }
  });

  it('derives the index name and checks the derived value too', () => {
    const values = resolveFieldValues(createIndex, { table: 'users', columns: 'email, created_at' }, 'postgresql');
    expect(values['index_name']).toEqual({ kind: 'identifier', value: 'ix_users_email_created_at' });
    expect(values['columns']).toEqual({ kind: 'columns', value: ['email', 'created_at'] });
    expect(defaultMessage(createIndex, values)).toBe('add index ix_users_email_created_at on users');
    expect(() => resolveFieldValues(createIndex, { table: 't'.repeat(40), columns: 'c'.repeat(30) }, 'postgresql')).toThrow(
      /bytes long.*derived default/,
    );
    expect(() => resolveFieldValues(createIndex, { table: 'users', columns: 'a,a' }, 'postgresql')).toThrow(/listed twice/);
    expect(() => resolveFieldValues(createIndex, { table: 'users', columns: 'a,,b' }, 'postgresql')).toThrow(/empty column name/);
  });

  it('asks MySQL-only fields only on MySQL', () => {
    const rename = shippedTemplate('rename-column');
    expect(() => resolveFieldValues(rename, { table: 't', column: 'a', new_name: 'b', type: 'String' }, 'postgresql')).toThrow(
      /does not use type here \(only on mysql; this project is postgresql\)/,
    );
    expect(() => resolveFieldValues(rename, { table: 't', column: 'a', new_name: 'b' }, 'mysql')).toThrow(MissingField);
    expect(() => resolveFieldValues(rename, { table: 't', column: 'a', new_name: 'A' }, 'postgresql')).toThrow(/must differ from column/);
  });

  it('keeps enum values and text as typed, within limits', () => {
    const field: TemplateField = { name: 'v', kind: 'enum-value', prompt: 'v', required: true, distinctFrom: [], exclude: [] };
    const values: FieldValues = {};
    expect(parseFieldInput(field, `it's: "odd" \\`, values, 'postgresql')).toEqual({ ok: true, value: { kind: 'enum-value', value: `it's: "odd" \\` } });
    expect(parseFieldInput(field, 'a\nb', values, 'postgresql').ok).toBe(false);
    expect(parseFieldInput(field, 'é'.repeat(32), values, 'postgresql').ok).toBe(false);
    expect(parseFieldInput({ ...field, kind: 'text' }, 'line 1\nline 2', values, 'postgresql').ok).toBe(true);
    expect(parseFieldInput({ ...field, kind: 'text' }, 'nul\u0000', values, 'postgresql').ok).toBe(false);
    expect(parseFieldInput({ ...field, kind: 'identifier', exclude: ['id'] }, 'ID', values, 'postgresql')).toEqual({ ok: false, message: '"ID" is not allowed here' });
  });

  it('checks the message', () => {
    expect(messageProblem('add phone')).toBeUndefined();
    expect(messageProblem('quotes " and \\ are fine')).toBeUndefined();
    expect(messageProblem(' ')).toMatch(/empty/);
    expect(messageProblem('two\nlines')).toMatch(/one line/);
    expect(messageProblem('x'.repeat(201))).toMatch(/at most 200/);
  });

  it('fills a default message with columns joined by commas and braces escaped', () => {
    const template = parseTemplate(
      '---\nname: t\nsummary: s\nmessage: "index {{x}} {columns}"\nfields:\n  - name: columns\n    kind: columns\n    prompt: c\n---\n@@ upgrade @@\npass\n@@ downgrade @@\npass\n',
      't.py.tmpl',
    );
    expect(defaultMessage(template, { columns: { kind: 'columns', value: ['a', 'b'] } })).toBe('index {x} a, b');
  });
});
