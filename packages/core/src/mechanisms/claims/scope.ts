/**
 * The runtime's checks of one scope value (reference E.1.1 `accessToken.addScope`, E.2 target scopes), in its
 * order, with its messages. Returns the trimmed scope.
 */
export const MAX_SCOPE_LENGTH = 280;
export const MAX_SCOPES = 1000;

export function checkedScope(scope: unknown): string {
  if (typeof scope !== 'string') throw new TypeError('The value for the scope must be a string.');
  const trimmed = scope.trim();
  if (trimmed === '') throw new Error('The value for the scope is required.');
  if (trimmed.length > MAX_SCOPE_LENGTH) throw new Error(`The value for the scope exceeds the allowed maximum of ${MAX_SCOPE_LENGTH} characters.`);
  if (/\s/.test(trimmed)) throw new Error('The value for the scope must not have whitespace.');
  return trimmed;
}

export const TOO_MANY_SCOPES = `The number of scopes exceeds the allowed maximum of ${MAX_SCOPES}.`;
