import { attachInternals, type ApiContext } from '../../api/api-context.js';
import { cacheApi, type CacheApi } from '../../mechanisms/cache/cache-api.js';
import { notificationApi, type NotificationApi } from '../../mechanisms/notification/notification-api.js';
import type { CustomPhoneProviderEvent } from './event-types.js';

/** `CustomPhoneProviderAPI`: the cache, and `notification.drop` / `retry` (reference E.8). */
export interface CustomPhoneProviderApi {
  cache: CacheApi;
  notification: NotificationApi;
}

export function buildCustomPhoneProviderApi(context: ApiContext<CustomPhoneProviderEvent>): CustomPhoneProviderApi {
  const api: CustomPhoneProviderApi = { cache: cacheApi(context), notification: notificationApi(context) };
  attachInternals(api, context);
  return api;
}
