import { describe, expect, test } from 'vitest';
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/post-login-claims-from-roles.js';
import { REPORTS_API, ROLES_CLAIM } from '../src/post-login-claims-from-roles.js';

const TRIGGER = 'post-login';

function loginWith(roles: string[], resourceServer = REPORTS_API) {
  return mockEvent(TRIGGER, { resource_server: { identifier: resourceServer }, authorization: { roles } });
}

describe('post-login: roles in the tokens', () => {
  test('the roles go in both tokens, under the namespaced claim', async () => {
    const event = loginWith(['analyst']);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveSetIdTokenClaim(ROLES_CLAIM, ['analyst']);
    expect(api).toHaveSetAccessTokenClaim(ROLES_CLAIM, ['analyst']);
    // A bare `roles` claim would be dropped by Auth0: the Action never sets one.
    expect(api).not.toHaveSetIdTokenClaim('roles');
  });
});

describe('post-login: scopes of the reports API', () => {
  test.each([
    { roles: ['analyst'], removesDelete: true },
    { roles: ['admin'], removesDelete: false },
  ])('$roles may read reports; delete:reports removed: $removesDelete', async ({ roles, removesDelete }) => {
    const event = loginWith(roles);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveAddedScope('read:reports');
    if (removesDelete) expect(api).toHaveRemovedScope('delete:reports');
    else expect(api).not.toHaveRemovedScope();
  });

  test('a token for another API gets the roles claim but no scope change', async () => {
    const event = loginWith(['admin'], 'https://api.example.com/billing');
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveSetAccessTokenClaim(ROLES_CLAIM);
    expect(api).not.toHaveAddedScope();
  });
});

describe('post-login: the tokens the application receives', () => {
  test('an analyst logging in to the reports API', async () => {
    const sim = await simulate(action, {
      trigger: TRIGGER,
      event: {
        resource_server: { identifier: REPORTS_API },
        authorization: { roles: ['analyst'] },
        transaction: { requested_scopes: ['openid', 'delete:reports'] },
      },
    });

    expect(sim.status).toBe('completed');
    expect(sim.idToken?.[ROLES_CLAIM]).toEqual(['analyst']);
    expect(sim.accessToken?.[ROLES_CLAIM]).toEqual(['analyst']);
    expect(String(sim.accessToken?.scope).split(' ')).toContain('read:reports');
    expect(String(sim.accessToken?.scope).split(' ')).not.toContain('delete:reports');
  });
});
