import type { MigrationRule } from './types.js';

/** Reported by the runner while it applies suppressions; the module holds the docs. */
export const suppressionWithoutReason: MigrationRule = {
  id: 'suppression-without-reason',
  order: 810,
  scope: 'migration',
  severity: 'error',
  summary: 'A `# preflight: ignore[...]` comment gives no reason.',
  why: 'A suppression is a reviewed exception. Without the reason, the reviewer and the release manager cannot tell a considered decision from a silenced warning; the reason is copied into the review record.',
  bad: `def upgrade():
    op.drop_column("users", "legacy")  # preflight: ignore[drop-column]
`,
  good: `def upgrade():
    # preflight: ignore[drop-column] unused since v1.2 (deprecated in #412)
    op.drop_column("users", "legacy")
`,
  check() {
    // Reported by the runner.
  },
};
