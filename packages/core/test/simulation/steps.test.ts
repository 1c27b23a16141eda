import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';

const challenging = action('mfa', async (_e, api) => api.authentication.challengeWith({ type: 'otp' }));
const redirecting = action(
  'r',
  async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
  async () => {},
);
const rendering = action(
  'p',
  async (_e, api) => api.prompt.render('form'),
  async () => {},
);

describe('Simulation steps: only what the flow waits for', () => {
  it('refuses continue() while an MFA challenge is pending, saying what it waits for', async () => {
    const sim = await simulate(challenging, { trigger: TRIGGER });
    await expect(sim.continue()).rejects.toThrow(
      'simulation.continue(): the simulation is challenged, waiting for the user to pass an MFA challenge: call completeChallenge().',
    );
    expect(sim.status).toBe('challenged');
  });

  it('refuses completeChallenge() at a redirect or a prompt', async () => {
    const redirected = await simulate(redirecting, { trigger: TRIGGER });
    await expect(redirected.completeChallenge()).rejects.toThrow(
      'simulation.completeChallenge(): the simulation is redirected, waiting for the browser to come back to /continue: call continue().',
    );
    const prompted = await simulate(rendering, { trigger: TRIGGER });
    await expect(prompted.completeChallenge('otp')).rejects.toThrow(
      'simulation.completeChallenge(): the simulation is prompted, waiting for the rendered prompt to be submitted: call continue({ body }).',
    );
  });

  it.each(['completed', 'denied', 'failed'] as const)(
    'refuses both steps once the flow finished (%s)',
    async (status) => {
      const handlers = {
        completed: async () => {},
        denied: async (_e: unknown, api: { access: { deny(r: string): void } }) => api.access.deny('no'),
        failed: async () => {
          throw new Error('x');
        },
      };
      const sim = await simulate({ onExecutePostChallenge: handlers[status] }, { trigger: TRIGGER });
      expect(sim.status).toBe(status);
      await expect(sim.continue()).rejects.toThrow(
        `simulation.continue(): the flow has finished with status '${status}', so nothing is waiting.`,
      );
      await expect(sim.completeChallenge()).rejects.toThrow(
        `simulation.completeChallenge(): the flow has finished with status '${status}', so nothing is waiting.`,
      );
    },
  );

  it('refuses a second step while one is running, and a replayed continue once it has run', async () => {
    const sim = await simulate(redirecting, { trigger: TRIGGER });
    const first = sim.continue();
    await expect(sim.continue()).rejects.toThrow(
      'simulation.continue(): the previous step is still running; await it before taking the next one.',
    );
    await first;
    await expect(sim.continue()).rejects.toThrow("the flow has finished with status 'completed'");
  });

  it('advances the Simulation in place and resolves to it', async () => {
    const sim = await simulate([challenging, redirecting], { trigger: TRIGGER });
    const afterChallenge = await sim.completeChallenge();
    expect(afterChallenge).toBe(sim);
    expect(sim.status).toBe('redirected');
    const afterContinue = await sim.continue();
    expect(afterContinue).toBe(sim);
    expect(sim.status).toBe('completed');
  });

  it('leaves the flow waiting when continue() is given a bad request', async () => {
    const sim = await simulate(redirecting, { trigger: TRIGGER });
    await expect(sim.continue({ query: { n: 1 as unknown as string } })).rejects.toThrow(
      'simulation.continue(): request.query.n must be a string (query parameters are strings); received the number 1.',
    );
    expect(sim.status).toBe('redirected');
    await sim.continue();
    expect(sim.status).toBe('completed');
  });
});
