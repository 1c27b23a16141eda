import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, mockEvent } from '../../src/index.js';
import {
  SECRET,
  STATE,
  TRIGGER,
  USER_ID,
  continueApi,
  goodClaims,
  isDocumentedTokenError,
} from './support/continue-request.js';
import { HS256_HEADER, base64url, decodeBase64urlJson, forgeToken, segmentsOf } from './support/forge-token.js';
import { acceptedCalls } from '../support/accepted-calls.js';

/**
 * Property-based attacks on validateToken: whatever arrives in the token parameter, the only possible outcomes
 * are a documented error or (for a genuine token only) the claims. No crash, no other error type.
 */
const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters an attacker would try in a token: the alphabet, its neighbours, separators, padding, unicode. */
const TOKEN_CHARACTERS = [...BASE64URL, '.', '=', '+', '/', ' ', '%', '\n', '\u0000', '\u0410', '\u{1F600}'];

const tokenLike = fc
  .array(fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 60 }), { minLength: 0, maxLength: 5 })
  .map((segments) => segments.join('.'));

/** Anything a query string or a JSON body could put in the parameter, and some things neither could. */
const parameterValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  tokenLike,
  fc.jsonValue(),
  fc.anything(),
  fc.constantFrom(undefined, null, 0, -0, NaN, Infinity, '', [], {}, true, false, 1n),
);

/** A genuine token for a random set of custom claims (the standard ones always right). */
const genuineToken = fc
  .dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((key) => !['iat', 'exp', 'sub', 'iss', 'state'].includes(key)),
    fc.jsonValue(),
    { maxKeys: 4 },
  )
  .map((custom) => forgeToken({ claims: { ...custom, ...goodClaims() }, secret: SECRET }));

type Mutation = (token: string) => string;

const position = fc.nat();
const tokenCharacter = fc.constantFrom(...TOKEN_CHARACTERS);
const claimKey = fc.constantFrom('iat', 'exp', 'sub', 'iss', 'state', 'verified', 'alg', 'extra');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(position, tokenCharacter).map(([at, character]): Mutation => (token) => {
    const index = at % token.length;
    return `${token.slice(0, index)}${character}${token.slice(index + 1)}`;
  }),
  fc.tuple(position, tokenCharacter).map(([at, character]): Mutation => (token) => {
    const index = at % (token.length + 1);
    return `${token.slice(0, index)}${character}${token.slice(index)}`;
  }),
  position.map((at): Mutation => (token) => {
    const index = at % token.length;
    return `${token.slice(0, index)}${token.slice(index + 1)}`;
  }),
  position.map(
    (at): Mutation =>
      (token) =>
        token.slice(0, at % token.length),
  ),
  position.map((at): Mutation => (token) => {
    // An earlier truncation may have left nothing to re-case.
    if (token === '') return token;
    const index = at % token.length;
    const character = token[index] as string;
    const swapped = character === character.toUpperCase() ? character.toLowerCase() : character.toUpperCase();
    return `${token.slice(0, index)}${swapped}${token.slice(index + 1)}`;
  }),
  fc.tuple(fc.nat(2), fc.nat(2)).map(([a, b]): Mutation => (token) => {
    const parts = token.split('.');
    [parts[a], parts[b]] = [parts[b] as string, parts[a] as string];
    return parts.join('.');
  }),
  fc.nat(2).map((index): Mutation => (token) => {
    const parts = token.split('.');
    parts.splice(index, 0, parts[index] ?? '');
    return parts.join('.');
  }),
  fc.nat(2).map((index): Mutation => (token) => {
    const parts = token.split('.');
    parts.splice(index, 1);
    return parts.join('.');
  }),
  // Re-encode the payload with one claim changed or removed, keeping the old signature.
  fc.tuple(claimKey, fc.option(fc.jsonValue(), { nil: undefined })).map(([key, value]): Mutation => (token) => {
    const parts = token.split('.');
    if (parts.length !== 3) return `${token}.`;
    const claims = parsedObject(parts[1] as string);
    if (value === undefined) delete claims[key];
    else claims[key] = value;
    parts[1] = base64url(JSON.stringify(claims));
    return parts.join('.');
  }),
  // Re-encode the header with one field changed, keeping the old signature.
  fc
    .tuple(fc.constantFrom('alg', 'typ', 'kid', 'crit', 'jku'), fc.jsonValue())
    .map(([key, value]): Mutation => (token) => {
      const parts = token.split('.');
      if (parts.length !== 3) return `${token}.`;
      parts[0] = base64url(JSON.stringify({ ...HS256_HEADER, [key]: value }));
      return parts.join('.');
    }),
);

