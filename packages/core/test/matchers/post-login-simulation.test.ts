import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/index.js';
import './vitest-runner.js';

const TRIGGER = 'post-login';

function messageOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('the assertion passed');
}

describe('the post-login matchers on a Simulation', () => {
  test('see the calls of every Action and of the continue handler, numbered across the flow', async () => {
    const claims = {
      name: 'claims',
      onExecutePostLogin: async (_event: unknown, api: any) => {
        api.idToken.setCustomClaim('https://example.com/plan', 'gold');
        api.user.setUserMetadata('locale', 'fr');
      },
    };
    const profile = {
      name: 'profile',
      onExecutePostLogin: async (_event: unknown, api: any) => {
        api.redirect.sendUserTo('https://profile.example.com/');
      },
      onContinuePostLogin: async (_event: unknown, api: any) => {
        api.user.setUserMetadata('company', 'Initech');
      },
    };
    const redirected = await simulate([claims, profile], { trigger: TRIGGER });
    const done = await redirected.continue();

    expect(done.status).toBe('completed');
    expect(done).toHaveSetIdTokenClaim('https://example.com/plan', 'gold');
    expect(done).toHaveSetUserMetadata('locale', 'fr');
    expect(done).toHaveSetUserMetadata('company', 'Initech');
    expect(messageOf(() => expect(done).toHaveSetUserMetadata('company', 'Globex'))).toMatch(
      /Received 2 calls to api\.user\.setUserMetadata, none matching:\n {2}1st call: api\.user\.setUserMetadata\("locale", "fr"\)\n {2}2nd call: api\.user\.setUserMetadata\("company", "Initech"\)/,
    );
  });

  test('check the call, not the token: a restricted claim passes the matcher and is left out of sim.idToken', async () => {
    const action = {
      onExecutePostLogin: async (_event: unknown, api: any) => {
        api.idToken.setCustomClaim('roles', ['admin']);
      },
    };
    const sim = await simulate(action, { trigger: TRIGGER });

    expect(sim).toHaveSetIdTokenClaim('roles', ['admin']);
    expect(sim.idToken).not.toHaveProperty('roles');
  });

  test('see multifactor.enable on a flow it paused, and print a secret in its options as [secret]', async () => {
    const action = {
      onExecutePostLogin: async (event: any, api: any) => {
        api.multifactor.enable('duo', {
          providerOptions: { host: 'api-1.duosecurity.com', ikey: 'DI1', skey: event.secrets.DUO_SKEY },
        });
      },
    };
    const sim = await simulate(action, { trigger: TRIGGER, secrets: { DUO_SKEY: 'duo-secret-never-printed' } });

    expect(sim.status).toBe('challenged');
    expect(sim).toHaveEnabledMultifactor('duo', {
      allowRememberBrowser: false,
      providerOptions: { host: 'api-1.duosecurity.com' },
    });
    const message = messageOf(() => expect(sim).not.toHaveEnabledMultifactor('duo'));
    expect(message).toContain('"skey": "[secret]"');
    expect(message).not.toContain('duo-secret-never-printed');
  });
});
