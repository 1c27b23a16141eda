import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signSessionToken } from '../../src/index.js';
import {
  ISSUER,
  SECRET,
  STATE,
  USER_ID,
  continueApi,
  expectInvalidToken,
  expectMissingParameter,
  goodClaims,
  goodToken,
} from './support/continue-request.js';
import {
  HS256_HEADER,
  base64url,
  forgeToken,
  rs256Signature,
  segmentsOf,
  signSegments,
  withSegment,
} from './support/forge-token.js';
import { acceptedCalls } from '../support/accepted-calls.js';

/**
 * Every way a session token coming back to `/continue` can be wrong, one test each, with the reason the mock
 * gives. A mock that let any of these through would pass a test that production fails.
 */
const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const SIGNATURE_FAILURE = 'Failed signature validation';
const MISSING_CLAIMS = 'Missing or invalid standard claims';
const STATE_MISMATCH = 'State in the token does not match the /continue state.';
const MALFORMED_SEGMENTS = 'Malformed token: expected three segments.';
const MALFORMED_HEADER = 'Malformed token: the header is not base64url-encoded JSON.';
const MALFORMED_PAYLOAD = 'Malformed token: the payload is not base64url-encoded JSON.';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

function withToken(token: unknown) {
  return continueApi({ query: { session_token: token } });
}

function claimsWithout(claim: string): Record<string, unknown> {
  const claims = goodClaims();
  delete claims[claim];
  return claims;
}

function unsupported(alg: unknown): string {
  return `Unsupported algorithm ${JSON.stringify(alg ?? null)}; expected "HS256".`;
}

describe('control: what a genuine token looks like', () => {
  it('accepts the untouched hand-signed token the attacks below start from', () => {
    const api = withToken(goodToken());
    expect(api.redirect.validateToken({ secret: SECRET })).toMatchObject({
      sub: USER_ID,
      state: STATE,
      verified: true,
    });
  });

  it('accepts a token signed by jose (signSessionToken), as the verification site would send it', async () => {
    const token = await signSessionToken({ secret: SECRET, state: STATE, subject: USER_ID });
    expect(withToken(token).redirect.validateToken({ secret: SECRET })).toMatchObject({ sub: USER_ID, iss: ISSUER });
  });
});

describe('validateToken rejects a token signed with the wrong key', () => {
  it('rejects a token signed with another secret', () => {
    expectInvalidToken(withToken(forgeToken({ claims: goodClaims(), secret: 'another-secret' })), SIGNATURE_FAILURE);
  });

  it('rejects a token signed with a secret that differs only in its last character', () => {
    expectInvalidToken(
      withToken(forgeToken({ claims: goodClaims(), secret: `${SECRET.slice(0, -1)}X` })),
      SIGNATURE_FAILURE,
    );
  });

  it('rejects a genuine token when validateToken is given another secret', () => {
    expectInvalidToken(withToken(goodToken()), SIGNATURE_FAILURE, { secret: 'the-wrong-secret' });
  });

  it('rejects a token signed with the empty string as its key', () => {
    expectInvalidToken(withToken(forgeToken({ claims: goodClaims(), secret: '' })), SIGNATURE_FAILURE);
  });
});

