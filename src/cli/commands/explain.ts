import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { findRule, RULES } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import { defineCommand } from '../command.js';
import { COLORS, NO_COLORS, type Palette } from '../format/colors.js';

export const explainCommand = defineCommand({
  name: 'explain',
  summary: "Explain a rule: what it flags, why, a bad and a good migration (from the rule's own module).",
  arguments: 'RULE | --list',
  options: {
    list: { type: 'boolean', description: 'list every rule with its severity and summary', schema: z.boolean().default(false) },
    format: { type: 'string', value: 'FORMAT', description: 'text or json (default text)', schema: z.enum(['text', 'json']).default('text') },
  },
  positionals: z.array(z.string()).max(1, 'explain takes one rule id'),
  details: 'Exit codes: 0 shown, 2 unknown rule id.',
  async run(options, global) {
    const colors = global.color ? COLORS : NO_COLORS;
    if (options.list || options.positionals.length === 0) {
      if (!options.list) throw new UserError('explain: name a rule (or --list to see them all)');
      if (options.format === 'json') global.stdout.write(`${JSON.stringify(RULES.map(ruleDocs), null, 2)}\n`);
      else {
        const width = Math.max(...RULES.map((rule) => rule.id.length));
        for (const rule of RULES) global.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}\n`);
      }
      return 0;
    }
    const id = options.positionals[0]!;
    const rule = findRule(id);
    if (!rule) throw new UserError(`explain: unknown rule id ${JSON.stringify(id)} (see preflight explain --list)`);
    global.stdout.write(options.format === 'json' ? `${JSON.stringify(ruleDocs(rule), null, 2)}\n` : explainText(rule, colors));
    return 0;
  },
});

export function ruleDocs(rule: Rule) {
  return {
    id: rule.id,
    severity: rule.severity,
    summary: rule.summary,
    why: rule.why,
    bad: rule.bad,
    good: rule.good,
    decides: rule.decides ?? [],
  };
}

export function explainText(rule: Rule, colors: Palette): string {
  const indent = (code: string) => code.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
  return [
    `${colors.bold(rule.id)} (${rule.severity})`,
    '',
    rule.summary,
    '',
    colors.bold('Why'),
    rule.why,
    '',
    colors.bold(colors.red('Bad')),
    indent(rule.bad),
    '',
    colors.bold(colors.green('Good')),
    indent(rule.good),
    ...(rule.decides?.length ? ['', `Decides checklist item${rule.decides.length > 1 ? 's' : ''}: ${rule.decides.join(', ')}`] : []),
    '',
  ].join('\n');
}
