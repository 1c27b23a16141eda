import { describe, expect, it, vi } from 'vitest';
import { createCache, DEFAULT_CACHE_LIMITS, mockApi } from '../src/index.js';
import { error, success as stored } from './support/cache-results.js';
import { NOW, useFixedDate } from './support/fixed-date.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

function success(value: string, expiresAt = NOW + FIFTEEN_MINUTES) {
  return stored(value, expiresAt);
}

useFixedDate();

describe('cache key size (64 UTF-8 bytes)', () => {
  it('accepts a key of 63 and of exactly 64 ASCII bytes', () => {
    const cache = createCache();
    expect(cache.set('k'.repeat(63), 'v')).toEqual(success('v'));
    expect(cache.set('k'.repeat(64), 'v')).toEqual(success('v'));
  });

  it('rejects a key of 65 ASCII bytes with CacheKeySizeExceeded and stores nothing', () => {
    const cache = createCache();
    expect(cache.set('k'.repeat(65), 'v')).toEqual(error('CacheKeySizeExceeded'));
    expect(cache.entries()).toEqual([]);
  });

  it('measures bytes, not characters: 32 two-byte characters fit, one more ASCII byte does not', () => {
    const cache = createCache();
    expect(cache.set('é'.repeat(32), 'v')).toEqual(success('v'));
    expect(cache.set(`${'é'.repeat(32)}a`, 'v')).toEqual(error('CacheKeySizeExceeded'));
  });

  it('counts a four-byte emoji as four bytes although it is two UTF-16 units', () => {
    const cache = createCache();
    expect(cache.set('😀'.repeat(16), 'v')).toEqual(success('v'));
    expect(cache.set(`${'😀'.repeat(16)}a`, 'v')).toEqual(error('CacheKeySizeExceeded'));
  });

  it('counts three-byte characters: 21 euro signs and one ASCII byte make 64', () => {
    const cache = createCache();
    expect(cache.set(`${'€'.repeat(21)}a`, 'v')).toEqual(success('v'));
    expect(cache.set(`${'€'.repeat(21)}ab`, 'v')).toEqual(error('CacheKeySizeExceeded'));
  });

  it('reports the key size before the value size when both are too large', () => {
    expect(createCache().set('k'.repeat(65), 'v'.repeat(5000))).toEqual(error('CacheKeySizeExceeded'));
  });

  it('follows a configured maxKeyBytes', () => {
    const cache = createCache({ limits: { maxKeyBytes: 8 } });
    expect(cache.set('k'.repeat(8), 'v')).toEqual(success('v'));
    expect(cache.set('k'.repeat(9), 'v')).toEqual(error('CacheKeySizeExceeded'));
  });
});

describe('cache value size (4096 UTF-8 bytes)', () => {
  it('accepts values of 4095 and exactly 4096 bytes', () => {
    const cache = createCache();
    expect(cache.set('a', 'v'.repeat(4095))).toEqual(success('v'.repeat(4095)));
    cache.clear();
    expect(cache.set('a', 'v'.repeat(4096))).toEqual(success('v'.repeat(4096)));
  });

  it('rejects a value of 4097 bytes with CacheValueSizeExceeded', () => {
    expect(createCache().set('a', 'v'.repeat(4097))).toEqual(error('CacheValueSizeExceeded'));
  });

  it('measures the value in UTF-8 bytes', () => {
    const cache = createCache();
    expect(cache.set('a', 'é'.repeat(2048))).toEqual(success('é'.repeat(2048)));
    expect(cache.set('b', `${'é'.repeat(2048)}a`)).toEqual(error('CacheValueSizeExceeded'));
  });

  it('accepts an empty value', () => {
    expect(createCache().set('a', '')).toEqual(success(''));
  });

  it('follows a configured maxValueBytes', () => {
    const cache = createCache({ limits: { maxValueBytes: 10 } });
    expect(cache.set('a', 'v'.repeat(10))).toEqual(success('v'.repeat(10)));
    expect(cache.set('b', 'v'.repeat(11))).toEqual(error('CacheValueSizeExceeded'));
  });
});

