// Compiled by `tsc --noEmit`, never run: the augmentation of @jest/globals' expect must type the matchers.
import { expect } from '@jest/globals';
import { mockApi } from '@auth0-actions-mock/jest/jest-globals';

const api = mockApi('password-reset-post-challenge');

export function matcherTypes(): void {
  expect(api).toHaveDenied();
  expect(api).toHaveDenied(/risky/);
  expect(api).not.toHaveChallengedWith({ type: 'phone', options: { preferredMethod: 'sms' } });
  expect(api).toHaveCached('key', expect.any(String));
  // @ts-expect-error: a misspelt matcher does not exist
  expect(api).toHaveDenyed('Too risky');
  // @ts-expect-error: a cache key is text, not a number
  expect(api).toHaveCached(42);
}
