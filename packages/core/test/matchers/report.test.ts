import { describe, expect, test } from 'vitest';
import { mockApi, mockEvent } from '../../src/index.js';
import { internalsOf } from '../../src/api/api-context.js';
import { formatDuration } from '../../src/mechanisms/cache/to-have-cached.js';
import { apiSecretRedactor } from '../../src/util/redaction.js';
import { ordinal } from '../../src/matchers/report.js';

describe('message helpers', () => {
  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinal(%i) is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  test.each([
    [0, '<1s'],
    [400, '<1s'],
    [1_000, '1s'],
    [61_000, '1m 1s'],
    [15 * 60_000, '15m'],
    [3_600_000 + 120_000, '1h 2m'],
    [-5_000, '5s'],
  ])('formatDuration(%i) is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('secret redaction', () => {
  const api = mockApi('password-reset-post-challenge', {
    event: mockEvent('password-reset-post-challenge', { secrets: { SHORT: 'abc', LONG: 'abcdef-123', EMPTY: '' } }),
  });
  const redact = apiSecretRedactor([internalsOf(api)!]);

  test('replaces secrets whole or inside longer strings, longest first, at any depth', () => {
    expect(redact({ secret: 'abcdef-123', note: 'key=abcdef-123;other=abc', list: ['abc', 1, null] })).toEqual({
      secret: '[secret]',
      note: 'key=[secret];other=[secret]',
      list: ['[secret]', 1, null],
    });
  });

  test('leaves the original untouched, and cycles and non-plain objects alone', () => {
    const cyclic: Record<string, unknown> = { value: 'abc' };
    cyclic.self = cyclic;
    const date = new Date(0);
    const copy = redact({ cyclic, date, pattern: /abc/ }) as Record<string, Record<string, unknown>>;
    expect(cyclic.value).toBe('abc');
    expect(copy.cyclic?.value).toBe('[secret]');
    expect(copy.cyclic?.self).toBe(copy.cyclic);
    expect(copy.date).toBe(date);
  });

  test('does nothing when the event has no secrets (an empty secret is not one)', () => {
    const plain = apiSecretRedactor([internalsOf(mockApi('password-reset-post-challenge'))!]);
    const value = { a: '' };
    expect(plain(value)).toBe(value);
  });
});
