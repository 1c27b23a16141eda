import { defineEffect } from '../../api/effects.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { notificationDecisionOf } from './notification-api.js';

/** The runtime retries a notification "up to 5 times" (reference E.7): 6 runs of the Action at most. */
export const MAX_NOTIFICATION_RETRIES = 5;

/** What `sim.notification` reports: how the delivery ended and after how many runs of the Action. */
export interface NotificationReport {
  /** `'sent'`: the handler returned without `drop` or `retry`; `'retried-out'`: it still asked to retry after the 5th retry. */
  outcome: 'sent' | 'dropped' | 'retried-out';
  /** Runs of the Action: 1 when the first run sends, 6 when retried out. */
  attempts: number;
  /** The reason of the last `drop` or `retry`, truncated to 1024 characters. */
  reason?: string;
}

interface DeliveryState {
  attempts: number;
  report?: NotificationReport;
}

const DELIVERY = defineEffect<DeliveryState>('notification-delivery', () => ({ attempts: 0 }));

/**
 * A `retry` runs the same Action again on the same event, until it sends, drops, or asks for a 6th run, which the
 * runtime no longer makes ('retried-out'). Backoff is not simulated: the retries follow each other at once.
 */
export const notificationRule: FlowRule = {
  afterHandler(api, flow) {
    const delivery = flow.state(DELIVERY);
    delivery.attempts += 1;
    const decision = notificationDecisionOf(api);
    const reason = decision?.reason === undefined ? {} : { reason: decision.reason };
    if (decision === undefined) {
      delivery.report = { outcome: 'sent', attempts: delivery.attempts };
      return undefined;
    }
    if (decision.kind === 'drop') {
      delivery.report = { outcome: 'dropped', attempts: delivery.attempts, ...reason };
      return undefined;
    }
    if (delivery.attempts > MAX_NOTIFICATION_RETRIES) {
      delivery.report = { outcome: 'retried-out', attempts: delivery.attempts, ...reason };
      return undefined;
    }
    return [{ kind: 'rerun' }];
  },
  report(flow) {
    const { report } = flow.state(DELIVERY);
    return report === undefined ? undefined : { notification: { ...report } };
  },
};
