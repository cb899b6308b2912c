/**
 * Checklists are data (checklists/*.yaml), validated here. The shipped
 * checklist holds the guide's 7 items; teams add files of their own through
 * configuration, whose items are always asked.
 */
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { findRule } from '../../rules/index.js';

export const ANSWERS = ['yes', 'no', 'n/a'] as const;
export type Answer = (typeof ANSWERS)[number];

const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

export const checklistItemSchema = z
  .object({
    id: itemId,
    question: z.string().min(1),
    why: z.string().min(1),
    fix: z.string().min(1),
    /** Rules whose unsuppressed findings answer the item "no". */
    decide: z.object({ rules: z.array(z.string()).min(1) }).strict().optional(),
    /** `required`: every answer needs a note; default: only "no" and overrides do. */
    note: z.enum(['required', 'on-no']).default('on-no'),
    notePrompt: z.string().optional(),
  })
  .strict();

export const checklistSchema = z
  .object({
    id: itemId,
    version: z.number().int().positive(),
    title: z.string().min(1),
    items: z.array(checklistItemSchema).min(1),
  })
  .strict();

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Checklist = z.infer<typeof checklistSchema>;

/** Validates a parsed YAML document; errors name the file and the field path. */
export function validateChecklist(document: unknown, file: string): Checklist {
  const result = checklistSchema.safeParse(document);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = formatPath([...issue.path, ...keys.slice(0, 1)], document);
    throw new UserError(`${file}: ${path || '(root)'}: ${issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message}`);
  }
  const checklist = result.data;
  const seen = new Set<string>();
  checklist.items.forEach((item, index) => {
    if (seen.has(item.id)) throw new UserError(`${file}: items[${index}].id: duplicate item id ${item.id}`);
    seen.add(item.id);
    item.decide?.rules.forEach((rule, ruleIndex) => {
      if (!findRule(rule)) throw new UserError(`${file}: items[${index}] (${item.id}).decide.rules[${ruleIndex}]: unknown rule ${rule}`);
    });
  });
  return checklist;
}

/** `items[2] (reversible).question`: index plus the item id when there is one. */
function formatPath(path: PropertyKey[], document: unknown): string {
  let out = '';
  let node: unknown = document;
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += out ? `.${String(part)}` : String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  }
  return out;
}

/** The shipped checklist plus team checklists: extra items are appended (ids must not clash). */
export function mergeChecklists(base: Checklist, extras: { checklist: Checklist; file: string }[]): Checklist {
  const items = [...base.items];
  for (const { checklist, file } of extras) {
    for (const item of checklist.items) {
      if (items.some((existing) => existing.id === item.id)) {
        throw new UserError(`${file}: item ${item.id} is already defined by another checklist`);
      }
      // Team items are asked: a team checklist cannot auto-decide through the shipped deciders.
      items.push(item);
    }
  }
  return { ...base, items };
}
