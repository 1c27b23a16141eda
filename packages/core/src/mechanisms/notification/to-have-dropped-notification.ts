import { notificationMatcher } from './notification-matcher.js';

/**
 * `expect(api).toHaveDroppedNotification(reason?)`: a run of the Action ended with `api.notification.drop` (its
 * last drop-or-retry call), with that reason as the runtime keeps it (truncated to 1024 characters).
 */
export const toHaveDroppedNotification = notificationMatcher('toHaveDroppedNotification', 'drop');
