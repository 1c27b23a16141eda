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
    expect(message).toMatch(
      /^expect\(simulation\)\.toHaveDenied\(reason\)[\s\S]*1st denial: api\.access\.deny\("Closed for maintenance"\)/,
    );
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

  test('fail on a failed flow, with or without .not, showing the error', async () => {
    const action = {
      name: 'risk-check',
      onExecutePostChallenge: async (event: any) => {
        throw new Error(`Risk service refused the key ${event.secrets.RISK_API_KEY}`);
      },
    };
    const simulation = await simulate(action, { trigger: TRIGGER, secrets: { RISK_API_KEY: 'never-printed' } });

    expect(simulation.status).toBe('failed');
    const messages = [
      () => expect(simulation).not.toHaveDenied(),
      () => expect(simulation).toHaveDenied(),
      () => expect(simulation).not.toHaveCached(),
    ].map((assertion) => {
      try {
        assertion();
      } catch (error) {
        return stripVTControlCharacters((error as Error).message);
      }
      return 'passed';
    });
    for (const message of messages) {
      expect(message).toContain('The simulation failed in "risk-check" (onExecutePostChallenge)');
      expect(message).toContain('Error: Risk service refused the key [secret]');
      expect(message).toMatch(/\n {6}at /);
      expect(message).toContain('sim.status');
      expect(message).not.toContain('never-printed');
    }
  });

  test("hide the flow event's secrets in a failure that came before any handler got an api", () => {
    const error = new Error('could not start with key s3cr3t-value-123');
    const failed = {
      status: 'failed',
      error,
      actions: [],
      event: { secrets: { KEY: 's3cr3t-value-123' } },
      [Symbol.for('auth0-actions-mock.simulation')]: { kind: 'simulation', apis: () => [] },
    };
    let message = '';
    try {
      expect(failed).not.toHaveDenied();
    } catch (caught) {
      message = stripVTControlCharacters((caught as Error).message);
    }
    expect(message).toContain('could not start with key [secret]');
    expect(message).not.toContain('s3cr3t-value-123');
  });
});
