import { OBJECT_PROTOTYPE, getPrototypeOf, isArray, stringifyJson } from './intrinsics.js';
/**
 * Errors the library raises about its own API (not the runtime's). Every message names the function, the
 * argument and what was expected, so a user can fix the call without reading our source.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (isArray(value)) return `an array (${value.length} items)`;
  if (typeof value === 'string')
    return `the string ${stringifyJson(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'function') return `a function${value.name ? ` (${value.name})` : ''}`;
  if (typeof value === 'object') {
    const name = value.constructor?.name;
    return name && name !== 'Object' ? `an instance of ${name}` : 'an object';
  }
  if (typeof value === 'symbol') return `the symbol ${value.toString()}`;
  // What is left is a number, a bigint or a boolean.
  return `the ${typeof value} ${value as number | bigint | boolean}`;
}

export function argumentError(fn: string, argument: string, expected: string, received: unknown): TypeError {
  return new TypeError(`${fn}: ${argument} must be ${expected}; received ${describeValue(received)}.`);
}

/**
 * The runtime's own message about a wrong argument, kept verbatim after the method's name (which the runtime leaves
 * out) and, when the runtime only says that something is missing, followed by what was expected:
 * `api.session.setCookieMode(): Cookie mode must be provided (mode: expected 'persistent' or 'non-persistent';
 * received undefined)`.
 */
export function namedRuntimeMessage(
  method: string,
  runtimeMessage: string,
  expectation?: { argument: string; expected: string; received: unknown },
): string {
  if (expectation === undefined) return `${method}: ${runtimeMessage}`;
  const { argument, expected, received } = expectation;
  return `${method}: ${runtimeMessage} (${argument}: expected ${expected}; received ${describeValue(received)})`;
}

/**
 * An argument error for a value that is, or may be, a secret (a user who passes the secret where the options
 * object belongs): it says what kind of value arrived, never the value, since CI logs are public.
 */
export function secretArgumentError(fn: string, argument: string, expected: string, received: unknown): TypeError {
  const kind =
    typeof received === 'string' || typeof received === 'number' || typeof received === 'bigint'
      ? `a ${typeof received} (not shown: it may be a secret)`
      : describeValue(received);
  return new TypeError(`${fn}: ${argument} must be ${expected}; received ${kind}.`);
}

/** Re-creates a host-realm built-in error in the caller's realm, so `toThrow(TypeError)` holds under Jest's vm. */
export function inCallerRealm(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('message' in error)) return error;
  const source = error as { name?: unknown; message: string; code?: unknown; input?: unknown };
  const Ctor = source.name === 'TypeError' ? TypeError : source.name === 'RangeError' ? RangeError : Error;
  if (error instanceof Ctor) return error;
  const copy = new Ctor(source.message) as Error & { code?: unknown; input?: unknown };
  if (source.code !== undefined) copy.code = source.code;
  if (source.input !== undefined) copy.input = source.input;
  return copy;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || isArray(value)) return false;
  const proto = getPrototypeOf(value);
  return proto === null || proto === OBJECT_PROTOTYPE || getPrototypeOf(proto) === null;
}
