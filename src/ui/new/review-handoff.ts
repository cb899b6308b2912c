/** After an interactive `preflight new`: offer to start the review wizard on the new file. */
import type { Prompts } from '../prompts.js';

export type ReviewDecision = 'start' | 'later';

/** Asks "Start the review wizard now?". */
export async function offerReview(prompts: Prompts): Promise<ReviewDecision> {
  return (await prompts.confirm('Start the review wizard now?', true)) ? 'start' : 'later';
}
