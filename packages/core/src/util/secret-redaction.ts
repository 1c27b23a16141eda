import { isPlainObject } from './errors.js';
import { objectKeys, objectValues } from './intrinsics.js';

export const SECRET_PLACEHOLDER = '[secret]';

/** The non-empty string values of `event.secrets`, longest first (a secret inside a longer one goes whole). */
export function secretValuesOf(event: unknown): string[] {
  const bag = isPlainObject(event) ? event.secrets : undefined;
  if (!isPlainObject(bag)) return [];
  const values = new Set<string>();
  for (const value of objectValues(bag)) if (typeof value === 'string' && value !== '') values.add(value);
  return [...values].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each secret replaced by `[secret]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join(SECRET_PLACEHOLDER), text);
}

/**
 * Removes secrets from an error's message, stack and own string properties (Node's URL errors carry the
 * `input`), in place: a failing test prints its error, and CI logs are public.
 */
export function withoutSecrets(error: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0 || typeof error !== 'object' || error === null) return error;
  const target = error as Record<string, unknown>;
  for (const key of ['message', 'stack', ...objectKeys(target)]) {
    const value = target[key];
    if (typeof value !== 'string') continue;
    const redacted = redactSecrets(value, secrets);
    if (redacted === value) continue;
    try {
      target[key] = redacted;
    } catch {
      // A frozen error keeps its text; it did not come from the mock, which never freezes its errors.
    }
  }
  return error;
}
