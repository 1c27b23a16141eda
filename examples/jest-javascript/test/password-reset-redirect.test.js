const { createHmac } = require('node:crypto');
const { mockApi, mockEvent, recorded, signSessionToken } = require('@auth0-actions-mock/jest');
const action = require('../src/password-reset-redirect');

const TRIGGER = 'password-reset-post-challenge';
const REDIRECT_SECRET = 'shared-with-verify.example.com';
const STATE = 'state-issued-by-auth0';

/** A password reset whose Akamai user-risk score is `score`, for a tenant holding REDIRECT_SECRET. */
function resetEvent(score = 0) {
  return mockEvent(TRIGGER, {
    secrets: { REDIRECT_SECRET },
    authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score } } } } },
  });
}

/** What verify.example.com does with the token it receives: check the HS256 signature, read the claims. */
function readAsVerificationSite(token) {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', REDIRECT_SECRET).update(`${header}.${payload}`).digest('base64url');
  if (signature !== expected) throw new Error('The session token was not signed with the shared secret.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

/**
 * The browser back at /continue from verify.example.com, carrying the token the site signed (the real thing,
 * HS256 via jose) and its verdict.
 */
async function returnFromVerification({ verified = 'true', secret = REDIRECT_SECRET, userId, expiresInSeconds } = {}) {
  const event = resetEvent(80);
  const sessionToken = await signSessionToken({
    secret,
    state: STATE,
    subject: event.user.user_id,
    payload: { userId: userId ?? event.user.user_id },
    expiresInSeconds,
  });
  event.request.query = { state: STATE, session_token: sessionToken, verified };
  return event;
}

describe('a password reset (onExecutePostChallenge)', () => {
  test('goes through without an identity check when the risk is low', async () => {
    const event = resetEvent(10);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostChallenge(event, api);

    expect(api).not.toRedirectTo();
    expect(api).not.toHaveDenied();
  });

  test('is sent to the identity check with a session token when the risk is high', async () => {
    const event = resetEvent(80);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostChallenge(event, api);

    expect(api).toRedirectTo('https://verify.example.com/identity', { query: { session_token: expect.any(String) } });
  });

  test('carries a session token the identity check can trust: signed with the shared secret, naming the user', async () => {
    const event = resetEvent(80);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostChallenge(event, api);

    const redirect = recorded(api).calls.find((call) => call.method === 'redirect.sendUserTo');
    const claims = readAsVerificationSite(redirect.args[1].query.session_token);
    expect(claims).toMatchObject({ userId: event.user.user_id, sub: event.user.user_id, iss: event.request.hostname });
    expect(claims.exp - claims.iat).toBe(900);
  });
});

describe('back from the identity check (onContinuePostChallenge)', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  test('the reset continues when the site verified the user', async () => {
    const event = await returnFromVerification();
    const api = mockApi(TRIGGER, { event });

    await action.onContinuePostChallenge(event, api);

    expect(api).not.toHaveDenied();
  });

  test('the reset is denied when the token was not signed with the shared secret', async () => {
    const event = await returnFromVerification({ secret: 'an-attacker-guess' });
    const api = mockApi(TRIGGER, { event });

    await action.onContinuePostChallenge(event, api);

    expect(api).toHaveDenied(
      expect.stringMatching(/^Unable to verify redirect response: The session token is invalid/),
    );
  });

  test('the reset is denied when the token has expired', async () => {
    jest.useFakeTimers();
    const event = await returnFromVerification({ expiresInSeconds: 60 });
    const api = mockApi(TRIGGER, { event });

    jest.advanceTimersByTime(61_000);
    await action.onContinuePostChallenge(event, api);

    expect(api).toHaveDenied(expect.stringContaining('expired'));
  });

  test('the reset is denied when the site verified somebody else', async () => {
    const event = await returnFromVerification({ userId: 'auth0|someone-else' });
    const api = mockApi(TRIGGER, { event });

    await action.onContinuePostChallenge(event, api);

    expect(api).toHaveDenied('Verification response does not match the current user.');
  });

  test('the reset is denied when the site could not verify the user', async () => {
    const event = await returnFromVerification({ verified: 'false' });
    const api = mockApi(TRIGGER, { event });

    await action.onContinuePostChallenge(event, api);

    expect(api).toHaveDenied('Identity verification was not completed.');
  });

  test('the reset is denied when the browser comes back without a token', async () => {
    const event = await returnFromVerification();
    delete event.request.query.session_token;
    const api = mockApi(TRIGGER, { event });

    await action.onContinuePostChallenge(event, api);

    expect(api).toHaveDenied(/^Unable to verify redirect response: There is no parameter called 'session_token'/);
  });
});
