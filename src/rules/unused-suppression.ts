import type { MigrationRule } from './types.js';

/** Reported by the runner while it applies suppressions; the module holds the docs. */
export const unusedSuppression: MigrationRule = {
  id: 'unused-suppression',
  order: 820,
  scope: 'migration',
  severity: 'warning',
  summary: 'A `# preflight: ignore[...]` comment names an unknown rule or suppresses nothing.',
  why: 'Stale or misspelt suppressions hide nothing today but will silently hide a real problem once the code below them changes; a typo in the id means the finding you meant to acknowledge is still reported.',
  bad: `def upgrade():
    # preflight: ignore[drop-colum] typo: the real finding is still reported
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
`,
  good: `def upgrade():
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
`,
  check() {
    // Reported by the runner.
  },
};