/** The payload's claims if the segment is a JSON object, else a fresh object (an earlier mutation broke it). */
function parsedObject(segment: string): Record<string, unknown> {
  try {
    const parsed = decodeBase64urlJson(segment);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function outcome(run: () => unknown): { threw: false; value: unknown } | { threw: true; error: unknown } {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

describe('validateToken under random input (fast-check)', () => {
  it('throws only its documented errors for any value in the query parameter', () => {
    fc.assert(
      fc.property(parameterValue, (value) => {
        const api = continueApi({ query: { session_token: value } });
        const result = outcome(() => api.redirect.validateToken({ secret: SECRET }));
        expect(result.threw).toBe(true);
        expect(result.threw && isDocumentedTokenError(result.error)).toBe(true);
        expect(acceptedCalls(api)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('throws only its documented errors for any value in the body, with any state and any custom parameter name', () => {
    fc.assert(
      fc.property(
        parameterValue,
        fc.anything(),
        fc.string({ minLength: 1, maxLength: 12 }),
        (value, state, parameter) => {
          const event = mockEvent(TRIGGER, { user: { user_id: USER_ID } });
          event.request.query = { state };
          event.request.body = { [parameter]: value };
          const api = mockApi(TRIGGER, { event });
          const result = outcome(() => api.redirect.validateToken({ secret: SECRET, tokenParameterName: parameter }));
          expect(result.threw).toBe(true);
          expect(result.threw && isDocumentedTokenError(result.error, parameter)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws only documented errors or argument errors naming validateToken for any options value', () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record({ secret: fc.anything(), tokenParameterName: fc.anything() }, { requiredKeys: [] }),
      fc.record({ secret: fc.string(), tokenParameterName: fc.oneof(fc.string(), fc.constant(undefined)) }),
    );
    fc.assert(
      fc.property(options, (value) => {
        const api = continueApi({ query: { session_token: forgeToken({ claims: goodClaims(), secret: SECRET }) } });
        const parameter = (value as { tokenParameterName?: unknown } | null)?.tokenParameterName;
        const result = outcome(() => api.redirect.validateToken(value as never));
        if (!result.threw) {
          // Only the right secret, reading the right parameter, can validate the genuine token.
          expect((value as { secret: unknown }).secret).toBe(SECRET);
          return;
        }
        const { error } = result;
        const isArgumentError =
          error instanceof TypeError && error.message.startsWith('api.redirect.validateToken(): ');
        const expectedParameter = typeof parameter === 'string' && parameter !== '' ? parameter : 'session_token';
        expect(isArgumentError || isDocumentedTokenError(error, expectedParameter), String(error)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('validates no randomly mutated genuine token (flip, insert, delete, truncate, re-case, swap/duplicate/drop segments, re-encoded claims or header with the old signature)', () => {
    fc.assert(
      fc.property(genuineToken, fc.array(mutation, { minLength: 1, maxLength: 3 }), (token, mutations) => {
        const forged = mutations.reduce((current, mutate) => mutate(current), token);
        fc.pre(forged !== token);
        const api = continueApi({ query: { session_token: forged } });
        const result = outcome(() => api.redirect.validateToken({ secret: SECRET }));
        expect(result.threw, `accepted a mutated token: ${forged}`).toBe(true);
        expect(result.threw && isDocumentedTokenError(result.error)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('validates a genuine token with any custom claims, and returns them all (control for the mutation property)', () => {
    fc.assert(
      fc.property(genuineToken, (token) => {
        const claims = continueApi({ query: { session_token: token } }).redirect.validateToken({ secret: SECRET });
        expect(claims).toEqual(decodeBase64urlJson(segmentsOf(token)[1]));
        expect(claims.state).toBe(STATE);
      }),
      { numRuns: 200 },
    );
  });
});
