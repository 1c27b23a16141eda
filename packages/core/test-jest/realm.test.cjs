// Jest runs each test file in its own vm context: its TypeError and Date are not Node's. Errors and clocks the
// library hands back must belong to the test's realm, or `toThrow(TypeError)` and fake time silently fail.
const { createCache, installClock, mockApi, mockEvent, signSessionToken } = require('@auth0-actions-mock/core');

const TRIGGER = 'password-reset-post-challenge';
const START = Date.parse('2026-03-01T12:00:00.000Z');

function thrown(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('errors belong to the test realm', () => {
  test("a malformed URL in sendUserTo throws a TypeError of the test's realm", () => {
    const error = thrown(() => mockApi(TRIGGER).redirect.sendUserTo('not a url'));
    expect(error).toBeInstanceOf(TypeError);
    expect(error instanceof TypeError).toBe(true);
    expect(error.message).toMatch(/Invalid URL/);
    expect(() => mockApi(TRIGGER).redirect.sendUserTo('/relative')).toThrow(TypeError);
  });

  test("a malformed URL in setResultUrl throws a TypeError of the test's realm", () => {
    expect(() => mockApi(TRIGGER).transaction.setResultUrl('not a url')).toThrow(TypeError);
  });

  test("a non-string cache key throws a TypeError of the test's realm", () => {
    const error = thrown(() => createCache().set(42, 'v'));
    expect(error instanceof TypeError).toBe(true);
    expect(error.message).toMatch(/The "string" argument must be of type string/);
    expect(() => mockApi(TRIGGER).cache.set('k', { not: 'a string' })).toThrow(TypeError);
    expect(() => mockApi(TRIGGER).cache.get(42)).toThrow(TypeError);
  });

  test("argument errors are TypeErrors of the test's realm", () => {
    expect(() => mockEvent('user-deleted')).toThrow(TypeError);
    expect(() => mockApi(TRIGGER).authentication.challengeWith({ type: 'sms' })).toThrow(TypeError);
  });
});

describe('installClock fakes the test realm', () => {
  let clock;

  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });

  test("installClock sets the Date of the test's realm", () => {
    const RealmDate = Date;
    clock = installClock({ now: START });
    expect(Date.now()).toBe(START);
    expect(new Date().toISOString()).toBe('2026-03-01T12:00:00.000Z');
    clock.uninstall();
    clock = undefined;
    expect(Date).toBe(RealmDate);
    expect(Date.now()).toBeGreaterThan(START);
  });

  test('installClock drives cache expiry', () => {
    clock = installClock({ now: START });
    const api = mockApi(TRIGGER);
    api.cache.set('a', 'v', { ttl: 1000 });
    clock.tick(1000);
    expect(api.cache.get('a')).toEqual({ value: 'v', expires_at: START + 1000 });
    clock.tick(1);
    expect(api.cache.get('a')).toBeUndefined();
  });

  test('installClock drives token expiry, and awaited signing still settles', async () => {
    clock = installClock({ now: START });
    const event = mockEvent(TRIGGER);
    const token = await signSessionToken({
      secret: 's',
      state: 'abc',
      subject: event.user.user_id,
      expiresInSeconds: 60,
    });
    event.request.query = { state: 'abc', session_token: token };
    const api = mockApi(TRIGGER, { event });
    clock.tick(59_999);
    expect(api.redirect.validateToken({ secret: 's' })).toMatchObject({ exp: START / 1000 + 60 });
    clock.tick(1);
    expect(() => api.redirect.validateToken({ secret: 's' })).toThrow(
      'The session token is invalid: Token has expired.',
    );
  });

  test("Jest's own modern fake timers drive the mock too", () => {
    jest.useFakeTimers({ now: START });
    try {
      const cache = createCache();
      cache.set('a', 'v', { ttl: 500 });
      jest.advanceTimersByTime(501);
      expect(cache.get('a')).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });
});