describe('validateToken rejects a tampered payload (the signature kept)', () => {
  it('rejects a payload whose custom claim was changed (verified: false -> true)', () => {
    const honest = goodToken({ ...goodClaims(), verified: false });
    const forged = withSegment(honest, 1, base64url(JSON.stringify({ ...goodClaims(), verified: true })));
    expectInvalidToken(withToken(forged), SIGNATURE_FAILURE);
  });

  it('rejects a payload whose exp was pushed into the future', () => {
    const claims = goodClaims();
    const forged = withSegment(
      goodToken(claims),
      1,
      base64url(JSON.stringify({ ...claims, exp: (claims.exp as number) + 86_400 })),
    );
    expectInvalidToken(withToken(forged), SIGNATURE_FAILURE);
  });

  it('rejects the same claims re-serialised with other whitespace (the signature covers the exact bytes)', () => {
    const claims = goodClaims();
    const forged = withSegment(goodToken(claims), 1, base64url(JSON.stringify(claims, null, 1)));
    expectInvalidToken(withToken(forged), SIGNATURE_FAILURE);
  });

  it('rejects a payload segment that decodes to the same bytes but is spelt differently (non-canonical base64url)', () => {
    // Pad the claims until the payload segment has unused low bits in its last character.
    let claims = goodClaims();
    for (let pad = ''; base64url(JSON.stringify(claims)).length % 4 === 0; pad += 'x')
      claims = { ...goodClaims(), pad };
    const token = goodToken(claims);
    const payload = segmentsOf(token)[1];
    const twin = `${payload.slice(0, -1)}${flipLowestBit(payload.at(-1) as string)}`;
    expect(Buffer.from(twin, 'base64url')).toEqual(Buffer.from(payload, 'base64url'));
    expectInvalidToken(withToken(withSegment(token, 1, twin)), SIGNATURE_FAILURE);
  });

  it('rejects a payload taken from another genuine token of the same user (segments spliced together)', () => {
    const first = goodToken({ ...goodClaims(), verified: false });
    const second = goodToken({ ...goodClaims(), verified: true, extra: 1 });
    expectInvalidToken(withToken(withSegment(first, 1, segmentsOf(second)[1])), SIGNATURE_FAILURE);
  });
});

