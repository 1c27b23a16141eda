import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import type { PostUserRegistrationEvent } from './event-types.js';

/** `PostUserRegistrationAPI`: the cache only (reference E.4). */
export interface PostUserRegistrationApi {
  cache: CacheApi;
}

export function buildPostUserRegistrationApi(context: ApiContext<PostUserRegistrationEvent>): PostUserRegistrationApi {
  const api: PostUserRegistrationApi = { cache: cacheApi(context) };
  attachInternals(api, context);
  return api;
}
