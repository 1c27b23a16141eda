const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/post-login-progressive-profiling.js');

const TRIGGER = 'post-login';
const FORM_URL = 'https://profile.example.com/complete';
const SECRETS = { PROFILE_FORM_SECRET: 'profile-form-signing-secret', PROFILE_FORM_URL: FORM_URL };
const RETURNING_USER = { secrets: SECRETS, stats: { logins_count: 5 }, user: { user_metadata: {} } };

describe('post-login: who is asked for a profile', () => {
  test('a returning user without a company is sent to the profile form, with a signed session token', async () => {
    const event = mockEvent(TRIGGER, RETURNING_USER);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).toRedirectTo(FORM_URL, { query: { session_token: expect.any(String) } });
  });

  test('a first login is never interrupted', async () => {
    const event = mockEvent(TRIGGER, { ...RETURNING_USER, stats: { logins_count: 1 } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).not.toRedirectTo();
  });

  test('a user who already gave a company is left alone', async () => {
    const event = mockEvent(TRIGGER, { ...RETURNING_USER, user: { user_metadata: { company: 'Initech' } } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).not.toRedirectTo();
  });

  test('a refresh-token login, which cannot redirect, is left alone', async () => {
    const event = mockEvent(TRIGGER, { ...RETURNING_USER, transaction: { protocol: 'oauth2-refresh-token' } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).not.toRedirectTo();
  });
});

describe('post-login: the answers, back at /continue', () => {
  test('the answers from the form are saved in user_metadata', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: RETURNING_USER });
    expect(sim.status).toBe('redirected');
    expect(sim).toRedirectTo(FORM_URL, { query: { session_token: expect.any(String) } });

    const done = await sim.continue({
      token: {
        secret: SECRETS.PROFILE_FORM_SECRET,
        parameter: 'profile_token',
        payload: { company: 'Initech', job_title: 'Analyst' },
      },
    });

    expect(done.status).toBe('completed');
    expect(done).toHaveSetUserMetadata('company', 'Initech');
    expect(done).toHaveSetUserMetadata('job_title', 'Analyst');
    expect(done.user.user_metadata).toEqual(expect.objectContaining({ company: 'Initech', job_title: 'Analyst' }));
  });

  test('a token signed with another secret fails the login, and nothing is saved', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: RETURNING_USER });

    const done = await sim.continue({
      token: { secret: 'not-the-form-secret', parameter: 'profile_token', payload: { company: 'Initech' } },
    });

    expect(done.status).toBe('failed');
    expect(done.user?.user_metadata?.company).toBeUndefined();
  });
});
