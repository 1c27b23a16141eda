const { createCache, mockEvent, recorded, simulate } = require('@auth0-actions-mock/jest');

// Events are built at the clock's time: pin it, so the event built here and the one simulate() builds agree.
beforeEach(() =>
  jest.useFakeTimers({
    now: Date.parse('2026-03-01T12:00:00.000Z'),
    doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'clearTimeout'],
  }),
);
afterEach(() => jest.useRealTimers());
const action = require('../actions/event-stream.js');

const TRIGGER = 'event-stream';
const secrets = { WEBHOOK_URL: 'https://hooks.example.com/auth0', WEBHOOK_TOKEN: 'hook-token' };

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
  global.fetch = jest.fn(async () => ({ ok: true, status: 200 }));
});
afterEach(() => {
  global.fetch = realFetch;
});

test('a user.created event is forwarded with the new user', async () => {
  const { message } = mockEvent(TRIGGER);

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('completed');
  expect(global.fetch).toHaveBeenCalledTimes(1);
  const [url, request] = global.fetch.mock.calls[0];
  expect(url).toBe('https://hooks.example.com/auth0');
  expect(JSON.parse(request.body)).toEqual({
    event_id: message.id,
    tenant: message.a0tenant,
    user_id: message.data.object.user_id,
    email: message.data.object.email,
    created_at: message.time,
  });
  expect(sim).toHaveCached(`delivered:${message.id}`, '1');
});

test('other event types are not forwarded', async () => {
  const sim = await simulate(action, { trigger: TRIGGER, secrets, event: { message: { type: 'user.deleted' } } });

  expect(sim.status).toBe('completed');
  expect(global.fetch).not.toHaveBeenCalled();
  expect(sim).not.toHaveCalledApi('cache.get');
});

test('a duplicate delivery of the same event is forwarded once', async () => {
  const cache = createCache();

  await simulate(action, { trigger: TRIGGER, secrets, cache });
  const again = await simulate(action, { trigger: TRIGGER, secrets, cache });

  expect(again.status).toBe('completed');
  expect(global.fetch).toHaveBeenCalledTimes(1);
});

test('a webhook failure fails the delivery (Auth0 retries it) and records nothing as delivered', async () => {
  global.fetch = jest.fn(async () => ({ ok: false, status: 500 }));

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect(sim.error.message).toBe('Webhook answered 500');
  // Matchers refuse a failed Simulation (a crashed flow proves nothing), so read the call log itself.
  expect(recorded(sim).calls.map((call) => call.method)).toEqual(['cache.get']);
});
