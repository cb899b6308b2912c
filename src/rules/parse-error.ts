import type { MigrationRule } from './types.js';

/**
 * Reported by the runner for files CPython would refuse: syntax errors tree-sitter finds, and what
 * analysis/parse/python-strictness.ts and python-source.ts add (encoding, indentation, Python 2,
 * compiler scope checks, nesting limits), in Python's own words. The module holds the docs.
 */
export const parseError: MigrationRule = {
  id: 'parse-error',
  order: 800,
  scope: 'migration',
  severity: 'error',
  summary: 'The migration file is not valid Python.',
  why: 'Alembic imports every version file to build the revision graph; one file with a syntax error breaks every Alembic command, including `alembic upgrade head` in production.',
  bad: `def upgrade():
    op.add_column("users", sa.Column("phone", sa.String()
`,
  good: `def upgrade():
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
`,
  check() {
    // The runner reports parse errors before any other rule runs on the file (facts.parseError).
  },
};
