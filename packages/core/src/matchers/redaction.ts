import type { ApiInternals } from '../api-parts/api-context.js';
import { isPlainObject } from '../shared/errors.js';

export const SECRET_PLACEHOLDER = '[secret]';

/** Returns a copy of a value fit for a failure message. */
export type Redact = (value: unknown) => unknown;

/**
 * Values of `event.secrets` are replaced by `[secret]` wherever they appear in a message, whole or inside a
 * longer string: the arguments of `encodeToken` and `validateToken` carry them, and CI logs are public. `events`
 * are the events whose secrets to hide (anything without a `secrets` object is skipped).
 */
export function secretRedactor(events: readonly unknown[]): Redact {
  const secrets = new Set<string>();
  for (const event of events) {
    const bag = isPlainObject(event) ? event.secrets : undefined;
    if (!isPlainObject(bag)) continue;
    for (const value of Object.values(bag)) {
      if (typeof value === 'string' && value !== '') secrets.add(value);
    }
  }
  if (secrets.size === 0) return (value) => value;
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  const redactText = (text: string): string => ordered.reduce((result, secret) => result.split(secret).join(SECRET_PLACEHOLDER), text);
  return (value) => mapStrings(value, redactText);
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
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(mapStringsIn(item, redactText, seen));
    return copy;
  }
  // Asymmetric matchers, RegExps, Dates and class instances print through their own serializers: left as they are.
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = mapStringsIn(item, redactText, seen);
  return copy;
}
