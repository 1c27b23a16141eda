import { defineEffect } from '../../api/effects.js';
import type { FlowCommand, FlowRule, FlowView } from '../../simulation/flow-rules.js';
import { describeValue } from '../../util/errors.js';
import type { NotificationActionErrors } from './action-errors-option.js';
import { MAX_NOTIFICATION_REASON, notificationDecisionOf, type NotificationDecision } from './notification-api.js';

/** The runtime retries a notification "up to 5 times" (reference E.7): 6 runs of the Action at most. */
export const MAX_NOTIFICATION_RETRIES = 5;

/** What `sim.notification` reports: how the delivery ended and after how many runs of the Action. */
export interface NotificationReport {
  /**
   * `'sent'`: the handler returned without `drop` or `retry`; `'retried-out'`: it still asked to retry after the 5th
   * retry.
   */
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

/** One run of the Action ended with `decision` (none: it sent): the report so far, or a rerun. */
function settle(flow: FlowView, decision: NotificationDecision | undefined): readonly FlowCommand[] | undefined {
  const delivery = flow.state(DELIVERY);
  delivery.attempts += 1;
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
}

/** The message of what an Action threw, as a retry or drop reason (cut as the runtime cuts reasons). */
function errorReason(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return (typeof message === 'string' ? message : describeValue(error)).slice(0, MAX_NOTIFICATION_REASON);
}

/**
 * A `retry` runs the same Action again on the same event, until it sends, drops, or asks for a 6th run, which the
 * runtime no longer makes ('retried-out'). Backoff is not simulated: the retries follow each other at once. An
 * Action that throws fails the flow, unless the `actionErrors` option takes the error as a retry or a drop.
 */
export const notificationRule: FlowRule = {
  afterHandler(api, flow) {
    return settle(flow, notificationDecisionOf(api));
  },
  afterError(error, _api, flow) {
    const kind = flow.options.actionErrors as NotificationActionErrors | undefined;
    if (kind !== 'retry' && kind !== 'drop') return undefined;
    // Undefined would fail the flow: a delivery the error settled goes on with no command.
    return settle(flow, { kind, reason: errorReason(error) }) ?? [];
  },
  report(flow) {
    const { report } = flow.state(DELIVERY);
    return report === undefined ? undefined : { notification: { ...report } };
  },
};
