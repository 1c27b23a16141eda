import { describe, expect, test } from 'vitest';
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/post-login-progressive-profiling.js';

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

  test.each([
    ['a first login', { stats: { logins_count: 1 } }],
    ['a user who already gave a company', { user: { user_metadata: { company: 'Initech' } } }],
    ['a refresh-token login, which cannot redirect', { transaction: { protocol: 'oauth2-refresh-token' as const } }],
  ])('%s is left alone', async (_label, overrides) => {
    const event = mockEvent(TRIGGER, { ...RETURNING_USER, ...overrides });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePostLogin(event, api);

    expect(api).not.toRedirectTo();
  });
});

describe('post-login: the answers, back at /continue', () => {
  test('the answers from the form are saved in user_metadata', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: RETURNING_USER });
    expect(sim.status).toBe('redirected');

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
    expect(done.user?.user_metadata).toEqual(expect.objectContaining({ company: 'Initech', job_title: 'Analyst' }));
  });

  test('a token signed with another secret fails the login, and nothing is saved', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: RETURNING_USER });

    const done = await sim.continue({
      token: { secret: 'not-the-form-secret', parameter: 'profile_token', payload: { company: 'Initech' } },
    });

    expect(done.status).toBe('failed');
  });
});
