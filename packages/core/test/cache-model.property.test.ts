import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache, type CacheLimits, type CacheSetOptions } from '../src/index.js';

/**
 * Random sequences of get / set / delete / clock moves, run against the mock and against a model written
 * straight from reference C (small limits, so every bound is reached often).
 */

const START = Date.parse('2026-03-01T12:00:00.000Z');

const LIMITS = {
  maxKeyBytes: 8,
  maxValueBytes: 64,
  maxTotalBytes: 200,
  maxEntries: 5,
  defaultTtlMs: 1000,
  maxTtlMs: 5000,
} satisfies Partial<CacheLimits>;

/** A `set`'s expires_at is planned relative to the clock and resolved when the op runs, so it stays meaningful. */
type PlannedSetOptions = { ttl?: number; relative?: number } | undefined;

type Op =
  | { kind: 'set'; key: string; value: string; options: PlannedSetOptions }
  | { kind: 'get'; key: string }
  | { kind: 'delete'; key: string }
  | { kind: 'advance'; ms: number }
  /** Moves the clock next to a stored expiry, where the strict `<` of `get` matters. */
  | { kind: 'advanceToExpiry'; key: string; delta: -1 | 0 | 1 };

const utf8 = (text: string): number => new TextEncoder().encode(text).length;

class CacheModel {
  private readonly records = new Map<string, { value: string; expires_at: number }>();

  constructor(
    private readonly now: () => number,
    private readonly overMaxTtl: 'clamp' | 'error',
  ) {}

  set(key: string, value: string, options: CacheSetOptions | undefined): unknown {
    if (utf8(key) > LIMITS.maxKeyBytes) return { type: 'error', code: 'CacheKeySizeExceeded' };
    if (utf8(value) > LIMITS.maxValueBytes) return { type: 'error', code: 'CacheValueSizeExceeded' };
    let total = utf8(key) + utf8(value);
    for (const [storedKey, record] of this.records) total += utf8(storedKey) + utf8(record.value);
    if (total > LIMITS.maxTotalBytes) return { type: 'error', code: 'CacheSizeExceeded' };
    if (!this.records.has(key) && this.records.size >= LIMITS.maxEntries)
      return { type: 'error', code: 'CacheSizeExceeded' };

    const now = this.now();
    const candidates: number[] = [];
    for (const [given, toExpiry] of [
      [options?.ttl, (n: number) => now + Math.floor(n)],
      [options?.expires_at, (n: number) => Math.floor(n)],
    ] as const) {
      if (given === undefined) continue;
      if (!Number.isFinite(given)) return { type: 'error', code: 'InvalidExpiry' };
      candidates.push(toExpiry(given));
    }
    let expiresAt = candidates.length > 0 ? Math.min(...candidates) : now + LIMITS.defaultTtlMs;
    if (expiresAt <= now) return { type: 'error', code: 'ItemAlreadyExpired' };
    if (expiresAt - now > LIMITS.maxTtlMs) {
      if (this.overMaxTtl === 'error') return { type: 'error', code: 'InvalidExpiry' };
      expiresAt = now + LIMITS.maxTtlMs;
    }
    this.records.set(key, { value, expires_at: expiresAt });
    return { type: 'success', record: { value, expires_at: expiresAt } };
  }

  get(key: string): unknown {
    const record = this.records.get(key);
    return record && record.expires_at >= this.now() ? { ...record } : undefined;
  }

  delete(key: string): unknown {
    return this.records.delete(key) ? { type: 'success' } : { type: 'error', code: 'CacheKeyDoesNotExist' };
  }

  expiryOf(key: string): number | undefined {
    return this.records.get(key)?.expires_at;
  }
}

const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') },
  fc.constantFrom('é', 'ключ', '12345678', '123456789', '😀😀'),
);
const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: 8 }).map((n) => 'x'.repeat(n)) },
  fc.nat({ max: 70 }).map((n) => 'x'.repeat(n)),
  fc.nat({ max: 35 }).map((n) => 'é'.repeat(n)),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
);
const offsetArb = fc.oneof(fc.integer({ min: -200, max: 7000 }), fc.double({ min: -10, max: 7000, noNaN: true }));
const optionsArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ ttl: offsetArb }),
  fc.record({ expires_at: offsetArb }).map((o) => ({ relative: o.expires_at })),
  fc.record({ ttl: offsetArb, expires_at: offsetArb }).map((o) => ({ ttl: o.ttl, relative: o.expires_at })),
  fc.constantFrom({ ttl: Number.NaN }, { relative: Number.POSITIVE_INFINITY }),
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: valueArb, options: optionsArb }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('get' as const), key: keyArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constant(1)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advanceToExpiry' as const),
      key: keyArb,
      delta: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    }),
  },
);

function resolveOptions(planned: PlannedSetOptions, now: number): CacheSetOptions | undefined {
  if (planned === undefined) return undefined;
  const options: CacheSetOptions = {};
  if (planned.ttl !== undefined) options.ttl = planned.ttl;
  if (planned.relative !== undefined) options.expires_at = now + planned.relative;
  return options;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('cache against a model of reference C', () => {
  it.each(['clamp', 'error'] as const)('agrees with the model on every result (overMaxTtl %s)', (overMaxTtl) => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 80, size: 'max' }), (ops) => {
        vi.setSystemTime(START);
        const cache = createCache({ limits: { ...LIMITS, overMaxTtl } });
        const model = new CacheModel(() => Date.now(), overMaxTtl);
        for (const op of ops) {
          switch (op.kind) {
            case 'set': {
              const options = resolveOptions(op.options, Date.now());
              expect(cache.set(op.key, op.value, options)).toEqual(model.set(op.key, op.value, options));
              break;
            }
            case 'get':
              expect(cache.get(op.key)).toEqual(model.get(op.key));
              break;
            case 'delete':
              expect(cache.delete(op.key)).toEqual(model.delete(op.key));
              break;
            case 'advance':
              vi.setSystemTime(Date.now() + op.ms);
              break;
            case 'advanceToExpiry': {
              const expiry = model.expiryOf(op.key);
              if (expiry !== undefined && expiry + op.delta >= Date.now()) vi.setSystemTime(expiry + op.delta);
              break;
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never holds more than the configured entries or bytes, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80, size: 'max' }), (ops) => {
        vi.setSystemTime(START);
        const cache = createCache({ limits: LIMITS });
        for (const op of ops) {
          if (op.kind === 'set') cache.set(op.key, op.value, resolveOptions(op.options, Date.now()));
          else if (op.kind === 'delete') cache.delete(op.key);
          else if (op.kind === 'advance') vi.setSystemTime(Date.now() + op.ms);
          const entries = cache.entries();
          expect(entries.length).toBeLessThanOrEqual(LIMITS.maxEntries);
          expect(entries.reduce((sum, [key, record]) => sum + utf8(key) + utf8(record.value), 0)).toBeLessThanOrEqual(
            LIMITS.maxTotalBytes,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
