import { describe, expect, it } from 'vitest';
import { simulate, type PreUserRegistrationApi, type PreUserRegistrationEvent } from '../../../src/index.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'pre-user-registration';

type Handler = (event: PreUserRegistrationEvent, api: PreUserRegistrationApi) => Promise<void>;

function action(name: string, onExecutePreUserRegistration: Handler, onContinuePreUserRegistration?: Handler) {
  return onContinuePreUserRegistration
    ? { name, onExecutePreUserRegistration, onContinuePreUserRegistration }
    : { name, onExecutePreUserRegistration };
}

const ran = (sim: { actions: Array<{ name: string; handler: string }> }) =>
  sim.actions.map(({ name, handler }) => `${name}:${handler}`);

describe('simulate(pre-user-registration): denials', () => {
  it('access.deny ends the signup after its Action: denied, with reason and user message, no user created', async () => {
    let laterRan = false;
    const sim = await simulate(
      [
        action('metadata', async (_event, api) => {
          api.user.setAppMetadata('plan', 'trial');
        }),
        action('gate', async (_event, api) => {
          api.access.deny('disposable domain', 'Please use your work email.');
        }),
        action('later', async () => {
          laterRan = true;
        }),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('denied');
    expect(sim.denial).toEqual({
      action: 'gate',
      method: 'access.deny',
      reason: 'disposable domain',
      userMessage: 'Please use your work email.',
    });
    expect(laterRan).toBe(false);
    expect(sim.user).toBeUndefined();
    expect(sim).toHaveDenied('disposable domain', { userMessage: 'Please use your work email.' });
  });

  it('validation.error ends the signup too: denied with its code, the message as reason', async () => {
    const sim = await simulate(
      action('validate', async (event, api) => {
        if (event.request.body['ulp-full-name'] === undefined)
          api.validation.error('invalid_payload', 'Missing full name');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('denied');
    expect(sim.denial).toEqual({
      action: 'validate',
      method: 'validation.error',
      code: 'invalid_payload',
      reason: 'Missing full name',
    });
    expect(sim).toHaveDenied('Missing full name', { code: 'invalid_payload' });
  });

  it('with deny and validation.error in one Action, the first call is the denial reported', async () => {
    const sim = await simulate(
      action('both', async (_event, api) => {
        api.validation.error('bad_name', 'Name is required').access.deny('later', 'Later');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.denial?.method).toBe('validation.error');
  });
});

describe('simulate(pre-user-registration): the user created (sim.user)', () => {
  it("merges every Action's metadata writes once, in order (null deletes), while event.user stays as the signup gave it", async () => {
    const seen: unknown[] = [];
    const sim = await simulate(
      [
        action('first', async (_event, api) => {
          api.user
            .setAppMetadata('plan', 'trial')
            .user.setAppMetadata('referrer', 'ads')
            .user.setUserMetadata('locale', 'fr');
        }),
        action('second', async (event, api) => {
          seen.push(event.user.app_metadata);
          api.user.setAppMetadata('plan', 'pro').user.setAppMetadata('referrer', null);
        }),
      ],
      { trigger: TRIGGER, event: { user: { email: 'new.user@example.com' } } },
    );
    expect(sim.status).toBe('completed');
    expect(seen).toEqual([{}]);
    expect(sim.user).toEqual({
      email: 'new.user@example.com',
      app_metadata: { plan: 'pro' },
      user_metadata: { locale: 'fr' },
    });
    expect(sim.event.user.app_metadata).toEqual({});
  });

  it('creates metadata objects the signup did not send', async () => {
    const sim = await simulate(
      action('set', async (_event, api) => {
        api.user.setUserMetadata('newsletter', true);
      }),
      { trigger: TRIGGER, event: { user: { app_metadata: undefined, user_metadata: undefined } } },
    );
    expect(sim.user).toEqual({ email: expect.any(String), user_metadata: { newsletter: true } });
  });

  it("gives the user the id setUserId set, prefixed with the connection's strategy; the last call counts", async () => {
    const sim = await simulate(
      [
        action('first', async (_event, api) => {
          api.user.setUserId('emp-1');
        }),
        action('second', async (_event, api) => {
          api.user.setUserId('emp-2');
        }),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.user?.user_id).toBe('auth0|emp-2');
    expect('user_id' in sim.event.user).toBe(false);
  });

  it('leaves user_id out when no Action set one (Auth0 generates it after the flow)', async () => {
    const sim = await simulate(
      action('noop', async () => {}),
      { trigger: TRIGGER },
    );
    expect(sim.user).toEqual(sim.event.user);
    expect(sim.user?.user_id).toBeUndefined();
  });

  it('reports no user when an Action throws: the signup fails, nothing is denied', async () => {
    const sim = await simulate(
      action('crash', async (_event, api) => {
        api.user.setAppMetadata('plan', 'trial');
        throw new Error('CRM down');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe('CRM down');
    expect(sim.user).toBeUndefined();
    expect(sim.denial).toBeUndefined();
  });
});

describe('simulate(pre-user-registration): handlers', () => {
  it('accepts onContinuePreUserRegistration but never calls it: nothing in this api suspends the flow', async () => {
    let continued = false;
    const sim = await simulate(
      action(
        'both',
        async () => {},
        async () => {
          continued = true;
        },
      ),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('completed');
    expect(ran(sim)).toEqual(['both:onExecutePreUserRegistration']);
    expect(continued).toBe(false);
    await expect(sim.continue()).rejects.toThrow(
      "simulation.continue(): the flow has finished with status 'completed', so nothing is waiting.",
    );
  });

  it('refuses setUserId under customUserIds: false: the Action fails with the TypeError production gives', async () => {
    const sim = await simulate(
      action('custom-id', async (_event, api) => {
        api.user.setUserId('emp-1');
      }),
      { trigger: TRIGGER, customUserIds: false },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(TypeError);
  });
});
