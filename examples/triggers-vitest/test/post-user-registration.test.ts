import { afterEach, expect, test, vi } from 'vitest';
import { createCache, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/post-user-registration.js';

const TRIGGER = 'post-user-registration';
const secrets = { CRM_URL: 'https://crm.example.com', CRM_CLIENT_ID: 'auth0-signups', CRM_CLIENT_SECRET: 's3cr3t-crm' };

/** The CRM: a token endpoint and a contacts endpoint, recorded by a vi.fn() in place of fetch. */
function stubCrm({ contactsStatus = 201 } = {}) {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) =>
    url.endsWith('/oauth/token')
      ? Response.json({ access_token: 'crm-tok-1', expires_in: 3600 })
      : new Response(null, { status: contactsStatus }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('a new user becomes a CRM contact, with the plan pre-user-registration gave them', async () => {
  const fetch = stubCrm();

  const sim = await simulate(action, {
    trigger: TRIGGER,
    secrets,
    event: { user: { app_metadata: { plan: 'trial' } } },
  });

  expect(sim.status).toBe('completed');
  expect(fetch).toHaveBeenLastCalledWith(
    'https://crm.example.com/contacts',
    expect.objectContaining({ method: 'POST' }),
  );
  const request = fetch.mock.lastCall?.[1];
  expect(new Headers(request?.headers).get('authorization')).toBe('Bearer crm-tok-1');
  expect(JSON.parse(request?.body as string)).toEqual({
    external_id: sim.event.user.user_id,
    email: sim.event.user.email,
    plan: 'trial',
    signed_up_at: sim.event.user.created_at,
  });
});

test('the CRM token is cached for the next signups, a minute short of its lifetime', async () => {
  const fetch = stubCrm();
  const cache = createCache();

  const first = await simulate(action, { trigger: TRIGGER, secrets, cache });
  await simulate(action, { trigger: TRIGGER, secrets, cache, seed: 'another user' });

  expect(first).toHaveCached('crm-token', 'crm-tok-1');
  expect(first).toHaveCalledApi('cache.set', 'crm-token', 'crm-tok-1', { ttl: 3540 * 1000 });
  expect(fetch.mock.calls.filter(([url]) => url.endsWith('/oauth/token'))).toHaveLength(1);
});

test('a CRM failure fails the Action but not the signup: nothing is denied', async () => {
  stubCrm({ contactsStatus: 503 });

  const sim = await simulate(action, { trigger: TRIGGER, secrets });

  expect(sim.status).toBe('failed');
  expect((sim.error as Error).message).toBe('CRM rejected the contact with 503');
  expect(sim.denial).toBeUndefined();
});
