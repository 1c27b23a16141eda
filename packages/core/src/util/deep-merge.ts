import { argumentError, isPlainObject } from './errors.js';
import { cloneStructured, objectEntries } from './intrinsics.js';

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
  mergeInto(target as Record<string, unknown>, overrides, fn, path);
  return target;
}

function mergeInto(target: Record<string, unknown>, overrides: Record<string, unknown>, fn: string, path: string): void {
  for (const [key, value] of objectEntries(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw argumentError(fn, `${path}.${key}`, 'an ordinary property name', key);
    }
    if (value === undefined) {
      delete target[key];
    } else if (isPlainObject(value)) {
      // A new object is merged into an empty one, so its `undefined` fields are left out rather than kept.
      if (!isPlainObject(target[key])) target[key] = {};
      mergeInto(target[key] as Record<string, unknown>, value, fn, `${path}.${key}`);
    } else {
      target[key] = cloneData(value, fn, `${path}.${key}`);
    }
  }
}

function cloneData<T>(value: T, fn: string, path: string): T {
  try {
    return cloneStructured(value);
  } catch {
    throw argumentError(fn, path, 'plain data (objects, arrays, strings, numbers, booleans, null)', value);
  }
}
