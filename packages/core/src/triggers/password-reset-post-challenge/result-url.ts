import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { queryOption } from '../../mechanisms/redirect/redirect-api.js';
import { buildUrl } from '../../mechanisms/redirect/url.js';

export interface PostChallengeTransactionApi {
  /** Where the browser goes after the password has been reset. The last call wins (UNVERIFIED). */
  setResultUrl(url: string, options?: { query?: Record<string, string> }): void;
}

const RESULT_URL = defineEffect<{ href?: string }>('result-url', () => ({}));

export function transactionApi(context: ApiContext): PostChallengeTransactionApi {
  return {
    setResultUrl(...args: [url: string, options?: { query?: Record<string, string> }]): void {
      return recordedCall(context, 'transaction.setResultUrl', args, setResultUrl);
    },
  };
}

function setResultUrl(context: ApiContext, url: string, options?: { query?: Record<string, string> }): void {
  const method = 'api.transaction.setResultUrl()';
  effectOf(context, RESULT_URL).href = buildUrl(method, url, queryOption(method, options));
}

/** `sim.resultUrl`: the last `setResultUrl` href of the flow, from whichever Action set it. */
export const resultUrlRule: FlowRule = {
  report(flow) {
    let href: string | undefined;
    for (const api of flow.apis) href = writtenEffect(api, RESULT_URL)?.href ?? href;
    return href === undefined ? undefined : { resultUrl: href };
  },
};
