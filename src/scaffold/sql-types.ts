/**
 * The SQLAlchemy column types `preflight new` offers, as an allow-list: the user
 * types `String(255)` or picks it from the list, and the generated code is
 * built here from parsed numbers and known names, never from the typed text.
 */
import type { Dialect } from '../model/project.js';

export type TypeCategory = 'string' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'date' | 'time' | 'json' | 'uuid' | 'binary' | 'interval';

export interface SqlType {
  /** Canonical spelling, as the user would type it again: `String(255)`, `Numeric(10, 2)`. */
  label: string;
  /** Python expression: `sa.String(length=255)`. */
  python: string;
  category: TypeCategory;
  /** Extra import lines the expression needs. */
  imports: string[];
}

type ArgKind = 'none' | 'length' | 'precision-scale' | 'timezone';

interface TypeSpec {
  name: string;
  args: ArgKind;
  category: TypeCategory;
  /** Dialect-specific types (imported from sqlalchemy.dialects). */
  dialects?: Dialect[];
  python?: string;
  imports?: string[];
  help: string;
}

const POSTGRESQL_IMPORT = 'from sqlalchemy.dialects import postgresql';

const SPECS: TypeSpec[] = [
  { name: 'String', args: 'length', category: 'string', help: 'VARCHAR; String(255) for a maximum length' },
  { name: 'Text', args: 'none', category: 'string', help: 'unbounded text' },
  { name: 'Integer', args: 'none', category: 'integer', help: 'INTEGER' },
  { name: 'BigInteger', args: 'none', category: 'integer', help: 'BIGINT' },
  { name: 'SmallInteger', args: 'none', category: 'integer', help: 'SMALLINT' },
  { name: 'Boolean', args: 'none', category: 'boolean', help: 'BOOLEAN' },
  { name: 'DateTime', args: 'timezone', category: 'datetime', help: 'TIMESTAMP; DateTime(timezone=True) for TIMESTAMP WITH TIME ZONE' },
  { name: 'Date', args: 'none', category: 'date', help: 'DATE' },
  { name: 'Time', args: 'none', category: 'time', help: 'TIME' },
  { name: 'Numeric', args: 'precision-scale', category: 'decimal', help: 'NUMERIC; Numeric(10, 2) for money' },
  { name: 'Float', args: 'none', category: 'decimal', help: 'FLOAT' },
  { name: 'JSON', args: 'none', category: 'json', help: 'JSON' },
  { name: 'LargeBinary', args: 'none', category: 'binary', help: 'BYTEA / BLOB' },
  { name: 'Interval', args: 'none', category: 'interval', help: 'INTERVAL' },
  {
    name: 'UUID',
    args: 'none',
    category: 'uuid',
    dialects: ['postgresql'],
    python: 'postgresql.UUID(as_uuid=True)',
    imports: [POSTGRESQL_IMPORT],
    help: 'PostgreSQL UUID (elsewhere use String(36))',
  },
  {
    name: 'JSONB',
    args: 'none',
    category: 'json',
    dialects: ['postgresql'],
    python: 'postgresql.JSONB()',
    imports: [POSTGRESQL_IMPORT],
    help: 'PostgreSQL JSONB',
  },
];

/** The choices offered in the interactive type list, most common first. */
export const COMMON_TYPES = [
  'String',
  'String(255)',
  'Text',
  'Integer',
  'BigInteger',
  'Boolean',
  'DateTime',
  'DateTime(timezone=True)',
  'Date',
  'Numeric(10, 2)',
  'JSON',
  'UUID',
] as const;

export function typeNames(dialect?: Dialect): string[] {
  return SPECS.filter((spec) => !spec.dialects || !dialect || spec.dialects.includes(dialect)).map((spec) => spec.name);
}

