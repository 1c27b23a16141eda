import { describe, expect, it, vi } from 'vitest';
import { createCache, mockApi, mockEvent, recorded, type PostChallengeApi } from '../src/index.js';
import { NOW, useFixedDate } from './support/fixed-date.js';

const TRIGGER = 'password-reset-post-challenge';

const METHODS = {
  access: ['deny'],
  authentication: ['challengeWith', 'challengeWithAny'],
  cache: ['get', 'set', 'delete'],
  prompt: ['render'],
  redirect: ['encodeToken', 'sendUserTo', 'validateToken'],
  transaction: ['setResultUrl'],
} as const;

const ALL_METHODS = Object.entries(METHODS).flatMap(([namespace, names]) =>
  names.map((name) => [namespace as keyof PostChallengeApi, name] as const),
);

useFixedDate();

describe('the shape of the post-challenge api', () => {
  it('has exactly the namespaces and methods of reference A.3', () => {
    const api = mockApi(TRIGGER);
    expect(Object.keys(api).sort()).toEqual(Object.keys(METHODS).sort());
    for (const [namespace, names] of Object.entries(METHODS)) {
      expect(Object.keys(api[namespace as keyof typeof api]).sort()).toEqual([...names].sort());
    }
  });

  it.each(ALL_METHODS)('makes %s.%s an own, writable, configurable function property', (namespace, name) => {
    const api = mockApi(TRIGGER);
    const descriptor = Object.getOwnPropertyDescriptor(api[namespace], name);
    expect(descriptor).toMatchObject({ writable: true, configurable: true, enumerable: true });
    expect(typeof descriptor?.value).toBe('function');
    expect(descriptor?.value.name).toBe(name);
  });

  it('accepts the trigger id with its version', () => {
    expect(Object.keys(mockApi('password-reset-post-challenge/v1'))).toEqual(Object.keys(mockApi(TRIGGER)));
  });
});

describe('return values', () => {
  it('returns undefined from every method the runtime types as void', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('Too risky')).toBeUndefined();
    expect(api.authentication.challengeWith({ type: 'otp' })).toBeUndefined();
    expect(api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }])).toBeUndefined();
    expect(api.redirect.sendUserTo('https://verify.example.com/identity')).toBeUndefined();
    expect(api.transaction.setResultUrl('https://app.example.com/done')).toBeUndefined();
    expect(mockApi(TRIGGER).prompt.render('consent-form')).toBeUndefined();
  });

  it('returns a token from encodeToken and records from the cache', () => {
    const api = mockApi(TRIGGER);
    expect(api.redirect.encodeToken({ secret: 's', payload: {} })).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(api.cache.set('a', 'v')).toMatchObject({ type: 'success' });
    expect(api.cache.get('a')).toMatchObject({ value: 'v' });
    expect(api.cache.delete('a')).toEqual({ type: 'success' });
  });
});

