import { duplicateRevision } from '../../src/rules/graph-rules.js';
import { ruleTester } from '../support/rule-tester.js';

const migration = (revision: string, down: string) => `
revision = "${revision}"
down_revision = ${down}

def upgrade():
    pass

def downgrade():
    pass
`;

ruleTester(duplicateRevision, {
  valid: [
    { name: 'every migration has its own id', code: migration('9f8e7d6c5b4a', '"1a2b3c4d5e6f"'), others: [{ file: '1a_add_phone.py', code: migration('1a2b3c4d5e6f', 'None') }] },
  ],
  invalid: [
    {
      name: 'a file copied to start a new migration keeps the old id: reported at the copy, naming the original',
      file: '1a_add_phone.py',
      code: migration('1a2b3c4d5e6f', 'None'),
      others: [{ file: '2b_add_avatar.py', code: migration('1a2b3c4d5e6f', 'None') }],
      errors: [{ line: 1, file: '2b_add_avatar.py', message: 'revision 1a2b3c4d5e6f is also defined in versions/1a_add_phone.py:1' }],
    },
  ],
});
