import { namedRuntimeMessage } from '../../util/errors.js';

/**
 * The runtime's checks of one scope value (reference E.1.1 `accessToken.addScope`, E.2 target scopes), in its
 * order, with its messages after the method's name. Returns the trimmed scope.
 */
export const MAX_SCOPE_LENGTH = 280;
export const MAX_SCOPES = 1000;

export function checkedScope(scope: unknown, method: string): string {
  if (typeof scope !== 'string') {
    throw new TypeError(
      namedRuntimeMessage(method, 'The value for the scope must be a string.', {
        argument: 'scope',
        expected: "a scope name such as 'read:users'",
        received: scope,
      }),
    );
  }
  const trimmed = scope.trim();
  if (trimmed === '') throw new Error('The value for the scope is required.');
  if (trimmed.length > MAX_SCOPE_LENGTH)
    throw new Error(`The value for the scope exceeds the allowed maximum of ${MAX_SCOPE_LENGTH} characters.`);
  if (/\s/.test(trimmed)) throw new Error('The value for the scope must not have whitespace.');
  return trimmed;
}

export const TOO_MANY_SCOPES = `The number of scopes exceeds the allowed maximum of ${MAX_SCOPES}.`;
