import { describe, expect, it } from 'vitest';
import { createCache, mockApi, recorded } from '../src/index.js';
import { NOW, useFixedDate } from './support/fixed-date.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';

useFixedDate();

describe('cache arguments that are not strings', () => {
  it("throws a TypeError for a number key that names the method, the argument and what was expected, then quotes the runtime's Buffer error", () => {
    const cache = createCache();
    expect(() => cache.set(42 as never, 'v')).toThrow(TypeError);
    expect(() => cache.set(42 as never, 'v')).toThrow(
      /^cache\.set\(\): key must be a string; received the number 42\. In Auth0, Buffer\.byteLength throws: The "string" argument must be of type string/,
    );
    expect(() => cache.set(42 as never, 'v')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('names api.cache.set() and the value for a number value', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.cache.set('k', 5 as never)).toThrow(
      /^api\.cache\.set\(\): value must be a string; received the number 5\. In Auth0, Buffer\.byteLength throws: /,
    );
  });

  it("throws Buffer's own TypeError for an object or undefined value", () => {
    const cache = createCache();
    expect(() => cache.set('a', { v: 1 } as never)).toThrow(TypeError);
    expect(() => cache.set('a', undefined as never)).toThrow(TypeError);
    expect(cache.entries()).toEqual([]);
  });

  it('throws a TypeError naming cache.set() and the argument for a Buffer that Buffer.byteLength would measure', () => {
    const cache = createCache();
    expect(() => cache.set(Buffer.from('key') as never, 'v')).toThrow(
      new TypeError('cache.set(): key must be a string; received an instance of Buffer.'),
    );
    expect(() => cache.set('a', new Uint8Array(2) as never)).toThrow(
      /cache\.set\(\): value must be a string; received an instance of Uint8Array/,
    );
  });

  it('checks the key size before the type of the value, in the runtime order', () => {
    expect(createCache().set('k'.repeat(65), 5 as never)).toEqual({ type: 'error', code: 'CacheKeySizeExceeded' });
  });

  it('throws a TypeError naming cache.get() or cache.delete() for a key that is not a string', () => {
    const cache = createCache();
    expect(() => cache.get(1 as never)).toThrow(
      new TypeError('cache.get(): key must be a string; received the number 1.'),
    );
    expect(() => cache.delete(undefined as never)).toThrow(
      new TypeError('cache.delete(): key must be a string; received undefined.'),
    );
  });

  it('throws a TypeError naming cache.set() for options that are not an object', () => {
    expect(() => createCache().set('a', 'v', 1000 as never)).toThrow(
      /cache\.set\(\): options must be an object like \{ ttl \} or \{ expires_at \}; received the number 1000/,
    );
  });

  it('names api.cache.get(), api.cache.set() and api.cache.delete() when the call came through an api', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.cache.get(1 as never)).toThrow(
      new TypeError('api.cache.get(): key must be a string; received the number 1.'),
    );
    expect(() => api.cache.delete(undefined as never)).toThrow(
      new TypeError('api.cache.delete(): key must be a string; received undefined.'),
    );
    expect(() => api.cache.set(Buffer.from('key') as never, 'v')).toThrow(
      new TypeError('api.cache.set(): key must be a string; received an instance of Buffer.'),
    );
    expect(() => api.cache.set('a', 'v', 1000 as never)).toThrow(
      /^api\.cache\.set\(\): options must be an object like \{ ttl \} or \{ expires_at \}; received the number 1000/,
    );
  });

  it('keeps its plumbing out of sight: a cache prints and enumerates as its data and methods only', () => {
    const cache = createCache();
    expect(Object.keys(cache)).toEqual(['limits', 'get', 'set', 'delete', 'entries', 'clear', 'evict', 'failNext']);
    expect(
      Object.getOwnPropertySymbols(cache).filter(
        (symbol) => Object.getOwnPropertyDescriptor(cache, symbol)?.enumerable,
      ),
    ).toHaveLength(1);
  });

  it('records nothing on the api when a cache call throws', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.cache.set(1 as never, 'v')).toThrow(TypeError);
    expect(() => api.cache.get(null as never)).toThrow(TypeError);
    expect(() => api.cache.delete({} as never)).toThrow(TypeError);
    expect(acceptedCalls(api)).toEqual([]);
  });
});

describe('api.cache recording', () => {
  it('records every cache call with its result, error results included', () => {
    const api = mockApi(TRIGGER);
    api.cache.set('a', 'v', { ttl: 1000 });
    api.cache.set('k'.repeat(65), 'v');
    api.cache.get('a');
    api.cache.get('missing');
    api.cache.delete('missing');
    expect(recorded(api).calls).toEqual([
      {
        method: 'cache.set',
        args: ['a', 'v', { ttl: 1000 }],
        at: NOW,
        result: { type: 'success', record: { value: 'v', expires_at: NOW + 1000 } },
      },
      {
        method: 'cache.set',
        args: ['k'.repeat(65), 'v'],
        at: NOW,
        result: { type: 'error', code: 'CacheKeySizeExceeded' },
      },
      { method: 'cache.get', args: ['a'], at: NOW, result: { value: 'v', expires_at: NOW + 1000 } },
      { method: 'cache.get', args: ['missing'], at: NOW },
      { method: 'cache.delete', args: ['missing'], at: NOW, result: { type: 'error', code: 'CacheKeyDoesNotExist' } },
    ]);
  });
});