describe('validateToken rejects a tampered header (the signature kept)', () => {
  it('rejects a header with a kid added', () => {
    const token = goodToken();
    expectInvalidToken(
      withToken(withSegment(token, 0, base64url(JSON.stringify({ ...HS256_HEADER, kid: 'k1' })))),
      SIGNATURE_FAILURE,
    );
  });

  it('rejects a header with its keys re-ordered', () => {
    const token = goodToken();
    expectInvalidToken(
      withToken(withSegment(token, 0, base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' })))),
      SIGNATURE_FAILURE,
    );
  });

  it('rejects a header whose typ is not JWT, even when correctly signed', () => {
    const token = forgeToken({ header: { alg: 'HS256', typ: 'at+jwt' }, claims: goodClaims(), secret: SECRET });
    expectInvalidToken(withToken(token), 'Unexpected token payload type');
  });
});

describe('validateToken rejects alg "none" (unsigned tokens)', () => {
  const noneHeader = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = () => base64url(JSON.stringify(goodClaims()));

  it('rejects alg "none" with an empty signature segment', () => {
    expectInvalidToken(withToken(`${noneHeader}.${payload()}.`), unsupported('none'));
  });

  it('rejects alg "none" with the signature segment left off (two segments)', () => {
    expectInvalidToken(withToken(`${noneHeader}.${payload()}`), MALFORMED_SEGMENTS);
  });

  it('rejects alg "none" carrying the valid HS256 signature of the original token', () => {
    const genuine = goodToken();
    expectInvalidToken(withToken(withSegment(genuine, 0, noneHeader)), unsupported('none'));
  });

  it('rejects alg "none" signed with the secret over its own segments', () => {
    expectInvalidToken(withToken(signSegments(noneHeader, payload(), SECRET)), unsupported('none'));
  });

  it('rejects alg "None" and "NONE" (case variants some libraries accepted)', () => {
    for (const alg of ['None', 'NONE', 'nOnE']) {
      const header = base64url(JSON.stringify({ alg, typ: 'JWT' }));
      expectInvalidToken(withToken(`${header}.${payload()}.`), unsupported(alg));
    }
  });

  it('rejects a header with no alg at all', () => {
    const token = forgeToken({ header: { typ: 'JWT' }, claims: goodClaims(), secret: SECRET });
    expectInvalidToken(withToken(token), unsupported(undefined));
  });

  it('rejects a header whose alg is not a string (null, a number, an array)', () => {
    for (const alg of [null, 256, ['HS256']]) {
      const token = forgeToken({ header: { alg, typ: 'JWT' }, claims: goodClaims(), secret: SECRET });
      expectInvalidToken(withToken(token), unsupported(alg));
    }
  });
});

describe('validateToken rejects every algorithm but HS256 (no algorithm confusion)', () => {
  it('rejects HS384, correctly signed with the secret', () => {
    const token = forgeToken({
      header: { alg: 'HS384', typ: 'JWT' },
      claims: goodClaims(),
      secret: SECRET,
      algorithm: 'sha384',
    });
    expectInvalidToken(withToken(token), unsupported('HS384'));
  });

  it('rejects HS512, correctly signed with the secret', () => {
    const token = forgeToken({
      header: { alg: 'HS512', typ: 'JWT' },
      claims: goodClaims(),
      secret: SECRET,
      algorithm: 'sha512',
    });
    expectInvalidToken(withToken(token), unsupported('HS512'));
  });

  it('rejects an RS256 header "signed" with the secret as an HMAC-SHA256 key (the classic confusion attack)', () => {
    const token = forgeToken({ header: { alg: 'RS256', typ: 'JWT' }, claims: goodClaims(), secret: SECRET });
    expectInvalidToken(withToken(token), unsupported('RS256'));
  });

  it('rejects RS256 with a genuine RSA signature', () => {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify(goodClaims()));
    expectInvalidToken(
      withToken(`${header}.${payload}.${rs256Signature(`${header}.${payload}`)}`),
      unsupported('RS256'),
    );
  });

  it('rejects ES256 and PS256 headers over an HMAC signature', () => {
    for (const alg of ['ES256', 'PS256']) {
      const token = forgeToken({ header: { alg, typ: 'JWT' }, claims: goodClaims(), secret: SECRET });
      expectInvalidToken(withToken(token), unsupported(alg));
    }
  });

  it('rejects "hs256" in lower case', () => {
    const token = forgeToken({ header: { alg: 'hs256', typ: 'JWT' }, claims: goodClaims(), secret: SECRET });
    expectInvalidToken(withToken(token), unsupported('hs256'));
  });

  it('rejects an HS256 header over an HMAC-SHA512 signature (signature of another hash)', () => {
    const token = forgeToken({ claims: goodClaims(), secret: SECRET, algorithm: 'sha512' });
    expectInvalidToken(withToken(token), SIGNATURE_FAILURE);
  });
});

describe('validateToken rejects truncated tokens and tokens with extra segments', () => {
  it('rejects a token with only a header (one segment)', () => {
    expectInvalidToken(withToken(segmentsOf(goodToken())[0]), MALFORMED_SEGMENTS);
  });

  it('rejects header.payload without a signature (two segments)', () => {
    const [header, payload] = segmentsOf(goodToken());
    expectInvalidToken(withToken(`${header}.${payload}`), MALFORMED_SEGMENTS);
  });

  it('rejects a signature cut short by one character', () => {
    expectInvalidToken(withToken(goodToken().slice(0, -1)), SIGNATURE_FAILURE);
  });

  it('rejects a signature cut in half', () => {
    const token = goodToken();
    const [header, payload, signature] = segmentsOf(token);
    expectInvalidToken(withToken(`${header}.${payload}.${signature.slice(0, 21)}`), SIGNATURE_FAILURE);
  });

  it('rejects a signature with one character too many', () => {
    expectInvalidToken(withToken(`${goodToken()}A`), SIGNATURE_FAILURE);
  });

  it('rejects a token with a fourth segment appended', () => {
    expectInvalidToken(withToken(`${goodToken()}.${base64url('{}')}`), MALFORMED_SEGMENTS);
  });

  it('rejects a token with a trailing dot (empty fourth segment)', () => {
    expectInvalidToken(withToken(`${goodToken()}.`), MALFORMED_SEGMENTS);
  });

  it('rejects a five-segment JWE-shaped token', () => {
    const [header, payload, signature] = segmentsOf(goodToken());
    expectInvalidToken(withToken(`${header}.${payload}.${signature}.${signature}.${signature}`), MALFORMED_SEGMENTS);
  });

  it('rejects a token made of dots only', () => {
    expectInvalidToken(withToken('..'), MALFORMED_HEADER);
  });

  it('rejects a token whose header segment is empty', () => {
    const [, payload, signature] = segmentsOf(goodToken());
    expectInvalidToken(withToken(`.${payload}.${signature}`), MALFORMED_HEADER);
  });

  it('rejects a token whose payload segment is empty', () => {
    const [header, , signature] = segmentsOf(goodToken());
    expectInvalidToken(withToken(`${header}..${signature}`), MALFORMED_PAYLOAD);
  });
});

describe('validateToken rejects characters outside base64url', () => {
  it('rejects standard base64 "+" and "/" in the signature', () => {
    const [header, payload, signature] = segmentsOf(goodToken());
    const standard = Buffer.from(signature, 'base64url').toString('base64').replace(/=+$/, '');
    const withPlusOrSlash = /[+/]/.test(standard) ? standard : `${standard.slice(0, -1)}+`;
    expectInvalidToken(withToken(`${header}.${payload}.${withPlusOrSlash}`), SIGNATURE_FAILURE);
  });

  it('rejects "=" padding on the signature', () => {
    expectInvalidToken(withToken(`${goodToken()}=`), SIGNATURE_FAILURE);
  });

  it('rejects "=" padding on the header', () => {
    const [header, payload, signature] = segmentsOf(goodToken());
    expectInvalidToken(withToken(`${header}=.${payload}.${signature}`), MALFORMED_HEADER);
  });

  it('rejects a space inside the payload segment', () => {
    const [header, payload, signature] = segmentsOf(goodToken());
    expectInvalidToken(
      withToken(`${header}.${payload.slice(0, 4)} ${payload.slice(4)}.${signature}`),
      MALFORMED_PAYLOAD,
    );
  });

  it('rejects leading and trailing whitespace around the token', () => {
    expectInvalidToken(withToken(` ${goodToken()}`), MALFORMED_HEADER);
    expectInvalidToken(withToken(`${goodToken()}\n`), SIGNATURE_FAILURE);
  });

  it('rejects a "Bearer " prefix', () => {
    expectInvalidToken(withToken(`Bearer ${goodToken()}`), MALFORMED_HEADER);
  });

  it('rejects a percent-encoded token (still URL-encoded when it arrives)', () => {
    const token = goodToken();
    const [header, payload, signature] = segmentsOf(token);
    expectInvalidToken(withToken(`${header}%2E${payload}.${signature}`), MALFORMED_SEGMENTS);
  });

  it('rejects non-ASCII look-alike characters in the signature', () => {
    const token = goodToken();
    expectInvalidToken(withToken(`${token.slice(0, -1)}\u0410`), SIGNATURE_FAILURE);
  });

  it('rejects a signature whose last character differs only in the unused low bits (non-canonical base64url)', () => {
    const token = goodToken();
    // 32 bytes encode to 43 characters; the last one carries 4 data bits and 2 unused ones.
    const forged = `${token.slice(0, -1)}${flipLowestBit(token.at(-1) as string)}`;
    expect(Buffer.from(segmentsOf(forged)[2], 'base64url')).toEqual(Buffer.from(segmentsOf(token)[2], 'base64url'));
    expectInvalidToken(withToken(forged), SIGNATURE_FAILURE);
  });

  it('rejects a segment whose length is 1 mod 4 (impossible base64url)', () => {
    const [header, payload, signature] = segmentsOf(goodToken());
    const impossible = `${payload}${'A'.repeat((5 - (payload.length % 4)) % 4)}`;
    expect(impossible.length % 4).toBe(1);
    expectInvalidToken(withToken(`${header}.${impossible}.${signature}`), MALFORMED_PAYLOAD);
  });
});

describe('validateToken rejects parts that are not JSON', () => {
  it('rejects a header that is not JSON', () => {
    const token = signSegments(base64url('alg=HS256'), base64url(JSON.stringify(goodClaims())), SECRET);
    expectInvalidToken(withToken(token), MALFORMED_HEADER);
  });

  it('rejects a payload that is not JSON', () => {
    const token = signSegments(base64url(JSON.stringify(HS256_HEADER)), base64url('sub=auth0|1&state=x'), SECRET);
    expectInvalidToken(withToken(token), MALFORMED_PAYLOAD);
  });

  it('rejects a payload of JSON followed by garbage', () => {
    const token = signSegments(
      base64url(JSON.stringify(HS256_HEADER)),
      base64url(`${JSON.stringify(goodClaims())}}`),
      SECRET,
    );
    expectInvalidToken(withToken(token), MALFORMED_PAYLOAD);
  });

  it('rejects a payload of bytes that are not UTF-8', () => {
    const token = signSegments(
      base64url(JSON.stringify(HS256_HEADER)),
      base64url(Buffer.from([0xff, 0xfe, 0x7b, 0x7d])),
      SECRET,
    );
    expectInvalidToken(withToken(token), MALFORMED_PAYLOAD);
  });

  it('rejects a payload segment that is itself a JWT (nested token)', () => {
    const token = signSegments(base64url(JSON.stringify(HS256_HEADER)), base64url(goodToken()), SECRET);
    expectInvalidToken(withToken(token), MALFORMED_PAYLOAD);
  });
});

describe('validateToken rejects JSON that is not an object', () => {
  const header = base64url(JSON.stringify(HS256_HEADER));

  for (const [label, json] of [
    ['an array', JSON.stringify([goodClaims()])],
    ['a string', JSON.stringify('claims')],
    ['a number', '1'],
    ['null', 'null'],
    ['true', 'true'],
  ] as const) {
    it(`rejects a payload that is ${label}`, () => {
      expectInvalidToken(withToken(signSegments(header, base64url(json), SECRET)), MALFORMED_PAYLOAD);
    });

    it(`rejects a header that is ${label}`, () => {
      expectInvalidToken(
        withToken(signSegments(base64url(json), base64url(JSON.stringify(goodClaims())), SECRET)),
        MALFORMED_HEADER,
      );
    });
  }
});

describe('validateToken rejects a token missing a required claim', () => {
  for (const claim of ['iat', 'exp', 'sub', 'iss'] as const) {
    it(`rejects a correctly signed token without ${claim}`, () => {
      expectInvalidToken(withToken(goodToken(claimsWithout(claim))), MISSING_CLAIMS);
    });
  }

  it('rejects a correctly signed token without state', () => {
    expectInvalidToken(withToken(goodToken(claimsWithout('state'))), STATE_MISMATCH);
  });

  it('rejects a correctly signed token with no claims at all ({})', () => {
    expectInvalidToken(withToken(goodToken({})), STATE_MISMATCH);
  });

  it('rejects a correctly signed token with only state (every standard claim missing)', () => {
    expectInvalidToken(withToken(goodToken({ state: STATE })), MISSING_CLAIMS);
  });
});

describe('validateToken rejects required claims of the wrong type', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['iat as a numeric string', { iat: String(Math.floor(NOW / 1000)) }],
    ['iat as null', { iat: null }],
    ['exp as a numeric string', { exp: String(Math.floor(NOW / 1000) + 900) }],
    ['exp as a boolean', { exp: true }],
    ['exp as an array', { exp: [Math.floor(NOW / 1000) + 900] }],
    ['sub as a number', { sub: 12345 }],
    ['sub as the empty string', { sub: '' }],
    ['sub as an object', { sub: { user_id: USER_ID } }],
    ['iss as a number', { iss: 1 }],
    ['iss as the empty string', { iss: '' }],
    ['iss as null', { iss: null }],
  ];
  for (const [label, change] of cases) {
    it(`rejects ${label}`, () => {
      expectInvalidToken(withToken(goodToken({ ...goodClaims(), ...change })), MISSING_CLAIMS);
    });
  }

  it('rejects exp of 1e400, which JSON.parse reads as Infinity', () => {
    const payload = JSON.stringify(goodClaims()).replace(/"exp":\d+/, '"exp":1e400');
    const token = signSegments(base64url(JSON.stringify(HS256_HEADER)), base64url(payload), SECRET);
    expectInvalidToken(withToken(token), MISSING_CLAIMS);
  });

  it('rejects state as a number that equals the /continue state as text', () => {
    const api = continueApi({ query: { state: '12345', session_token: goodToken({ ...goodClaims(), state: 12345 }) } });
    expectInvalidToken(api, STATE_MISMATCH);
  });

  it('rejects state as an array holding the /continue state', () => {
    expectInvalidToken(withToken(goodToken({ ...goodClaims(), state: [STATE] })), STATE_MISMATCH);
  });
});

