import { argumentError, isPlainObject, secretArgumentError } from '../../util/errors.js';
import { decodeJwt, signatureFailure, signHs256 } from './jwt-hs256.js';
import { spreadInto } from '../../util/copy-data.js';
import { isFiniteNumber, mathFloor } from '../../util/intrinsics.js';

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 900;
export const DEFAULT_TOKEN_PARAMETER = 'session_token';
export const INVALID_TOKEN_PREFIX = 'The session token is invalid: ';

export interface TokenCreationOptions {
  expiresInSeconds?: number;
  payload: Record<string, unknown>;
  secret: string;
}

export interface ValidateTokenOptions {
  secret: string;
  tokenParameterName?: string;
}

/** What both directions of a session token need from the event. */
export interface TokenEventView {
  user: { user_id: string };
  request: { hostname?: string; ip: string; query: Record<string, unknown>; body: Record<string, unknown> };
}

export interface TokenValidationSettings {
  /** Also require `iss` to equal `event.request.hostname`. UNVERIFIED in production; off by default. */
  validateIssuer: boolean;
}

/** `api.redirect.encodeToken`: the runtime's claims, in the runtime's order, payload spread last. */
export function encodeSessionToken(method: string, event: TokenEventView, options: TokenCreationOptions): string {
  if (!isPlainObject(options))
    throw secretArgumentError(method, 'options', 'an object with secret and payload', options);
  if (typeof options.secret !== 'string' || options.secret === '') {
    throw secretArgumentError(
      method,
      'options.secret',
      'a non-empty string (usually from event.secrets)',
      options.secret,
    );
  }
  if (!isPlainObject(options.payload)) throw argumentError(method, 'options.payload', 'an object', options.payload);
  const lifetime = options.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
  if (typeof lifetime !== 'number' || !isFiniteNumber(lifetime)) {
    throw argumentError(method, 'options.expiresInSeconds', 'a finite number of seconds', options.expiresInSeconds);
  }
  const iat = mathFloor(Date.now() / 1000);
  const claims = {
    iat,
    iss: event.request.hostname,
    sub: event.user.user_id,
    exp: iat + lifetime,
    ip: event.request.ip,
    ...options.payload,
  };
  try {
    return signHs256(claims, options.secret);
  } catch {
    // Only JSON.stringify can throw here: a BigInt claim, a circular payload or a throwing toJSON.
    throw argumentError(
      method,
      'options.payload',
      'JSON-serialisable claims (no BigInt values, no circular references)',
      options.payload,
    );
  }
}

function invalid(reason: string): Error {
  return new Error(`${INVALID_TOKEN_PREFIX}${reason}`);
}

/**
 * `api.redirect.validateToken`, in the runtime's order: parameter present (body wins over query), structure,
 * state, signature, required claims, subject, expiry. Returns every decoded claim.
 */
export function validateSessionToken(
  method: string,
  event: TokenEventView,
  options: ValidateTokenOptions,
  settings: TokenValidationSettings,
): Record<string, unknown> {
  if (!isPlainObject(options)) throw secretArgumentError(method, 'options', 'an object with a secret', options);
  if (typeof options.secret !== 'string' || options.secret === '') {
    throw secretArgumentError(
      method,
      'options.secret',
      'a non-empty string (usually from event.secrets)',
      options.secret,
    );
  }
  if (options.tokenParameterName !== undefined && typeof options.tokenParameterName !== 'string') {
    throw argumentError(method, 'options.tokenParameterName', 'a string', options.tokenParameterName);
  }
  // The runtime assigns the default onto the caller's object (`||=`); so does the mock.
  options.tokenParameterName ||= DEFAULT_TOKEN_PARAMETER;
  const parameter = options.tokenParameterName;
  const params = spreadInto({}, event.request.query ?? {}, event.request.body ?? {});
  const token = params[parameter];
  if (!token) {
    throw new Error(`There is no parameter called '${parameter}' available in either the POST body or query string.`);
  }
  if (typeof token !== 'string') throw invalid(`Expected a string token in '${parameter}'.`);

  const decoded = decodeJwt(token);
  if (!decoded.ok) throw invalid(decoded.reason);
  const { header, claims } = decoded;

  if (typeof claims.state !== 'string' || claims.state !== params.state) {
    throw invalid('State in the token does not match the /continue state.');
  }
  const badSignature = signatureFailure(token, header, options.secret);
  if (badSignature) throw invalid(badSignature);
  for (const claim of ['iat', 'exp'] as const) {
    if (typeof claims[claim] !== 'number' || !isFiniteNumber(claims[claim]))
      throw invalid('Missing or invalid standard claims');
  }
  for (const claim of ['sub', 'iss'] as const) {
    if (typeof claims[claim] !== 'string' || claims[claim] === '') throw invalid('Missing or invalid standard claims');
  }
  if (claims.sub !== event.user.user_id) throw invalid('The sub claim does not match the user_id.');
  if (settings.validateIssuer && claims.iss !== event.request.hostname) {
    throw invalid('The iss claim does not match the tenant domain.');
  }
  if ((claims.exp as number) * 1000 <= Date.now()) throw invalid('Token has expired.');
  return { ...claims };
}
