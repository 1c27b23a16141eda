import type { TriggerOption } from '../../triggers/definition.js';
import { argumentError } from '../../util/errors.js';

/** What a notification trigger does when its Action throws: fail (the default), or take it as a retry or a drop. */
export type NotificationActionErrors = 'fail' | 'retry' | 'drop';

/**
 * `actionErrors`: whether the runtime retries a delivery whose Action threw is UNVERIFIED (reference E.7): by
 * default the flow fails (`status: 'failed'`), the strictest reading; `'retry'` or `'drop'` treat the error as
 * `api.notification.retry` / `drop` with the error's message as the reason, for a test that holds the other view.
 */
export const actionErrorsOption: TriggerOption = {
  scope: 'flow',
  defaultValue: 'fail',
  check(fn, argument, value) {
    if (value !== 'fail' && value !== 'retry' && value !== 'drop') {
      throw argumentError(
        fn,
        argument,
        "'fail' (the default: status 'failed'), 'retry' or 'drop' (the error taken as api.notification.retry / drop)",
        value,
      );
    }
    return value;
  },
};
