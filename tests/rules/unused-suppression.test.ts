import { unusedSuppression } from '../../src/rules/unused-suppression.js';
import { ruleTester } from '../support/rule-tester.js';

// The tester runs this rule alone, so no other rule's finding can use a suppression here:
// tests/rules/suppressions.test.ts runs every rule for suppressions that are used.
ruleTester(unusedSuppression, {
  valid: [
    { name: 'the documented good example: no suppression at all', code: unusedSuppression.good },
    {
      name: 'a comment that only mentions preflight is no suppression',
      code: `
def upgrade():
    # preflight checks this migration in CI
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))
`,
    },
  ],
  invalid: [
    {
      name: 'the documented bad example: a misspelt id',
      code: unusedSuppression.bad,
      errors: [{ line: 2, severity: 'warning', message: 'ignore[drop-colum]: unknown rule id' }],
    },
    {
      name: 'an empty bracket names no rule',
      code: `
def upgrade():
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))  # preflight: ignore[] reviewed
`,
      errors: [{ line: 2, message: 'ignore[] names no rule' }],
    },
    {
      name: 'a known id with nothing to suppress on its line',
      code: `
def upgrade():
    op.add_column("users", sa.Column("phone", sa.String(), nullable=True))  # preflight: ignore[drop-table] stale
`,
      errors: [{ line: 2, message: 'ignore[drop-table] suppresses nothing here: remove it' }],
    },
  ],
});
