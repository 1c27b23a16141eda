import type { FactorSelector } from '../mechanisms/challenge/factor-selector.js';

/**
 * What one Action asked the flow to do, as the runtime sees it once the handler returns. The simulation reads
 * this to decide what happens next; matchers read the call log instead.
 */
export interface ActionEffects {
  /** Reasons given to `access.deny`, in order. The first is the one the user sees (UNVERIFIED; see reference D.3). */
  denials: string[];
  /** Each `challengeWith` / `challengeWithAny` command, in order: the factors that would satisfy it. */
  challenges: Array<{ method: string; factors: FactorSelector[] }>;
  /** The href of the last `sendUserTo` (the browser's target before the runtime adds `state`). */
  redirect?: string;
  /** The `prompt.render` of this Action. */
  prompt?: { id: string; fields: Record<string, unknown>; vars: Record<string, unknown> };
  /** The href of the last `setResultUrl`. */
  resultUrl?: string;
}

export function emptyEffects(): ActionEffects {
  return { denials: [], challenges: [] };
}
