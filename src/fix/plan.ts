/**
 * The fixes for one file, each checked before it is kept: the fixed text must parse (Preflight's parser, no
 * parse-error), the rule must report one finding fewer, and no other rule may report more. Loading the file in
 * Alembic is the caller's part (io). Fixes are added one at a time on top of the ones kept, in finding order.
 */
import { analyzeMigration } from '../analysis/analyze-migration.js';
import type { RevisionGraph } from '../analysis/graph/graph.js';
import type { MigrationParser } from '../analysis/parse/parser.js';
import type { AnalyzedMigration } from '../model/facts.js';
import { fixableBy, fixRulesOf, SAFEGUARD_RULE, type Finding, type ValueRequest } from '../model/findings.js';
import type { RuleSettings } from '../model/settings.js';
import { RULES } from '../rules/index.js';
import { runRules, type SeverityOverrides } from '../rules/runner.js';
import { applyEdits, positionAt, type Edit } from './edits.js';
import { FIXES } from './index.js';
import type { Fixer, MigrationFixer, SafeguardText } from './types.js';

export interface FixEnvironment {
  parser: MigrationParser;
  graph: RevisionGraph;
  settings: RuleSettings;
  severities?: SeverityOverrides;
  /** The fixes by rule id (default: FIXES); tests hand in a broken one to see it refused. */
  fixes?: ReadonlyMap<string, Fixer | MigrationFixer>;
  /** Values the author gave (`--fix-value table.column=VALUE`), by `table.column`. */
  values?: ReadonlyMap<string, string>;
  /** The production safeguard's text (the scaffold's, rendered by io). */
  safeguard?: SafeguardText;
}

export interface FixOutcome {
  finding: Finding;
  /** The rule whose fix this is: the finding's, or destructive-without-safeguard's for a finding that carries its part. */
  rule: string;
  /** The fix needs a value from the author (manual outcomes only). */
  needsValue?: ValueRequest;
  /** What the fix does (kept ones) or why there is none / it was refused. */
  text: string;
  edits?: Edit[];
}

export interface FileFixPlan {
  file: string;
  before: string;
  /** `before` with the kept fixes applied. */
  after: string;
  kept: FixOutcome[];
  /** A fix was computed but failed a check: not applied. */
  refused: FixOutcome[];
  /** The finding needs a decision or a value from the author. */
  manual: FixOutcome[];
}

const MIGRATION_RULES = RULES.filter((rule) => rule.scope === 'migration');
/** Code a fix writes (Preflight's own snippets) that calls Alembic's op by that name. */
const CALLS_OP = /(?:^|[^\w.])op\./m;

/** Whether a finding has a fix Preflight may try (its rule has one; suppressed and baselined findings are left alone). */
export function hasFixer(finding: Finding, fixes: ReadonlyMap<string, Fixer | MigrationFixer> = FIXES): boolean {
  return fixableBy(finding, (rule) => fixes.has(rule));
}

