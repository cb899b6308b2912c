import { parseError } from '../../src/rules/parse-error.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(parseError, {
  valid: [
    { name: 'the documented good example', code: parseError.good },
    {
      name: 'Python 3 syntax Alembic imports fine (f-strings, walrus, match)',
      code: `
revision = "a1"
down_revision = None

def upgrade():
    if (name := "users"):
        op.execute(f"COMMENT ON TABLE {name} IS 'accounts'")
    match name:
        case "users":
            pass
`,
    },
  ],
  invalid: [
    { name: 'an unclosed call: one finding, at the line Python reports', code: parseError.bad, errors: [{ line: 2, severity: 'error' }] },
    {
      name: 'Python 2 print statement',
      code: `
def upgrade():
    print "adding phone"
`,
      errors: [{ line: 2 }],
    },
  ],
});
