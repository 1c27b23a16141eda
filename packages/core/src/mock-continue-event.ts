import { continueRequest } from './mechanisms/redirect/continue-request.js';
import { transactionState } from './mechanisms/redirect/transaction-state.js';
import { mockEvent, type EventOverrides, type MockEventOptions } from './mock-event.js';
import type { ContinueRequest } from './simulation/types.js';
import { argumentError, isPlainObject } from './util/errors.js';
import { DEFAULT_SEED } from './util/seeded-random.js';
import { resolveTrigger, type EventOf, type TriggerName } from './triggers/registry.js';

export interface MockContinueEventOptions<E = unknown> extends MockEventOptions {
  /** Deep-merged over the event before the `/continue` request is put in (as `mockEvent`'s overrides). */
  event?: EventOverrides<E>;
  /** The transaction's `state`. Default: the one `simulate` uses for the same seed. */
  state?: string;
}

/**
 * The event an `onContinue...` handler receives when the browser comes back to `/continue`, for a unit test with
 * `mockApi`: `event.request` carries the transaction's `state` in its query and, with `request.token`, a session
 * token signed as the external site signs it (synchronously), in the body when one is given, else in the query,
 * under `session_token` or `token.parameter`. Exactly what `simulation.continue(request)` sends.
 */
export function mockContinueEvent<T extends TriggerName>(
  trigger: T,
  request?: ContinueRequest,
  options?: MockContinueEventOptions<EventOf<T>>,
): EventOf<T>;
export function mockContinueEvent(trigger: unknown, request?: unknown, options: unknown = {}): unknown {
  const fn = 'mockContinueEvent()';
  const definition = resolveTrigger(fn, trigger);
  if (!definition.handlers.continue) {
    throw argumentError(
      fn,
      'trigger',
      `a trigger whose Actions resume at /continue (${definition.id} has no continue handler)`,
      trigger,
    );
  }
  if (!isPlainObject(options)) throw argumentError(fn, 'options', 'an object like { seed, state, event }', options);
  const { event: overrides, state, ...eventOptions } = options;
  const seed = (eventOptions.seed as string | number | undefined) ?? DEFAULT_SEED;
  if (state !== undefined && (typeof state !== 'string' || state === ''))
    throw argumentError(fn, 'options.state', 'a non-empty string', state);
  const event = mockEvent(
    definition.id as TriggerName,
    overrides as never,
    eventOptions as MockEventOptions,
  ) as unknown as Record<string, unknown>;
  // A test's override may make `user_id` a number: the template makes the subject a string all the same.
  const subject = `${(event.user as { user_id?: string } | undefined)?.user_id ?? ''}`;
  event.request = continueRequest(fn, event.request, request, { state: state ?? transactionState(seed), subject });
  return event;
}
