/**
 * Compiled (never run) without @types/jest, skipLibCheck off: `@jest/globals`' expect and the standalone `expect`
 * package both read `Matchers` from the 'expect' module, which the adapter augments.
 */
import { expect } from '@jest/globals';
import { expect as standaloneExpect } from 'expect';
import { matchers, mockApi } from '@auth0-actions-mock/jest/jest-globals';

expect.extend(matchers);
standaloneExpect.extend(matchers);

const api = mockApi('password-reset-post-challenge');

expect(api).toHaveDenied();
expect(api).toHaveDenied(expect.stringContaining('risky'));
expect(api).not.toHaveDenied(/risky/);
expect(api).toHaveChallengedWith({ type: 'phone', options: { preferredMethod: 'voice' } });
expect(api).toHaveChallengedWithAny(expect.arrayContaining([{ type: 'otp' }]));
expect(api).toRedirectTo(expect.stringMatching(/^https:/), { query: { state: expect.any(String) } });
expect(api).toHaveSetResultUrl('https://app.example.com/done');
expect(api).toHaveRenderedPrompt('reset-reason');
expect(api).toHaveCached(/^risk:/, expect.any(String));
expect(api).toHaveSetUser({ userId: 'auth0|55562040asf0aef' });
standaloneExpect(api).toHaveDenied('Too risky');
standaloneExpect(api).not.toHaveCached('risk');

const returned: void = expect(api).toHaveDenied();
const awaited: Promise<void> = expect(Promise.resolve(api)).resolves.toHaveDenied();
export { returned, awaited };

// @ts-expect-error a misspelt matcher does not exist
expect(api).toHaveDenid();
// @ts-expect-error a prompt id is a string, a RegExp or an asymmetric matcher
expect(api).toHaveRenderedPrompt(7);
// @ts-expect-error toHaveCached takes a key and a value, no options
standaloneExpect(api).toHaveCached('risk', 'high', { ttl: 1 });

// The matchers of every trigger's api: key/value writes, scopes, MFA, linking, validation.
expect(api).toHaveSetIdTokenClaim('https://example.com/roles');
expect(api).toHaveAddedScope(expect.stringContaining('read'));
expect(api).toHaveSetUserMetadata('address', expect.objectContaining({ city: 'Lyon' }));
expect(api).toHaveEnabledMultifactor('guardian');
expect(api).toHaveEnrolledWith({ type: 'push-notification', options: { otpFallback: true } });
expect(api).toHaveRaisedValidationError(undefined, /work email/);
standaloneExpect(api).toHaveSetTransactionMetadata('risk');
standaloneExpect(api).not.toHaveSetPrimaryUser();
// @ts-expect-error a provider is one of the runtime's
expect(api).toHaveEnabledMultifactor('okta');
