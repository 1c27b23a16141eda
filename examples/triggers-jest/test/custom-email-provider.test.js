const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/custom-email-provider.js');

const TRIGGER = 'custom-email-provider';
const secrets = { MAIL_API_URL: 'https://mail.example.com/v1', MAIL_API_KEY: 'mail-key-1' };
const RESET = { notification: { message_type: 'reset_email' } };

function reply(status, body = {}) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

/** The mail API answering each send with the next status of `statuses` (the last one repeats). */
function mailApi(...statuses) {
  let sends = 0;
  return jest.fn(async () => {
    const status = statuses[Math.min(sends++, statuses.length - 1)];
    return status === 422 ? reply(422, { error: 'recipient_suppressed' }) : reply(status);
  });
}

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

describe('custom-email-provider: sending', () => {
  test('the rendered email goes to the mail API as Auth0 wrote it, and is sent in one run', async () => {
    global.fetch = mailApi(200);

    const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

    expect(sim.status).toBe('completed');
    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 1 });
    const { from, to, subject, text, html } = sim.event.notification;
    const [url, request] = global.fetch.mock.calls[0];
    expect(url).toBe('https://mail.example.com/v1/send');
    expect(JSON.parse(request.body)).toEqual({ from, to, subject, text, html, tag: 'reset_email' });
    expect(sim).not.toHaveDroppedNotification();
    expect(sim).not.toHaveRetriedNotification();
  });
});

describe('custom-email-provider: what cannot be sent', () => {
  test('an unsubscribed recipient is dropped, not retried', async () => {
    global.fetch = mailApi(422);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { message_type: 'welcome_email', to: 'ada@example.com' } },
    });

    expect(sim).toHaveDroppedNotification('ada@example.com unsubscribed or bounced: not sending welcome_email');
    expect(sim.notification).toEqual({
      outcome: 'dropped',
      attempts: 1,
      reason: 'ada@example.com unsubscribed or bounced: not sending welcome_email',
    });
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });

  test('unit: another refusal is dropped with its status', async () => {
    const event = mockEvent(TRIGGER, { ...RESET, secrets });
    const api = mockApi(TRIGGER, { event });
    global.fetch = mailApi(400);

    await action.onExecuteCustomEmailProvider(event, api);

    expect(api).toHaveDroppedNotification('mail API refused reset_email with 400');
    expect(api).toHaveCalledApi('notification.drop', 'mail API refused reset_email with 400');
  });
});

describe('custom-email-provider: an outage of the mail API', () => {
  test('a 503 is retried: Auth0 runs the Action again, and the second run sends', async () => {
    global.fetch = mailApi(503, 200);

    const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

    expect(sim).toHaveRetriedNotification('mail API unavailable (503) for reset_email');
    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 2 });
    expect(global.fetch).toHaveBeenCalledTimes(2);
  });

  test('a mail API still down after five retries leaves the email undelivered', async () => {
    global.fetch = mailApi(503);

    const sim = await simulate(action, { trigger: TRIGGER, secrets, event: RESET });

    expect(sim.notification).toEqual({
      outcome: 'retried-out',
      attempts: 6,
      reason: 'mail API unavailable (503) for reset_email',
    });
    expect(global.fetch).toHaveBeenCalledTimes(6);
  });
});
