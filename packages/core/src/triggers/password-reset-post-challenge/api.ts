import { accessWithReason, type DenyOnlyAccessApi } from '../../mechanisms/access/access-api.js';
import { attachInternals, recordedCall, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { challengeMethods, type ChallengeApi } from '../../mechanisms/challenge/challenge-api.js';
import { promptApi, type PromptApi } from '../../mechanisms/prompt/prompt-api.js';
import { queryOption, redirectApi, type RedirectApi } from '../../mechanisms/redirect/redirect-api.js';
import { buildUrl } from '../../mechanisms/redirect/url.js';
import type { PostChallengeEvent } from './event-types.js';

export interface PostChallengeTransactionApi {
  /** Where the browser goes after the password has been reset. The last call wins (UNVERIFIED). */
  setResultUrl(url: string, options?: { query?: Record<string, string> }): void;
}

/** `PasswordResetPostChallengeAPI`: every method returns `undefined`, unlike post-login's chaining api. */
export interface PostChallengeApi {
  access: DenyOnlyAccessApi;
  authentication: ChallengeApi;
  cache: CacheApi;
  prompt: PromptApi;
  redirect: RedirectApi;
  transaction: PostChallengeTransactionApi;
}

export function buildPostChallengeApi(context: ApiContext<PostChallengeEvent>): PostChallengeApi {
  const api: PostChallengeApi = {
    access: accessWithReason(context),
    authentication: challengeMethods(context),
    cache: cacheApi(context),
    prompt: promptApi(context),
    redirect: redirectApi(context),
    transaction: {
      setResultUrl(...args: [url: string, options?: { query?: Record<string, string> }]): void {
        return recordedCall(context, 'transaction.setResultUrl', args, setResultUrl);
      },
    },
  };
  attachInternals(api, context);
  return api;
}

function setResultUrl(context: ApiContext, url: string, options?: { query?: Record<string, string> }): void {
  const method = 'api.transaction.setResultUrl()';
  context.effects.resultUrl = buildUrl(method, url, queryOption(method, options));
}
