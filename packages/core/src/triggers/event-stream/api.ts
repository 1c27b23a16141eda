import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import type { EventStreamEvent } from './event-types.js';

/**
 * `EventStreamAPI`: the cache only (reference E.10). The `api.message.fail()` one docs comment mentions is in no
 * type, harness or api page, so it is not here: an Action fails a delivery by throwing.
 */
export interface EventStreamApi {
  cache: CacheApi;
}

export function buildEventStreamApi(context: ApiContext<EventStreamEvent>): EventStreamApi {
  const api: EventStreamApi = { cache: cacheApi(context) };
  attachInternals(api, context);
  return api;
}