describe('cache total size (8192 bytes by default)', () => {
  /** Two entries of 4096 bytes each (1-byte key, 4095-byte value): 8192 bytes in all. */
  function fullCache(limits = {}) {
    const cache = createCache({ limits });
    expect(cache.set('a', 'x'.repeat(4095)).type).toBe('success');
    expect(cache.set('b', 'x'.repeat(4094)).type).toBe('success');
    return cache;
  }

  it('defaults to 8192 bytes, the documented 8 kB', () => {
    expect(DEFAULT_CACHE_LIMITS.maxTotalBytes).toBe(8192);
  });

  it('accepts a write that brings the total to exactly 8192 bytes', () => {
    const cache = fullCache();
    // 4096 + 4095 stored, plus 'c' (1 byte) and '' makes 8192.
    expect(cache.set('c', '')).toEqual(success(''));
  });

  it('rejects a write that would bring the total to 8193 bytes with CacheSizeExceeded', () => {
    const cache = fullCache();
    expect(cache.set('c', 'x')).toEqual(error('CacheSizeExceeded'));
    expect(cache.get('c')).toBeUndefined();
  });

  it('accepts a write one byte under the limit', () => {
    const cache = createCache();
    cache.set('a', 'x'.repeat(4095));
    expect(cache.set('b', 'x'.repeat(4094)).type).toBe('success');
    expect(cache.entries().reduce((sum, [key, record]) => sum + key.length + record.value.length, 0)).toBe(8191);
  });

  it("counts the key's old value too, so overwriting a key in a full cache is rejected", () => {
    const cache = fullCache();
    cache.set('c', '');
    expect(cache.set('a', 'y')).toEqual(error('CacheSizeExceeded'));
    expect(cache.get('a')?.value).toBe('x'.repeat(4095));
  });

  it('counts the total in UTF-8 bytes', () => {
    const cache = createCache({ limits: { maxTotalBytes: 10 } });
    expect(cache.set('k', 'éé').type).toBe('success'); // 5 bytes
    expect(cache.set('l', 'éé').type).toBe('success'); // 10 bytes
    expect(cache.set('m', '')).toEqual(error('CacheSizeExceeded'));
  });

  it('measures the concatenation of stored keys and values, as the runtime does: a surrogate pair split between a key and its value counts as one 4-byte character', () => {
    // 'k\uD83D' + '\uDE00v' concatenate to 'k😀v': 6 bytes, where each string alone measures 4.
    const cache = createCache({ limits: { maxTotalBytes: 8 } });
    expect(cache.set('k\uD83D', '\uDE00v').type).toBe('success');
    expect(cache.set('x', 'y').type).toBe('success'); // 6 + 2 = 8
    expect(cache.set('z', '')).toEqual(error('CacheSizeExceeded'));
  });

  it('joins a surrogate pair across entries too (a value ending in a high surrogate, the next key starting with a low one), and stops counting it once the entry is gone', () => {
    const cache = createCache({ limits: { maxTotalBytes: 9 } });
    expect(cache.set('a', 'b\uD83D').type).toBe('success'); // 1 + 4
    expect(cache.set('\uDE00', '').type).toBe('success'); // with the previous value: 'ab😀', 6 bytes
    expect(cache.set('c', 'dd').type).toBe('success'); // 6 + 3 = 9
    expect(cache.delete('c')).toEqual({ type: 'success' });
    expect(cache.delete('a')).toEqual({ type: 'success' });
    // The lone low surrogate now stands alone: 3 bytes, and 3 + 1 + 5 = 9.
    expect(cache.set('e', 'fffff').type).toBe('success');
    expect(cache.set('g', '')).toEqual(error('CacheSizeExceeded'));
  });

  it('counts expired entries until they are deleted', () => {
    const cache = fullCache();
    cache.set('c', '');
    const later = NOW + 60 * 60 * 1000;
    vi.setSystemTime(later);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.set('d', '')).toEqual(error('CacheSizeExceeded'));
    expect(cache.delete('a')).toEqual({ type: 'success' });
    expect(cache.set('d', '')).toEqual(success('', later + FIFTEEN_MINUTES));
  });

  it('takes 16,640 bytes, the official harness value, when configured', () => {
    const cache = createCache({ limits: { maxTotalBytes: 16_640 } });
    for (const key of ['k1', 'k2', 'k3', 'k4']) expect(cache.set(key, 'x'.repeat(4094)).type).toBe('success');
    // 4 × 4096 = 16,384; 'k5' plus 254 bytes makes exactly 16,640.
    expect(cache.set('k5', 'x'.repeat(254)).type).toBe('success');
    expect(cache.set('k6', '')).toEqual(error('CacheSizeExceeded'));
  });

  it('reports the value size before the total size', () => {
    const cache = fullCache();
    expect(cache.set('c', 'x'.repeat(4097))).toEqual(error('CacheValueSizeExceeded'));
  });
});

