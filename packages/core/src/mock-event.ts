import { overriddenShapeProblem } from './shared/data-shape.js';
import { mergeOverridesInto } from './shared/deep-merge.js';
import { argumentError, isPlainObject } from './shared/errors.js';
import { builtEvent } from './shared/event-templates.js';
import { referenceTime } from './shared/sample-identity.js';
import { assertKnownOptions } from './shared/known-options.js';
import { DEFAULT_SEED } from './shared/seeded-random.js';
import { deriveIdentityFromUserId, TRIGGER_USER_RULES, userConsistencyProblem } from './shared/user-consistency.js';
import { resolveTrigger, type EventOf, type TriggerName } from './triggers/registry.js';
import type { TriggerDefinition } from './triggers/trigger-definition.js';
import { isFiniteNumber } from './shared/intrinsics.js';

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
export type EventOverrides<E> = { [K in keyof E]?: E[K] extends ReadonlyArray<unknown> ? E[K] : E[K] extends object ? EventOverrides<E[K]> | undefined : E[K] | undefined };

export function mockEvent<T extends TriggerName>(trigger: T, overrides?: EventOverrides<EventOf<T>>, options?: MockEventOptions): EventOf<T>;
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
  if (typeof now !== 'number' || !isFiniteNumber(now)) throw argumentError(fn, 'options.now', 'a finite number of ms', now);
  if (overrides !== undefined && !isPlainObject(overrides)) throw argumentError(fn, 'overrides', 'a plain object', overrides);
  const at = referenceTime(now);
  return mergeEventOverrides(definition, builtEvent(definition, seed, at), overrides, fn, 'overrides', at);
}

/**
 * Deep-merges `overrides` into a trigger's event (`base`: freshly built, so it fits the trigger's shape, and
 * merged in place), then refuses the result if the runtime could never send it (a required field deleted, a
 * field of the wrong type, a misspelt field, a value that is not JSON): a test that passes on such an event
 * proves nothing. The same goes for a user no tenant could have (see userConsistencyProblem), checked only when
 * the overrides touch the user or the connection: the built ones are consistent. `at` is the event's time, in
 * ms. The error names `fn` and the field under `path`.
 */
export function mergeEventOverrides<E>(definition: TriggerDefinition<unknown, unknown>, base: E, overrides: unknown, fn: string, path: string, at: number = Date.now()): E {
  const event = mergeOverridesInto(base, overrides, fn, path);
  if (overrides === undefined) return event;
  deriveIdentityFromUserId(event, overrides);
  const problem =
    overriddenShapeProblem(event, overrides as Record<string, unknown>, definition.eventShape, path) ??
    (touchesUser(overrides) ? userConsistencyProblem(event, at, path, TRIGGER_USER_RULES[definition.id]) : undefined);
  if (problem) throw argumentError(fn, problem.path, problem.expected, problem.received);
  return event;
}

function touchesUser(overrides: unknown): boolean {
  return isPlainObject(overrides) && (overrides.user !== undefined || overrides.connection !== undefined);
}
