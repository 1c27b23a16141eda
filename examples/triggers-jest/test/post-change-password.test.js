const { createCache, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/post-change-password.js');

const TRIGGER = 'post-change-password';
const secrets = { DOMAIN: 'acme.eu.auth0.com', CLIENT_ID: 'm2m-client', CLIENT_SECRET: 'm2m-s3cr3t' };

function reply(status, body = {}) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

/** The Management API: a token endpoint and the sessions endpoint. */
function managementApi({ sessionsStatus = 204 } = {}) {
  return jest.fn(async (url) =>
    url.endsWith('/oauth/token') ? reply(200, { access_token: 'mgmt-tok', expires_in: 86400 }) : reply(sessionsStatus),
  );
}

let realFetch;
beforeEach(() => {
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

test('every session of the user is revoked once the password has changed', async () => {
  global.fetch = managementApi();

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { user: { user_id: 'auth0|5f7c8ec7c33c6c004bbafe82' } },
  });

  expect(sim.status).toBe('completed');
  expect(global.fetch).toHaveBeenLastCalledWith(
    'https://acme.eu.auth0.com/api/v2/users/auth0%7C5f7c8ec7c33c6c004bbafe82/sessions',
    {
      method: 'DELETE',
      headers: { authorization: 'Bearer mgmt-tok' },
    },
  );
  expect(sim.logs).toEqual(['[action-1] revoked the sessions of auth0|5f7c8ec7c33c6c004bbafe82']);
});

test('the Management API token is asked for once and cached', async () => {
  global.fetch = managementApi();
  const cache = createCache();

  const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
  const second = await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 2 });

  expect(first).toHaveCached('management-api-token', 'mgmt-tok');
  expect(second).toHaveCalledApi('cache.get', 'management-api-token');
  expect(second).not.toHaveCalledApi('cache.set');
  expect(global.fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'))).toHaveLength(1);
});

test('a failed revocation fails the Action; the password change itself stands (nothing is denied)', async () => {
  global.fetch = managementApi({ sessionsStatus: 429 });

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect(sim.error.message).toMatch(/^Could not revoke the sessions of auth0\|[0-9a-f]{24}: 429$/);
  expect(sim.denial).toBeUndefined();
});
