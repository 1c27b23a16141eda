import { jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, mockEvent, recorded } from '../src/index.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'redirect-secret';
// Half a second past a whole second, so `iat` visibly floors.
const NOW = Date.parse('2026-03-01T12:00:00.500Z');
const NOW_SECONDS = Math.floor(NOW / 1000);

function segments(token: string): { headerJson: string; claimsJson: string; signature: string } {
  const [header, claims, signature] = token.split('.');
  return {
    headerJson: Buffer.from(header as string, 'base64url').toString('utf-8'),
    claimsJson: Buffer.from(claims as string, 'base64url').toString('utf-8'),
    signature: signature as string,
  };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(segments(token).claimsJson) as Record<string, unknown>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('api.redirect.encodeToken', () => {
  it('returns a compact JWS string synchronously', () => {
    const token = mockApi(TRIGGER).redirect.encodeToken({ secret: SECRET, payload: {} });
    expect(typeof token).toBe('string');
    expect(token.split('.')).toHaveLength(3);
  });

  it('uses the header {"alg":"HS256","typ":"JWT"}, in that order', () => {
    const token = mockApi(TRIGGER).redirect.encodeToken({ secret: SECRET, payload: {} });
    expect(segments(token).headerJson).toBe('{"alg":"HS256","typ":"JWT"}');
  });

  it('carries exactly iat, iss, sub, exp, ip and then the payload, in that key order', () => {
    const event = mockEvent(TRIGGER);
    const token = mockApi(TRIGGER, { event }).redirect.encodeToken({
      secret: SECRET,
      payload: { userId: event.user.user_id, step: 2 },
    });
    const claims = claimsOf(token);
    expect(Object.keys(claims)).toEqual(['iat', 'iss', 'sub', 'exp', 'ip', 'userId', 'step']);
    expect(claims).toEqual({
      iat: NOW_SECONDS,
      iss: event.request.hostname,
      sub: event.user.user_id,
      exp: NOW_SECONDS + 900,
      ip: event.request.ip,
      userId: event.user.user_id,
      step: 2,
    });
  });

  it('adds no state, aud, jti or nbf claim', () => {
    const claims = claimsOf(mockApi(TRIGGER).redirect.encodeToken({ secret: SECRET, payload: {} }));
    for (const absent of ['state', 'aud', 'jti', 'nbf']) expect(claims).not.toHaveProperty(absent);
  });

  it('defaults the lifetime to 900 seconds and takes expiresInSeconds', () => {
    const api = mockApi(TRIGGER);
    expect(claimsOf(api.redirect.encodeToken({ secret: SECRET, payload: {} })).exp).toBe(NOW_SECONDS + 900);
    expect(claimsOf(api.redirect.encodeToken({ secret: SECRET, payload: {}, expiresInSeconds: 60 })).exp).toBe(
      NOW_SECONDS + 60,
    );
  });

  it('lets payload keys override the standard claims, keeping the standard key order', () => {
    const token = mockApi(TRIGGER).redirect.encodeToken({
      secret: SECRET,
      payload: { sub: 'someone-else', iss: 'custom', extra: true },
    });
    const claims = claimsOf(token);
    expect(Object.keys(claims)).toEqual(['iat', 'iss', 'sub', 'exp', 'ip', 'extra']);
    expect(claims).toMatchObject({ sub: 'someone-else', iss: 'custom', extra: true });
  });

  it('reads the event it was given: its user, hostname and ip', () => {
    const event = mockEvent(TRIGGER, {
      user: { user_id: 'auth0|abc' },
      request: { hostname: 'login.example.com', ip: '198.51.100.7' },
    });
    const claims = claimsOf(mockApi(TRIGGER, { event }).redirect.encodeToken({ secret: SECRET, payload: {} }));
    expect(claims).toMatchObject({ sub: 'auth0|abc', iss: 'login.example.com', ip: '198.51.100.7' });
  });

  it('reads the event at call time, so changes a test makes to it show', () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    event.user.user_id = 'auth0|changed';
    expect(claimsOf(api.redirect.encodeToken({ secret: SECRET, payload: {} })).sub).toBe('auth0|changed');
  });

  it('produces a token jose.jwtVerify accepts with the same secret', async () => {
    vi.useRealTimers();
    const event = mockEvent(TRIGGER);
    const token = mockApi(TRIGGER, { event }).redirect.encodeToken({ secret: SECRET, payload: { userId: 'u1' } });
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
      algorithms: ['HS256'],
      issuer: event.request.hostname as string,
      subject: event.user.user_id,
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual(claimsOf(token));
  });

  it('produces a token jose.jwtVerify rejects with another secret', async () => {
    vi.useRealTimers();
    const token = mockApi(TRIGGER).redirect.encodeToken({ secret: SECRET, payload: {} });
    await expect(jwtVerify(token, new TextEncoder().encode('another-secret'))).rejects.toThrow(
      'signature verification failed',
    );
  });

  it('signs the same claims to the same token (HS256 is deterministic)', () => {
    const api = mockApi(TRIGGER);
    expect(api.redirect.encodeToken({ secret: SECRET, payload: { a: 1 } })).toBe(
      api.redirect.encodeToken({ secret: SECRET, payload: { a: 1 } }),
    );
    expect(api.redirect.encodeToken({ secret: SECRET, payload: { a: 1 } })).not.toBe(
      api.redirect.encodeToken({ secret: 'other', payload: { a: 1 } }),
    );
  });

  it('records the call with its options and the token it returned', () => {
    const api = mockApi(TRIGGER);
    const options = { secret: SECRET, payload: { userId: 'u1' } };
    const token = api.redirect.encodeToken(options);
    expect(recorded(api).calls).toEqual([{ method: 'redirect.encodeToken', args: [options], at: NOW, result: token }]);
  });

  it.each([
    [
      'no options',
      undefined,
      /^api\.redirect\.encodeToken\(\): options must be an object with secret and payload; received undefined\.$/,
    ],
    [
      'a missing secret',
      { payload: {} },
      /^api\.redirect\.encodeToken\(\): options\.secret must be a non-empty string \(usually from event\.secrets\); received undefined\.$/,
    ],
    [
      'an empty secret (an unset event.secrets entry)',
      { secret: '', payload: {} },
      /options\.secret must be a non-empty string/,
    ],
    [
      'a missing payload',
      { secret: SECRET },
      /^api\.redirect\.encodeToken\(\): options\.payload must be an object; received undefined\.$/,
    ],
    ['an array payload', { secret: SECRET, payload: [] }, /options\.payload must be an object; received an array/],
    [
      'a string lifetime',
      { secret: SECRET, payload: {}, expiresInSeconds: '60' },
      /options\.expiresInSeconds must be a finite number of seconds; received the string "60"/,
    ],
    [
      'a NaN lifetime',
      { secret: SECRET, payload: {}, expiresInSeconds: Number.NaN },
      /options\.expiresInSeconds must be a finite number of seconds/,
    ],
  ])('throws a TypeError for %s and records nothing', (_name, options, message) => {
    const api = mockApi(TRIGGER);
    expect(() => api.redirect.encodeToken(options as never)).toThrow(TypeError);
    expect(() => api.redirect.encodeToken(options as never)).toThrow(message);
    expect(acceptedCalls(api)).toEqual([]);
  });
});
