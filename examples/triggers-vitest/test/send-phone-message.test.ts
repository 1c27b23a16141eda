import { afterEach, describe, expect, test, vi } from 'vitest';
import { createCache, mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/send-phone-message.js';

const TRIGGER = 'send-phone-message';
const secrets = {
  GATEWAY_URL: 'https://sms.example.com',
  GATEWAY_CLIENT_ID: 'auth0-mfa',
  GATEWAY_CLIENT_SECRET: 's3cr3t-sms',
};

/** The gateway: a token endpoint and the message and call endpoints, recorded by a vi.fn() in place of fetch. */
function stubGateway({ sendStatus = 202 } = {}) {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) =>
    url.endsWith('/oauth/token')
      ? Response.json({ access_token: 'sms-tok-1', expires_in: 3600 })
      : new Response(null, { status: sendStatus }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('send-phone-message: how the code reaches the phone', () => {
  test('an sms is a text with the rendered message, to the recipient', async () => {
    const fetch = stubGateway();

    const sim = await simulate(action, {
      trigger: TRIGGER,
      secrets,
      event: { message_options: { message_type: 'sms' } },
    });

    expect(sim.status).toBe('completed');
    const { recipient, text, code } = sim.event.message_options;
    expect(text).toContain(code);
    expect(fetch).toHaveBeenLastCalledWith(
      'https://sms.example.com/messages',
      expect.objectContaining({ method: 'POST' }),
    );
    const request = fetch.mock.lastCall?.[1];
    expect(new Headers(request?.headers).get('authorization')).toBe('Bearer sms-tok-1');
    expect(JSON.parse(request?.body as string)).toEqual({ to: recipient, body: text });
  });

  test('unit: a voice message is a call that reads the text out', async () => {
    const event = mockEvent(TRIGGER, {
      secrets,
      // The event's text is rendered from the code, as Auth0 renders it: a call reads it digit by digit.
      message_options: { message_type: 'voice', code: '417293' },
    });
    const api = mockApi(TRIGGER, { event });
    const fetch = stubGateway();

    await action.onExecuteSendPhoneMessage(event, api);

    expect(fetch).toHaveBeenLastCalledWith('https://sms.example.com/calls', expect.anything());
    expect(JSON.parse(fetch.mock.lastCall?.[1]?.body as string)).toEqual({
      to: event.message_options.recipient,
      say: expect.stringContaining('4. 1. 7. 2. 9. 3.'),
    });
  });
});

test('send-phone-message: the gateway token is cached for the next logins, a minute short of its lifetime', async () => {
  const fetch = stubGateway();
  const cache = createCache();

  const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
  await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 'another user' });

  expect(first).toHaveCached(action.TOKEN_KEY, 'sms-tok-1');
  expect(first).toHaveCalledApi('cache.set', action.TOKEN_KEY, 'sms-tok-1', { ttl: 3540 * 1000 });
  expect(fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'))).toHaveLength(1);
});

test('send-phone-message: a gateway refusal fails the MFA step, and the user asks for a new code', async () => {
  stubGateway({ sendStatus: 500 });

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { message_options: { message_type: 'sms' } },
  });

  expect(sim.status).toBe('failed');
  expect((sim.error as Error).message).toBe('SMS gateway refused the sms with 500');
});
