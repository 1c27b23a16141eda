import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_EXTERNAL_ISSUER,
  mockApi,
  mockEvent,
  recorded,
  signSessionToken,
  type PostChallengeEvent,
} from '../src/index.js';
import { NOW, useFixedDate } from './support/fixed-date.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'redirect-secret';
const STATE = 'state-from-auth0';
const USER_ID = 'auth0|5f7c8ec7c33c6c004bbafe82';
const HOSTNAME = 'acme-prod.us.auth0.com';
const NOW_SECONDS = NOW / 1000;
const PREFIX = 'The session token is invalid: ';

/** The event of `onContinuePostChallenge`: the browser's `/continue` request carries `state` and the token. */
function continueEvent(request: {
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
}): PostChallengeEvent {
  const event = mockEvent(TRIGGER, { user: { user_id: USER_ID }, request: { hostname: HOSTNAME } });
  event.request.query = request.query ?? {};
  event.request.body = request.body ?? {};
  return event;
}

/** A token as the external site signs it, with jose; `claims` replace or (with `undefined`) remove claims. */
async function joseToken(
  claims: Record<string, unknown> = {},
  secret = SECRET,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): Promise<string> {
  const all: Record<string, unknown> = {
    iat: NOW_SECONDS,
    exp: NOW_SECONDS + 300,
    sub: USER_ID,
    iss: 'https://verify.example.com/',
    state: STATE,
    ...claims,
  };
  for (const [name, value] of Object.entries(all)) if (value === undefined) delete all[name];
  return new SignJWT(all).setProtectedHeader(header as { alg: string }).sign(new TextEncoder().encode(secret));
}

function validate(event: PostChallengeEvent, options: Record<string, unknown> = { secret: SECRET }, apiOptions = {}) {
  return mockApi(TRIGGER, { event, ...apiOptions }).redirect.validateToken(options as never);
}

useFixedDate();

describe('api.redirect.validateToken: valid tokens', () => {
  it('accepts a token signed by signSessionToken (jose) and returns every claim', async () => {
    const token = await signSessionToken({
      secret: SECRET,
      state: STATE,
      subject: USER_ID,
      payload: { verified: true },
    });
    const claims = validate(continueEvent({ query: { state: STATE, session_token: token } }));
    expect(claims).toEqual({
      verified: true,
      state: STATE,
      sub: USER_ID,
      iss: DEFAULT_EXTERNAL_ISSUER,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 900,
    });
  });

  it('accepts a token signed by jose directly, with the header jose writes by default ({ alg } only)', async () => {
    const token = await joseToken({ userId: USER_ID }, SECRET, { alg: 'HS256' });
    expect(validate(continueEvent({ body: { state: STATE, session_token: token } }))).toMatchObject({
      userId: USER_ID,
    });
  });

  it('accepts a token made by encodeToken with a state claim in its payload (a round trip)', () => {
    const event = continueEvent({ query: { state: STATE } });
    const api = mockApi(TRIGGER, { event });
    event.request.query.session_token = api.redirect.encodeToken({
      secret: SECRET,
      payload: { state: STATE, step: 'done' },
    });
    expect(api.redirect.validateToken({ secret: SECRET })).toEqual({
      iat: NOW_SECONDS,
      iss: HOSTNAME,
      sub: USER_ID,
      exp: NOW_SECONDS + 900,
      ip: event.request.ip,
      state: STATE,
      step: 'done',
    });
  });

  it('reads the token from a custom tokenParameterName', async () => {
    const token = await joseToken();
    expect(
      validate(continueEvent({ body: { state: STATE, jwt: token } }), { secret: SECRET, tokenParameterName: 'jwt' }),
    ).toMatchObject({ sub: USER_ID });
  });

  it('returns a fresh object each time', async () => {
    const api = mockApi(TRIGGER, {
      event: continueEvent({ query: { state: STATE, session_token: await joseToken() } }),
    });
    const first = api.redirect.validateToken({ secret: SECRET });
    first.sub = 'changed';
    expect(api.redirect.validateToken({ secret: SECRET }).sub).toBe(USER_ID);
  });

  it('records a successful call with the options as passed', async () => {
    const api = mockApi(TRIGGER, {
      event: continueEvent({ query: { state: STATE, session_token: await joseToken() } }),
    });
    const options = { secret: SECRET };
    const claims = api.redirect.validateToken(options);
    expect(recorded(api).calls).toEqual([
      { method: 'redirect.validateToken', args: [options], at: NOW, result: claims },
    ]);
  });
});

