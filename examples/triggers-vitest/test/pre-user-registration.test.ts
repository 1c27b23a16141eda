import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mockApi, mockEvent, simulate } from '@auth0-actions-mock/vitest';
import * as action from '../src/pre-user-registration.js';

const TRIGGER = 'pre-user-registration';
const FORM = { request: { body: { 'ulp-full-name': '  Ada Lovelace ' } } };

describe('pre-user-registration: who may sign up', () => {
  test.each(['mailinator.com', 'YOPMAIL.com'])(
    'a disposable email domain (%s) is refused, with a message the user can act on',
    async (domain) => {
      const sim = await simulate(action, { trigger: TRIGGER, event: { ...FORM, user: { email: `ada@${domain}` } } });

      expect(sim.status).toBe('denied');
      expect(sim.denial).toEqual({
        action: 'action-1',
        method: 'access.deny',
        reason: `disposable email domain: ${domain.toLowerCase()}`,
        userMessage: 'Please sign up with a permanent email address.',
      });
      expect(sim.user).toBeUndefined();
    },
  );

  test('a signup without the full name fails validation', async () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });

    await action.onExecutePreUserRegistration(event, api);

    expect(api).toHaveDenied('Please enter your full name.', { code: 'missing_full_name' });
    expect(api).not.toHaveCalledApi('user.setUserMetadata');
  });
});

describe('pre-user-registration: the plan a new user starts on', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-03-02T08:00:00.000Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a new user starts a 14-day trial, with the name from the signup form', async () => {
    const sim = await simulate(action, { trigger: TRIGGER, event: FORM });

    expect(sim.status).toBe('completed');
    expect(sim.user?.app_metadata).toEqual({ plan: 'trial', trial_ends_at: '2026-03-16T08:00:00.000Z' });
    expect(sim.user?.user_metadata).toEqual({ full_name: 'Ada Lovelace' });
    // The signup's own event is never changed: the metadata is written when the user is created.
    expect(sim.event.user.app_metadata).toEqual({});
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

    expect(sim.user?.app_metadata).toEqual({ plan: 'enterprise' });
    expect(sim).toHaveCalledApi('user.setAppMetadata', 'plan', 'enterprise');
  });
});
