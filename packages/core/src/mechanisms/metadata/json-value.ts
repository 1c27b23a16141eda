import { isPlainObject } from '../../util/errors.js';
import { isArray, isFiniteNumber, objectKeys } from '../../util/intrinsics.js';

/** Where a value stops being JSON: the path below it, what JSON needs there, what was found. */
export interface JsonProblem {
  path: string;
  expected: string;
  received: unknown;
}

/** The first place `value` is not JSON data (plain objects, arrays, strings, finite numbers, booleans, null). */
export function jsonProblemOf(value: unknown, path = ''): JsonProblem | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return isFiniteNumber(value) ? undefined : { path, expected: 'a finite number', received: value };
  if (isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = jsonProblemOf(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const key of objectKeys(value)) {
      const problem = jsonProblemOf(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return { path, expected: 'a plain object, an array, a string, a finite number, a boolean or null', received: value };
}
