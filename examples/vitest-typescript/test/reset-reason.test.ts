import { afterEach, describe, expect, test, vi } from 'vitest';
import { mockApi, mockEvent } from '@auth0-actions-mock/vitest';
import {
  onContinuePostChallenge,
  onExecutePostChallenge,
  PROMPT_ID,
  SECURITY_CHECKUP_URL,
} from '../src/reset-reason.js';

const TRIGGER = 'password-reset-post-challenge';

/** The user submits the form: Auth0 resumes the Action with `event.prompt.fields` set to what was sent. */
async function submitForm(fields: Record<string, unknown>) {
  const event = mockEvent(TRIGGER, { prompt: { id: PROMPT_ID, fields } });
  const api = mockApi(TRIGGER, { event });
  await onContinuePostChallenge(event, api);
  return { event, api };
}

describe('before the reset, the user is asked why', () => {
  test('the reset-reason form is shown, addressed to the user', async () => {
    const event = mockEvent(TRIGGER, { user: { email: 'ada@example.com' } });
    const api = mockApi(TRIGGER, { event });

    await onExecutePostChallenge(event, api);

    expect(api).toHaveRenderedPrompt(PROMPT_ID, { fields: { reason: '' }, vars: { email: 'ada@example.com' } });
  });

  test('the reset is denied when the form comes back without a reason', async () => {
    const { api } = await submitForm({});

    expect(api).toHaveDenied('Tell us why you are resetting your password.');
  });

  test('the reset is denied when the answer is not one of the offered reasons', async () => {
    const { api } = await submitForm({ reason: 'because' });

    expect(api).toHaveDenied(expect.stringContaining('Tell us why'));
  });
});

describe('after the user answers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a compromised account is sent to the security check-up', async () => {
    const { api } = await submitForm({ reason: 'compromised' });

    expect(api).toHaveSetResultUrl(SECURITY_CHECKUP_URL, { query: { user: expect.stringMatching(/^auth0\|/) } });
    expect(api).not.toHaveDenied();
  });

  test('a routine reset finishes where Auth0 sends it', async () => {
    const { api } = await submitForm({ reason: 'routine' });

    expect(api).not.toHaveSetResultUrl();
    expect(api).not.toHaveDenied();
  });

  test('the answer is kept for the support team for a day', async () => {
    vi.useFakeTimers();
    const { api, event } = await submitForm({ reason: 'forgot' });
    const key = `reset-reason:${event.user.user_id}`;

    expect(api).toHaveCached(key, 'forgot');
    vi.advanceTimersByTime(24 * 60 * 60 * 1000 + 1000);
    expect(api).not.toHaveCached(key);
  });
});
