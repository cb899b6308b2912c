/** A linear history of small migrations for project rules that read earlier migrations (versions/0_m.py, 1_m.py, …). */
import { analyzeMigration } from '../../src/analysis/analyze-migration.js';
import { buildRevisionGraph } from '../../src/analysis/graph/graph.js';
import type { Finding } from '../../src/model/findings.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/model/settings.js';
import type { Rule } from '../../src/rules/types.js';
import { runRules } from '../../src/rules/runner.js';
import { parseSource } from './parser.js';

/** One migration's source: its revision variables, `body` as upgrade() (already indented), an empty downgrade(). */
export function historyMigration(revision: string, down: string | null, body: string): string {
  return `revision = "${revision}"\ndown_revision = ${down ? `"${down}"` : 'None'}\n\ndef upgrade():\n${body}\n\ndef downgrade():\n    pass\n`;
}

/** `rule`'s findings on the files, in order, as one project (file i is versions/i_m.py). */
export async function historyFindings(rule: Rule, files: string[], settings: Partial<RuleSettings> = {}): Promise<Finding[]> {
  const facts = await Promise.all(files.map((code, i) => parseSource(code, `versions/${i}_m.py`)));
  const migrations = await Promise.all(facts.map((f) => analyzeMigration(f)));
  return runRules({ migrations, graph: buildRevisionGraph(facts), settings: { ...DEFAULT_RULE_SETTINGS, ...settings }, rules: [rule] });
}
