import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import type { PostChangePasswordEvent } from './event-types.js';

/** `PostChangePasswordAPI`: the cache only (reference E.5). */
export interface PostChangePasswordApi {
  cache: CacheApi;
}

export function buildPostChangePasswordApi(context: ApiContext<PostChangePasswordEvent>): PostChangePasswordApi {
  const api: PostChangePasswordApi = { cache: cacheApi(context) };
  attachInternals(api, context);
  return api;
}
