import { describe, expect, test } from 'vitest';
import { mockApi } from '../../src/index.js';
import './vitest-runner.js';

// A user's equality tester (here: case-insensitive strings) applies inside every matcher, as in toEqual.
// Vitest isolates test files, so registering it here affects no other file.
const caseInsensitive = (a: unknown, b: unknown): boolean | undefined =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : undefined;
expect.addEqualityTesters([caseInsensitive]);

describe("the user's custom equality testers", () => {
  test('apply to top-level and nested values', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('TOO RISKY');
    api.redirect.sendUserTo('https://verify.example.com/identity', { query: { step: 'EMAIL' } });
    expect(api).toHaveDenied('too risky');
    expect(api).toRedirectTo('HTTPS://VERIFY.EXAMPLE.COM/IDENTITY', { query: { step: 'email' } });
  });
});