describe('validateToken rejects expired tokens', () => {
  it('rejects a token whose exp is one second in the past', () => {
    const claims = { ...goodClaims(), exp: Math.floor(NOW / 1000) - 1 };
    expectInvalidToken(withToken(goodToken(claims)), 'Token has expired.');
  });

  it('rejects a token whose exp is exactly now', () => {
    const claims = { ...goodClaims(), exp: Math.floor(NOW / 1000) };
    expectInvalidToken(withToken(goodToken(claims)), 'Token has expired.');
  });

  it('rejects a token that was valid when issued once the clock passes exp (the user came back after 16 minutes)', () => {
    const api = withToken(goodToken());
    vi.setSystemTime(NOW + 16 * 60 * 1000);
    expectInvalidToken(api, 'Token has expired.');
  });

  it('rejects a token whose exp is 0 (the epoch)', () => {
    expectInvalidToken(withToken(goodToken({ ...goodClaims(), exp: 0 })), 'Token has expired.');
  });

  it('accepts a token whose exp is one second after now (control for the boundary above)', () => {
    expect(
      withToken(goodToken({ ...goodClaims(), exp: Math.floor(NOW / 1000) + 1 })).redirect.validateToken({
        secret: SECRET,
      }),
    ).toBeTruthy();
  });
});

