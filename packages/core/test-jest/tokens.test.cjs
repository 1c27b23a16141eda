const { mockApi, mockEvent, signSessionToken } = require('@auth0-actions-mock/core');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'redirect-secret';

function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf-8'));
}

test('signSessionToken signs with the bundled jose inside Jest', async () => {
  const token = await signSessionToken({
    secret: SECRET,
    state: 'abc',
    subject: 'auth0|1',
    payload: { verified: true },
  });
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf-8'))).toEqual({
    alg: 'HS256',
    typ: 'JWT',
  });
  expect(claimsOf(token)).toMatchObject({ verified: true, state: 'abc', sub: 'auth0|1' });
});

test('a signSessionToken token round-trips through validateToken', async () => {
  const event = mockEvent(TRIGGER);
  const token = await signSessionToken({
    secret: SECRET,
    state: 'abc',
    subject: event.user.user_id,
    payload: { verified: true },
  });
  event.request.query = { state: 'abc' };
  event.request.body = { session_token: token };
  const claims = mockApi(TRIGGER, { event }).redirect.validateToken({ secret: SECRET });
  expect(claims).toMatchObject({ verified: true, state: 'abc', sub: event.user.user_id });
});

test('validateToken rejects the token with another secret', async () => {
  const event = mockEvent(TRIGGER);
  event.request.query = {
    state: 'abc',
    session_token: await signSessionToken({ secret: 'other', state: 'abc', subject: event.user.user_id }),
  };
  expect(() => mockApi(TRIGGER, { event }).redirect.validateToken({ secret: SECRET })).toThrow(
    'The session token is invalid: Failed signature validation',
  );
});

test('encodeToken signs synchronously with the claims of the runtime', () => {
  const event = mockEvent(TRIGGER);
  const token = mockApi(TRIGGER, { event }).redirect.encodeToken({
    secret: SECRET,
    payload: { userId: event.user.user_id },
  });
  expect(Object.keys(claimsOf(token))).toEqual(['iat', 'iss', 'sub', 'exp', 'ip', 'userId']);
});
