import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/index.js';
import './vitest-runner.js';

const TRIGGER = 'password-reset-post-challenge';

describe('the matchers on a Simulation from simulate()', () => {
  test('see the calls of every Action in the flow', async () => {
    const first = {
      name: 'remember',
      onExecutePostChallenge: async (_event: unknown, api: any) => {
        api.cache.set('seen-by', 'remember');
      },
    };
    const second = {
      name: 'gate',
      onExecutePostChallenge: async (_event: unknown, api: any) => {
        api.access.deny('Closed for maintenance');
      },
    };
    const simulation = await simulate([first, second], { trigger: TRIGGER });

    expect(simulation).toHaveDenied('Closed for maintenance');
    expect(simulation).toHaveCached('seen-by', 'remember');
    let message = '';
    try {
      expect(simulation).toHaveDenied('Open');
    } catch (error) {
      message = stripVTControlCharacters((error as Error).message);
    }
    expect(message).toMatch(/^expect\(simulation\)\.toHaveDenied\(reason\)[\s\S]*1st denial: api\.access\.deny\("Closed for maintenance"\)/);
  });

  test('compare a redirect with what the Action passed, without the state the flow adds', async () => {
    const action = {
      onExecutePostChallenge: async (_event: unknown, api: any) => {
        api.redirect.sendUserTo('https://verify.example.com/identity', { query: { step: 'email' } });
      },
      onContinuePostChallenge: async () => {},
    };
    const simulation = await simulate(action, { trigger: TRIGGER, secrets: { REDIRECT_SECRET: 'never-printed' } });

    expect(simulation.redirect?.url).toContain('state=');
    expect(simulation).toRedirectTo('https://verify.example.com/identity', { query: { step: 'email' } });
    expect(simulation).not.toRedirectTo(undefined, { query: { state: expect.any(String) } });
  });
});
