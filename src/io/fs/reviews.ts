/** Where review records live and how they are read and written (atomically). */
import { join, resolve } from 'node:path';
import type { EffectiveConfig } from '../../core/config/schema.js';
import { UserError } from '../../core/errors.js';
import type { AlembicProject } from '../../core/project/model.js';
import { assertSafeRevisionId, RevisionIdError } from '../../core/record/schema.js';

export function reviewsDirectory(project: AlembicProject, config: EffectiveConfig): string {
  return config.reviewsDir ? resolve(config.baseDir, config.reviewsDir) : join(project.scriptLocation, 'reviews');
}

/** `<reviews>/<revision>.json`, after checking the revision is a safe file name. */
export function recordPath(reviewsDir: string, revision: string): string {
  try {
    assertSafeRevisionId(revision);
  } catch (error) {
    if (error instanceof RevisionIdError) throw new UserError(error.message);
    throw error;
  }
  return join(reviewsDir, `${revision}.json`);
}
