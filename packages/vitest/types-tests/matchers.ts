/**
 * Compiled (never run) against Vitest 4 and against Vitest 5, with skipLibCheck off: the augmentation must merge
 * into each major's `Matchers` without an error, give every matcher, and reject misuse.
 */
import { expect, expectTypeOf } from 'vitest';
import { createCache, matchers, mockApi } from '@auth0-actions-mock/vitest';

expect.extend(matchers);

const api = mockApi('password-reset-post-challenge');

expect(api).toHaveDenied();
expect(api).toHaveDenied('Too risky');
expect(api).toHaveDenied(/risky/);
expect(api).toHaveDenied(expect.stringContaining('risky'));
expect(api).not.toHaveDenied();
expect.soft(api).toHaveDenied();

expect(api).toHaveChallengedWith('otp');
expect(api).toHaveChallengedWith(
  { type: 'phone', options: { preferredMethod: 'sms' } },
  { additionalFactors: ['email', { type: 'otp' }] },
);
expect(api).toHaveChallengedWith(expect.objectContaining({ type: 'phone' }));
expect(api).toHaveChallengedWithAny(['otp', { type: 'push-notification', options: { otpFallback: true } }]);
expect(api).toHaveChallengedWithAny(expect.arrayContaining([{ type: 'otp' }]));

expect(api).toRedirectTo('https://verify.example.com/identity', {
  query: { session_token: expect.any(String), lang: /^e/, step: '2' },
});
expect(api).toRedirectTo(undefined, { query: expect.objectContaining({ step: '2' }) });
expect(api).toHaveSetResultUrl(expect.stringMatching(/password-changed/));
expect(api).toHaveRenderedPrompt('reset-reason', { fields: { reason: '' }, vars: { email: expect.any(String) } });
expect(api).toHaveCached('risk', 'high');
expect(createCache()).toHaveCached(/^risk:/);
expect(api).toHaveSetUser({ userId: expect.stringMatching(/^auth0\|/) });
expect(api).toHaveSetUser({
  connection: 'legacy-users',
  attributes: { email: expect.any(String) },
  options: { creationBehavior: 'none' },
});
// @ts-expect-error toHaveSetUser takes one expectation object
expect(api).toHaveSetUser('auth0|1');

const provider = mockApi('custom-email-provider');
provider.notification.retry('SendGrid returned 503');
expect(provider).toHaveRetriedNotification('SendGrid returned 503');
expect(provider).toHaveDroppedNotification(expect.stringContaining('unsubscribed'));
expect(provider).not.toHaveDroppedNotification();

// What an assertion returns follows the runner: nothing, or a promise after `.resolves`.
expectTypeOf(expect(api).toHaveDenied()).toEqualTypeOf<void>();
expectTypeOf(expect(Promise.resolve(api)).resolves.toHaveDenied()).toEqualTypeOf<Promise<void>>();

// @ts-expect-error a misspelt matcher does not exist
expect(api).toHaveDenid();
// @ts-expect-error a reason is a string, a RegExp or an asymmetric matcher
expect(api).toHaveDenied(42);
// @ts-expect-error 'sms' is not a factor type (it is a method of 'phone')
expect(api).toHaveChallengedWith('sms');
// @ts-expect-error a misspelt option
expect(api).toRedirectTo('https://verify.example.com/identity', { qurey: {} });
// @ts-expect-error toHaveCached takes a key and a value, no options
expect(api).toHaveCached('risk', 'high', { ttl: 1 });

// The matchers of every trigger's api: key/value writes, scopes, MFA, linking, validation.
expect(api).toHaveSetIdTokenClaim('https://example.com/roles', ['admin']);
expect(api).toHaveSetAccessTokenClaim(/roles$/, expect.arrayContaining(['admin']));
expect(api).toHaveAddedScope('read:reports');
expect(api).not.toHaveRemovedScope(expect.stringMatching(/^write:/));
expect(api).toHaveSetAppMetadata('plan', null);
expect(api).toHaveSetUserMetadata('address', { city: 'Lyon' });
expect(api).toHaveEnabledMultifactor('duo', {
  allowRememberBrowser: false,
  providerOptions: { host: expect.any(String) },
});
expect(api).toHaveEnrolledWith('otp', { additionalFactors: ['recovery-code'] });
expect(api).toHaveEnrolledWithAny([{ type: 'phone', options: { preferredMethod: 'sms' } }, 'webauthn-roaming']);
expect(api).toHaveSetPrimaryUser(expect.stringMatching(/^auth0\|/));
expect(api).toHaveRaisedValidationError('invalid_email_domain', /work email/);
expect(api).toHaveSetTransactionMetadata('risk', 3);
// @ts-expect-error 'email' is not an enrollment factor
expect(api).toHaveEnrolledWith('email');
// @ts-expect-error a misspelt provider
expect(api).toHaveEnabledMultifactor('guardain');
// @ts-expect-error toHaveAddedScope takes one scope
expect(api).toHaveAddedScope('read:reports', 'write:reports');
// @ts-expect-error a notification reason is a string, a RegExp or an asymmetric matcher
expect(provider).toHaveDroppedNotification(404);