export function typeHelp(name: string): string | undefined {
  return SPECS.find((spec) => spec.name === name.replace(/\(.*$/, ''))?.help;
}

export type TypeParse = { ok: true; type: SqlType } | { ok: false; message: string };

const MAX_LENGTH = 10_485_760; // PostgreSQL's limit for varchar(n)

/** Parses `String`, `sa.String(255)`, `String(length=255)`, `Numeric(10, 2)`, `DateTime(timezone=True)`… */
export function parseSqlType(input: string, dialect: Dialect): TypeParse {
  const text = input.trim().replace(/^(sa|sqlalchemy)\./, '');
  const match = /^([A-Za-z]+)\s*(?:\(([^()]*)\))?$/.exec(text);
  const allowed = `one of ${typeNames(dialect).join(', ')}`;
  if (!match) return { ok: false, message: `${JSON.stringify(input)} is not a column type: use ${allowed}, e.g. String(255)` };
  const spec = SPECS.find((candidate) => candidate.name.toLowerCase() === match[1]!.toLowerCase());
  if (!spec) return { ok: false, message: `unknown column type ${JSON.stringify(match[1])}: use ${allowed}` };
  if (spec.dialects && !spec.dialects.includes(dialect)) {
    return { ok: false, message: `${spec.name} is ${spec.dialects.join('/')}-only (this project's dialect is ${dialect}); ${spec.help}` };
  }
  const args = match[2] === undefined ? [] : match[2].split(',').map((part) => part.trim());
  if (args.length === 1 && args[0] === '') args.pop();
  const base = spec.python ?? `sa.${spec.name}()`;
  const imports = spec.imports ?? [];
  const type = (label: string, python: string): TypeParse => ({ ok: true, type: { label, python, category: spec.category, imports } });
  const positiveInteger = (value: string | undefined, max: number): number | undefined => {
    if (value === undefined || !/^\d+$/.test(value)) return undefined;
    const number = Number(value);
    return number >= 1 && number <= max ? number : undefined;
  };
  const keyword = (value: string, name: string): string | undefined => {
    const kw = new RegExp(`^${name}\\s*=\\s*(.*)$`).exec(value);
    return kw ? kw[1]!.trim() : /=/.test(value) ? undefined : value;
  };
  switch (spec.args) {
    case 'none':
      if (args.length > 0) return { ok: false, message: `${spec.name} takes no arguments` };
      return type(spec.name, base);
    case 'length': {
      if (args.length === 0) return type(spec.name, base);
      const length = args.length === 1 ? positiveInteger(keyword(args[0]!, 'length'), MAX_LENGTH) : undefined;
      if (length === undefined) return { ok: false, message: `${spec.name}(N) needs one length between 1 and ${MAX_LENGTH}` };
      return type(`${spec.name}(${length})`, `sa.${spec.name}(length=${length})`);
    }
    case 'precision-scale': {
      if (args.length === 0) return type(spec.name, base);
      const precision = positiveInteger(keyword(args[0]!, 'precision'), 1000);
      const scale = args.length === 2 ? keyword(args[1]!, 'scale') : '0';
      const scaleNumber = scale !== undefined && /^\d+$/.test(scale) ? Number(scale) : undefined;
      if (args.length > 2 || precision === undefined || scaleNumber === undefined || scaleNumber > precision) {
        return { ok: false, message: `${spec.name}(P, S) needs a precision 1–1000 and a scale 0–P, e.g. ${spec.name}(10, 2)` };
      }
      return args.length === 1
        ? type(`${spec.name}(${precision})`, `sa.${spec.name}(precision=${precision})`)
        : type(`${spec.name}(${precision}, ${scaleNumber})`, `sa.${spec.name}(precision=${precision}, scale=${scaleNumber})`);
    }
    case 'timezone': {
      if (args.length === 0) return type(spec.name, base);
      const value = args.length === 1 ? /^timezone\s*=\s*(True|False)$/.exec(args[0]!)?.[1] : undefined;
      if (value === undefined) return { ok: false, message: `${spec.name} takes only timezone=True or timezone=False` };
      return value === 'True' ? type(`${spec.name}(timezone=True)`, `sa.${spec.name}(timezone=True)`) : type(spec.name, base);
    }
  }
}
