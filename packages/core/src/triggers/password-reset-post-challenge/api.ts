import { accessWithReason, type DenyWithReasonAccessApi } from '../../mechanisms/access/access-api.js';
import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { challengeMethods, type ChallengeApi } from '../../mechanisms/challenge/challenge-api.js';
import { promptApi, type PromptApi } from '../../mechanisms/prompt/prompt-api.js';
import { redirectApi, type RedirectApi } from '../../mechanisms/redirect/redirect-api.js';
import type { PostChallengeEvent } from './event-types.js';
import { transactionApi, type PostChallengeTransactionApi } from './result-url.js';

export type { PostChallengeTransactionApi };

/** `PasswordResetPostChallengeAPI`: every method returns `undefined`, unlike post-login's chaining api. */
export interface PostChallengeApi {
  access: DenyWithReasonAccessApi;
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
    transaction: transactionApi(context),
  };
  attachInternals(api, context);
  return api;
}
