import { describe, expect, it } from 'vitest';
import { createCache, mockApi, recorded, simulate, type CacheWriteErrorCode } from '../src/index.js';
import { matchers } from '../src/matchers.js';
import { useFixedDate } from './support/fixed-date.js';

const TRIGGER = 'password-reset-post-challenge';

expect.extend(matchers);
useFixedDate();

const ALL_CODES: CacheWriteErrorCode[] = [
  'MaxSideEffectsExceeded',
  'CacheKeySizeExceeded',
  'CacheValueSizeExceeded',
  'CacheSizeExceeded',
  'ItemAlreadyExpired',
  'InvalidExpiry',
  'FailedToSetCacheRecord',
  'FailedToDeleteCacheRecord',
  'CacheKeyDoesNotExist',
];

describe('cache.failNext(): the runtime store failing on demand', () => {
  it('makes the next set answer FailedToSetCacheRecord by default, store nothing, then work again', () => {
    const cache = createCache();
    cache.failNext('set');
    expect(cache.set('risk', 'low')).toEqual({ type: 'error', code: 'FailedToSetCacheRecord' });
    expect(cache.entries()).toEqual([]);
    expect(cache.set('risk', 'low')).toMatchObject({ type: 'success' });
  });

  it('makes the next delete answer FailedToDeleteCacheRecord by default and keep the entry', () => {
    const cache = createCache();
    cache.set('risk', 'low');
    cache.failNext('delete');
    expect(cache.delete('risk')).toEqual({ type: 'error', code: 'FailedToDeleteCacheRecord' });
    expect(cache.get('risk')?.value).toBe('low');
    expect(cache.delete('risk')).toEqual({ type: 'success' });
  });

  it('makes the next get miss (get has no error result), leaving the entry for the get after', () => {
    const cache = createCache();
    cache.set('risk', 'low');
    cache.failNext('get');
    expect(cache.get('risk')).toBeUndefined();
    expect(cache.get('risk')?.value).toBe('low');
  });

  it.each(ALL_CODES)('can produce %s on set and on delete', (code) => {
    const cache = createCache();
    cache.failNext('set', code);
    cache.failNext('delete', code);
    expect(cache.set('k', 'v')).toEqual({ type: 'error', code });
    expect(cache.delete('k')).toEqual({ type: 'error', code });
  });

  it('queues one failure per call, first in first out', () => {
    const cache = createCache();
    cache.failNext('set', 'MaxSideEffectsExceeded');
    cache.failNext('set');
    expect(cache.set('a', '1')).toEqual({ type: 'error', code: 'MaxSideEffectsExceeded' });
    expect(cache.set('a', '1')).toEqual({ type: 'error', code: 'FailedToSetCacheRecord' });
    expect(cache.set('a', '1')).toMatchObject({ type: 'success' });
  });

  it('still throws for a wrong argument, before the store is reached', () => {
    const cache = createCache();
    cache.failNext('set');
    expect(() => cache.set('a', 5 as never)).toThrow(TypeError);
    expect(cache.set('a', '1')).toMatchObject({ type: 'success' });
  });

  it('reaches the api, which records the failure, and toHaveCached shows the rejected write', () => {
    const cache = createCache();
    const api = mockApi(TRIGGER, { cache });
    cache.failNext('set', 'MaxSideEffectsExceeded');
    expect(api.cache.set('risk', 'low')).toEqual({ type: 'error', code: 'MaxSideEffectsExceeded' });
    expect(recorded(api).calls).toEqual([
      expect.objectContaining({ method: 'cache.set', result: { type: 'error', code: 'MaxSideEffectsExceeded' } }),
    ]);
    expect(() => expect(api).toHaveCached('risk')).toThrow(/returned error .*MaxSideEffectsExceeded/);
  });

  it("lets a test prove an Action's fallback when the cache write fails in a flow", async () => {
    const cache = createCache();
    cache.failNext('set');
    const action = {
      onExecutePostChallenge: async (_event: unknown, api: any) => {
        const result = api.cache.set('risk', 'low');
        if (result.type === 'error') api.access.deny(`cache unavailable: ${result.code}`);
      },
    };
    const sim = await simulate(action, { trigger: TRIGGER, cache });
    expect(sim).toHaveDenied('cache unavailable: FailedToSetCacheRecord');
  });

  it.each([
    [
      'an unknown operation',
      () => createCache().failNext('put' as never),
      "cache.failNext(): operation must be 'get', 'set' or 'delete'; received the string \"put\".",
    ],
    [
      'an unknown code',
      () => createCache().failNext('set', 'Boom' as never),
      /^cache\.failNext\(\): code must be one of the runtime's codes \(MaxSideEffectsExceeded, .*\); received the string "Boom"\.$/,
    ],
    [
      'a code for get',
      () => (createCache().failNext as (...args: unknown[]) => void)('get', 'FailedToSetCacheRecord'),
      /^cache\.failNext\(\): code must be left out for 'get'/,
    ],
  ])('refuses %s', (_label, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
