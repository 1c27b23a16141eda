import { afterEach, expect, test, vi } from 'vitest';
import { createCache, recorded, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/post-change-password.js';

const TRIGGER = 'post-change-password';
const secrets = { DOMAIN: 'acme.eu.auth0.com', CLIENT_ID: 'm2m-client', CLIENT_SECRET: 'm2m-s3cr3t' };

/** The Management API: a token endpoint and the sessions endpoint. */
function stubManagementApi({ sessionsStatus = 204 } = {}) {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) =>
    url.endsWith('/oauth/token')
      ? Response.json({ access_token: 'mgmt-tok', expires_in: 86400 })
      : new Response(null, { status: sessionsStatus }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('every session of the user is revoked once the password has changed', async () => {
  const fetch = stubManagementApi();

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { user: { user_id: 'auth0|5f7c8ec7c33c6c004bbafe82' } },
  });

  expect(sim.status).toBe('completed');
  expect(fetch).toHaveBeenLastCalledWith(
    'https://acme.eu.auth0.com/api/v2/users/auth0%7C5f7c8ec7c33c6c004bbafe82/sessions',
    {
      method: 'DELETE',
      headers: { authorization: 'Bearer mgmt-tok' },
    },
  );
  expect(sim.logs).toEqual(['[action-1] revoked the sessions of auth0|5f7c8ec7c33c6c004bbafe82']);
});

test('the Management API token is asked for once and cached', async () => {
  const fetch = stubManagementApi();
  const cache = createCache();

  const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
  const second = await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 2 });

  expect(first).toHaveCached('management-api-token', 'mgmt-tok');
  expect(second).not.toHaveCalledApi('cache.set');
  expect(fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'))).toHaveLength(1);
});

test('a failed revocation fails the Action; the password change itself stands (nothing is denied)', async () => {
  stubManagementApi({ sessionsStatus: 429 });

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect((sim.error as Error).message).toMatch(/^Could not revoke the sessions of auth0\|[0-9a-f]{24}: 429$/);
  expect(sim.denial).toBeUndefined();
  // Matchers refuse a failed Simulation (a crashed flow proves nothing), so read the call log itself.
  expect(recorded(sim).calls.map((call) => call.method)).toEqual(['cache.get', 'cache.set']);
});