function overlaps(a: readonly Edit[], b: readonly Edit[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

export async function planFileFixes(
  file: string,
  text: string,
  migration: AnalyzedMigration,
  findings: readonly Finding[],
  env: FixEnvironment,
): Promise<FileFixPlan> {
  const plan: FileFixPlan = { file, before: text, after: text, kept: [], refused: [], manual: [] };
  const fixes = env.fixes ?? FIXES;
  // A loop or a helper called twice reports one call several times: one fix covers them all.
  const seen = new Set<string>();
  const fixable = findings.flatMap((finding) => {
    if (finding.file !== file || finding.suppressed || finding.baselined) return [];
    return fixRulesOf(finding).flatMap((rule) => {
      const key = `${rule}:${finding.line}:${finding.column}`;
      if (!fixes.has(rule) || seen.has(key)) return [];
      seen.add(key);
      return [{ finding, rule }];
    });
  });
  if (fixable.length === 0) return plan;
  let found: Finding[] = [];
  const counts = (m: AnalyzedMigration): Map<string, number> => {
    found = runRules({ migrations: [m], graph: env.graph, settings: env.settings, ...(env.severities ? { severities: env.severities } : {}), rules: MIGRATION_RULES });
    const byRule = new Map<string, number>();
    const add = (rule: string): void => void byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    for (const finding of found) {
      add(finding.rule);
      // The safeguard part folded into a drop finding counts as that rule's: fixing it takes the part away.
      if (finding.unguarded && finding.rule !== SAFEGUARD_RULE) add(SAFEGUARD_RULE);
    }
    return byRule;
  };
  const context = {
    migration,
    settings: env.settings,
    ...(env.values ? { values: env.values } : {}),
    ...(env.safeguard ? { safeguard: env.safeguard } : {}),
  };
  // The tree sees what Preflight's parser sees: a lone \r ends a line (same length, so offsets hold).
  const proposals = env.parser.withTree(text.replace(/\r(?!\n)/g, '\n'), (root) =>
    fixable.map(({ finding, rule }) => {
      const fixer = fixes.get(rule)!;
      const source = { text, root };
      if (typeof fixer !== 'function') return { finding, rule, proposal: fixer.forMigration({ ...context, finding, source }) };
      const operation = migration.facts.operations.find((o) => o.line === finding.line && o.column === finding.column);
      if (!operation) return { finding, rule, proposal: undefined };
      return { finding, rule, proposal: fixer({ ...context, finding, operation, source }) };
    }),
  );
  let keptEdits: Edit[] = [];
  const original = counts(migration);
  let current = original;
  let currentFindings = found;
  const keptOf = (rule: string): number => plan.kept.filter((outcome) => outcome.rule === rule).length;
  for (const { finding, rule, proposal } of proposals) {
    // A fix kept earlier may have made this finding go away too (a drop_index made concurrent with its create_index;
    // a statement moved into an autocommit block, where lock_timeout does not matter).
    // Only when its rule reports fewer findings than the fixes of it kept so far account for: a rule that reports once
    // per function, at its first statement, reports the next statement instead when the first is fixed.
    const gone = (original.get(rule) ?? 0) - (current.get(rule) ?? 0) > keptOf(rule);
    if (keptEdits.length > 0 && gone && !stillReported(text, plan.after, keptEdits, finding, currentFindings)) {
      plan.kept.push({ finding, rule, text: 'no longer reported once the fixes above are made', edits: [] });
      continue;
    }
    if (!proposal) {
      plan.manual.push({ finding, rule, text: 'no automatic fix for this form of the finding' });
      continue;
    }
    if (proposal.kind === 'manual') {
      plan.manual.push({ finding, rule, text: proposal.reason });
      continue;
    }
    if (proposal.kind === 'needs-value') {
      plan.manual.push({ finding, rule, text: proposal.reason, needsValue: proposal.value });
      continue;
    }
    // A file that calls op's functions bare (`from alembic.op import add_column`) has no name `op`: a fix calling
    // op.… would fail only when the migration runs (loading the file in Alembic, the check below, does not run it).
    if (migration.facts.opUnbound && proposal.edits.some((edit) => CALLS_OP.test(edit.text))) {
      plan.manual.push({ finding, rule, text: 'the fix calls op.…, which this file does not import: add `from alembic import op` and run --fix again' });
      continue;
    }
    // Two fixes may both add the same import: it is added once.
    const edits = proposal.edits.filter((edit) => !keptEdits.some((kept) => kept.start === edit.start && kept.end === edit.end && kept.text === edit.text));
    // Every edit is one an earlier fix made (one guard at the top of upgrade() covers each drop after it): kept when
    // the rule reports as many findings fewer as there are fixes of it, this one included.
    if (edits.length === 0 && proposal.edits.length > 0 && (original.get(rule) ?? 0) - (current.get(rule) ?? 0) > keptOf(rule)) {
      // Its edits are the earlier fix's: a finding's fix stays whole on its own (JSON, SARIF), plan.after has them once.
      plan.kept.push({ finding, rule, text: `${proposal.description} (written by the fix above)`, edits: proposal.edits });
      continue;
    }
    if (overlaps(keptEdits, edits)) {
      plan.refused.push({ finding, rule, text: 'it edits the same code as another fix; run --fix again after this one' });
      continue;
    }
    const candidate = applyEdits(text, [...keptEdits, ...edits]);
    const facts = env.parser.parse(candidate, file);
    if (facts.parseError) {
      plan.refused.push({ finding, rule, text: `the fixed file would not parse (line ${facts.parseError.line}: ${facts.parseError.message})` });
      continue;
    }
    const after = counts(await analyzeMigration(facts));
    if ((after.get(rule) ?? 0) >= (current.get(rule) ?? 0)) {
      plan.refused.push({ finding, rule, text: `${rule} still reports the fixed file` });
      continue;
    }
    const worse = [...after].find(([other, count]) => other !== rule && count > (current.get(other) ?? 0));
    if (worse) {
      plan.refused.push({ finding, rule, text: `the fixed file gets a new ${worse[0]} finding` });
      continue;
    }
    keptEdits = [...keptEdits, ...edits];
    current = after;
    currentFindings = found;
    plan.after = candidate;
    plan.kept.push({ finding, rule, text: proposal.description, edits });
  }
  return plan;
}

/**
 * Whether `finding` (of `before`) is still reported in `after` (`before` with `edits`): a finding of its rule at the
 * place its operation moved to. A finding inside a replaced range counts as still reported (its place is not known).
 */
function stillReported(before: string, after: string, edits: readonly Edit[], finding: Finding, found: readonly Finding[]): boolean {
  let offset = offsetOf(before, finding.line, finding.column);
  if (offset === undefined || edits.some((edit) => edit.start < offset! && offset! < edit.end)) return true;
  const at = offset;
  for (const edit of edits) if (edit.end <= at) offset += edit.text.length - (edit.end - edit.start);
  const { line, column } = positionAt(after, offset);
  return found.some((other) => other.rule === finding.rule && other.line === line && other.column === column);
}

function offsetOf(text: string, line: number, column: number): number | undefined {
  let start = 0;
  for (let row = 1; row < line; row++) {
    const end = text.indexOf('\n', start);
    if (end === -1) return undefined;
    start = end + 1;
  }
  return start + column - 1;
}
