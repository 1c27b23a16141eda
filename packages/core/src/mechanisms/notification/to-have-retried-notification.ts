import { notificationMatcher } from './notification-matcher.js';

/**
 * `expect(api).toHaveRetriedNotification(reason?)`: a run of the Action ended with `api.notification.retry` (its
 * last drop-or-retry call), with that reason as the runtime keeps it (truncated to 1024 characters).
 */
export const toHaveRetriedNotification = notificationMatcher('toHaveRetriedNotification', 'retry');
