import { afterEach, describe, expect, jest, test } from '@jest/globals';
import {
  createCache,
  mockApi,
  mockEvent,
  type EnrolledFactor,
  type MockCache,
} from '@auth0-actions-mock/jest/jest-globals';
import { ENROLL_URL, MAX_RESETS_PER_HOUR, onExecutePostChallenge, RESULT_URL } from '../src/reset-step-up';

const TRIGGER = 'password-reset-post-challenge';

/** Runs the Action once for a user with these enrolled factors (`undefined`: Auth0 could not load them). */
async function reset(
  enrolledFactors: EnrolledFactor[] | undefined,
  options: { cache?: MockCache; locale?: string } = {},
) {
  const event = mockEvent(TRIGGER, { user: { enrolledFactors }, transaction: { locale: options.locale ?? 'en' } });
  const api = mockApi(TRIGGER, { event, cache: options.cache });
  await onExecutePostChallenge(event, api);
  return { event, api };
}

describe('a password reset steps up with MFA', () => {
  test('a user with one factor is challenged with that factor', async () => {
    const { api } = await reset([{ type: 'otp' }]);

    expect(api).toHaveChallengedWith('otp');
  });

  test('a user with several factors chooses among them', async () => {
    const { api } = await reset([{ type: 'otp' }, { type: 'phone', options: { preferredMethod: 'sms' } }]);

    expect(api).toHaveChallengedWithAny(['otp', 'phone']);
    expect(api).not.toHaveChallengedWith();
  });

  test('after the reset, the user lands back in the app, in their language', async () => {
    const { api } = await reset([{ type: 'otp' }], { locale: 'fr' });

    expect(api).toHaveSetResultUrl(RESULT_URL, { query: { lang: 'fr' } });
  });

  test('a user without MFA is sent to enrol instead of being challenged', async () => {
    const { api } = await reset([]);

    expect(api).toHaveSetResultUrl(ENROLL_URL, { query: { reason: 'password-reset' } });
    expect(api).not.toHaveChallengedWith();
    expect(api).not.toHaveChallengedWithAny();
  });

  test('the reset is denied when Auth0 could not load the factors', async () => {
    const { api } = await reset(undefined);

    expect(api).toHaveDenied(/could not load your sign-in methods/);
    expect(api).not.toHaveSetResultUrl();
  });
});

describe('a user can reset at most three times an hour', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  test('each reset is counted in the cache, per user, for an hour', async () => {
    const { api, event } = await reset([{ type: 'otp' }]);

    expect(api).toHaveCached(`resets:${event.user.user_id}`, '1');
  });

  test('the fourth reset within the hour is denied', async () => {
    const cache = createCache();
    for (let attempt = 1; attempt <= MAX_RESETS_PER_HOUR; attempt += 1) {
      const { api } = await reset([{ type: 'otp' }], { cache });
      expect(api).not.toHaveDenied();
    }

    const { api } = await reset([{ type: 'otp' }], { cache });

    expect(api).toHaveDenied('Too many password resets in the last hour. Try again later.');
    expect(api).not.toHaveChallengedWith();
  });

  test('an hour later, the count starts again', async () => {
    jest.useFakeTimers();
    const cache = createCache();
    for (let attempt = 1; attempt <= MAX_RESETS_PER_HOUR; attempt += 1) await reset([{ type: 'otp' }], { cache });

    jest.advanceTimersByTime(60 * 60 * 1000 + 1000);
    const { api, event } = await reset([{ type: 'otp' }], { cache });

    expect(api).not.toHaveDenied();
    expect(api).toHaveCached(`resets:${event.user.user_id}`, '1');
  });
});
