/**
 * The whole version file: Alembic's header docstring (message, Revision ID,
 * Revises, Create Date), the imports, the revision variables in the project's
 * style (plain, or type-annotated as in newer script.py.mako files) and the
 * two functions.
 */
import { toPythonStringLiteral } from '../analysis/parse/python-literal.js';
import { IMPORT_LINE } from './template.js';

export interface VariableAnnotations {
  revision: string;
  downRevision: string;
  branchLabels: string;
  dependsOn: string;
}

export interface MigrationStyle {
  /** Annotations of the four revision variables; undefined for the plain style. */
  annotations?: VariableAnnotations;
  /** `from typing import Sequence, Union` when annotated. */
  typingImport?: string;
  /** `def upgrade() -> None:` */
  returnAnnotation: boolean;
  /** Other import lines of the project's script.py.mako (e.g. `import sqlmodel`). */
  extraImports: string[];
}

const DEFAULT_ANNOTATIONS: VariableAnnotations = {
  revision: 'str',
  downRevision: 'Union[str, Sequence[str], None]',
  branchLabels: 'Union[str, Sequence[str], None]',
  dependsOn: 'Union[str, Sequence[str], None]',
};

export function defaultStyle(annotated: boolean): MigrationStyle {
  return annotated
    ? { annotations: DEFAULT_ANNOTATIONS, typingImport: 'from typing import Sequence, Union', returnAnnotation: true, extraImports: [] }
    : { returnAnnotation: true, extraImports: [] };
}

const ANNOTATION = /^[A-Za-z_][\w[\]., |]*$/;
const STANDARD_IMPORTS = new Set(['from alembic import op', 'import sqlalchemy as sa']);

/** Reads the style from the project's script.py.mako (what `alembic revision` would write). */
export function styleFromMako(mako: string): MigrationStyle {
  const annotation = (variable: string, value: string): string | undefined => {
    const match = new RegExp(`^${variable}\\s*:\\s*([^=\\n]+?)\\s*=\\s*\\$\\{repr\\(${value}\\)\\}`, 'm').exec(mako);
    const text = match?.[1]?.trim();
    return text && ANNOTATION.test(text) ? text : undefined;
  };
  const revision = annotation('revision', 'up_revision');
  const lines = mako.split(/\r?\n/).map((line) => line.trim());
  const typingImport = lines.find((line) => /^from typing import /.test(line) && IMPORT_LINE.test(line));
  const extraImports = lines.filter(
    (line) => IMPORT_LINE.test(line) && line !== typingImport && !STANDARD_IMPORTS.has(line),
  );
  const style: MigrationStyle = {
    returnAnnotation: /def\s+upgrade\(\)\s*->\s*None\s*:/.test(mako),
    extraImports,
  };
  if (revision) {
    style.annotations = {
      revision,
      downRevision: annotation('down_revision', 'down_revision') ?? DEFAULT_ANNOTATIONS.downRevision,
      branchLabels: annotation('branch_labels', 'branch_labels') ?? DEFAULT_ANNOTATIONS.branchLabels,
      dependsOn: annotation('depends_on', 'depends_on') ?? DEFAULT_ANNOTATIONS.dependsOn,
    };
    style.typingImport = typingImport ?? 'from typing import Sequence, Union';
  }
  return style;
}

/** Python `repr()` of a revision id: `'ab12'` like Alembic's template, escaped when unusual. */
export function revisionRepr(id: string): string {
  return /^[\w.-]+$/.test(id) ? `'${id}'` : toPythonStringLiteral(id);
}

/** Text for inside a `"""` docstring: backslashes and every double quote escaped. */
export function docstringText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Standard-library modules whose imports go first (`import os` as in the guide's safeguard). */
const STDLIB = new Set(['os', 'sys', 're', 'json', 'uuid', 'datetime', 'decimal', 'logging', 'typing', 'textwrap']);

export interface MigrationFileInput {
  message: string;
  revision: string;
  /** null for the first migration. */
  downRevision: string | null;
  /** Alembic's `Create Date` text. */
  createDate: string;
  style: MigrationStyle;
  /** Extra imports the bodies need. */
  imports: string[];
  /** Already indented bodies. */
  upgrade: string;
  downgrade: string;
}

export function renderMigrationFile(input: MigrationFileInput): string {
  const { style } = input;
  const moduleOf = (line: string) => /^(?:from|import) ([\w]+)/.exec(line)?.[1] ?? '';
  const wanted = [...new Set([...style.extraImports, ...input.imports])].filter((line) => !STANDARD_IMPORTS.has(line));
  const stdlib = wanted.filter((line) => STDLIB.has(moduleOf(line)) && line !== style.typingImport);
  const thirdParty = wanted.filter((line) => !STDLIB.has(moduleOf(line)));
  const first = [...stdlib, ...(style.annotations && style.typingImport ? [style.typingImport] : [])];
  const returns = style.returnAnnotation ? ' -> None' : '';
  const a = style.annotations;
  const variable = (name: string, annotation: string | undefined, value: string) =>
    `${name}${annotation ? `: ${annotation}` : ''} = ${value}`;
  const down = input.downRevision === null ? 'None' : revisionRepr(input.downRevision);
  return [
    `"""${docstringText(input.message)}`,
    '',
    `Revision ID: ${input.revision}`,
    `Revises: ${input.downRevision === null ? '' : docstringText(input.downRevision)}`,
    `Create Date: ${input.createDate}`,
    '',
    '"""',
    ...(first.length > 0 ? [...first, ''] : []),
    'from alembic import op',
    'import sqlalchemy as sa',
    ...thirdParty,
    '',
    '',
    '# revision identifiers, used by Alembic.',
    variable('revision', a?.revision, revisionRepr(input.revision)),
    variable('down_revision', a?.downRevision, down),
    variable('branch_labels', a?.branchLabels, 'None'),
    variable('depends_on', a?.dependsOn, 'None'),
    '',
    '',
    `def upgrade()${returns}:`,
    input.upgrade,
    '',
    '',
    `def downgrade()${returns}:`,
    input.downgrade,
    '',
  ].join('\n');
}
