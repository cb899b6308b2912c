import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the fast loop for rule and analysis work. Pure tests only: no build, no
 * PostgreSQL, no subprocess (git, Alembic, python3, the CLI). `npm test` runs everything, these included.
 */
export default defineConfig({
  test: {
    include: ['tests/rules/**/*.test.ts', 'tests/core/**/*.test.ts'],
    // These compare with real Alembic/CPython (subprocesses): they belong to the whole suite.
    exclude: ['tests/core/graph/graph.test.ts', 'tests/core/scaffold/revision.test.ts', 'tests/rules/graph-rules.test.ts'],
    testTimeout: 30_000,
  },
});
