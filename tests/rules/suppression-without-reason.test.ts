import { suppressionWithoutReason } from '../../src/rules/suppression-without-reason.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(suppressionWithoutReason, {
  valid: [
    { name: 'the documented good example: the reason follows the bracket', code: suppressionWithoutReason.good },
    {
      name: 'a reason after a dash, on the operation line',
      code: `
def upgrade():
    op.drop_column("users", "legacy")  # preflight: ignore[drop-column] - unused since v1.2
`,
    },
  ],
  invalid: [
    {
      name: 'the documented bad example: the message names the ids and says where the reason goes',
      code: suppressionWithoutReason.bad,
      errors: [{ line: 2, severity: 'error', message: 'ignore[drop-column] has no reason: write why after the bracket' }],
    },
    {
      name: 'punctuation only is no reason',
      code: `
def upgrade():
    # preflight: ignore[drop-table, destructive-without-safeguard] —
    op.drop_table("legacy_sessions")
`,
      errors: [{ line: 2, message: 'ignore[drop-table,destructive-without-safeguard] has no reason: write why after the bracket' }],
    },
  ],
});
