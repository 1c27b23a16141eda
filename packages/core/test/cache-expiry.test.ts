import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../src/index.js';
import { error, success } from './support/cache-results.js';
import { NOW, useFixedDate } from './support/fixed-date.js';

useFixedDate();

describe('cache.set: ttl and expires_at', () => {
  it('sets expires_at to now + ttl', () => {
    expect(createCache().set('a', 'v', { ttl: 5000 })).toEqual(success('v', NOW + 5000));
  });

  it('takes an absolute expires_at as given', () => {
    expect(createCache().set('a', 'v', { expires_at: NOW + 7000 })).toEqual(success('v', NOW + 7000));
  });

  it('uses the earlier expiry when both are given: ttl earlier', () => {
    expect(createCache().set('a', 'v', { ttl: 500, expires_at: NOW + 1000 })).toEqual(success('v', NOW + 500));
  });

  it('uses the earlier expiry when both are given: expires_at earlier', () => {
    expect(createCache().set('a', 'v', { ttl: 1000, expires_at: NOW + 500 })).toEqual(success('v', NOW + 500));
  });

  it('floors a fractional ttl', () => {
    expect(createCache().set('a', 'v', { ttl: 1500.9 })).toEqual(success('v', NOW + 1500));
  });

  it('floors a fractional expires_at', () => {
    expect(createCache().set('a', 'v', { expires_at: NOW + 1000.7 })).toEqual(success('v', NOW + 1000));
  });

  it('overwrites the value and the expiry of an existing key', () => {
    const cache = createCache();
    cache.set('a', 'old', { ttl: 1000 });
    expect(cache.set('a', 'new', { ttl: 2000 })).toEqual(success('new', NOW + 2000));
    expect(cache.get('a')).toEqual({ value: 'new', expires_at: NOW + 2000 });
  });

  it('treats an empty options object as no lifetime (15 minutes)', () => {
    expect(createCache().set('a', 'v', {})).toEqual(success('v', NOW + 15 * 60 * 1000));
  });
});

describe('cache.set: ItemAlreadyExpired', () => {
  it.each([
    ['ttl 0', { ttl: 0 }],
    ['a negative ttl', { ttl: -1 }],
    ['a ttl that floors to 0', { ttl: 0.9 }],
    ['expires_at equal to now', { expires_at: NOW }],
    ['expires_at in the past', { expires_at: NOW - 1 }],
    ['expires_at of 0', { expires_at: 0 }],
    ['a positive ttl with a past expires_at', { ttl: 60_000, expires_at: NOW - 1000 }],
    ['a negative ttl of unsafe size', { ttl: -(2 ** 60) }],
  ])('returns ItemAlreadyExpired for %s and stores nothing', (_name, options) => {
    const cache = createCache();
    expect(cache.set('a', 'v', options)).toEqual(error('ItemAlreadyExpired'));
    expect(cache.entries()).toEqual([]);
  });

  it('accepts a ttl of 1 ms, the shortest lifetime', () => {
    expect(createCache().set('a', 'v', { ttl: 1 })).toEqual(success('v', NOW + 1));
  });
});

describe('cache.set: InvalidExpiry', () => {
  it.each([
    ['a NaN ttl', { ttl: Number.NaN }],
    ['an infinite ttl', { ttl: Number.POSITIVE_INFINITY }],
    ['a negative infinite ttl', { ttl: Number.NEGATIVE_INFINITY }],
    ['a string ttl', { ttl: '1000' }],
    ['a null ttl', { ttl: null }],
    ['a NaN expires_at', { expires_at: Number.NaN }],
    ['an infinite expires_at', { expires_at: Number.POSITIVE_INFINITY }],
    ['a string expires_at', { expires_at: String(NOW + 1000) }],
    ['a Date expires_at', { expires_at: new Date(NOW + 1000) }],
    ['an expires_at beyond the safe integers', { expires_at: 2 ** 53 }],
    ['a ttl that takes expires_at beyond the safe integers', { ttl: Number.MAX_SAFE_INTEGER }],
    ['a valid expires_at with a NaN ttl', { ttl: Number.NaN, expires_at: NOW + 1000 }],
    ['a valid ttl with an infinite expires_at', { ttl: 1000, expires_at: Number.POSITIVE_INFINITY }],
  ])('returns InvalidExpiry for %s and stores nothing', (_name, options) => {
    const cache = createCache();
    expect(cache.set('a', 'v', options as never)).toEqual(error('InvalidExpiry'));
    expect(cache.entries()).toEqual([]);
  });

  it('checks the sizes before the expiry', () => {
    expect(createCache().set('k'.repeat(65), 'v', { ttl: Number.NaN })).toEqual(error('CacheKeySizeExceeded'));
    expect(createCache().set('a', 'v'.repeat(4097), { ttl: 0 })).toEqual(error('CacheValueSizeExceeded'));
  });

  it('accepts the largest safe expires_at and clamps it to 24 hours', () => {
    expect(createCache().set('a', 'v', { expires_at: Number.MAX_SAFE_INTEGER })).toEqual(
      success('v', NOW + 24 * 60 * 60 * 1000),
    );
  });
});

