const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/custom-phone-provider.js');

const TRIGGER = 'custom-phone-provider';
const secrets = { TELEPHONY_URL: 'https://voice.example.com/v2', TELEPHONY_KEY: 'tel-key-1' };
// Overrides replace fields, they do not re-render the message: an OTP override brings its own texts.
const OTP = {
  message_type: 'otp_verify',
  code: '417293',
  as_text: '417293 is your verification code for Acme.',
  as_voice: 'Hello. Your verification code for Acme is 4. 1. 7. 2. 9. 3. I repeat, 4. 1. 7. 2. 9. 3.',
};

function reply(status) {
  return { ok: status >= 200 && status < 300, status, json: async () => ({}) };
}

/** The telephony API answering each request with the next status of `statuses` (the last one repeats). */
function telephony(...statuses) {
  let requests = 0;
  return jest.fn(async () => reply(statuses[Math.min(requests++, statuses.length - 1)]));
}

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

describe('custom-phone-provider: text or voice, as delivery_method says', () => {
  test('a text sends as_text by SMS, from the tenant number', async () => {
    global.fetch = telephony(200);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'text' } },
    });

    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 1 });
    const { recipient, from, as_text: asText } = sim.event.notification;
    const [url, request] = global.fetch.mock.calls[0];
    expect(url).toBe('https://voice.example.com/v2/sms');
    expect(JSON.parse(request.body)).toEqual({ to: recipient, from, text: asText });
  });

  test('unit: a voice message is a call that reads as_voice', async () => {
    const event = mockEvent(TRIGGER, { secrets, notification: { ...OTP, delivery_method: 'voice' } });
    const api = mockApi(TRIGGER, { event });
    global.fetch = telephony(200);

    await action.onExecuteCustomPhoneProvider(event, api);

    const [url, request] = global.fetch.mock.calls[0];
    expect(url).toBe('https://voice.example.com/v2/calls');
    expect(JSON.parse(request.body)).toEqual({
      to: event.notification.recipient,
      from: event.notification.from,
      speak: event.notification.as_voice,
    });
    expect(api).not.toHaveCalledApi('notification.drop');
    expect(api).not.toHaveCalledApi('notification.retry');
  });
});

describe('custom-phone-provider: failed deliveries', () => {
  test('a number the API cannot reach is dropped after one run', async () => {
    global.fetch = telephony(400);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'voice', recipient: '+12065550123' } },
    });

    expect(sim).toHaveDroppedNotification('telephony API cannot deliver otp_verify by voice to +12065550123 (400)');
    expect(sim.notification.outcome).toBe('dropped');
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });

  test('a rate limit is retried until the API takes the message', async () => {
    global.fetch = telephony(429, 429, 200);

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { notification: { ...OTP, delivery_method: 'text' } },
    });

    expect(sim).toHaveRetriedNotification('telephony API answered 429 for otp_verify');
    expect(sim.notification).toEqual({ outcome: 'sent', attempts: 3 });
  });
});
