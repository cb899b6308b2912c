import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the fast loop for rule and analysis work. Pure tests only: no build, no
 * PostgreSQL, no subprocess (git, Alembic, python3, the CLI). `npm test` runs everything, these included.
 */
export default defineConfig({
  test: {
    include: ['tests/{model,analysis,rules,review,baseline,config,learn,scaffold}/**/*.test.ts'],
    // These run real Alembic/CPython, a child process or PostgreSQL: they belong to the whole suite.
    exclude: [
      'tests/analysis/graph/graph.test.ts',
      'tests/analysis/sql/size-guard.test.ts',
      'tests/analysis/project/ini.test.ts',
      'tests/analysis/parse/python-strictness.test.ts',
      'tests/analysis/locks/**',
      'tests/scaffold/revision.test.ts',
      'tests/rules/graph-rules.test.ts',
    ],
    testTimeout: 30_000,
  },
});