describe('validateToken rejects a token for another transaction or another user', () => {
  it('rejects a state claim that differs from the /continue state', () => {
    expectInvalidToken(
      withToken(goodToken({ ...goodClaims(), state: 'state-of-another-transaction' })),
      STATE_MISMATCH,
    );
  });

  it('rejects a genuine token when the /continue request carries no state', () => {
    const api = continueApi({ query: { session_token: goodToken(), state: undefined } });
    expectInvalidToken(api, STATE_MISMATCH);
  });

  it('rejects a state that differs only in letter case', () => {
    expectInvalidToken(withToken(goodToken({ ...goodClaims(), state: STATE.toUpperCase() })), STATE_MISMATCH);
  });

  it('rejects a token when the body carries another state than the token (body wins over query)', () => {
    const api = continueApi({ query: { session_token: goodToken() }, body: { state: 'state-from-the-body' } });
    expectInvalidToken(api, STATE_MISMATCH);
  });

  it('rejects a correctly signed token for another user (sub of someone else)', () => {
    expectInvalidToken(
      withToken(goodToken({ ...goodClaims(), sub: 'auth0|someone-else' })),
      'The sub claim does not match the user_id.',
    );
  });

  it('rejects a sub that is the user id without its provider prefix', () => {
    expectInvalidToken(
      withToken(goodToken({ ...goodClaims(), sub: USER_ID.split('|')[1] })),
      'The sub claim does not match the user_id.',
    );
  });

  it('rejects a sub that differs from the user id only in letter case', () => {
    expectInvalidToken(
      withToken(goodToken({ ...goodClaims(), sub: USER_ID.toUpperCase() })),
      'The sub claim does not match the user_id.',
    );
  });

  it('rejects an iss other than the tenant domain when validateIssuer is on', () => {
    const api = continueApi({ query: { session_token: goodToken() }, validateIssuer: true });
    expectInvalidToken(api, 'The iss claim does not match the tenant domain.');
  });
});

