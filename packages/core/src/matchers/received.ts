import { internalsOf, type ApiInternals } from '../api/api-context.js';
import { apisBehind } from '../api/recorded.js';
import { isAccepted, type RecordedCall } from '../api/recorder.js';
import type { MatcherContext } from './matcher-context.js';
import { matcherError, type Hint } from './matcher-error.js';
import { apiSecretRedactor, lazyRedactor, secretRedactor, type Redact } from '../util/redaction.js';

/** What a matcher inspects: the apis behind the received value, their calls in order, and how to print them. */
export interface Subject {
  apis: ApiInternals[];
  /** The calls the runtime accepted, in order: the only ones a matcher counts. */
  calls: RecordedCall[];
  /** The calls the runtime refused (they threw): listed in failure messages, so a user sees why a call is missing. */
  refused: RecordedCall[];
  redact: Redact;
}

export const RECEIVED_KINDS = 'an api from mockApi() or a Simulation from simulate()';

/** The label the hint line uses for a received value, before it is known to be valid. */
export function receivedLabel(received: unknown): string {
  if (internalsOf(received)) return 'api';
  return apisBehind(received) ? 'simulation' : 'received';
}

export function subjectOf(context: MatcherContext, hint: Hint, received: unknown): Subject {
  const apis = apisBehind(received);
  if (!apis) throw invalidReceived(context, hint, received, RECEIVED_KINDS);
  return {
    apis,
    calls: apis.flatMap((api) => api.recorder.calls.filter(isAccepted)),
    refused: apis.flatMap((api) => api.recorder.calls.filter((call) => !isAccepted(call))),
    redact: lazyRedactor(() => apiSecretRedactor(apis)),
  };
}

/**
 * The received value is shown, secrets hidden: passing the event (or a simulation's action record, which holds
 * one) instead of the api is a common slip, and the event carries `secrets`.
 */
export function invalidReceived(context: MatcherContext, hint: Hint, received: unknown, kinds: string): Error {
  const { RECEIVED_COLOR, printWithType, printReceived } = context.utils;
  const redact = secretRedactor([received, (received as { event?: unknown } | null | undefined)?.event]);
  return matcherError(context, hint, `${RECEIVED_COLOR('received')} value must be ${kinds}`, printWithType('Received', redact(received), printReceived));
}
