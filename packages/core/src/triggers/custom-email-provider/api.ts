import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { notificationApi, type NotificationApi } from '../../mechanisms/notification/notification-api.js';
import type { CustomEmailProviderEvent } from './event-types.js';

/** `CustomEmailProviderAPI`: the cache, and `notification.drop` / `retry` (reference E.7). */
export interface CustomEmailProviderApi {
  cache: CacheApi;
  notification: NotificationApi;
}

export function buildCustomEmailProviderApi(context: ApiContext<CustomEmailProviderEvent>): CustomEmailProviderApi {
  const api: CustomEmailProviderApi = { cache: cacheApi(context), notification: notificationApi(context) };
  attachInternals(api, context);
  return api;
}
