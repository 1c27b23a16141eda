import { seededRandom } from '../../util/seeded-random.js';
import { sampleOtp } from './phone-number.js';

const LINK = /https:\/\/([^/\s]+)\/\S*?[?&](?:ticket|invitation)=([A-Za-z0-9]+)/;

/**
 * The host and ticket for a message rendered again after an override changed its type: those of the link the
 * message had, so the new link points where the old one did; else the request's host and a ticket drawn from
 * `seed` (the same overrides, the same ticket).
 */
export function linkParts(
  previousText: unknown,
  fallbackHost: unknown,
  seed: string,
): { host: string; ticket: string } {
  const found = typeof previousText === 'string' ? LINK.exec(previousText) : null;
  if (found) return { host: found[1] as string, ticket: found[2] as string };
  return {
    host: typeof fallbackHost === 'string' ? fallbackHost : 'example.auth0.com',
    ticket: seededRandom(seed).alphanumeric(32),
  };
}

/** A one-time code for a message whose new type carries one: the code in the previous text, else one from `seed`. */
export function codeFor(previousText: unknown, seed: string): string {
  const found = typeof previousText === 'string' ? /\b(\d{6})\b/.exec(previousText) : null;
  return found ? (found[1] as string) : sampleOtp(seededRandom(seed));
}
