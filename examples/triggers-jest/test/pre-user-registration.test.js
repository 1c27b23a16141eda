const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/jest');
const action = require('../actions/pre-user-registration.js');

const TRIGGER = 'pre-user-registration';
const FORM = { request: { body: { 'ulp-full-name': '  Ada Lovelace ' } } };

describe('pre-user-registration: who may sign up', () => {
  test('a disposable email domain is refused, with a message the user can act on', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: { ...FORM, user: { email: 'ada@mailinator.com' } } });

    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('disposable email domain: mailinator.com', {
      userMessage: 'Please sign up with a permanent email address.',
    });
    expect(sim.user).toBeUndefined();
  });

  test('a signup without the full name fails validation', async () => {
    const event = mockEvent(TRIGGER, { request: { body: { 'ulp-full-name': '   ' } } });
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePreUserRegistration(event, api);

    expect(api).toHaveDenied('Please enter your full name.', { code: 'missing_full_name' });
    expect(api).not.toHaveCalledApi('user.setAppMetadata');
  });
});

describe('pre-user-registration: the plan a new user starts on', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-03-02T08:00:00.000Z') });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a new user starts a 14-day trial, with the name from the signup form', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: FORM });

    expect(sim.status).toBe('completed');
    expect(sim.user).toEqual({
      email: sim.event.user.email,
      app_metadata: { plan: 'trial', trial_ends_at: '2026-03-16T08:00:00.000Z' },
      user_metadata: { full_name: 'Ada Lovelace' },
    });
  });

  test('a domain the application lists as enterprise gets the enterprise plan, no trial', async () => {
    const sim = await simulate(action, {
      trigger: TRIGGER,
      event: {
        ...FORM,
        user: { email: 'ada@initech.com' },
        client: { metadata: { enterprise_domains: 'globex.com, initech.com' } },
      },
    });

    expect(sim.user.app_metadata).toEqual({ plan: 'enterprise' });
    expect(sim).toHaveCalledApi('user.setAppMetadata', 'plan', 'enterprise');
    expect(sim).not.toHaveCalledApi('user.setAppMetadata', 'trial_ends_at', expect.anything());
  });
});
