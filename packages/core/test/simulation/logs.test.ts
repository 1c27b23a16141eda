import { executionAsyncId } from 'node:async_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';

const LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

function silenceConsole() {
  return Object.fromEntries(LEVELS.map((level) => [level, vi.spyOn(console, level).mockImplementation(() => {})])) as Record<
    (typeof LEVELS)[number],
    ReturnType<typeof vi.spyOn>
  >;
}

describe('Simulation logs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('captures every console method per Action, in order, formatted like the console', async () => {
    const sim = await simulate(
      [
        action('first', async (event) => {
          console.log('user %s has %d logins', event.user.user_id, 3);
          console.info({ risk: 'low' });
          console.warn('careful');
        }),
        action('second', async () => {
          console.error(new Error('oops').message, 42);
          console.debug('debugging', [1, 2]);
          console.trace('here');
        }),
      ],
      { trigger: TRIGGER },
    );
    const userId = sim.actions[0]?.event.user.user_id;
    expect(sim.actions[0]?.logs).toEqual([`user ${userId} has 3 logins`, "{ risk: 'low' }", 'careful']);
    expect(sim.actions[1]?.logs).toEqual(['oops 42', 'debugging [ 1, 2 ]', 'Trace: here']);
    expect(sim.logs).toEqual([
      `[first] user ${userId} has 3 logins`,
      "[first] { risk: 'low' }",
      '[first] careful',
      '[second] oops 42',
      '[second] debugging [ 1, 2 ]',
      '[second] Trace: here',
    ]);
  });

  it('keeps logging across awaits and across the continue handler', async () => {
    const sim = await simulate(
      action(
        'r',
        async (_e, api) => {
          await new Promise((resolve) => setImmediate(resolve));
          console.log('before redirect');
          api.redirect.sendUserTo('https://x.example.com/');
        },
        async () => {
          await Promise.resolve();
          console.log('after redirect');
        },
      ),
      { trigger: TRIGGER },
    );
    await sim.continue();
    expect(sim.logs).toEqual(['[r] before redirect', '[r] after redirect']);
    expect(sim.actions.map((a) => a.logs)).toEqual([['before redirect'], ['after redirect']]);
  });

  it("writes nothing to the runner's console, and restores the console afterwards", async () => {
    const spies = silenceConsole();
    const patchedDuringRun: unknown[] = [];
    await simulate(
      action('noisy', async () => {
        patchedDuringRun.push(console.log);
        for (const level of LEVELS) console[level]('from the Action');
      }),
      { trigger: TRIGGER },
    );
    for (const level of LEVELS) expect(spies[level]).not.toHaveBeenCalled();
    expect(patchedDuringRun[0]).not.toBe(spies.log);
    expect(console.log).toBe(spies.log);
    console.log('from the test');
    expect(spies.log).toHaveBeenCalledWith('from the test');
  });

  it('echoes to the console when echoLogs is true, and still captures', async () => {
    const spies = silenceConsole();
    const sim = await simulate(action('noisy', async () => console.warn('visible %s', 'too')), { trigger: TRIGGER, echoLogs: true });
    expect(spies.warn).toHaveBeenCalledWith('visible %s', 'too');
    expect(sim.logs).toEqual(['[noisy] visible too']);
  });

  it('keeps the logs of simulations running at the same time apart', async () => {
    const gate = (() => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    })();
    const chatty = (label: string) =>
      action(label, async () => {
        console.log(`${label} starts`);
        await gate.opened;
        console.log(`${label} ends`);
      });
    const a = simulate([chatty('a1'), chatty('a2')], { trigger: TRIGGER });
    const b = simulate(chatty('b1'), { trigger: TRIGGER });
    await new Promise((resolve) => setImmediate(resolve));
    gate.open();
    const [simA, simB] = await Promise.all([a, b]);
    expect(simA.logs).toEqual(['[a1] a1 starts', '[a1] a1 ends', '[a2] a2 starts', '[a2] a2 ends']);
    expect(simB.logs).toEqual(['[b1] b1 starts', '[b1] b1 ends']);
  });

  it('leaves no promise hooks on once the simulation is over, so the rest of the suite awaits at full speed', async () => {
    // Without promise hooks a continuation after `await` runs with async id 0; a log-capturing storage left
    // enabled would give every later promise of the process an id (and a hook call).
    const idAfterAwait = async (): Promise<number> => {
      await null;
      return executionAsyncId();
    };
    expect(await idAfterAwait()).toBe(0);
    const sim = await simulate(action('chatty', async () => console.log('inside')), { trigger: TRIGGER });
    expect(sim.logs).toEqual(['[chatty] inside']);
    expect(await idAfterAwait()).toBe(0);
  });

  it('keeps secrets in the logs as the Action wrote them (they are the user’s own output)', async () => {
    const sim = await simulate(action('leaky', async (event) => console.log('key=%s', event.secrets.API_KEY)), { trigger: TRIGGER, secrets: { API_KEY: 'k-123' } });
    expect(sim.logs).toEqual(['[leaky] key=k-123']);
  });
});
