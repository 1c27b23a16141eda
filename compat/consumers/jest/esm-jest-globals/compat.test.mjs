import { createHmac } from 'node:crypto';
import { afterEach, expect, jest, test } from '@jest/globals';
import { mockApi, mockEvent, recorded, signSessionToken, simulate } from '@auth0-actions-mock/jest/jest-globals';
import * as action from './action.mjs';

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'compat-verify-secret';
const risky = { user: { app_metadata: { risk: 'high' } } };

/** An HS256 check that shares no code with the library: the token must be a real JWT. */
function verifyHs256(token, secret) {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return { valid: signature === expected, claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) };
}

afterEach(() => {
  jest.useRealTimers();
});

test('mockApi: the matchers read what the Action did', async () => {
  const event = mockEvent(TRIGGER, { ...risky, secrets: { VERIFY_SECRET: SECRET } });
  const api = mockApi(TRIGGER, { event });
  await action.onExecutePostChallenge(event, api);

  expect(api).toRedirectTo('https://verify.example.com/start', { query: { session_token: expect.any(String) } });
  expect(api).not.toHaveDenied();
  const calls = recorded(api).calls;
  expect(calls.map((call) => call.method)).toEqual(['redirect.encodeToken', 'redirect.sendUserTo']);
  const { valid, claims } = verifyHs256(calls[1].args[1].query.session_token, SECRET);
  expect(valid).toBe(true);
  expect(claims).toMatchObject({ sub: event.user.user_id, email: event.user.email });
});

test('simulate: redirect, a token from the external site, continue', async () => {
  const first = await simulate(action, { trigger: TRIGGER, event: risky, secrets: { VERIFY_SECRET: SECRET } });
  expect(first.status).toBe('redirected');
  expect(first).toRedirectTo('https://verify.example.com/start', { query: { session_token: expect.any(String) } });
  expect(new URL(first.redirect.url).searchParams.get('state')).toBe(first.redirect.state);

  const done = await first.continue({ token: { secret: SECRET, payload: { verified: true } } });
  expect(done.status).toBe('completed');
  expect(done).not.toHaveDenied();
});

test('fake timers: a token signed 16 minutes earlier has expired', async () => {
  jest.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z') });
  const first = await simulate(action, { trigger: TRIGGER, event: risky, secrets: { VERIFY_SECRET: SECRET } });
  const token = await signSessionToken({ secret: SECRET, state: first.redirect.state, subject: first.event.user.user_id, payload: { verified: true } });
  jest.advanceTimersByTime(16 * 60 * 1000);

  const back = await first.continue({ query: { session_token: token } });
  expect(back.status).toBe('denied');
  expect(back).toHaveDenied(expect.stringContaining('expired'));
});

test('fake timers: a cache entry expires after its ttl', async () => {
  jest.useFakeTimers();
  const event = mockEvent(TRIGGER);
  const api = mockApi(TRIGGER, { event });
  await action.onExecutePostChallenge(event, api);
  expect(api).toHaveCached('last-reset', event.user.user_id);

  jest.advanceTimersByTime(60_001);
  expect(api).not.toHaveCached('last-reset');
});

test('errors belong to the test realm', () => {
  expect('expect' in globalThis).toBe(false);
  const api = mockApi(TRIGGER);
  expect(() => api.redirect.sendUserTo('not a url')).toThrow(TypeError);
  expect(() => mockApi('no-such-trigger')).toThrow(TypeError);
});

test('compat sentinel: fails with the matcher message', () => {
  const api = mockApi(TRIGGER);
  api.access.deny('Too risky');
  expect(api).toHaveDenied('Compat sentinel reason');
});
