/**
 * Password Reset / Post-Challenge Action: before a new password is set, the user proves it is them with MFA,
 * and a user can reset at most three times an hour.
 *
 * The event and api types below come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { FactorSelector, PostChallengeApi, PostChallengeEvent } from '@auth0-actions-mock/jest/jest-globals';

export const RESULT_URL = 'https://app.example.com/password-changed';
export const ENROLL_URL = 'https://app.example.com/security/enroll-mfa';
export const MAX_RESETS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

export const onExecutePostChallenge = async (event: PostChallengeEvent, api: PostChallengeApi): Promise<void> => {
  const key = `resets:${event.user.user_id}`;
  const resets = Number(api.cache.get(key)?.value ?? '0') + 1;
  api.cache.set(key, String(resets), { ttl: HOUR_MS });
  if (resets > MAX_RESETS_PER_HOUR) {
    api.access.deny('Too many password resets in the last hour. Try again later.');
    return;
  }

  const factors = event.user.enrolledFactors;
  if (factors === undefined) {
    // Auth0 could not load the user's factors: resetting without MFA would let an attacker through.
    api.access.deny('We could not load your sign-in methods. Try again in a few minutes.');
    return;
  }
  if (factors.length === 0) {
    api.transaction.setResultUrl(ENROLL_URL, { query: { reason: 'password-reset' } });
    return;
  }

  const selectors = factors.map(({ type }) => ({ type }) as FactorSelector);
  const [only] = selectors;
  if (selectors.length === 1 && only) api.authentication.challengeWith(only);
  else api.authentication.challengeWithAny(selectors);
  api.transaction.setResultUrl(RESULT_URL, { query: { lang: event.transaction.locale } });
};
