// The tenant as it is deployed: `a0deploy export --format directory --output_folder tenant` wrote ./tenant, and
// each test runs the flow its triggers bind, in order, with the Action Module and the secrets the export names.
const { join } = require('node:path');
const { loadTenant, simulate } = require('@auth0-actions-mock/jest');

const EXPORT = join(__dirname, '..', 'tenant');
// An export keeps secret names and keyword markers (##PROFILE_API_KEY##), never values: the test gives them.
const SECRETS = {
  PROFILE_API_KEY: 'test-profile-key',
  PASSWORD_WEBHOOK_URL: 'https://hooks.acme.example/password-changed',
};

let tenant;
beforeAll(async () => {
  tenant = await loadTenant(EXPORT);
});

test('the export binds Actions to three triggers, each Action with the secret names it declares', () => {
  expect(tenant.triggers).toEqual(['post-login', 'pre-user-registration', 'post-change-password']);
  expect(tenant.flow('post-login').map((action) => action.name)).toEqual(['enrich-profile', 'require-mfa-for-admins']);
  expect(tenant.actions.find((action) => action.name === 'notify-password-change')).toMatchObject({
    trigger: 'post-change-password',
    secretNames: ['PASSWORD_WEBHOOK_URL'],
    runtime: 'node22',
    deployed: true,
  });
});

describe('post-login', () => {
  test('an employee logs in: both Actions run and the ID token carries their claims', async () => {
    const login = await simulate(tenant.flow('post-login'), {
      trigger: 'post-login',
      secrets: SECRETS,
      event: { user: { email: 'ada@acme.example', app_metadata: {} }, authorization: { roles: ['editor'] } },
    });
    expect(login.status).toBe('completed');
    expect(login.actions.map((action) => action.name)).toEqual(['enrich-profile', 'require-mfa-for-admins']);
    expect(login.idToken).toMatchObject({
      'https://acme.example/roles': ['editor'],
      'https://acme.example/company': 'Acme',
    });
    expect(login).toHaveSetAppMetadata('signup_country', login.event.request.geoip.countryCode);
  });

  test('an administrator is challenged for a one-time password, then gets the token', async () => {
    const login = await simulate(tenant.flow('post-login'), {
      trigger: 'post-login',
      secrets: SECRETS,
      event: { authorization: { roles: ['admin'] } },
    });
    expect(login.status).toBe('challenged');
    expect(login).toHaveChallengedWith('otp');
    await login.completeChallenge('otp');
    expect(login.status).toBe('completed');
    expect(login.idToken).toMatchObject({
      'https://acme.example/roles': ['admin'],
      'https://acme.example/company': 'external',
    });
  });

  test('without the secret the export only names, the flow does not start', async () => {
    await expect(simulate(tenant.flow('post-login'), { trigger: 'post-login' })).rejects.toThrow(
      /"enrich-profile" declares the secret PROFILE_API_KEY/,
    );
  });
});

describe('pre-user-registration', () => {
  test('a throwaway mailbox is refused with the message the user sees', async () => {
    const signup = await simulate(tenant.flow('pre-user-registration'), {
      trigger: 'pre-user-registration',
      event: { user: { email: 'someone@mailinator.com' } },
    });
    expect(signup).toHaveDenied('disposable_email', { userMessage: 'Please sign up with an email address you keep.' });
  });

  test('a real address signs up', async () => {
    const signup = await simulate(tenant.flow('pre-user-registration'), {
      trigger: 'pre-user-registration',
      event: { user: { email: 'grace@example.org' } },
    });
    expect(signup.status).toBe('completed');
    expect(signup).not.toHaveDenied();
  });
});

describe('post-change-password', () => {
  afterEach(() => jest.restoreAllMocks());

  test("the security webhook is told, at the URL the tenant's secret holds", async () => {
    const fetch = jest.spyOn(global, 'fetch').mockResolvedValue({ ok: true, status: 204 });
    const change = await simulate(tenant.flow('post-change-password'), {
      trigger: 'post-change-password',
      secrets: SECRETS,
    });
    expect(change.status).toBe('completed');
    expect(fetch).toHaveBeenCalledWith(SECRETS.PASSWORD_WEBHOOK_URL, expect.objectContaining({ method: 'POST' }));
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({
      user_id: change.event.user.user_id,
      connection: change.event.connection.name,
    });
  });

  test('a webhook that is down is logged, and the flow still completes', async () => {
    jest.spyOn(global, 'fetch').mockRejectedValue(new Error('connect ECONNREFUSED'));
    const change = await simulate(tenant.flow('post-change-password'), {
      trigger: 'post-change-password',
      secrets: SECRETS,
    });
    expect(change.status).toBe('completed');
    expect(change.logs).toEqual(['[notify-password-change] webhook unreachable: connect ECONNREFUSED']);
  });
});
