import { afterEach, describe, expect, it } from 'vitest';
import { createCache, installClock, mockApi, mockEvent, recorded, signSessionToken, type Clock } from '../src/index.js';

const TRIGGER = 'password-reset-post-challenge';
const START = Date.parse('2026-03-01T12:00:00.000Z');
const SECRET = 'redirect-secret';

const RealDate = Date;
let clock: Clock | undefined;

afterEach(() => {
  clock?.uninstall();
  clock = undefined;
});

describe('installClock', () => {
  it('sets Date.now() and new Date() to the given time', () => {
    clock = installClock({ now: START });
    expect(Date.now()).toBe(START);
    expect(new Date().toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('moves time with tick and setSystemTime', () => {
    clock = installClock({ now: START });
    clock.tick(1500);
    expect(Date.now()).toBe(START + 1500);
    clock.setSystemTime(START + 60_000);
    expect(Date.now()).toBe(START + 60_000);
  });

  it('fakes timers too, so a timeout fires only when ticked', () => {
    clock = installClock({ now: START });
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 1000);
    clock.tick(999);
    expect(fired).toBe(false);
    clock.tick(1);
    expect(fired).toBe(true);
  });

  it('restores the real Date on uninstall', () => {
    clock = installClock({ now: 0 });
    expect(Date).not.toBe(RealDate);
    clock.uninstall();
    clock = undefined;
    expect(Date).toBe(RealDate);
    expect(Date.now()).toBeGreaterThan(START);
  });

  it('leaves process.nextTick and queueMicrotask real by default, so awaited work still settles', async () => {
    clock = installClock({ now: START });
    await new Promise((resolve) => process.nextTick(resolve));
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(await signSessionToken({ secret: SECRET, state: 'abc', subject: 'auth0|1' })).toMatch(/^eyJ/);
  });

  it('fakes process.nextTick when toFake asks for it', () => {
    const realNextTick = process.nextTick;
    clock = installClock({ now: START, toFake: ['nextTick'] });
    expect(process.nextTick).not.toBe(realNextTick);
    clock.uninstall();
    clock = undefined;
    expect(process.nextTick).toBe(realNextTick);
  });

  it('passes toNotFake through as given', () => {
    clock = installClock({ now: START, toNotFake: ['setTimeout'] });
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 0);
    clock.tick(10);
    expect(fired).toBe(false);
    expect(Date.now()).toBe(START + 10);
  });

  it('takes the toFake option of @sinonjs/fake-timers', () => {
    clock = installClock({ now: START, toFake: ['Date'] });
    expect(Date.now()).toBe(START);
    expect(clock.setTimeout).not.toBe(globalThis.setTimeout);
  });

  it.each([
    [
      'a date string as now',
      { now: '2026-03-01' },
      /^installClock\(\): options\.now must be a number of ms since the epoch or a valid Date; received the string "2026-03-01"\.$/,
    ],
    ['NaN as now', { now: Number.NaN }, /^installClock\(\): options\.now must be/],
    ['an invalid Date as now', { now: new Date('nope') }, /^installClock\(\): options\.now must be/],
    [
      'a misspelt timer in toFake',
      { toFake: ['Date', 'setTimeoutt'] },
      /^installClock\(\): options\.toFake\[1\] must be one of the timers this realm has \(setTimeout, .*\); received the string "setTimeoutt"\.$/,
    ],
    [
      'a misspelt timer in toNotFake',
      { toNotFake: ['nexttick'] },
      /^installClock\(\): options\.toNotFake\[0\] must be one of the timers/,
    ],
    ['a string as toFake', { toFake: 'Date' }, /^installClock\(\): options\.toFake must be an array of timer names/],
  ])('rejects %s naming installClock(), and leaves Date real', (_name, options, message) => {
    expect(() => {
      clock = installClock(options as never);
    }).toThrow(message);
    expect(Date).toBe(RealDate);
    expect(Date.now()).toBeGreaterThan(START);
  });

  it('accepts a Date as now', () => {
    clock = installClock({ now: new Date(START) });
    expect(Date.now()).toBe(START);
  });

  it('lets ignoreMissingTimers name timers this realm lacks, as fake-timers does', () => {
    clock = installClock({ now: START, toFake: ['Date', 'requestAnimationFrame'], ignoreMissingTimers: true });
    expect(Date.now()).toBe(START);
  });

  it('rejects options that are not an object, naming installClock()', () => {
    expect(() => installClock(5 as never)).toThrow(
      new TypeError(
        "installClock(): options must be an object of @sinonjs/fake-timers' install options; received the number 5.",
      ),
    );
    expect(Date).toBe(RealDate);
  });
});

describe('installClock drives the mock', () => {
  it('expires cache entries: present at expires_at, gone a millisecond later', () => {
    clock = installClock({ now: START });
    const cache = createCache();
    expect(cache.set('a', 'v', { ttl: 1000 })).toEqual({
      type: 'success',
      record: { value: 'v', expires_at: START + 1000 },
    });
    clock.tick(1000);
    expect(cache.get('a')).toEqual({ value: 'v', expires_at: START + 1000 });
    clock.tick(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('expires default-lifetime entries after 15 minutes', () => {
    clock = installClock({ now: START });
    const api = mockApi(TRIGGER);
    api.cache.set('a', 'v');
    clock.tick(15 * 60 * 1000 + 1);
    expect(api.cache.get('a')).toBeUndefined();
  });

  it('sets iat and exp of encodeToken', () => {
    clock = installClock({ now: START });
    const token = mockApi(TRIGGER).redirect.encodeToken({ secret: SECRET, payload: {} });
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.iat).toBe(START / 1000);
    expect(claims.exp).toBe(START / 1000 + 900);
  });

  it('expires session tokens in validateToken', async () => {
    clock = installClock({ now: START });
    const user = mockEvent(TRIGGER).user.user_id;
    const token = await signSessionToken({ secret: SECRET, state: 'abc', subject: user, expiresInSeconds: 60 });
    const event = mockEvent(TRIGGER, { request: { query: { state: 'abc', session_token: token } } });
    const api = mockApi(TRIGGER, { event });
    clock.tick(59_999);
    expect(api.redirect.validateToken({ secret: SECRET })).toMatchObject({ sub: user });
    clock.tick(1);
    expect(() => api.redirect.validateToken({ secret: SECRET })).toThrow(
      'The session token is invalid: Token has expired.',
    );
  });

  it('stamps recorded calls with the fake time', () => {
    clock = installClock({ now: START });
    const api = mockApi(TRIGGER);
    api.access.deny('first');
    clock.tick(250);
    api.access.deny('second');
    expect(recorded(api).calls.map((call) => call.at)).toEqual([START, START + 250]);
  });

  it('keeps mockEvent consistent with a clock at 0', () => {
    clock = installClock({ now: 0 });
    const event = mockEvent(TRIGGER);
    expect(Date.parse(event.user.updated_at)).toBeLessThanOrEqual(0);
    expect(Date.parse(event.user.created_at)).toBeLessThanOrEqual(Date.parse(event.user.updated_at));
  });
});
