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
expect(api).toHaveChallengedWith({ type: 'phone', options: { preferredMethod: 'sms' } }, { additionalFactors: ['email', { type: 'otp' }] });
expect(api).toHaveChallengedWith(expect.objectContaining({ type: 'phone' }));
expect(api).toHaveChallengedWithAny(['otp', { type: 'push-notification', options: { otpFallback: true } }]);
expect(api).toHaveChallengedWithAny(expect.arrayContaining([{ type: 'otp' }]));

expect(api).toRedirectTo('https://verify.example.com/identity', { query: { session_token: expect.any(String), lang: /^e/, step: '2' } });
expect(api).toRedirectTo(undefined, { query: expect.objectContaining({ step: '2' }) });
expect(api).toHaveSetResultUrl(expect.stringMatching(/password-changed/));
expect(api).toHaveRenderedPrompt('reset-reason', { fields: { reason: '' }, vars: { email: expect.any(String) } });
expect(api).toHaveCached('risk', 'high');
expect(createCache()).toHaveCached(/^risk:/);

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
// @ts-expect-error a notification reason is a string, a RegExp or an asymmetric matcher
expect(provider).toHaveDroppedNotification(404);
