/**
 * Compiled (never run) with @types/jest's global `expect`, skipLibCheck off: `jest.Matchers` carries the matchers.
 */
import { matchers, mockApi } from '@auth0-actions-mock/jest';

expect.extend(matchers);

const api = mockApi('password-reset-post-challenge');

expect(api).toHaveDenied();
expect(api).toHaveDenied('Too risky');
expect(api).toHaveDenied(/risky/);
expect(api).toHaveDenied(expect.stringContaining('risky'));
expect(api).not.toHaveDenied();
expect(api).toHaveChallengedWith('otp', {
  additionalFactors: ['email', { type: 'phone', options: { preferredMethod: 'sms' } }],
});
expect(api).toHaveChallengedWithAny(['otp', { type: 'email' }]);
expect(api).toRedirectTo('https://verify.example.com/identity', {
  query: { session_token: expect.any(String), lang: /^e/ },
});
expect(api).toHaveSetResultUrl(undefined, { query: { source: 'reset' } });
expect(api).toHaveRenderedPrompt('reset-reason', { fields: { reason: '' }, vars: expect.objectContaining({}) });
expect(api).toHaveCached('risk', 'high');
expect(api).toHaveSetUser({ connection: 'legacy-users', attributes: { user_id: 'L-1' } });

export async function resolves(): Promise<void> {
  await expect(Promise.resolve(api)).resolves.toHaveDenied();
}

// @ts-expect-error a misspelt matcher does not exist
expect(api).toHaveDenid();
// @ts-expect-error a reason is a string, a RegExp or an asymmetric matcher
expect(api).toHaveDenied(42);
// @ts-expect-error 'sms' is not a factor type (it is a method of 'phone')
expect(api).toHaveChallengedWith('sms');
// @ts-expect-error a misspelt option
expect(api).toRedirectTo('https://verify.example.com/identity', { qurey: {} });

// The matchers of every trigger's api: key/value writes, scopes, MFA, linking, validation.
expect(api).toHaveSetIdTokenClaim('https://example.com/roles', ['admin']);
expect(api).toHaveSetAccessTokenClaim(/roles$/, expect.arrayContaining(['admin']));
expect(api).toHaveAddedScope('read:reports');
expect(api).not.toHaveRemovedScope(expect.stringMatching(/^write:/));
expect(api).toHaveSetAppMetadata('plan', null);
expect(api).toHaveSetUserMetadata('address', { city: 'Lyon' });
expect(api).toHaveEnabledMultifactor('any', { allowRememberBrowser: true });
expect(api).toHaveEnrolledWith('otp', { additionalFactors: ['recovery-code'] });
expect(api).toHaveEnrolledWithAny(['push-notification', 'webauthn-roaming']);
expect(api).toHaveSetPrimaryUser('auth0|123');
expect(api).toHaveRaisedValidationError('invalid_email_domain');
expect(api).toHaveSetTransactionMetadata('risk', 'low');
// @ts-expect-error 'email' is not an enrollment factor
expect(api).toHaveEnrolledWithAny(['email']);
