/**
 * Option schemas several commands share. Not in command.ts: the replay (src/cli/replay.ts) loads
 * command.ts and must stay free of zod.
 */
import { z } from 'zod';
import { MAX_PG_VERSION, MIN_PG_VERSION } from '../analysis/locks/pg-locks.js';

/** `--pg-version N`: the PostgreSQL major version the lock rules assume (the lock table covers 11 to 17). */
export const PG_VERSION_OPTION = z.coerce
  .number()
  .int('must be a major version such as 15')
  .min(MIN_PG_VERSION, `Preflight knows PostgreSQL ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`)
  .max(MAX_PG_VERSION, `Preflight knows PostgreSQL ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`)
  .optional();
