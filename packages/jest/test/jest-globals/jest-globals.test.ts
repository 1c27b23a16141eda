import { describe, expect, test } from '@jest/globals';
import { mockApi } from '@auth0-actions-mock/jest/jest-globals';

describe("injectGlobals: false with setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals']", () => {
  test('there is no global expect', () => {
    expect((globalThis as { expect?: unknown }).expect).toBeUndefined();
  });

  test("extends @jest/globals' expect", () => {
    const api = mockApi('password-reset-post-challenge');
    api.authentication.challengeWith({ type: 'otp' });
    expect(api).toHaveChallengedWith('otp');
    expect(api).not.toHaveDenied();
    expect(() => expect(api).toHaveChallengedWith('email')).toThrow(/Closest is the 1st call, which differs in factor/);
  });
});