describe('cache.get', () => {
  it('returns the record { value, expires_at }, not the bare string', () => {
    const cache = createCache();
    cache.set('a', 'hello', { ttl: 1000 });
    expect(cache.get('a')).toEqual({ value: 'hello', expires_at: NOW + 1000 });
  });

  it('returns undefined for a key never set', () => {
    expect(createCache().get('missing')).toBeUndefined();
  });

  it('still returns the record at exactly expires_at (strict <)', () => {
    const cache = createCache();
    cache.set('a', 'v', { ttl: 1000 });
    vi.setSystemTime(NOW + 1000);
    expect(cache.get('a')).toEqual({ value: 'v', expires_at: NOW + 1000 });
  });

  it('returns undefined one millisecond after expires_at', () => {
    const cache = createCache();
    cache.set('a', 'v', { ttl: 1000 });
    vi.setSystemTime(NOW + 1001);
    expect(cache.get('a')).toBeUndefined();
  });

  it('expires a default-lifetime entry after 15 minutes', () => {
    const cache = createCache();
    cache.set('a', 'v');
    vi.setSystemTime(NOW + 15 * 60 * 1000);
    expect(cache.get('a')?.value).toBe('v');
    vi.setSystemTime(NOW + 15 * 60 * 1000 + 1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('follows vi.advanceTimersByTime as well as vi.setSystemTime', () => {
    vi.useFakeTimers({ now: NOW });
    const cache = createCache();
    cache.set('a', 'v', { ttl: 2000 });
    vi.advanceTimersByTime(2000);
    expect(cache.get('a')?.value).toBe('v');
    vi.advanceTimersByTime(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('returns a copy: changing it does not change the stored record', () => {
    const cache = createCache();
    cache.set('a', 'v', { ttl: 1000 });
    const record = cache.get('a') as { value: string };
    record.value = 'changed';
    expect(cache.get('a')?.value).toBe('v');
  });

  it('returns a copy of the record in a set result too', () => {
    const cache = createCache();
    const result = cache.set('a', 'v', { ttl: 1000 });
    if (result.type === 'success') result.record.value = 'changed';
    expect(cache.get('a')?.value).toBe('v');
  });
});

describe('cache.delete', () => {
  it('removes a key and returns { type: "success" }', () => {
    const cache = createCache();
    cache.set('a', 'v');
    expect(cache.delete('a')).toEqual({ type: 'success' });
    expect(cache.get('a')).toBeUndefined();
  });

  it('returns CacheKeyDoesNotExist for a key never set', () => {
    expect(createCache().delete('missing')).toEqual(error('CacheKeyDoesNotExist'));
  });

  it('returns CacheKeyDoesNotExist when the key was already deleted', () => {
    const cache = createCache();
    cache.set('a', 'v');
    cache.delete('a');
    expect(cache.delete('a')).toEqual(error('CacheKeyDoesNotExist'));
  });

  it('deletes an expired entry that is still stored: it counts as present', () => {
    const cache = createCache();
    cache.set('a', 'v', { ttl: 1000 });
    vi.setSystemTime(NOW + 10_000);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.delete('a')).toEqual({ type: 'success' });
    expect(cache.delete('a')).toEqual(error('CacheKeyDoesNotExist'));
  });

  it('does not touch other keys', () => {
    const cache = createCache();
    cache.set('a', '1');
    cache.set('b', '2');
    cache.delete('a');
    expect(cache.get('b')?.value).toBe('2');
  });
});