describe('spies and replacements', () => {
  it('lets vi.spyOn observe a method that still runs and records', () => {
    const api = mockApi(TRIGGER);
    const deny = vi.spyOn(api.access, 'deny');
    api.access.deny('Too risky');
    expect(deny).toHaveBeenCalledWith('Too risky');
    expect(recorded(api).calls.map((call) => call.method)).toEqual(['access.deny']);
  });

  it('lets vi.spyOn stub encodeToken as the official examples do', () => {
    const api = mockApi(TRIGGER);
    vi.spyOn(api.redirect, 'encodeToken').mockReturnValue('signed.jwt.token');
    expect(api.redirect.encodeToken({ secret: 'test-secret', payload: { userId: 'u1' } })).toBe('signed.jwt.token');
    expect(api.redirect.encodeToken).toHaveBeenCalledWith({ secret: 'test-secret', payload: { userId: 'u1' } });
    // The stub replaced the method, so the real one never ran.
    expect(recorded(api).calls).toEqual([]);
  });

  it('lets vi.spyOn make validateToken throw', () => {
    const api = mockApi(TRIGGER);
    vi.spyOn(api.redirect, 'validateToken').mockImplementation(() => {
      throw new Error('invalid signature');
    });
    expect(() => api.redirect.validateToken({ secret: 'test-secret' })).toThrow('invalid signature');
  });

  it('restores the original method when the spy is restored', () => {
    const api = mockApi(TRIGGER);
    const original = api.access.deny;
    const spy = vi.spyOn(api.access, 'deny').mockImplementation(() => undefined);
    spy.mockRestore();
    expect(api.access.deny).toBe(original);
  });

  it('lets a test assign its own function', () => {
    const api = mockApi(TRIGGER);
    api.redirect.validateToken = () => ({ userId: 'someone-else' });
    expect(api.redirect.validateToken({ secret: 's' })).toEqual({ userId: 'someone-else' });
  });

  it('lets a test delete and redefine a method', () => {
    const api = mockApi(TRIGGER);
    expect(delete (api.access as Partial<typeof api.access>).deny).toBe(true);
    Object.defineProperty(api.access, 'deny', { value: () => 'replaced', configurable: true, writable: true });
    expect((api.access.deny as unknown as () => string)()).toBe('replaced');
  });

  it('works on methods taken off their namespace', () => {
    const api = mockApi(TRIGGER);
    const { deny } = api.access;
    const { set } = api.cache;
    deny('detached');
    expect(set('k', 'v')).toMatchObject({ type: 'success' });
    expect(recorded(api).calls.map((call) => call.method)).toEqual(['access.deny', 'cache.set']);
  });

  it('keeps the methods of two apis apart', () => {
    const first = mockApi(TRIGGER);
    const second = mockApi(TRIGGER);
    expect(first.access.deny).not.toBe(second.access.deny);
    vi.spyOn(first.access, 'deny');
    second.access.deny('x');
    expect(first.access.deny).not.toHaveBeenCalled();
  });
});

describe('recorded(api)', () => {
  it('records every call in order, across namespaces, with Date.now() at the call', () => {
    const api = mockApi(TRIGGER, { cache: createCache() });
    api.cache.set('attempts', '1');
    vi.setSystemTime(NOW + 10);
    api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });
    vi.setSystemTime(NOW + 20);
    api.access.deny('Too many attempts');
    vi.setSystemTime(NOW + 30);
    api.transaction.setResultUrl('https://app.example.com/done', { query: { reason: 'denied' } });

    expect(recorded(api).calls).toEqual([
      {
        method: 'cache.set',
        args: ['attempts', '1'],
        at: NOW,
        result: { type: 'success', record: { value: '1', expires_at: NOW + 900_000 } },
      },
      {
        method: 'authentication.challengeWith',
        args: [{ type: 'otp' }, { additionalFactors: [{ type: 'email' }] }],
        at: NOW + 10,
      },
      { method: 'access.deny', args: ['Too many attempts'], at: NOW + 20 },
      {
        method: 'transaction.setResultUrl',
        args: ['https://app.example.com/done', { query: { reason: 'denied' } }],
        at: NOW + 30,
      },
    ]);
  });

  it('records the arguments exactly as passed, without filling in absent ones', () => {
    const api = mockApi(TRIGGER);
    api.redirect.sendUserTo('https://verify.example.com/identity');
    expect(recorded(api).calls[0]?.args).toEqual(['https://verify.example.com/identity']);
  });

  it('has no result key on calls whose method returns undefined', () => {
    const api = mockApi(TRIGGER);
    api.access.deny('x');
    expect(recorded(api).calls[0]).not.toHaveProperty('result');
  });

  it('starts empty and keeps one log per api', () => {
    const first = mockApi(TRIGGER);
    const second = mockApi(TRIGGER);
    expect(recorded(first).calls).toEqual([]);
    first.access.deny('x');
    expect(recorded(second).calls).toEqual([]);
  });

  it('throws a TypeError naming recorded() for anything that is not an api', () => {
    expect(() => recorded({})).toThrow(
      new TypeError(
        'recorded(): target must be an api from mockApi() or a Simulation from simulate(); received an object.',
      ),
    );
    expect(() => recorded(undefined)).toThrow(TypeError);
    expect(() => recorded(mockEvent(TRIGGER))).toThrow(/^recorded\(\): target must be an api/);
  });
});

