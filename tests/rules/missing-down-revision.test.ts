import { missingDownRevision } from '../../src/rules/graph-rules.js';
import { ruleTester } from '../support/rule-tester.js';

const migration = (revision: string, down: string, extra = '') => `
revision = "${revision}"
down_revision = ${down}
${extra}
def upgrade():
    pass

def downgrade():
    pass
`;

ruleTester(missingDownRevision, {
  valid: [
    { name: 'the parent exists', code: migration('b2', '"a1"'), others: [{ file: 'a1_create_users.py', code: migration('a1', 'None') }] },
    { name: 'the first migration has no parent', code: migration('a1', 'None') },
  ],
  invalid: [
    {
      name: 'a mistyped parent id',
      code: migration('b2', '"a9"'),
      others: [{ file: 'a1_create_users.py', code: migration('a1', 'None') }],
      errors: [{ line: 1, message: 'down_revision a9 of b2 does not exist in any version location' }],
    },
    {
      name: 'depends_on names a revision that does not exist',
      code: migration('b2', '"a1"', 'depends_on = "zz"\n'),
      others: [{ file: 'a1_create_users.py', code: migration('a1', 'None') }],
      // Reported where the file declares its revision.
      errors: [{ line: 1, message: 'depends_on zz of b2 does not exist' }],
    },
  ],
});