describe('a cache shared between apis', () => {
  it('lets one api read what another wrote, as Actions on one trigger share a cache', () => {
    const cache = createCache();
    const first = mockApi(TRIGGER, { cache });
    const second = mockApi(TRIGGER, { cache });
    first.cache.set('risk', 'high', { ttl: 60_000 });
    expect(second.cache.get('risk')).toEqual({ value: 'high', expires_at: NOW + 60_000 });
    expect(second.cache.delete('risk')).toEqual({ type: 'success' });
    expect(first.cache.get('risk')).toBeUndefined();
    expect(cache.get('risk')).toBeUndefined();
  });

  it('keeps each api its own call log', () => {
    const cache = createCache();
    const first = mockApi(TRIGGER, { cache });
    const second = mockApi(TRIGGER, { cache });
    first.cache.set('a', 'v');
    second.cache.get('a');
    expect(recorded(first).calls.map((call) => call.method)).toEqual(['cache.set']);
    expect(recorded(second).calls.map((call) => call.method)).toEqual(['cache.get']);
  });

  it("applies the shared cache's limits to every api using it", () => {
    const cache = createCache({ limits: { maxEntries: 1 } });
    mockApi(TRIGGER, { cache }).cache.set('a', 'v');
    expect(mockApi(TRIGGER, { cache }).cache.set('b', 'v')).toEqual({ type: 'error', code: 'CacheSizeExceeded' });
  });

  it('gives apis without a shared cache separate caches', () => {
    const first = mockApi(TRIGGER);
    first.cache.set('a', 'v');
    expect(mockApi(TRIGGER).cache.get('a')).toBeUndefined();
  });

  it('rejects cache limits in mockApi when a cache is given: they belong to createCache()', () => {
    const cache = createCache();
    expect(() => mockApi(TRIGGER, { cache, limits: { maxKeyBytes: 8 } })).toThrow(TypeError);
    expect(() => mockApi(TRIGGER, { cache, limits: { maxKeyBytes: 8 } })).toThrow(
      /^mockApi\(\): options\.limits must be free of cache limits when options\.cache is given \(pass them to createCache\(\)\)/,
    );
  });

  it('accepts non-cache limits next to a shared cache', () => {
    const cache = createCache();
    const api = mockApi(TRIGGER, { cache, limits: { maxPromptIdLength: 4 } });
    expect(() => api.prompt.render('abcde')).toThrow('promptId must NOT have more than 4 characters');
  });

  it('rejects a cache that createCache() did not make', () => {
    const imitation = { get() {}, set() {}, delete() {} };
    expect(() => mockApi(TRIGGER, { cache: imitation as never })).toThrow(
      /^mockApi\(\): options\.cache must be a cache from createCache\(\); received an object\./,
    );
  });
});

describe('createCache options', () => {
  it('exposes the limits it enforces', () => {
    expect(createCache({ limits: { maxEntries: 3 } }).limits).toMatchObject({ maxEntries: 3, maxKeyBytes: 64 });
  });

  it.each([
    [
      'a misspelt limit',
      { maxKeyByte: 10 },
      /createCache\(\): options\.limits\.maxKeyByte must be a known cache limit/,
    ],
    [
      'a negative size',
      { maxKeyBytes: -1 },
      /createCache\(\): options\.limits\.maxKeyBytes must be a non-negative number; received the number -1/,
    ],
    ['a NaN size', { maxValueBytes: Number.NaN }, /options\.limits\.maxValueBytes must be a non-negative number/],
    [
      'a string size',
      { maxTotalBytes: '8192' },
      /options\.limits\.maxTotalBytes must be a non-negative number; received the string "8192"/,
    ],
    ['an unknown over-max mode', { overMaxTtl: 'truncate' }, /options\.limits\.overMaxTtl must be 'clamp' or 'error'/],
    [
      'an unknown error code',
      { entriesExceededCode: 'TooMany' },
      /options\.limits\.entriesExceededCode must be one of MaxSideEffectsExceeded/,
    ],
  ])('rejects %s with a TypeError naming the limit', (_name, limits, message) => {
    expect(() => createCache({ limits: limits as never })).toThrow(TypeError);
    expect(() => createCache({ limits: limits as never })).toThrow(message);
  });

  it('rejects options and limits that are not objects', () => {
    expect(() => createCache(5 as never)).toThrow(/^createCache\(\): options must be an object/);
    expect(() => createCache({ limits: [] as never })).toThrow(/^createCache\(\): options\.limits must be an object/);
  });

  it('rejects a misspelt limit in mockApi too', () => {
    expect(() => mockApi(TRIGGER, { limits: { maxKeyByte: 10 } as never })).toThrow(
      /^mockApi\(\): options\.limits\.maxKeyByte must be a known limit/,
    );
  });
});
