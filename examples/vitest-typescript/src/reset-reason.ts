/**
 * Password Reset / Post-Challenge Action: the user says why they are resetting their password, with a form
 * rendered by Auth0. A compromised account is sent to a security check-up; the answer is kept for a day so the
 * support team can see it.
 *
 * The event and api types below come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { PostChallengeApi, PostChallengeEvent } from '@auth0-actions-mock/vitest';

export const PROMPT_ID = 'reset-reason';
export const SECURITY_CHECKUP_URL = 'https://app.example.com/security-checkup';
export const REASONS = ['forgot', 'compromised', 'routine'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

type Reason = (typeof REASONS)[number];

function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

export const onExecutePostChallenge = async (event: PostChallengeEvent, api: PostChallengeApi): Promise<void> => {
  api.prompt.render(PROMPT_ID, {
    fields: { reason: '' },
    vars: { email: event.user.email ?? '', reasons: REASONS.join(',') },
  });
};

export const onContinuePostChallenge = async (event: PostChallengeEvent, api: PostChallengeApi): Promise<void> => {
  const reason = event.prompt?.fields?.reason;
  if (!isReason(reason)) {
    api.access.deny('Tell us why you are resetting your password.');
    return;
  }
  api.cache.set(`reset-reason:${event.user.user_id}`, reason, { ttl: DAY_MS });
  if (reason === 'compromised') {
    api.transaction.setResultUrl(SECURITY_CHECKUP_URL, { query: { user: event.user.user_id } });
  }
};
