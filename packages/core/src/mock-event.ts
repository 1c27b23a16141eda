import { argumentError, isPlainObject } from './util/errors.js';
import { builtEvent } from './triggers/event-templates.js';
import { referenceTime } from './triggers/common/sample-identity.js';
import { assertKnownOptions } from './util/known-options.js';
import { DEFAULT_SEED } from './util/seeded-random.js';
import { mergeEventOverrides } from './triggers/event-overrides.js';
import { resolveTrigger, type EventOf, type TriggerName } from './triggers/registry.js';
import { isFiniteNumber } from './util/intrinsics.js';

export interface MockEventOptions {
  /** Another seed gives another user, tenant and request; the default seed is fixed. */
  seed?: number | string;
  /**
   * The instant the event is built at, in ms. Default: `Date.now()` (fake clocks included), so the event's times
   * sit where production puts them; pin the clock or pass `now` for the same event on every run.
   */
  now?: number;
}

/** Deep-partial overrides: objects merge, arrays replace, `undefined` deletes the field. */
// Optional fields (post-login's `transaction`, `session`...) take partial overrides too: the check looks past
// `undefined`.
export type EventOverrides<E> = {
  [K in keyof E]?: unknown extends E[K]
    ? E[K]
    : NonNullable<E[K]> extends ReadonlyArray<unknown>
      ? E[K]
      : NonNullable<E[K]> extends object
        ? EventOverrides<NonNullable<E[K]>> | Extract<E[K], null> | undefined
        : E[K] | undefined;
};

export function mockEvent<T extends TriggerName>(
  trigger: T,
  overrides?: EventOverrides<EventOf<T>>,
  options?: MockEventOptions,
): EventOf<T>;
export function mockEvent(trigger: unknown, overrides?: unknown, options: MockEventOptions = {}): unknown {
  const fn = 'mockEvent()';
  const definition = resolveTrigger(fn, trigger);
  if (!isPlainObject(options)) throw argumentError(fn, 'options', 'an object like { seed }', options);
  assertKnownOptions(fn, 'options', options, ['seed', 'now']);
  const { seed = DEFAULT_SEED, now = Date.now() } = options;
  // NaN and Infinity are accepted by String() but are almost always a failed computation, not a chosen seed.
  if (typeof seed !== 'string' && !(typeof seed === 'number' && isFiniteNumber(seed))) {
    throw argumentError(fn, 'options.seed', 'a finite number or a string', seed);
  }
  if (typeof now !== 'number' || !isFiniteNumber(now))
    throw argumentError(fn, 'options.now', 'a finite number of ms', now);
  if (overrides !== undefined && !isPlainObject(overrides))
    throw argumentError(fn, 'overrides', 'a plain object', overrides);
  const at = referenceTime(now);
  return mergeEventOverrides(definition, builtEvent(definition, seed, at), overrides, fn, 'overrides', at);
}
