import { expect } from 'vitest';
import { mockApi, mockEvent, type PostChallengeApi } from '../../../src/index.js';
import { INVALID_TOKEN_PREFIX } from '../../../src/mechanisms/tokens/session-token.js';
import { forgeToken } from './forge-token.js';
import { acceptedCalls } from '../../support/accepted-calls.js';

/** A user coming back to `/continue` with a session token, as the tests' attacker shapes it. */
export const TRIGGER = 'password-reset-post-challenge';
export const SECRET = 'redirect-secret-7c41e9b2d05a';
export const STATE = 'state-3f9a1c2e7b';
export const USER_ID = 'auth0|5f7c8ec7c33c6c004bbafe82';
export const ISSUER = 'https://verify.example.com/';

export { INVALID_TOKEN_PREFIX };

export function missingParameterMessage(parameter = 'session_token'): string {
  return `There is no parameter called '${parameter}' available in either the POST body or query string.`;
}

/** The claims a well-behaved verification site sends back: every required claim, one custom claim. */
export function goodClaims(nowMs = Date.now()): Record<string, unknown> {
  const iat = Math.floor(nowMs / 1000);
  return { iat, exp: iat + 900, sub: USER_ID, iss: ISSUER, state: STATE, verified: true };
}

export function goodToken(claims: Record<string, unknown> = goodClaims()): string {
  return forgeToken({ claims, secret: SECRET });
}

export interface ContinueRequest {
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
  validateIssuer?: boolean;
}

/** An api whose event is the `/continue` request: `state` in the query unless the test overrides it. */
export function continueApi({ query = {}, body = {}, validateIssuer = false }: ContinueRequest = {}): PostChallengeApi {
  const event = mockEvent(TRIGGER, { user: { user_id: USER_ID }, request: { query: { state: STATE }, body: {} } });
  // Assigned, not merged: a test controls exactly what the request carries (including odd value types).
  event.request.query = { state: STATE, ...query };
  event.request.body = { ...body };
  return mockApi(TRIGGER, { event, validateIssuer });
}

/** Asserts the documented invalid-token error with exactly this reason, and that the rejected call left no trace. */
export function expectInvalidToken(
  api: PostChallengeApi,
  reason: string,
  options: Record<string, unknown> = { secret: SECRET },
): void {
  let thrown: unknown;
  try {
    api.redirect.validateToken(options as never);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'validateToken accepted the token').toBeInstanceOf(Error);
  expect((thrown as Error).constructor).toBe(Error);
  expect((thrown as Error).message).toBe(`${INVALID_TOKEN_PREFIX}${reason}`);
  expect(acceptedCalls(api)).toEqual([]);
}

export function expectMissingParameter(
  api: PostChallengeApi,
  parameter = 'session_token',
  options: Record<string, unknown> = { secret: SECRET },
): void {
  expect(() => api.redirect.validateToken(options as never)).toThrow(new Error(missingParameterMessage(parameter)));
  expect(acceptedCalls(api)).toEqual([]);
}

/** True when an error is one of validateToken's documented runtime errors (not an argument error, not a crash). */
export function isDocumentedTokenError(error: unknown, parameter = 'session_token'): boolean {
  return (
    error instanceof Error &&
    error.constructor === Error &&
    (error.message.startsWith(INVALID_TOKEN_PREFIX) || error.message === missingParameterMessage(parameter))
  );
}
