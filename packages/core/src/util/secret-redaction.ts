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

/**
 * Secrets at least this long are replaced wherever they appear, inside longer words too. Shorter ones are replaced
 * only where they stand alone (no letter, digit or `_` right before or after): a one-letter secret replaced inside
 * every word would leave a message unreadable, and a secret that short is no credential worth hiding in a word.
 */
export const MIN_SECRET_LENGTH_INSIDE_WORDS = 8;

const WORD_CHARACTER = '[\\p{L}\\p{N}_]';

/** `text` with each secret replaced by `[secret]` (see MIN_SECRET_LENGTH_INSIDE_WORDS); secrets longest first. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secretRedaction(secrets)(text);
}

/**
 * A redaction for `secrets` (longest first), built once. The `[secret]` markers already in a text are never
 * touched (a secret such as `e` would otherwise turn them into `[s[secret]cr[secret]t]`): the text is redacted
 * between them. A secret that contains the marker is replaced first, so splitting on markers cannot hide it.
 */
export function secretRedaction(secrets: readonly string[]): (text: string) => string {
  if (secrets.length === 0) return (text) => text;
  const holdingMarker = secrets.filter((secret) => secret.includes(SECRET_PLACEHOLDER));
  const anywhere = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH_INSIDE_WORDS).map(escapeRegExp);
  const alone = secrets.filter((secret) => secret.length < MIN_SECRET_LENGTH_INSIDE_WORDS).map(escapeRegExp);
  const alternatives = [...anywhere];
  if (alone.length > 0) alternatives.push(`(?<!${WORD_CHARACTER})(?:${alone.join('|')})(?!${WORD_CHARACTER})`);
  const pattern = new RegExp(alternatives.join('|'), 'gu');
  return (text) => {
    const whole = holdingMarker.reduce((result, secret) => result.split(secret).join(SECRET_PLACEHOLDER), text);
    return whole
      .split(SECRET_PLACEHOLDER)
      .map((part) => part.replace(pattern, SECRET_PLACEHOLDER))
      .join(SECRET_PLACEHOLDER);
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Removes secrets from an error's message, stack and own string properties (Node's URL errors carry the
 * `input`), in place: a failing test prints its error, and CI logs are public.
 */
export function withoutSecrets(error: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0 || typeof error !== 'object' || error === null) return error;
  const redact = secretRedaction(secrets);
  const target = error as Record<string, unknown>;
  for (const key of ['message', 'stack', ...objectKeys(target)]) {
    const value = target[key];
    if (typeof value !== 'string') continue;
    const redacted = redact(value);
    if (redacted === value) continue;
    try {
      target[key] = redacted;
    } catch {
      // A frozen error keeps its text; it did not come from the mock, which never freezes its errors.
    }
  }
  return error;
}
