import { afterEach, describe, expect, test, vi } from 'vitest';
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/custom-phone-provider.js';

const TRIGGER = 'custom-phone-provider';
const secrets = { TELEPHONY_URL: 'https://voice.example.com/v2', TELEPHONY_KEY: 'tel-key-1' };
// Overrides replace fields, they do not re-render the message: an OTP override brings its own texts.
const OTP = {
  message_type: 'otp_verify' as const,
  code: '417293',
  as_text: '417293 is your verification code for Acme.',
  as_voice: 'Hello. Your verification code for Acme is 4. 1. 7. 2. 9. 3. I repeat, 4. 1. 7. 2. 9. 3.',
};

/** The telephony API answering each request with the next status of `statuses` (the last one repeats). */
function stubTelephony(...statuses: number[]) {
  let requests = 0;
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(null, { status: statuses[Math.min(requests++, statuses.length - 1)] }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('custom-phone-provider: text or voice, as delivery_method says', () => {
  test('a text sends as_text by SMS, from the tenant number', async () => {
    const fetch = stubTelephony(200);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'text' } },
    });

    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 1 });
    const { recipient, from } = sim.event.notification;
    expect(fetch).toHaveBeenCalledWith('https://voice.example.com/v2/sms', expect.anything());
    expect(JSON.parse(fetch.mock.lastCall?.[1]?.body as string)).toEqual({ to: recipient, from, text: OTP.as_text });
  });

  test('unit: a voice message is a call that reads as_voice', async () => {
    const event = mockEvent(TRIGGER, { secrets, notification: { ...OTP, delivery_method: 'voice' } });
    const api = mockApi(TRIGGER, { event });
    const fetch = stubTelephony(200);

    await action.onExecuteCustomPhoneProvider(event, api);

    const { recipient, from } = event.notification;
    expect(fetch).toHaveBeenCalledWith('https://voice.example.com/v2/calls', expect.anything());
    expect(JSON.parse(fetch.mock.lastCall?.[1]?.body as string)).toEqual({ to: recipient, from, speak: OTP.as_voice });
    expect(api).not.toHaveCalledApi('notification.drop');
    expect(api).not.toHaveCalledApi('notification.retry');
  });
});

describe('custom-phone-provider: failed deliveries', () => {
  test('a number the API cannot reach is dropped after one run', async () => {
    const fetch = stubTelephony(400);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'voice', recipient: '+12065550123' } },
    });

    expect(sim).toHaveDroppedNotification('telephony API cannot deliver otp_verify by voice to +12065550123 (400)');
    expect(sim.notification?.outcome).toBe('dropped');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a rate limit is retried until the API takes the message', async () => {
    stubTelephony(429, 429, 200);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'text' } },
    });

    expect(sim).toHaveRetriedNotification('telephony API answered 429 for otp_verify');
    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 3 });
  });
});