describe('cache entry count (20 per trigger)', () => {
  function cacheWith(count: number, limits = {}) {
    const cache = createCache({ limits });
    for (let i = 0; i < count; i++) expect(cache.set(`key${i}`, 'v').type).toBe('success');
    return cache;
  }

  it('accepts the 19th and the 20th entry', () => {
    const cache = cacheWith(19);
    expect(cache.set('key19', 'v')).toEqual(success('v'));
    expect(cache.entries()).toHaveLength(20);
  });

  it('rejects a 21st entry with CacheSizeExceeded (the chosen code: UNVERIFIED in production)', () => {
    const cache = cacheWith(20);
    expect(cache.set('key20', 'v')).toEqual(error('CacheSizeExceeded'));
    expect(cache.entries()).toHaveLength(20);
  });

  it('still lets a full cache overwrite one of its keys', () => {
    const cache = cacheWith(20);
    expect(cache.set('key3', 'w')).toEqual(success('w'));
  });

  it('makes room again once an entry is deleted', () => {
    const cache = cacheWith(20);
    expect(cache.delete('key0')).toEqual({ type: 'success' });
    expect(cache.set('key20', 'v')).toEqual(success('v'));
  });

  it('counts expired entries as present', () => {
    const cache = createCache();
    for (let i = 0; i < 20; i++) cache.set(`key${i}`, 'v', { ttl: 1000 });
    vi.setSystemTime(NOW + 5000);
    expect(cache.get('key0')).toBeUndefined();
    expect(cache.set('key20', 'v')).toEqual(error('CacheSizeExceeded'));
  });

  it('takes a configured cap and error code', () => {
    const cache = cacheWith(3, { maxEntries: 3, entriesExceededCode: 'MaxSideEffectsExceeded' });
    expect(cache.set('key3', 'v')).toEqual(error('MaxSideEffectsExceeded'));
  });
});

describe('cache lifetime limits', () => {
  const DAY = 24 * 60 * 60 * 1000;

  it('defaults to 15 minutes when neither ttl nor expires_at is given', () => {
    expect(createCache().set('a', 'v')).toEqual(success('v', NOW + FIFTEEN_MINUTES));
    expect(DEFAULT_CACHE_LIMITS.defaultTtlMs).toBe(FIFTEEN_MINUTES);
  });

  it('takes a configured default lifetime', () => {
    expect(createCache({ limits: { defaultTtlMs: 60_000 } }).set('a', 'v')).toEqual(success('v', NOW + 60_000));
  });

  it('accepts a ttl of exactly 24 hours and one just under', () => {
    const cache = createCache();
    expect(cache.set('a', 'v', { ttl: DAY })).toEqual(success('v', NOW + DAY));
    expect(cache.set('b', 'v', { ttl: DAY - 1 })).toEqual(success('v', NOW + DAY - 1));
  });

  it('clamps a longer ttl to 24 hours by default (UNVERIFIED: production behaviour is undocumented)', () => {
    expect(createCache().set('a', 'v', { ttl: DAY + 1 })).toEqual(success('v', NOW + DAY));
  });

  it('clamps a far expires_at to 24 hours by default', () => {
    expect(createCache().set('a', 'v', { expires_at: NOW + 7 * DAY })).toEqual(success('v', NOW + DAY));
  });

  it("rejects a lifetime over 24 hours with InvalidExpiry in 'error' mode, and accepts exactly 24 hours", () => {
    const cache = createCache({ limits: { overMaxTtl: 'error' } });
    expect(cache.set('a', 'v', { ttl: DAY + 1 })).toEqual(error('InvalidExpiry'));
    expect(cache.set('a', 'v', { expires_at: NOW + DAY + 1 })).toEqual(error('InvalidExpiry'));
    expect(cache.set('a', 'v', { ttl: DAY })).toEqual(success('v', NOW + DAY));
  });

  it('takes a configured maximum lifetime', () => {
    const cache = createCache({ limits: { maxTtlMs: 1000 } });
    expect(cache.set('a', 'v', { ttl: 5000 })).toEqual(success('v', NOW + 1000));
  });
});

describe('cache limits through mockApi', () => {
  it("gives an api's own cache the limits passed to mockApi", () => {
    const api = mockApi('password-reset-post-challenge', { limits: { maxKeyBytes: 4, maxTotalBytes: 16_640 } });
    expect(api.cache.set('abcd', 'v')).toEqual(success('v'));
    expect(api.cache.set('abcde', 'v')).toEqual(error('CacheKeySizeExceeded'));
  });
});
