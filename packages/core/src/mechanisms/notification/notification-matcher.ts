import { isAccepted, type RecordedCall } from '../../api/recorder.js';
import { assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallSelection } from '../../matchers/call-matcher.js';
import type { RawMatcher } from '../../matchers/matcher-context.js';
import { plural } from '../../matchers/report.js';
import { MAX_NOTIFICATION_REASON, notificationDecisionOf, type NotificationDecision } from './notification-api.js';

const WORDS = {
  drop: { verb: 'dropped', noun: 'drop', nouns: 'drops' },
  retry: { verb: 'asked to retry', noun: 'retry', nouns: 'retries' },
} as const;

/**
 * The call that decided each run of the Action, when it is a `kind` call: only the last `drop` or `retry` of a
 * run counts (reference E.7), so a drop the Action overrode with a retry is no drop.
 */
function decisions(kind: NotificationDecision['kind']): CallSelection {
  const method = `notification.${kind}`;
  const { verb, noun, nouns } = WORDS[kind];
  return {
    select: (subject) =>
      subject.apis.flatMap((api) => {
        if (notificationDecisionOf(api)?.kind !== kind) return [];
        const calls = api.recorder.calls.filter((call) => isAccepted(call) && call.method.startsWith('notification.'));
        return calls.slice(-1);
      }),
    expected: (isNot) => `Expected the Action ${isNot ? 'not ' : ''}to have ${verb} the notification (api.${method})`,
    never: `But no run of the Action ended with api.${method} (of a run's drop and retry calls, only the last one counts).`,
    counted: (count) => plural(count, noun, nouns),
    noun,
  };
}

/** The reason as the runtime keeps it: the first 1024 characters. */
function reasonOf(call: RecordedCall): unknown {
  const [reason] = call.args;
  return typeof reason === 'string' ? reason.slice(0, MAX_NOTIFICATION_REASON) : reason;
}

/** `toHaveDroppedNotification` / `toHaveRetriedNotification`: a run of the Action ended with that decision. */
export function notificationMatcher(matcherName: string, kind: NotificationDecision['kind']): RawMatcher {
  return callMatcher({
    matcherName,
    method: decisions(kind),
    argumentNames: ['reason'],
    parts(check, [reason]) {
      assertTextExpectation(check, 'reason', reason);
      return reason === undefined ? [] : [{ name: 'reason', expected: reason, partial: false, valueOf: reasonOf }];
    },
  });
}
