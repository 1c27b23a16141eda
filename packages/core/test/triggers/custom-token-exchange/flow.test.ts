import { describe, expect, it } from 'vitest';
import { simulate, type CustomTokenExchangeApi, type CustomTokenExchangeEvent } from '../../../src/index.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'custom-token-exchange';

type Handler = (event: CustomTokenExchangeEvent, api: CustomTokenExchangeApi) => Promise<void>;

function action(name: string, onExecuteCustomTokenExchange: Handler) {
  return { name, onExecuteCustomTokenExchange };
}

describe('simulate(custom-token-exchange): the user the Action sets', () => {
  it('setUserById: completed, sim.user is that user with the metadata writes merged (null deletes a key)', async () => {
    const sim = await simulate(
      action('exchange', async (_event, api) => {
        api.authentication.setUserById('auth0|55562040asf0aef');
        api.user.setAppMetadata('migrated', true);
        api.user.setUserMetadata('theme', 'dark');
        api.user.setUserMetadata('theme', null);
        api.user.setUserMetadata('locale', 'fr');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('completed');
    expect(sim.user).toEqual({
      user_id: 'auth0|55562040asf0aef',
      app_metadata: { migrated: true },
      user_metadata: { locale: 'fr' },
    });
    expect(sim).toHaveSetUser({ userId: 'auth0|55562040asf0aef' });
  });

  it('setUserByConnection: sim.user holds the attributes and the identity on that connection; verify_email is not stored', async () => {
    const sim = await simulate(
      action('exchange', async (_event, api) => {
        api.authentication.setUserByConnection(
          'legacy-users',
          {
            user_id: 'L-1001',
            email: 'ada@example.com',
            email_verified: false,
            verify_email: false,
            name: 'Ada Lovelace',
          },
          { creationBehavior: 'create_if_not_exists', updateBehavior: 'replace' },
        );
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('completed');
    expect(sim.user).toEqual({
      email: 'ada@example.com',
      email_verified: false,
      name: 'Ada Lovelace',
      identities: [{ connection: 'legacy-users', user_id: 'L-1001' }],
      app_metadata: {},
      user_metadata: {},
    });
    expect(sim).toHaveSetUser({
      connection: 'legacy-users',
      attributes: { user_id: 'L-1001' },
      options: { creationBehavior: 'create_if_not_exists' },
    });
  });

  it.each([
    ['neither setter', async () => undefined, 'it called neither'],
    [
      'both setters',
      async (_event: CustomTokenExchangeEvent, api: CustomTokenExchangeApi) => {
        api.authentication.setUserById('auth0|1');
        api.authentication.setUserByConnection(
          'db',
          { user_id: '1' },
          { creationBehavior: 'none', updateBehavior: 'none' },
        );
      },
      'it called setUserById() and setUserByConnection()',
    ],
    [
      'setUserById twice',
      async (_event: CustomTokenExchangeEvent, api: CustomTokenExchangeApi) => {
        api.authentication.setUserById('auth0|1');
        api.authentication.setUserById('auth0|2');
      },
      'it called setUserById() and setUserById()',
    ],
  ])('an Action that calls %s fails the exchange: failed, no user', async (_name, handler, what) => {
    const sim = await simulate(action('exchange', handler), { trigger: TRIGGER });
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe(
      'The custom-token-exchange Action "exchange" must call exactly one of api.authentication.setUserById() and ' +
        `api.authentication.setUserByConnection() (or deny the exchange): ${what}. Production rejects the exchange.`,
    );
    expect(sim.user).toBeUndefined();
  });

  it('a failed setter call (refused arguments) counts for nothing: the Action set no user', async () => {
    const sim = await simulate(
      action('exchange', async (_event, api) => {
        try {
          api.authentication.setUserById('');
        } catch {
          // The Action swallows the error; production would still have no user.
        }
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
  });
});

describe('simulate(custom-token-exchange): denials', () => {
  it('deny(code, reason): denied with the code; no user needed, none reported', async () => {
    const sim = await simulate(
      action('exchange', async (_event, api) => {
        api.access.deny('unsupported_legacy_token', 'Legacy tokens issued before 2024 are not accepted.');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('denied');
    expect(sim.denial).toEqual({
      action: 'exchange',
      method: 'access.deny',
      code: 'unsupported_legacy_token',
      reason: 'Legacy tokens issued before 2024 are not accepted.',
    });
    expect(sim.user).toBeUndefined();
  });

  it("rejectInvalidSubjectToken: denied with code 'invalid_request', even after a user was set", async () => {
    const sim = await simulate(
      action('exchange', async (event, api) => {
        api.authentication.setUserById('auth0|1');
        if (!event.transaction.subject_token.startsWith('valid_'))
          api.access.rejectInvalidSubjectToken('The subject token is not valid.');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('denied');
    expect(sim.denial).toEqual({
      action: 'exchange',
      method: 'access.rejectInvalidSubjectToken',
      code: 'invalid_request',
      reason: 'The subject token is not valid.',
    });
    expect(sim).toHaveDenied('The subject token is not valid.', { code: 'invalid_request' });
    expect(sim.user).toBeUndefined();
  });

  it('takes one Action: a profile runs the single Action tied to it', async () => {
    const one = action('a', async (_event, api) => api.authentication.setUserById('auth0|1'));
    await expect(simulate([one, { ...one, name: 'b' }], { trigger: TRIGGER })).rejects.toThrow(
      /at most 1 Actions \(the most a tenant can bind to custom-token-exchange\)/,
    );
  });
});
