import { describe, expect, it } from 'vitest';
import { simulate, type CredentialsExchangeApi, type CredentialsExchangeEvent } from '../../../src/index.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'credentials-exchange';
const SCOPES = ['read:orders', 'create:orders'];

type Handler = (event: CredentialsExchangeEvent, api: CredentialsExchangeApi) => Promise<void>;

function action(name: string, onExecuteCredentialsExchange: Handler) {
  return { name, onExecuteCredentialsExchange };
}

const event = { accessToken: { scope: SCOPES }, transaction: { requested_scopes: SCOPES } };

describe('simulate(credentials-exchange): denials', () => {
  it('deny ends the exchange after its Action: denied with the code, no token, later Actions do not run', async () => {
    let laterRan = false;
    const sim = await simulate(
      [
        action('claims', async (_event, api) => {
          api.accessToken.setCustomClaim('tier', 'gold');
        }),
        action('gate', async (_event, api) => {
          api.access.deny('invalid_request', 'client is suspended');
        }),
        action('later', async () => {
          laterRan = true;
        }),
      ],
      { trigger: TRIGGER, event },
    );
    expect(sim.status).toBe('denied');
    expect(sim.denial).toEqual({
      action: 'gate',
      method: 'access.deny',
      code: 'invalid_request',
      reason: 'client is suspended',
    });
    expect(laterRan).toBe(false);
    expect(sim.accessToken).toBeUndefined();
    expect(sim).toHaveDenied('client is suspended', { code: 'invalid_request' });
  });

  it('a deny without a reason reports the code alone', async () => {
    const sim = await simulate(
      action('gate', async (_event, api) => void api.access.deny('server_error')),
      { trigger: TRIGGER },
    );
    expect(sim.denial).toEqual({ action: 'gate', method: 'access.deny', code: 'server_error' });
  });
});

describe('simulate(credentials-exchange): the access token', () => {
  it('completed: the custom claims (a later write wins, restricted ones left out) and the token scopes', async () => {
    const sim = await simulate(
      [
        action('first', async (_event, api) => {
          api.accessToken
            .setCustomClaim('tier', 'silver')
            .accessToken.setCustomClaim('https://acme.example.com/region', 'eu');
        }),
        action('second', async (_event, api) => {
          api.accessToken.setCustomClaim('tier', 'gold').accessToken.setCustomClaim('permissions', ['admin']);
          api.accessToken.setCustomClaim('scope', 'admin');
        }),
      ],
      { trigger: TRIGGER, event },
    );
    expect(sim.status).toBe('completed');
    expect(sim.accessToken).toEqual({
      tier: 'gold',
      'https://acme.example.com/region': 'eu',
      scope: 'read:orders create:orders',
    });
  });

  it('target scopes carry over to later Actions, and scopes outside the grant are dropped silently', async () => {
    const seen: unknown[] = [];
    const sim = await simulate(
      [
        action('narrow', async (e, api) => {
          api.transaction.removeTargetScope('create:orders');
          api.transaction.addTargetScope('delete:orders');
          seen.push(e.transaction.target_scopes);
        }),
        action('read', async (e) => {
          seen.push(e.transaction.target_scopes);
        }),
      ],
      { trigger: TRIGGER, event },
    );
    expect(seen).toEqual([
      ['read:orders', 'delete:orders'],
      ['read:orders', 'delete:orders'],
    ]);
    expect(sim.event.transaction.target_scopes).toEqual(['read:orders', 'delete:orders']);
    expect(sim.accessToken).toEqual({ scope: 'read:orders' });
  });

  it('clientGrantScopes: a grant with more scopes than the token lets an Action add them', async () => {
    const sim = await simulate(
      action('widen', async (_event, api) => {
        api.transaction.addTargetScope('read:reports');
        api.transaction.addTargetScope('admin:all');
      }),
      { trigger: TRIGGER, event, clientGrantScopes: [...SCOPES, 'read:reports'] },
    );
    expect(sim.accessToken).toEqual({ scope: 'read:orders create:orders read:reports' });
  });

  it('clearTargetScopes: a token without scopes', async () => {
    const sim = await simulate(
      action('clear', async (_event, api) => api.transaction.clearTargetScopes()),
      { trigger: TRIGGER, event },
    );
    expect(sim.accessToken).toEqual({ scope: '' });
  });

  it('refuses a clientGrantScopes that is not an array of scopes', async () => {
    await expect(
      simulate(
        action('a', async () => undefined),
        { trigger: TRIGGER, clientGrantScopes: 'read:orders' as never },
      ),
    ).rejects.toThrow(/clientGrantScopes must be an array of scopes/);
  });

  it('a thrown error fails the exchange: no token', async () => {
    const sim = await simulate(
      action('boom', async () => {
        throw new Error('risk service down');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.accessToken).toBeUndefined();
  });
});
