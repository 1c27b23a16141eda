import { afterEach, describe, expect, test, vi } from 'vitest';
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/custom-email-provider.js';

const TRIGGER = 'custom-email-provider';
const secrets = { MAIL_API_URL: 'https://mail.example.com/v1', MAIL_API_KEY: 'mail-key-1' };
const RESET = { notification: { message_type: 'reset_email' as const } };

/** The mail API answering each send with the next status of `statuses` (the last one repeats). */
function stubMailApi(...statuses: number[]) {
  let sends = 0;
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => {
    const status = statuses[Math.min(sends++, statuses.length - 1)] as number;
    return status === 422
      ? Response.json({ error: 'recipient_suppressed' }, { status })
      : new Response(null, { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('custom-email-provider: the rendered email goes to the mail API as Auth0 wrote it, sent in one run', async () => {
  const fetch = stubMailApi(200);

  const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

  expect(sim.status).toBe('completed');
  expect(sim.notification).toEqual({ outcome: 'sent', attempts: 1 });
  const { from, to, subject, text, html } = sim.event.notification;
  expect(fetch).toHaveBeenCalledWith('https://mail.example.com/v1/send', expect.objectContaining({ method: 'POST' }));
  expect(JSON.parse(fetch.mock.lastCall?.[1]?.body as string)).toEqual({
    from,
    to,
    subject,
    text,
    html,
    tag: 'reset_email',
  });
  expect(sim).not.toHaveDroppedNotification();
  expect(sim).not.toHaveRetriedNotification();
});

describe('custom-email-provider: what cannot be sent', () => {
  test('an unsubscribed recipient is dropped, not retried', async () => {
    const fetch = stubMailApi(422);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { message_type: 'welcome_email', to: 'ada@example.com' } },
    });

    const reason = 'ada@example.com unsubscribed or bounced: not sending welcome_email';
    expect(sim).toHaveDroppedNotification(reason);
    expect(sim.notification).toEqual({ outcome: 'dropped', attempts: 1, reason });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('unit: another refusal is dropped with its status', async () => {
    const event = mockEvent(TRIGGER, { ...RESET, secrets });
    const api = mockApi(TRIGGER, { event });
    stubMailApi(400);

    await action.onExecuteCustomEmailProvider(event, api);

    expect(api).toHaveDroppedNotification('mail API refused reset_email with 400');
    expect(api).toHaveCalledApi('notification.drop', 'mail API refused reset_email with 400');
  });
});

describe('custom-email-provider: an outage of the mail API', () => {
  test('a 503 is retried: Auth0 runs the Action again, and the second run sends', async () => {
    const fetch = stubMailApi(503, 200);

    const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

    expect(sim).toHaveRetriedNotification('mail API unavailable (503) for reset_email');
    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 2 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a mail API still down after five retries leaves the email undelivered', async () => {
    const fetch = stubMailApi(503);

    const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

    expect(sim.notification).toEqual({
      outcome: 'retried-out',
      attempts: 6,
      reason: 'mail API unavailable (503) for reset_email',
    });
    expect(fetch).toHaveBeenCalledTimes(6);
  });
});
