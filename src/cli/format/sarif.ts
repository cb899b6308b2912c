/** SARIF 2.1.0 for code-scanning upload: one run, the rule list with help from the rule modules. */
import { RULES } from '../../rules/index.js';
import type { Severity } from '../../model/findings.js';
import { TOOL_NAME, toolVersion } from '../../io/package-paths.js';
import { displayPath } from './paths.js';
import type { CheckReport } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: CheckReport): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion(),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.why },
              help: {
                text: `${rule.why}\n\nBad:\n${rule.bad}\nGood:\n${rule.good}`,
                markdown: `${rule.why}\n\n**Bad**\n\n\`\`\`python\n${rule.bad}\`\`\`\n\n**Good**\n\n\`\`\`python\n${rule.good}\`\`\`\n`,
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        results: report.findings.map((finding) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          // The lock rules' messages name the lock; the structured lock goes alongside for tools.
          ...(finding.lock ? { properties: { lock: finding.lock } } : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(displayPath(finding.file, report.cwd)), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          ...(finding.fix && finding.fix.edits.length > 0
            ? {
                fixes: [
                  {
                    description: { text: finding.fix.description },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: encodeURI(displayPath(finding.file, report.cwd)), uriBaseId: '%SRCROOT%' },
                        replacements: finding.fix.edits.map((edit) => ({
                          deletedRegion: { startLine: edit.startLine, startColumn: edit.startColumn, endLine: edit.endLine, endColumn: edit.endColumn },
                          insertedContent: { text: edit.text },
                        })),
                      },
                    ],
                  },
                ],
              }
            : {}),
          ...(finding.suppressed
            ? { suppressions: [{ kind: 'inSource', justification: finding.suppressReason ?? '' }] }
            : finding.baselined
              ? { suppressions: [{ kind: 'external', justification: `accepted in the baseline file${report.baseline ? ` ${displayPath(report.baseline.file, report.cwd)}` : ''}` }] }
              : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
