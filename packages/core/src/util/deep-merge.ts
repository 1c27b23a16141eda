import { argumentError, isPlainObject } from './errors.js';
import { cloneStructured, isArray, objectEntries } from './intrinsics.js';

export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<unknown>
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
      : T;

/**
 * Merges `overrides` into `target` in place: plain objects merge key by key, arrays and other values replace
 * (as copies), and a key set to `undefined` is deleted. Callers hand over an object they own, such as an event
 * just built, so that no copy of it is made: a copy of a whole event costs more than the rest of mockEvent().
 */
export function mergeOverridesInto<T>(target: T, overrides: unknown, fn: string, path = 'overrides'): T {
  if (overrides === undefined) return target;
  if (!isPlainObject(overrides)) throw argumentError(fn, path, 'a plain object', overrides);
  mergeInto(target as Record<string, unknown>, overrides, fn, path, [{ value: overrides, path }]);
  return target;
}

/** The objects being merged, outermost first, with their paths: an override that contains itself is a cycle. */
type Ancestors = Array<{ value: object; path: string }>;

function mergeInto(
  target: Record<string, unknown>,
  overrides: Record<string, unknown>,
  fn: string,
  path: string,
  ancestors: Ancestors,
): void {
  for (const [key, value] of objectEntries(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw argumentError(fn, `${path}.${key}`, 'an ordinary property name', key);
    }
    if (value === undefined) {
      delete target[key];
    } else if (isPlainObject(value)) {
      const cycle = ancestors.find((ancestor) => ancestor.value === value);
      if (cycle) throw cycleError(fn, `${path}.${key}`, cycle.path);
      // A new object is merged into an empty one, so its `undefined` fields are left out rather than kept.
      if (!isPlainObject(target[key])) target[key] = {};
      mergeInto(target[key] as Record<string, unknown>, value, fn, `${path}.${key}`, [
        ...ancestors,
        { value, path: `${path}.${key}` },
      ]);
    } else {
      const cycle = cycleWithin(value, `${path}.${key}`, ancestors);
      if (cycle) throw cycleError(fn, cycle.path, cycle.target);
      target[key] = cloneData(value, fn, `${path}.${key}`);
    }
  }
}

/** The first reference in `value` (an array, or any object below one) back to itself or to an ancestor. */
function cycleWithin(value: unknown, path: string, ancestors: Ancestors): { path: string; target: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const cycle = ancestors.find((ancestor) => ancestor.value === value);
  if (cycle) return { path, target: cycle.path };
  const inner = [...ancestors, { value, path }];
  for (const [key, item] of objectEntries(value as Record<string, unknown>)) {
    const found = cycleWithin(item, isArray(value) ? `${path}[${key}]` : `${path}.${key}`, inner);
    if (found) return found;
  }
  return undefined;
}

// An event reaches an Action as JSON, which cannot hold a cycle: say where the cycle is, rather than overflow the
// stack.
function cycleError(fn: string, path: string, target: string): TypeError {
  return new TypeError(
    `${fn}: ${path} must be plain data without cycles (an event arrives as JSON); received a reference back to ${target}.`,
  );
}

function cloneData<T>(value: T, fn: string, path: string): T {
  try {
    return cloneStructured(value);
  } catch {
    throw argumentError(fn, path, 'plain data (objects, arrays, strings, numbers, booleans, null)', value);
  }
}
