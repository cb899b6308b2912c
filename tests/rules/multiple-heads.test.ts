import { multipleHeads } from '../../src/rules/graph-rules.js';
import { ruleTester } from '../support/rule-tester.js';

/** A migration file that only declares its place in the graph. */
const migration = (revision: string, down: string, labels = 'None') => `
revision = "${revision}"
down_revision = ${down}
branch_labels = ${labels}

def upgrade():
    pass

def downgrade():
    pass
`;

ruleTester(multipleHeads, {
  valid: [
    { name: 'a linear history has one head', code: migration('b2', '"a1"'), others: [{ file: 'a1_create_users.py', code: migration('a1', 'None') }] },
    {
      name: 'two branches joined again by a merge revision',
      code: migration('m3', '("b1", "c1")'),
      others: [
        { file: 'a1_create_users.py', code: migration('a1', 'None') },
        { file: 'b1_add_phone.py', code: migration('b1', '"a1"') },
        { file: 'c1_add_avatar.py', code: migration('c1', '"a1"') },
      ],
    },
    {
      name: 'labelled branches on purpose: each head is the head of its own label',
      code: migration('e1', 'None', '("expand",)'),
      others: [{ file: 'c1_contract.py', code: migration('c1', 'None', '("contract",)') }],
    },
    {
      name: 'labels from an imported module, alone or in a tuple, on the branch bases (glance)',
      code: migration('2024_1_expand01', '"ocata_expand01"'),
      others: [
        { file: 'mitaka02.py', code: migration('mitaka02', 'None') },
        { file: 'ocata_expand01.py', code: migration('ocata_expand01', '"mitaka02"', 'migration.EXPAND_BRANCH') },
        { file: 'ocata_contract01.py', code: migration('ocata_contract01', '"mitaka02"', "('ocata01', migration.CONTRACT_BRANCH)") },
        { file: '2024_1_contract01.py', code: migration('2024_1_contract01', '"ocata_contract01"') },
      ],
    },
  ],
  invalid: [
    {
      name: 'two migrations on the same parent: one finding naming both heads and the merge command',
      file: 'b1_add_phone.py',
      code: migration('b1', '"a1"'),
      others: [
        { file: 'a1_create_users.py', code: migration('a1', 'None') },
        { file: 'c1_add_avatar.py', code: migration('c1', '"a1"') },
      ],
      errors: [{ line: 1, file: 'b1_add_phone.py', message: /^2 heads \((b1, c1|c1, b1)\): alembic upgrade head will fail; merge them with: alembic merge -m "merge heads" (b1 c1|c1 b1)$/ }],
    },
  ],
});