describe('api.redirect.validateToken: the tokenParameterName default', () => {
  it("assigns 'session_token' onto the caller's options object, as the runtime's ||= does", async () => {
    const options: { secret: string; tokenParameterName?: string } = { secret: SECRET };
    validate(continueEvent({ query: { state: STATE, session_token: await joseToken() } }), options);
    expect(options).toEqual({ secret: SECRET, tokenParameterName: 'session_token' });
  });

  it('assigns it even when validation then fails', () => {
    const options: { secret: string; tokenParameterName?: string } = { secret: SECRET };
    expect(() => validate(continueEvent({}), options)).toThrow();
    expect(options.tokenParameterName).toBe('session_token');
  });

  it('replaces an empty tokenParameterName with the default', () => {
    const options = { secret: SECRET, tokenParameterName: '' };
    expect(() => validate(continueEvent({}), options)).toThrow("There is no parameter called 'session_token'");
    expect(options.tokenParameterName).toBe('session_token');
  });

  it('leaves a custom tokenParameterName as it is', () => {
    const options = { secret: SECRET, tokenParameterName: 'jwt' };
    expect(() => validate(continueEvent({}), options)).toThrow();
    expect(options.tokenParameterName).toBe('jwt');
  });
});

describe('api.redirect.validateToken: each failure, in the order the runtime checks', () => {
  it('1. a missing parameter, default name (no prefix: it is not a token error)', () => {
    expect(() => validate(continueEvent({ query: { state: STATE } }))).toThrow(
      new Error("There is no parameter called 'session_token' available in either the POST body or query string."),
    );
  });

  it('1. a missing parameter, custom name', () => {
    expect(() =>
      validate(continueEvent({ query: { state: STATE, session_token: 'x' } }), {
        secret: SECRET,
        tokenParameterName: 'jwt',
      }),
    ).toThrow(new Error("There is no parameter called 'jwt' available in either the POST body or query string."));
  });

  it('1. an empty parameter counts as missing', () => {
    expect(() => validate(continueEvent({ body: { state: STATE, session_token: '' } }))).toThrow(
      "There is no parameter called 'session_token'",
    );
  });

  it('1. the body wins over the query: a bad token in the body fails although the query holds a good one', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken() },
      body: { session_token: await joseToken({}, 'wrong-secret') },
    });
    expect(() => validate(event)).toThrow(`${PREFIX}Failed signature validation`);
  });

  it('1. the body wins over the query: a good token in the body passes although the query holds a bad one', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: 'garbage' },
      body: { session_token: await joseToken() },
    });
    expect(validate(event)).toMatchObject({ sub: USER_ID });
  });

  it('1. the body wins over the query for state too', async () => {
    const event = continueEvent({
      query: { state: STATE },
      body: { state: 'other-state', session_token: await joseToken() },
    });
    expect(() => validate(event)).toThrow(`${PREFIX}State in the token does not match the /continue state.`);
  });

  it('2. a state claim that differs from the /continue state', async () => {
    const event = continueEvent({ query: { state: 'another', session_token: await joseToken() } });
    expect(() => validate(event)).toThrow(new Error(`${PREFIX}State in the token does not match the /continue state.`));
  });

  it('2. a /continue request without state', async () => {
    const event = continueEvent({ query: { session_token: await joseToken() } });
    expect(() => validate(event)).toThrow(`${PREFIX}State in the token does not match the /continue state.`);
  });

  it('2. a token without a state claim', async () => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({ state: undefined }) } });
    expect(() => validate(event)).toThrow(`${PREFIX}State in the token does not match the /continue state.`);
  });

  it('2. state is checked before the signature', async () => {
    const event = continueEvent({ query: { state: 'another', session_token: await joseToken({}, 'wrong-secret') } });
    expect(() => validate(event)).toThrow(`${PREFIX}State in the token does not match the /continue state.`);
  });

  it('3. a token signed with another secret', async () => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({}, 'wrong-secret') } });
    expect(() => validate(event)).toThrow(new Error(`${PREFIX}Failed signature validation`));
  });

  it('3. the signature is checked before the claims', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ sub: undefined }, 'wrong-secret') },
    });
    expect(() => validate(event)).toThrow(`${PREFIX}Failed signature validation`);
  });

  it.each(['sub', 'iss', 'iat', 'exp'])('4. a token without %s: Missing or invalid standard claims', async (claim) => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({ [claim]: undefined }) } });
    expect(() => validate(event)).toThrow(new Error(`${PREFIX}Missing or invalid standard claims`));
  });

  it.each([
    ['exp as a string', { exp: String(NOW_SECONDS + 300) }],
    ['iat as a string', { iat: String(NOW_SECONDS) }],
    ['sub as a number', { sub: 42 }],
    ['an empty iss', { iss: '' }],
  ])('4. a token with %s: Missing or invalid standard claims', async (_name, claims) => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken(claims) } });
    expect(() => validate(event)).toThrow(`${PREFIX}Missing or invalid standard claims`);
  });

  it('4. the claims are checked before the subject', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ sub: 'auth0|someone-else', iat: undefined }) },
    });
    expect(() => validate(event)).toThrow(`${PREFIX}Missing or invalid standard claims`);
  });

  it("5. a sub that is not the event's user_id", async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ sub: 'auth0|someone-else' }) },
    });
    expect(() => validate(event)).toThrow(new Error(`${PREFIX}The sub claim does not match the user_id.`));
  });

  it('5. the subject is checked before the expiry', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ sub: 'auth0|someone-else', exp: NOW_SECONDS - 1 }) },
    });
    expect(() => validate(event)).toThrow(`${PREFIX}The sub claim does not match the user_id.`);
  });

  it('6. an expired token', async () => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({ exp: NOW_SECONDS - 60 }) } });
    expect(() => validate(event)).toThrow(new Error(`${PREFIX}Token has expired.`));
  });

  it('6. a token at exactly its exp is expired; one millisecond earlier it is valid', async () => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({ exp: NOW_SECONDS + 10 }) } });
    vi.setSystemTime(NOW + 10_000 - 1);
    expect(validate(event)).toMatchObject({ exp: NOW_SECONDS + 10 });
    vi.setSystemTime(NOW + 10_000);
    expect(() => validate(event)).toThrow(`${PREFIX}Token has expired.`);
  });

  it('6. a signSessionToken token expires after its expiresInSeconds', async () => {
    const token = await signSessionToken({ secret: SECRET, state: STATE, subject: USER_ID, expiresInSeconds: 30 });
    const event = continueEvent({ query: { state: STATE, session_token: token } });
    vi.setSystemTime(NOW + 29_000);
    expect(validate(event)).toMatchObject({ sub: USER_ID });
    vi.setSystemTime(NOW + 30_000);
    expect(() => validate(event)).toThrow(`${PREFIX}Token has expired.`);
  });

  it('every token failure starts with the runtime prefix', async () => {
    const failures = [
      continueEvent({ query: { state: 'x', session_token: await joseToken() } }),
      continueEvent({ query: { state: STATE, session_token: await joseToken({}, 'wrong') } }),
      continueEvent({ query: { state: STATE, session_token: await joseToken({ iss: undefined }) } }),
      continueEvent({ query: { state: STATE, session_token: await joseToken({ sub: 'auth0|x' }) } }),
      continueEvent({ query: { state: STATE, session_token: await joseToken({ exp: 1 }) } }),
      continueEvent({ query: { state: STATE, session_token: 'not-a-jwt' } }),
    ];
    for (const event of failures) expect(() => validate(event)).toThrow(new RegExp(`^${PREFIX}`));
  });

  it('records nothing when validation fails', () => {
    const api = mockApi(TRIGGER, { event: continueEvent({}) });
    expect(() => api.redirect.validateToken({ secret: SECRET })).toThrow();
    expect(acceptedCalls(api)).toEqual([]);
  });
});

