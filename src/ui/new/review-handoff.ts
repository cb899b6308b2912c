/**
 * After an interactive `preflight new`: offer to start the review wizard on
 * the new file. The review command is looked up at run time, so `new` works
 * before it exists (it prints the next step instead). Wiring is this one
 * constant: the module and export of the review command.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from '../../cli/command.js';
import type { Prompts } from '../prompts.js';

export const REVIEW_COMMAND = { module: '../../cli/commands/review.js', exportName: 'reviewCommand' } as const;

/** The review command, or undefined when this build has none. Other load errors are real bugs and propagate. */
export async function loadReviewCommand(target: { module: string; exportName: string } = REVIEW_COMMAND): Promise<Command | undefined> {
  const specifier = new URL(target.module, import.meta.url).href;
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    // Only "this very module does not exist" means no review command; a module it imports missing is a bug.
    const code = (error as { code?: string }).code;
    const missing = /Cannot find module '([^']+)'/.exec(String((error as Error).message))?.[1];
    const itself = missing === fileURLToPath(specifier) || missing === specifier;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === undefined) && itself) return undefined;
    throw error;
  }
  const command = loaded[target.exportName];
  return command && typeof command === 'object' && 'run' in command ? (command as Command) : undefined;
}

export type ReviewDecision = 'start' | 'later' | 'unavailable';

/** Asks "Start the review wizard now?" when the review command exists. */
export async function offerReview(prompts: Prompts, reviewAvailable: boolean): Promise<ReviewDecision> {
  if (!reviewAvailable) return 'unavailable';
  return (await prompts.confirm('Start the review wizard now?', true)) ? 'start' : 'later';
}
