import { internalsOf, type ApiInternals } from '../api-parts/api-context.js';
import { apisBehind } from '../recorded.js';
import type { RecordedCall } from '../shared/recorder.js';
import type { MatcherContext } from './matcher-context.js';
import { matcherError } from './matcher-error.js';
import { secretRedactor, type Redact } from './redaction.js';

/** What a matcher inspects: the apis behind the received value, their calls in order, and how to print them. */
export interface Subject {
  /** `'api'` or `'simulation'`, for the hint line. */
  label: string;
  apis: ApiInternals[];
  calls: RecordedCall[];
  redact: Redact;
}

export const RECEIVED_KINDS = 'an api from mockApi() or a Simulation from simulate()';

/** The label the hint line uses for a received value, before it is known to be valid. */
export function receivedLabel(received: unknown): string {
  if (internalsOf(received)) return 'api';
  return apisBehind(received) ? 'simulation' : 'received';
}

export function subjectOf(context: MatcherContext, hint: string, received: unknown, kinds = RECEIVED_KINDS): Subject {
  const apis = apisBehind(received);
  if (!apis) throw invalidReceived(context, hint, received, kinds);
  return {
    label: receivedLabel(received),
    apis,
    calls: apis.flatMap((api) => api.recorder.calls),
    redact: secretRedactor(apis),
  };
}

export function invalidReceived(context: MatcherContext, hint: string, received: unknown, kinds: string): Error {
  const { RECEIVED_COLOR, printWithType, printReceived } = context.utils;
  return matcherError(context, hint, `${RECEIVED_COLOR('received')} value must be ${kinds}`, printWithType('Received', received, printReceived));
}
