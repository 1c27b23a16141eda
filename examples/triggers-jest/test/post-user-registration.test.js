const { createCache, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/post-user-registration.js');

const TRIGGER = 'post-user-registration';
const secrets = { CRM_URL: 'https://crm.example.com', CRM_CLIENT_ID: 'auth0-signups', CRM_CLIENT_SECRET: 's3cr3t-crm' };

function reply(status, body = {}) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

/** The CRM: a token endpoint and a contacts endpoint, as jest.fn() records them. */
function crm({ contactsStatus = 201 } = {}) {
  return jest.fn(async (url) =>
    url.endsWith('/oauth/token') ? reply(200, { access_token: 'crm-tok-1', expires_in: 3600 }) : reply(contactsStatus),
  );
}

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

test('a new user becomes a CRM contact, with the plan pre-user-registration gave them', async () => {
  global.fetch = crm();

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { user: { app_metadata: { plan: 'trial' } } },
  });

  expect(sim.status).toBe('completed');
  const [url, request] = global.fetch.mock.calls[1];
  expect(url).toBe('https://crm.example.com/contacts');
  expect(request.headers.authorization).toBe('Bearer crm-tok-1');
  expect(JSON.parse(request.body)).toEqual({
    external_id: sim.event.user.user_id,
    email: sim.event.user.email,
    plan: 'trial',
    signed_up_at: sim.event.user.created_at,
  });
});

test('the CRM token is cached for the next signups, a minute short of its lifetime', async () => {
  global.fetch = crm();
  const cache = createCache();

  const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
  await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 'another user' });

  expect(first).toHaveCached('crm-token', 'crm-tok-1');
  expect(first).toHaveCalledApi('cache.set', 'crm-token', 'crm-tok-1', { ttl: 3540 * 1000 });
  const tokenRequests = global.fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'));
  expect(tokenRequests).toHaveLength(1);
});

test('a CRM failure fails the Action but not the signup: nothing is denied', async () => {
  global.fetch = crm({ contactsStatus: 503 });

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect(sim.error.message).toBe('CRM rejected the contact with 503');
  expect(sim.denial).toBeUndefined();
});