describe('validateToken rejects a token parameter that is not a string', () => {
  for (const [label, value] of [
    ['a number', 12345],
    ['an array of one genuine token', [forgeToken({ claims: goodClaims(NOW), secret: SECRET })]],
    ['an object', { token: 'x' }],
    ['true', true],
  ] as const) {
    it(`rejects a token given as ${label} in the query`, () => {
      expectInvalidToken(
        continueApi({ query: { session_token: value } }),
        "Expected a string token in 'session_token'.",
      );
    });

    it(`rejects a token given as ${label} in the body`, () => {
      expectInvalidToken(
        continueApi({ body: { session_token: value } }),
        "Expected a string token in 'session_token'.",
      );
    });
  }

  it('reports a token given as 0 (falsy) as a missing parameter, as the runtime does', () => {
    expectMissingParameter(continueApi({ query: { session_token: 0 } }));
  });

  it('reports a token given as null as a missing parameter', () => {
    expectMissingParameter(continueApi({ body: { session_token: null } }));
  });
});

describe('validateToken rejects a missing token parameter', () => {
  it('rejects when neither the query nor the body has session_token', () => {
    expectMissingParameter(continueApi());
  });

  it('rejects an empty string token as a missing parameter', () => {
    expectMissingParameter(continueApi({ query: { session_token: '' } }));
  });

  it('rejects when the token sits under another name than tokenParameterName', () => {
    const api = continueApi({ query: { session_token: goodToken() } });
    expectMissingParameter(api, 'verification_token', { secret: SECRET, tokenParameterName: 'verification_token' });
  });

  for (const parameter of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`rejects tokenParameterName "${parameter}" (a name every object inherits) with a documented error, reading no inherited value as a token`, () => {
      const api = continueApi({ query: { session_token: goodToken() } });
      let thrown: unknown;
      try {
        api.redirect.validateToken({ secret: SECRET, tokenParameterName: parameter });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).message).toMatch(
        new RegExp(`^(The session token is invalid: |There is no parameter called '${parameter}')`),
      );
      expect(acceptedCalls(api)).toEqual([]);
    });
  }

  it('lets a bad body token shadow a genuine query token (body wins), so the request is rejected', () => {
    const api = continueApi({ query: { session_token: goodToken() }, body: { session_token: 'not-a-token' } });
    expectInvalidToken(api, MALFORMED_SEGMENTS);
  });
});

describe('validateToken and prototype pollution', () => {
  it('returns a __proto__ claim as an ordinary claim and pollutes nothing', () => {
    const payload = JSON.stringify(goodClaims()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const token = signSegments(base64url(JSON.stringify(HS256_HEADER)), base64url(payload), SECRET);
    const claims = withToken(token).redirect.validateToken({ secret: SECRET });
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((claims as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects a header carrying __proto__ with alg HS256 inside it (the alg must be the header's own)", () => {
    const header = base64url('{"__proto__":{"alg":"HS256","typ":"JWT"}}');
    const token = signSegments(header, base64url(JSON.stringify(goodClaims())), SECRET);
    expectInvalidToken(withToken(token), unsupported(undefined));
  });
});

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The base64url character whose 6-bit value differs in the lowest bit only. */
function flipLowestBit(character: string): string {
  return BASE64URL_ALPHABET[BASE64URL_ALPHABET.indexOf(character) ^ 1] as string;
}
