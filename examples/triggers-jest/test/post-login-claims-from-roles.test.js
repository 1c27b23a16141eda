const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/post-login-claims-from-roles.js');

const TRIGGER = 'post-login';
const ROLES_CLAIM = 'https://reports.example.com/roles';
const REPORTS_API = { resource_server: { identifier: 'https://api.example.com/reports' } };

function loginWith(roles, overrides = {}) {
  return mockEvent(TRIGGER, { ...REPORTS_API, authorization: { roles }, ...overrides });
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

  test('a user with no roles gets an empty list, not a missing claim', async () => {
    const event = loginWith([]);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveSetIdTokenClaim(ROLES_CLAIM, []);
  });
});

describe('post-login: scopes of the reports API', () => {
  test('an analyst may read reports but not delete them', async () => {
    const event = loginWith(['analyst']);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveAddedScope('read:reports');
    expect(api).toHaveRemovedScope('delete:reports');
  });

  test('an admin keeps the right to delete', async () => {
    const event = loginWith(['admin']);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveAddedScope('read:reports');
    expect(api).not.toHaveRemovedScope();
  });

  test('a token for another API gets the roles claim but no scope change', async () => {
    const event = loginWith(['admin'], { resource_server: { identifier: 'https://api.example.com/billing' } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toHaveSetAccessTokenClaim(ROLES_CLAIM);
    expect(api).not.toHaveAddedScope();
    expect(api).not.toHaveRemovedScope();
  });
});

describe('post-login: the tokens the application receives', () => {
  test('an analyst logging in to the reports API', async () => {
    const sim = await simulate(action, {
      trigger: TRIGGER,
      event: {
        ...REPORTS_API,
        authorization: { roles: ['analyst'] },
        transaction: { requested_scopes: ['openid', 'delete:reports'] },
      },
    });

    expect(sim.status).toBe('completed');
    expect(sim.idToken[ROLES_CLAIM]).toEqual(['analyst']);
    expect(sim.accessToken[ROLES_CLAIM]).toEqual(['analyst']);
    expect(sim.accessToken.scope.split(' ')).toContain('read:reports');
    expect(sim.accessToken.scope.split(' ')).not.toContain('delete:reports');
  });
});
