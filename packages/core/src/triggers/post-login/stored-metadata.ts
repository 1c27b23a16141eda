import { isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { isFiniteNumber, objectKeys } from '../../util/intrinsics.js';

/**
 * The checks the runtime makes on session and refresh-token metadata (reference E.1.1): at most 25 keys, keys of
 * letters, digits, `_` and `-` up to 255 characters, string values up to 255 characters without NUL. Returns the
 * problem, worded as the runtime's `Invalid metadata: ...` (only the value-type wording is verified).
 */
const MAX_KEYS = 25;
const MAX_LENGTH = 255;
const KEY = /^[a-zA-Z0-9_-]{1,255}$/;

export function metadataProblem(current: unknown, key: unknown, value: unknown): string | undefined {
  if (typeof key !== 'string' || !KEY.test(key))
    return 'Invalid metadata: Metadata key must match ^[a-zA-Z0-9_-]{1,255}$';
  if (value === null) return undefined;
  if (typeof value !== 'string') return 'Invalid metadata: Metadata value must be a string';
  if (value.length > MAX_LENGTH) return `Invalid metadata: Metadata value must not exceed ${MAX_LENGTH} characters`;
  if (value.includes('\u0000')) return 'Invalid metadata: Metadata value must not contain NUL characters';
  const keys = isPlainObject(current) ? objectKeys(current) : [];
  if (!keys.includes(key) && keys.length >= MAX_KEYS)
    return `Invalid metadata: Metadata must not have more than ${MAX_KEYS} keys`;
  return undefined;
}

/**
 * `setMetadata`'s refusal: the runtime's message (`prefix` and the problem); for a key or a value of the wrong type,
 * after the method's name and with what it should have been.
 */
export function metadataError(method: string, prefix: string, problem: string, key: unknown, value: unknown): Error {
  const expectation =
    typeof key !== 'string'
      ? { argument: 'key', expected: 'a name of letters, digits, _ and - (at most 255 characters)', received: key }
      : value !== null && typeof value !== 'string'
        ? {
            argument: 'value',
            expected: 'a string of at most 255 characters, or null to remove the key',
            received: value,
          }
        : undefined;
  return new Error(
    expectation === undefined ? `${prefix}${problem}` : namedRuntimeMessage(method, `${prefix}${problem}`, expectation),
  );
}

/**
 * `setExpiresAt` / `setIdleExpiresAt`: the harness's checks and messages, after the method's name (`method`, e.g.
 * `api.session.setExpiresAt()`), shared by sessions and refresh tokens.
 */
export function checkExpiry(method: string, name: 'absolute' | 'inactivity', value: unknown): void {
  const expectation = {
    argument: name,
    expected: 'a time in milliseconds since the epoch, such as Date.now() + 3600000',
    received: value,
  };
  if (!value)
    throw new Error(
      namedRuntimeMessage(method, 'Either inactivity or absolute expiration time must be provided', expectation),
    );
  if (typeof value !== 'number' || !isFiniteNumber(value))
    throw new Error(namedRuntimeMessage(method, `${name} must be number`, expectation));
}

/** `{}` in place of a session is the deprecated "no session" of some flows (reference E.1a). */
export function hasSession(event: unknown): boolean {
  const session = (event as { session?: unknown }).session;
  return isPlainObject(session) && objectKeys(session).length > 0;
}