describe('a rejected call is logged with its error and counts for nothing', () => {
  it.each([
    ['access.deny with no reason', (api: PostChallengeApi) => api.access.deny(undefined as never)],
    [
      'challengeWith an unknown factor',
      (api: PostChallengeApi) => api.authentication.challengeWith({ type: 'sms' } as never),
    ],
    ['challengeWithAny an empty list', (api: PostChallengeApi) => api.authentication.challengeWithAny([])],
    ['prompt.render without an id', (api: PostChallengeApi) => api.prompt.render(undefined as never)],
    ['sendUserTo a malformed url', (api: PostChallengeApi) => api.redirect.sendUserTo('not a url')],
    ['setResultUrl a relative url', (api: PostChallengeApi) => api.transaction.setResultUrl('/done')],
    ['encodeToken without a secret', (api: PostChallengeApi) => api.redirect.encodeToken({ payload: {} } as never)],
    ['validateToken without a token', (api: PostChallengeApi) => api.redirect.validateToken({ secret: 's' })],
    ['cache.set with a number key', (api: PostChallengeApi) => api.cache.set(1 as never, 'v')],
  ])('%s', (_name, call) => {
    const api = mockApi(TRIGGER);
    api.access.deny('before');
    let thrown: unknown;
    try {
      call(api);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const calls = recorded(api).calls;
    expect(calls).toHaveLength(2);
    expect(calls[1]?.error).toBe(thrown);
    expect(
      calls.filter((recordedCall) => !('error' in recordedCall)).map((recordedCall) => recordedCall.method),
    ).toEqual(['access.deny']);
  });
});

describe('api.access.deny', () => {
  it('records the reason as given', () => {
    const api = mockApi(TRIGGER);
    api.access.deny('Password reset blocked: unusual location.');
    expect(recorded(api).calls).toEqual([
      { method: 'access.deny', args: ['Password reset blocked: unusual location.'], at: NOW },
    ]);
  });

  it('records every deny, in order', () => {
    const api = mockApi(TRIGGER);
    api.access.deny('first');
    api.access.deny('second');
    expect(recorded(api).calls.map((call) => call.args)).toEqual([['first'], ['second']]);
  });

  it('accepts an empty reason', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('')).toBeUndefined();
  });

  it.each([
    ['undefined', undefined, 'undefined'],
    ['a number', 403, 'the number 403'],
    ['an Error', new Error('x'), 'an instance of Error'],
    ['an object', { reason: 'x' }, 'an object'],
  ])('rejects %s with a TypeError naming api.access.deny() and reason', (_name, reason, received) => {
    expect(() => mockApi(TRIGGER).access.deny(reason as never)).toThrow(
      new TypeError(`api.access.deny(): reason must be a string; received ${received}.`),
    );
  });
});

describe('secrets in api errors', () => {
  it('prints a value of event.secrets as [secret] in the message and the stack', () => {
    const secret = 'sk_test_0123456789abcdef';
    const api = mockApi(TRIGGER, { event: mockEvent(TRIGGER, { secrets: { API_KEY: secret } }) });
    let thrown: Error | undefined;
    try {
      api.authentication.challengeWith({ type: secret } as never);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown?.message).toMatch(
      /^api\.authentication\.challengeWith\(\): factor\.type the string "\[secret\]" is not a factor type/,
    );
    expect(thrown?.stack).not.toContain(secret);
  });

  it('still names values that are not secrets', () => {
    const api = mockApi(TRIGGER, { event: mockEvent(TRIGGER, { secrets: { API_KEY: 'sk_test_0123456789abcdef' } }) });
    expect(() => api.authentication.challengeWith({ type: 'sms' } as never)).toThrow(/factor\.type the string "sms"/);
  });
});
