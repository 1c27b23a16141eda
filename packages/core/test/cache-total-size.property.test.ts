import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCache } from '../src/index.js';
import { useFixedDate } from './support/fixed-date.js';

useFixedDate();

/**
 * Reference C: a set fails with CacheSizeExceeded when the UTF-8 byte length of the concatenation of every stored
 * key and value, plus the new key's and value's own lengths, exceeds the limit. The mock measures the stored part
 * without building the string; strings made of surrogate halves are where the two ways of measuring could part.
 */
const text = fc
  .array(fc.oneof(fc.integer({ min: 0xd7fe, max: 0xe001 }), fc.constantFrom(0x61, 0xe9, 0x20ac)), { maxLength: 4 })
  .map((units) => String.fromCharCode(...units));
const key = fc.oneof(text, fc.constantFrom('a', '\uD83D', '\uDE00'));

type Op = { kind: 'set'; key: string; value: string } | { kind: 'delete'; key: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), key, value: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key }) },
);

const utf8 = (value: string): number => Buffer.byteLength(value, 'utf-8');

describe('cache total size with split surrogate pairs (fast-check)', () => {
  it('refuses a set exactly when the concatenation of what is stored, plus the new key and value, exceeds the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(op, { maxLength: 30 }), (limit, ops) => {
        const cache = createCache({ limits: { maxTotalBytes: limit, maxEntries: 1000 } });
        const model = new Map<string, string>();
        for (const step of ops) {
          if (step.kind === 'delete') {
            model.delete(step.key);
            cache.delete(step.key);
            continue;
          }
          const stored = [...model].map(([k, v]) => k + v).join('');
          const fits = utf8(stored) + utf8(step.key) + utf8(step.value) <= limit;
          expect(
            cache.set(step.key, step.value).type,
            `stored ${JSON.stringify(stored)}, set ${JSON.stringify(step)}`,
          ).toBe(fits ? 'success' : 'error');
          if (fits) model.set(step.key, step.value);
        }
      }),
      { numRuns: 500 },
    );
  });
});
