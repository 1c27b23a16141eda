import type { ApiInternals } from '../api/api-context.js';
import { isPlainObject } from './errors.js';
import { SECRET_PLACEHOLDER, secretRedaction, secretValuesOf } from './secret-redaction.js';
import { isArray, objectEntries } from './intrinsics.js';

export { SECRET_PLACEHOLDER };

/** Returns a copy of a value fit for a failure message. */
export type Redact = (value: unknown) => unknown;

/**
 * Values of `event.secrets` are replaced by `[secret]` wherever they appear in a message, whole or inside a
 * longer string (short ones only where they stand alone: see redactSecrets): the arguments of `encodeToken` and
 * `validateToken` carry them, and CI logs are public. `events` are the events whose secrets to hide (anything
 * without a `secrets` object is skipped).
 */
export function secretRedactor(events: readonly unknown[]): Redact {
  // Longest first across all events, so a secret that contains another is replaced whole.
  const secrets = [...new Set(events.flatMap(secretValuesOf))].sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (value) => value;
  const redactText = secretRedaction(secrets);
  return (value) => mapStrings(value, redactText);
}

/** A redactor that collects its secrets on first use: only failure messages redact, a passing assertion never. */
export function lazyRedactor(build: () => Redact): Redact {
  let redact: Redact | undefined;
  return (value) => (redact ??= build())(value);
}

/** The secrets of the apis' events. */
export function apiSecretRedactor(apis: readonly ApiInternals[]): Redact {
  return secretRedactor(apis.map((api) => api.event));
}

/** A copy of `value` with every string in it (at any depth of arrays and plain objects) passed through `map`. */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
  return mapStringsIn(value, map, new Map());
}

function mapStringsIn(value: unknown, redactText: (text: string) => string, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(mapStringsIn(item, redactText, seen));
    return copy;
  }
  // Asymmetric matchers, RegExps, Dates and class instances print through their own serializers: left as they are.
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of objectEntries(value)) copy[key] = mapStringsIn(item, redactText, seen);
  return copy;
}
