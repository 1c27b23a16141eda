import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import type { SendPhoneMessageEvent } from './event-types.js';

/** `SendPhoneMessageAPI`: the cache only; nothing can deny (reference E.6). */
export interface SendPhoneMessageApi {
  cache: CacheApi;
}

export function buildSendPhoneMessageApi(context: ApiContext<SendPhoneMessageEvent>): SendPhoneMessageApi {
  const api: SendPhoneMessageApi = { cache: cacheApi(context) };
  attachInternals(api, context);
  return api;
}