describe('api.redirect.validateToken: the validateIssuer option', () => {
  it('is off by default: the external site signs with its own issuer', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ iss: 'https://verify.example.com/' }) },
    });
    expect(validate(event)).toMatchObject({ iss: 'https://verify.example.com/' });
  });

  it('when on, rejects an iss that is not request.hostname', async () => {
    const event = continueEvent({
      query: { state: STATE, session_token: await joseToken({ iss: 'https://verify.example.com/' }) },
    });
    expect(() => validate(event, { secret: SECRET }, { validateIssuer: true })).toThrow(
      new Error(`${PREFIX}The iss claim does not match the tenant domain.`),
    );
  });

  it('when on, accepts an iss equal to request.hostname', async () => {
    const event = continueEvent({ query: { state: STATE, session_token: await joseToken({ iss: HOSTNAME }) } });
    expect(validate(event, { secret: SECRET }, { validateIssuer: true })).toMatchObject({ iss: HOSTNAME });
  });

  it('when on, checks the issuer after the subject and before the expiry', async () => {
    const wrongSub = continueEvent({
      query: { state: STATE, session_token: await joseToken({ sub: 'auth0|x', iss: 'other' }) },
    });
    expect(() => validate(wrongSub, { secret: SECRET }, { validateIssuer: true })).toThrow(
      `${PREFIX}The sub claim does not match the user_id.`,
    );
    const expired = continueEvent({
      query: { state: STATE, session_token: await joseToken({ iss: 'other', exp: 1 }) },
    });
    expect(() => validate(expired, { secret: SECRET }, { validateIssuer: true })).toThrow(
      `${PREFIX}The iss claim does not match the tenant domain.`,
    );
  });

  it('must be a boolean', () => {
    expect(() => mockApi(TRIGGER, { validateIssuer: 'yes' as never })).toThrow(
      /^mockApi\(\): options\.validateIssuer must be a boolean; received the string "yes"\.$/,
    );
  });
});

describe('api.redirect.validateToken: arguments', () => {
  it.each([
    [
      'no options',
      undefined,
      /^api\.redirect\.validateToken\(\): options must be an object with a secret; received undefined\.$/,
    ],
    [
      'a missing secret',
      {},
      /^api\.redirect\.validateToken\(\): options\.secret must be a non-empty string \(usually from event\.secrets\); received undefined\.$/,
    ],
    ['an empty secret', { secret: '' }, /options\.secret must be a non-empty string/],
    [
      'a numeric tokenParameterName',
      { secret: SECRET, tokenParameterName: 5 },
      /^api\.redirect\.validateToken\(\): options\.tokenParameterName must be a string; received the number 5\.$/,
    ],
  ])('throws a TypeError for %s', (_name, options, message) => {
    const api = mockApi(TRIGGER, { event: continueEvent({}) });
    expect(() => api.redirect.validateToken(options as never)).toThrow(TypeError);
    expect(() => api.redirect.validateToken(options as never)).toThrow(message);
    expect(acceptedCalls(api)).toEqual([]);
  });
});
