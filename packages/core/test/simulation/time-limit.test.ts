import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlowError, simulate } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';
import { FAKE_CLOCKS, sleep } from './clocks.js';

const NOW = Date.parse('2026-02-01T10:00:00.000Z');

describe.each(FAKE_CLOCKS)('execution time limit under $name', (clock) => {
  beforeEach(() => clock.install(NOW));
  afterEach(() => clock.uninstall());

  it('fails the flow when a handler is still running after 20 seconds', async () => {
    let laterRan = false;
    const pending = simulate(
      [action('slow', async () => sleep(30_000)), action('later', async () => void (laterRan = true))],
      { trigger: TRIGGER },
    );
    await clock.advance(20_000);
    const sim = await pending;
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(FlowError);
    expect(sim.error).toMatchObject({ code: 'ExecutionTimeout' });
    expect((sim.error as Error).message).toBe(
      'Execution timed out: the Actions of one execution must finish within 20000 ms, and "slow" (onExecutePostChallenge) was still running after 20000 ms ' +
        'of Date.now() time. The budget starts again after a redirect, a prompt or an MFA challenge (limits.executionTimeoutMs).',
    );
    expect(laterRan).toBe(false);
  });

  it('lets a handler take up to the limit', async () => {
    const pending = simulate(
      action('slow', async () => sleep(19_999)),
      { trigger: TRIGGER },
    );
    await clock.advance(19_999);
    expect((await pending).status).toBe('completed');
  });

  it('fails the flow when the clock passed the limit while the handler waited, even without timers firing', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const pending = simulate(
      action('stuck', async () => released),
      { trigger: TRIGGER },
    );
    clock.jumpTo(NOW + 21_000);
    release();
    const sim = await pending;
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toContain('"stuck" (onExecutePostChallenge) was still running after 21000 ms');
  });

  it('counts the Actions of one execution together', async () => {
    const pending = simulate(
      [action('first', async () => sleep(15_000)), action('second', async () => sleep(10_000))],
      { trigger: TRIGGER },
    );
    await clock.advance(25_000);
    const sim = await pending;
    expect(sim.status).toBe('failed');
    expect(ran(sim)).toEqual(['first:execute', 'second:execute']);
    expect(sim.actions[1]?.error).toBe(sim.error);
    expect((sim.error as Error).message).toContain(
      '"second" (onExecutePostChallenge) was still running after 20000 ms',
    );
  });

  it('starts a new budget after a redirect, whatever time the user spends away', async () => {
    const sim = await (async () => {
      const pending = simulate(
        action(
          'r',
          async (_e, api) => {
            await sleep(15_000);
            api.redirect.sendUserTo('https://x.example.com/');
          },
          async () => sleep(15_000),
        ),
        { trigger: TRIGGER },
      );
      await clock.advance(15_000);
      return pending;
    })();
    expect(sim.status).toBe('redirected');
    await clock.advance(30 * 60_000);
    const resumed = sim.continue();
    await clock.advance(15_000);
    expect((await resumed).status).toBe('completed');
  });

  it('starts a new budget after an MFA challenge', async () => {
    const pending = simulate(
      [
        action('mfa', async (_e, api) => {
          await sleep(15_000);
          api.authentication.challengeWith({ type: 'otp' });
        }),
        action('next', async () => sleep(15_000)),
      ],
      { trigger: TRIGGER },
    );
    await clock.advance(15_000);
    const sim = await pending;
    expect(sim.status).toBe('challenged');
    const resumed = sim.completeChallenge();
    await clock.advance(15_000);
    expect((await resumed).status).toBe('completed');
  });

  it('takes the limit from limits.executionTimeoutMs', async () => {
    const pending = simulate(
      action('slow', async () => sleep(2_000)),
      { trigger: TRIGGER, limits: { executionTimeoutMs: 1_000 } },
    );
    await clock.advance(2_000);
    const sim = await pending;
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toContain('must finish within 1000 ms');
  });

  it('leaves no timer behind once a flow finished in time', async () => {
    const sim = await simulate(
      [
        action('a', async () => {}),
        action(
          'b',
          async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
          async () => {},
        ),
      ],
      {
        trigger: TRIGGER,
      },
    );
    expect(clock.pendingTimers()).toBe(0);
    await sim.continue();
    expect(clock.pendingTimers()).toBe(0);
  });
});
