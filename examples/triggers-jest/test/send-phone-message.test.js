const { createCache, mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/send-phone-message.js');

const TRIGGER = 'send-phone-message';
const secrets = {
  GATEWAY_URL: 'https://sms.example.com',
  GATEWAY_CLIENT_ID: 'auth0-mfa',
  GATEWAY_CLIENT_SECRET: 's3cr3t-sms',
};

function reply(status, body = {}) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

/** The gateway: a token endpoint and the message and call endpoints, as jest.fn() records them. */
function gateway({ sendStatus = 202 } = {}) {
  return jest.fn(async (url) =>
    url.endsWith('/oauth/token') ? reply(200, { access_token: 'sms-tok-1', expires_in: 3600 }) : reply(sendStatus),
  );
}

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

describe('send-phone-message: how the code reaches the phone', () => {
  test('an sms is a text with the rendered message, to the recipient', async () => {
    global.fetch = gateway();

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { message_options: { message_type: 'sms' } },
    });

    expect(sim.status).toBe('completed');
    const { recipient, text, code } = sim.event.message_options;
    expect(text).toContain(code);
    const [url, request] = global.fetch.mock.calls[1];
    expect(url).toBe('https://sms.example.com/messages');
    expect(request.headers.authorization).toBe('Bearer sms-tok-1');
    expect(JSON.parse(request.body)).toEqual({ to: recipient, body: text });
  });

  test('a voice message is a call that reads the text out', async () => {
    const event = mockEvent(TRIGGER, {
      secrets,
      // The event's text is rendered from the code, as Auth0 renders it: a call reads it digit by digit.
      message_options: { message_type: 'voice', code: '417293' },
    });
    const api = mockApi(TRIGGER, { event });
    global.fetch = gateway();

    await action.onExecuteSendPhoneMessage(event, api);

    const [url, request] = global.fetch.mock.calls[1];
    expect(url).toBe('https://sms.example.com/calls');
    expect(JSON.parse(request.body)).toEqual({
      to: event.message_options.recipient,
      say: expect.stringContaining('4. 1. 7. 2. 9. 3.'),
    });
  });
});

describe('send-phone-message: the gateway token', () => {
  test('is cached for the next logins, a minute short of its lifetime', async () => {
    global.fetch = gateway();
    const cache = createCache();

    const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
    await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 'another user' });

    expect(first).toHaveCached('sms-gateway-token', 'sms-tok-1');
    expect(first).toHaveCalledApi('cache.set', 'sms-gateway-token', 'sms-tok-1', { ttl: 3540 * 1000 });
    const tokenRequests = global.fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'));
    expect(tokenRequests).toHaveLength(1);
  });
});

test('a gateway refusal fails the MFA step: the user asks for a new code', async () => {
  global.fetch = gateway({ sendStatus: 500 });

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { message_options: { message_type: 'sms' } },
  });

  expect(sim.status).toBe('failed');
  expect(sim.error.message).toBe('SMS gateway refused the sms with 500');
});
