/**
 * vitest globalSetup: one PostgreSQL server for the whole run. Tests read its URL with
 * `inject('pgUrl')`; '' means PostgreSQL is not installed here and PG tests skip (with the reason
 * in their name). Under CI a missing PostgreSQL fails the run instead: there the tests must run.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the shared test server's `postgres` database; '' when PostgreSQL is not installed. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binDir = findPostgresBin();
  if (!binDir) {
    if (process.env.CI) {
      throw new Error('PostgreSQL (initdb, pg_ctl) is not installed, and CI must run the PostgreSQL tests');
    }
    project.provide('pgUrl', '');
    return async () => {};
  }
  const server = await startPostgres({ binDir });
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
