import type { ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { FlowRule } from '../../simulation/flow-rules.js';

/** The href of the last `sendUserTo` of a handler call (the browser's target before the runtime adds `state`). */
const REDIRECT = defineEffect<{ url?: string }>('redirect', () => ({}));

export function setRedirectTarget(context: ApiContext, url: string): void {
  effectOf(context, REDIRECT).url = url;
}

export function redirectTarget(context: ApiContext): string | undefined {
  return writtenEffect(context, REDIRECT)?.url;
}

/** A redirect suspends the flow until the browser comes back to `/continue` (reference B.1). The last call wins. */
export const redirectRule: FlowRule = {
  afterHandler(api) {
    const url = redirectTarget(api);
    return url === undefined ? undefined : [{ kind: 'redirect', url }];
  },
};
