import { overriddenShapeProblem } from '../util/data-shape.js';
import { mergeOverridesInto } from '../util/deep-merge.js';
import { argumentError } from '../util/errors.js';
import type { TriggerDefinition } from './definition.js';
import {
  deriveIdentityFromUserId,
  overridesReachUserConsistency,
  userConsistencyProblem,
} from './common/user-consistency.js';

/**
 * Deep-merges `overrides` into a trigger's event (`base`: freshly built, so it fits the trigger's shape, and
 * merged in place), then refuses the result if the runtime could never send it (a required field deleted, a
 * field of the wrong type, a misspelt field, a value that is not JSON): a test that passes on such an event
 * proves nothing. The same goes for a user no tenant could have (see userConsistencyProblem), checked only when
 * the overrides touch the user or the connection: the built ones are consistent. `at` is the event's time, in
 * ms. The error names `fn` and the field under `path`.
 */
export function mergeEventOverrides<E>(
  definition: TriggerDefinition<unknown, unknown>,
  base: E,
  overrides: unknown,
  fn: string,
  path: string,
  at: number = Date.now(),
): E {
  const event = mergeOverridesInto(base, overrides, fn, path);
  if (overrides === undefined) return event;
  deriveIdentityFromUserId(event, overrides);
  const problem =
    overriddenShapeProblem(event, overrides as Record<string, unknown>, definition.eventShape, path) ??
    (overridesReachUserConsistency(overrides)
      ? userConsistencyProblem(event, at, path, definition.userRules)
      : undefined) ??
    definition.eventProblem?.(event as Record<string, unknown>, path);
  if (problem) throw argumentError(fn, problem.path, problem.expected, problem.received);
  definition.renderOverriddenEvent?.(event as Record<string, unknown>, overrides as Record<string, unknown>);
  return event;
}
