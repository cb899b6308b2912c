import { it } from 'vitest';
import { analyzeMigration } from '../../../src/core/analyze/analyze-migration.js';
import { buildRevisionGraph } from '../../../src/core/graph/graph.js';
import { runRules } from '../../../src/rules/runner.js';
import { DEFAULT_RULE_SETTINGS } from '../../../src/rules/types.js';
import { decideChecklist } from '../../../src/core/checklist/decide.js';
import { loadChecklistFile } from '../../../src/io/fs/checklists.js';
import { packageFile } from '../../../src/io/package-paths.js';
import { parseSource } from '../../support/parser.js';
const cases: Record<string, string> = {
 created: `
  def upgrade():
      op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("c", sa.String(), nullable=True))
      op.alter_column("t", "c", nullable=False)

  def downgrade():
      op.drop_table("t")
 `,
 othercall: `
  def upgrade():
      op.add_column("users", sa.Column("nick", sa.String(), nullable=True))
      conn = op.get_bind()
      conn.execute(sa.text("UPDATE users SET nick = name"))
      op.alter_column("users", "nick", nullable=False)

  def downgrade():
      op.drop_column("users", "nick")
 `,
 serverdefault: `
  def upgrade():
      op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=True, server_default=sa.text("false")))
      op.alter_column("users", "flag", nullable=False)

  def downgrade():
      op.drop_column("users", "flag")
 `,
 nn_sd: `
  def upgrade():
      op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=False, server_default=sa.text("false")))

  def downgrade():
      op.drop_column("users", "flag")
 `,
 shop: require('fs').readFileSync('examples/shop/migrations/versions/db52892fc5f1_add_total_cents_to_orders.py','utf8'),
 drop_nowhere: `
  def upgrade():
      op.execute("DELETE FROM sessions")

  def downgrade():
      pass
 `,
};
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
it('probe', async () => {
  const checklist = loadChecklistFile(packageFile('checklists', 'migration.yaml')).checklist;
  for (const [name, code] of Object.entries(cases)) {
    const facts = await parseSource(code, name === 'reset' ? 'versions/0002_reset.py' : 'versions/0001_test.py');
    const migration = await analyzeMigration(facts);
    const findings = runRules({ migrations: [migration], graph: buildRevisionGraph([facts]), settings: DEFAULT_RULE_SETTINGS, severities: name==='drop_nowhere'?{'destructive-without-safeguard':'off','destructive-raw-sql':'off'}:{} });
    const d = decideChecklist(checklist, { migration, findings, settings: DEFAULT_RULE_SETTINGS, downRevisionLabel: 'abc' });
    console.log('=====', name, findings.map(f => `${f.rule}@${f.line}${f.suppressed?'(s)':''}`).join(' '));
    for (const x of d) console.log(x.id, x.autoAnswer, x.decidedBy, JSON.stringify(x.evidence), x.prefill ?? '');
  }
});
