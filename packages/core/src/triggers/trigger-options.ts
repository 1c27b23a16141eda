import { argumentError } from '../util/errors.js';
import { unknownOptionError } from '../util/known-options.js';
import { freeze, hasOwn, objectKeys } from '../util/intrinsics.js';
import type { TriggerDefinition } from './definition.js';

/**
 * Checks the options a call was given: the function's own (`known`) and the trigger's (`definition.options`, those
 * of `scope` or wider), refusing any other name with the list of known ones and a "did you mean". Returns the
 * trigger's options, defaulted.
 */
export function resolveTriggerOptions(
  fn: string,
  definition: TriggerDefinition<unknown, unknown>,
  given: Record<string, unknown>,
  known: readonly string[],
  scope: 'api' | 'flow',
): Readonly<Record<string, unknown>> {
  const specs = definition.options ?? {};
  const accepted = objectKeys(specs).filter((name) => scope === 'flow' || specs[name]?.scope === 'api');
  for (const name of objectKeys(given)) {
    if (known.includes(name) || accepted.includes(name)) continue;
    if (hasOwn(specs, name)) {
      throw argumentError(
        fn,
        `options.${name}`,
        `left out: ${name} is an option of simulate(), not of ${fn}`,
        given[name],
      );
    }
    throw unknownOptionError(fn, `options.${name}`, name, [...known, ...accepted], given[name]);
  }
  const resolved: Record<string, unknown> = {};
  for (const name of accepted) {
    const spec = specs[name]!;
    resolved[name] = given[name] === undefined ? spec.defaultValue : spec.check(fn, `options.${name}`, given[name]);
  }
  return freeze(resolved);
}
