import { argumentError, isPlainObject, secretArgumentError } from '../../util/errors.js';
import { DEFAULT_TOKEN_LIFETIME_SECONDS } from './session-token.js';
import { loadJose } from '../../util/lazy-modules.js';
import { JWT_HEADER, signHs256 } from './jwt-hs256.js';
import { spreadInto } from '../../util/copy-data.js';
import { assertKnownOptions } from '../../util/known-options.js';
import { isFiniteNumber, mathFloor } from '../../util/intrinsics.js';

export interface SignSessionTokenOptions {
  /** The secret shared with the Action (its `event.secrets[...]`). */
  secret: string;
  /** The `state` query parameter the browser arrived with. */
  state: string;
  /** The user's `user_id`. */
  subject: string;
  /** The external site's issuer. Default: `'https://verify.example.com/'`. */
  issuer?: string;
  /** Custom claims, next to the standard ones. */
  payload?: Record<string, unknown>;
  /** Default: 900 (15 minutes). */
  expiresInSeconds?: number;
}

export const DEFAULT_EXTERNAL_ISSUER = 'https://verify.example.com/';

function assertNonEmptyString(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'string' || value === '')
    throw argumentError(fn, `options.${name}`, 'a non-empty string', value);
}

/**
 * The claims an external site puts in the token it sends back to `/continue`: the caller's payload, then `state`,
 * `sub`, `iss`, `iat` and `exp` (the standard claims win over payload keys of the same name). One implementation
 * for both signers below, so they cannot drift apart.
 */
function sessionTokenClaims(
  fn: string,
  options: SignSessionTokenOptions,
): { secret: string; claims: Record<string, unknown> } {
  if (!isPlainObject(options))
    throw secretArgumentError(fn, 'options', 'an object with secret, state and subject', options);
  // A misspelt `secret` carries the secret: unknown options are described, never shown.
  assertKnownOptions(fn, 'options', options, ['secret', 'state', 'subject', 'issuer', 'payload', 'expiresInSeconds'], {
    secret: true,
  });
  const {
    secret,
    state,
    subject,
    issuer = DEFAULT_EXTERNAL_ISSUER,
    payload = {},
    expiresInSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS,
  } = options;
  if (typeof secret !== 'string' || secret === '')
    throw secretArgumentError(fn, 'options.secret', 'a non-empty string', secret);
  assertNonEmptyString(fn, 'state', state);
  assertNonEmptyString(fn, 'subject', subject);
  assertNonEmptyString(fn, 'issuer', issuer);
  if (!isPlainObject(payload)) throw argumentError(fn, 'options.payload', 'an object of claims', payload);
  if (typeof expiresInSeconds !== 'number' || !isFiniteNumber(expiresInSeconds)) {
    throw argumentError(fn, 'options.expiresInSeconds', 'a finite number of seconds', expiresInSeconds);
  }
  const iat = mathFloor(Date.now() / 1000);
  const claims = spreadInto({}, payload);
  claims.state = state;
  claims.sub = subject;
  claims.iss = issuer;
  claims.iat = iat;
  claims.exp = iat + expiresInSeconds;
  return { secret, claims };
}

/**
 * What the external site does before sending the browser back to `/continue`: an HS256 JWT with `sub`, `iss`,
 * `iat`, `exp` and `state`, signed with jose as a real site would sign it.
 */
export async function signSessionToken(options: SignSessionTokenOptions): Promise<string> {
  const { secret, claims } = sessionTokenClaims('signSessionToken()', options);
  const { SignJWT } = await loadJose();
  return new SignJWT(claims).setProtectedHeader({ ...JWT_HEADER }).sign(new TextEncoder().encode(secret));
}

/**
 * The same token, signed synchronously on node:crypto: what `Simulation.continue({ token })` sends. jose signs
 * through WebCrypto on libuv's thread pool, which made the round trip wait on a thread hop for every token; the
 * interop tests prove the two signers' tokens validate alike.
 */
export function signSessionTokenNow(fn: string, options: SignSessionTokenOptions): string {
  const { secret, claims } = sessionTokenClaims(fn, options);
  return signHs256(claims, secret);
}
