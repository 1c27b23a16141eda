// Compiled by `tsc --noEmit`, never run: the augmentation must type the matchers, and must not be `any`.
import { mockApi } from '@auth0-actions-mock/jest';

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
