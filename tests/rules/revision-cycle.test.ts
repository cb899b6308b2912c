import { revisionCycle } from '../../src/rules/graph-rules.js';
import { ruleTester } from '../support/rule-tester.js';

const migration = (revision: string, down: string) => `
revision = "${revision}"
down_revision = ${down}

def upgrade():
    pass

def downgrade():
    pass
`;

ruleTester(revisionCycle, {
  valid: [{ name: 'a chain that starts at None', code: migration('b', '"a"'), others: [{ file: 'a.py', code: migration('a', 'None') }] }],
  invalid: [
    {
      name: 'two migrations that name each other as parent',
      file: 'a.py',
      code: migration('a', '"b"'),
      others: [{ file: 'b.py', code: migration('b', '"a"') }],
      errors: [{ line: 1, message: /^revisions form a cycle: (a → b → a|b → a → b)$/ }],
    },
  ],
});
