import { OBJECT_PROTOTYPE, cloneStructured, getPrototypeOf, hasOwn, isArray } from './intrinsics.js';
/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives), several times faster than `structuredClone`
 * on an event; anything else (a Date, a Map, a class instance) falls back to `structuredClone`. Every mockEvent()
 * and every handler call of a simulation copies a whole event, so this sits on the hot path: plain loops, no
 * callbacks.
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (isArray(value)) {
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) copy.push(copyData(value[index]));
    return copy as T;
  }
  const proto = getPrototypeOf(value);
  if (proto !== OBJECT_PROTOTYPE && proto !== null && getPrototypeOf(proto) !== null) return cloneStructured(value);
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (hasOwn(value, key)) copy[key] = copyData(value[key]);
  }
  return copy as T;
}
