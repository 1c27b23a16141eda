import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { argumentError } from '../../util/errors.js';

/** The runtime keeps the first 1024 characters of a drop or retry reason (reference E.7). */
export const MAX_NOTIFICATION_REASON = 1024;

/** What the Action decided about the delivery: only its last `drop` or `retry` call counts (reference E.7). */
export interface NotificationDecision {
  readonly kind: 'drop' | 'retry';
  /** Truncated as the runtime logs it; absent when the Action gave none (optional since 2025, reference E.7). */
  readonly reason?: string;
}

const NOTIFICATION = defineEffect<{ decision?: NotificationDecision }>('notification', () => ({}));

/** `api.notification` of custom-email-provider and custom-phone-provider (reference E.7, E.8). */
export interface NotificationApi {
  /** The delivery failed for good: it is logged and not sent to the Action again. The last call counts. */
  drop(reason?: string): void;
  /** The delivery failed but may work later: the Action runs again, up to 5 times. The last call counts. */
  retry(reason?: string): void;
}

function decide(kind: NotificationDecision['kind']) {
  return (context: ApiContext, reason?: unknown): void => {
    // The types make `reason` a string and the 2025 docs optional; anything else is a mistake the runtime would
    // log as garbage, so it is refused here rather than passed on (never more lenient than production).
    if (reason !== undefined && typeof reason !== 'string') {
      throw argumentError(`api.notification.${kind}()`, 'reason', 'a string (or left out)', reason);
    }
    const decision: NotificationDecision =
      reason === undefined ? { kind } : { kind, reason: reason.slice(0, MAX_NOTIFICATION_REASON) };
    effectOf(context, NOTIFICATION).decision = decision;
  };
}

const drop = decide('drop');
const retry = decide('retry');

export function notificationApi(context: ApiContext): NotificationApi {
  return {
    drop(...args: [reason?: string]): void {
      return recordedCall(context, 'notification.drop', args, drop);
    },
    retry(...args: [reason?: string]): void {
      return recordedCall(context, 'notification.retry', args, retry);
    },
  };
}

/** The decision one handler call left, if it called `drop` or `retry`. */
export function notificationDecisionOf(api: ApiInternals): NotificationDecision | undefined {
  return writtenEffect(api, NOTIFICATION)?.decision;
}
