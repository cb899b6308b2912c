/**
 * Everything `preflight new` decides before writing: the parent revision (the
 * single current head), a fresh revision id, the folder and file name, and the
 * file's text. Pure: randomness, the clock and the project facts come in.
 */
import { dirname, join, normalize, relative, isAbsolute } from 'node:path';
import { UserError } from '../model/errors.js';
import type { AlembicProject, Dialect } from '../model/project.js';
import type { FieldValues } from './fields.js';
import { renderMigrationFile, type MigrationStyle } from './migration-file.js';
import { renderBody, type RenderedBody } from './render.js';
import { alembicCreateDate, alembicSlug, migrationFileName, revisionIdFrom } from './revision.js';
import type { MigrationTemplate } from './template.js';

export interface HeadInfo {
  revision: string;
  file: string;
}

/** The revision the new migration revises: null for the first one; more than one head is refused. */
export function parentRevision(heads: HeadInfo[]): HeadInfo | null {
  if (heads.length === 0) return null;
  if (heads.length > 1) {
    const ids = heads.map((head) => head.revision);
    throw new UserError(
      `the project has ${heads.length} heads (${ids.join(', ')}); a new migration needs a single head. ` +
        `Merge them first: alembic merge -m "merge heads" ${ids.join(' ')}`,
    );
  }
  return heads[0]!;
}

export interface PlanInput {
  template: MigrationTemplate;
  values: FieldValues;
  message: string;
  dialect: Dialect;
  project: Pick<AlembicProject, 'fileTemplate' | 'truncateSlugLength' | 'versionLocations'>;
  heads: HeadInfo[];
  /** Every revision id in the project (a new id must not collide). */
  existingRevisions: ReadonlySet<string>;
  style: MigrationStyle;
  settings: { destructiveFlag: string; guardVariables: string[] };
  /** Returns `n` random bytes (crypto in the I/O layer). */
  randomBytes: (n: number) => Uint8Array;
  now: Date;
}

export interface MigrationPlan {
  revision: string;
  downRevision: string | null;
  /** Absolute path of the file to create. */
  path: string;
  content: string;
  body: RenderedBody;
}

/** The variable the templates' production safeguard reads for the environment: the first guard variable that is not the flag. */
export function environmentVariableOf(settings: { destructiveFlag: string; guardVariables: string[] }): string {
  return settings.guardVariables.find((name) => name !== settings.destructiveFlag) ?? 'ENVIRONMENT';
}

export function planMigration(input: PlanInput): MigrationPlan {
  const parent = parentRevision(input.heads);
  let revision = revisionIdFrom(input.randomBytes(6));
  for (let attempt = 0; input.existingRevisions.has(revision); attempt++) {
    if (attempt > 100) throw new Error('could not find an unused revision id');
    revision = revisionIdFrom(input.randomBytes(6));
  }
  const environmentVariable = environmentVariableOf(input.settings);
  const body = renderBody(input.template, input.values, {
    dialect: input.dialect,
    revision,
    destructiveFlag: input.settings.destructiveFlag,
    environmentVariable,
  });
  const directory = versionDirectory(input.project.versionLocations, parent);
  const fileName = migrationFileName(input.project.fileTemplate, {
    rev: revision,
    slug: alembicSlug(input.message, input.project.truncateSlugLength),
    date: input.now,
  });
  const path = normalize(join(directory, fileName));
  const inside = relative(directory, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new UserError(`file_template ${input.project.fileTemplate} would write outside the version folder (${fileName})`);
  }
  const content = renderMigrationFile({
    message: input.message,
    revision,
    downRevision: parent?.revision ?? null,
    createDate: alembicCreateDate(input.now),
    style: input.style,
    imports: body.imports,
    upgrade: body.upgrade,
    downgrade: body.downgrade,
  });
  return { revision, downRevision: parent?.revision ?? null, path, content, body };
}

/**
 * Alembic writes into the only version location, or (with several) into the head's folder when
 * that folder is one of them; otherwise the first location.
 */
export function versionDirectory(versionLocations: string[], parent: HeadInfo | null): string {
  const first = versionLocations[0];
  if (first === undefined) throw new UserError('the project has no version location');
  if (versionLocations.length > 1 && parent) {
    const headDir = normalize(dirname(parent.file));
    const match = versionLocations.find((location) => normalize(location) === headDir);
    if (match) return match;
  }
  return first;
}
