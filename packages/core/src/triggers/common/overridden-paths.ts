import { isPlainObject } from '../../util/errors.js';
import { hasOwn } from '../../util/intrinsics.js';

/**
 * Whether `overrides` sets the field at `path` (`'notification.code'`), to a value or to `undefined` (which deletes
 * it): a part given whole sets every field under it.
 */
export function overridesSet(overrides: Record<string, unknown>, path: string): boolean {
  let level: unknown = overrides;
  for (const key of path.split('.')) {
    if (!isPlainObject(level) || !hasOwn(level, key)) return false;
    level = level[key];
  }
  return true;
}

/**
 * Whether fields rendered from `inputs` must be rendered again: the overrides change one of the inputs and set none
 * of the `rendered` fields (a test that sets a text keeps its text).
 */
export function rendersAgain(
  overrides: Record<string, unknown>,
  inputs: readonly string[],
  rendered: readonly string[],
): boolean {
  return (
    inputs.some((path) => overridesSet(overrides, path)) && !rendered.some((path) => overridesSet(overrides, path))
  );
}
