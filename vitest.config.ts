import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests start real subprocesses (git, alembic, PostgreSQL); two cores, so keep the pool small.
    maxWorkers: 2,
    // Ink renders only its last frame when it believes it runs in CI; the tests drive it like a
    // terminal (ink-testing-library, tmux), so the test processes must not look like CI to it.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/postgres-global.ts'],
    // .ci/run reads the totals from this file (vitest's own summary is not parsed).
    reporters: process.env.PREFLIGHT_TEST_RESULTS
      ? ['default', ['json', { outputFile: process.env.PREFLIGHT_TEST_RESULTS }]]
      : ['default'],
  },
});
