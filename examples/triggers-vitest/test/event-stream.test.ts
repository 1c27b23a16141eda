import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createCache, mockApi, mockEvent, recorded, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/event-stream.js';

// Events are built at the clock's time: pin it, so the event built here and the one simulate() builds agree.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-03-01T12:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const TRIGGER = 'event-stream';
const secrets = { WEBHOOK_URL: 'https://hooks.example.com/auth0', WEBHOOK_TOKEN: 'hook-token' };

let webhook: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;
beforeEach(() => {
  webhook = vi.fn(async () => new Response(null, { status: 200 }));
  vi.stubGlobal('fetch', webhook);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('a user.created event is forwarded with the new user', async () => {
  const event = mockEvent(TRIGGER, { secrets });
  const api = mockApi(TRIGGER, { event });

  await action.onExecuteEventStream(event, api);

  const { message } = event;
  expect(webhook).toHaveBeenCalledTimes(1);
  expect(JSON.parse(webhook.mock.calls[0]?.[1]?.body as string)).toEqual({
    event_id: message.id,
    tenant: message.a0tenant,
    user_id: message.data?.object.user_id,
    email: message.data?.object.email,
    created_at: message.time,
  });
  expect(api).toHaveCached(`delivered:${message.id}`, '1');
});

test('other event types are not forwarded', async () => {
  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { message: { type: 'organization.member.added' } },
  });

  expect(sim.status).toBe('completed');
  expect(webhook).not.toHaveBeenCalled();
});

test('a duplicate delivery of the same event is forwarded once', async () => {
  const cache = createCache();

  await simulate(action, { trigger: TRIGGER, secrets, cache });
  const again = await simulate(action, { trigger: TRIGGER, secrets, cache });

  expect(again.status).toBe('completed');
  expect(again).toHaveCalledApi('cache.get', expect.stringMatching(/^delivered:evt_/));
  expect(webhook).toHaveBeenCalledTimes(1);
});

test('a webhook failure fails the delivery (Auth0 retries it) and records nothing as delivered', async () => {
  webhook.mockResolvedValue(new Response(null, { status: 500 }));

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect((sim.error as Error).message).toBe('Webhook answered 500');
  // Matchers refuse a failed Simulation (a crashed flow proves nothing), so read the call log itself.
  expect(recorded(sim).calls.map((call) => call.method)).toEqual(['cache.get']);
});
