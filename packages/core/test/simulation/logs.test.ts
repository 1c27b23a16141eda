import { executionAsyncId } from 'node:async_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';

const LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

function silenceConsole() {
  return Object.fromEntries(
    LEVELS.map((level) => [level, vi.spyOn(console, level).mockImplementation(() => {})]),
  ) as Record<(typeof LEVELS)[number], ReturnType<typeof vi.spyOn>>;
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
    const sim = await simulate(
      action('noisy', async () => console.warn('visible %s', 'too')),
      { trigger: TRIGGER, echoLogs: true },
    );
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
    const sim = await simulate(
      action('chatty', async () => console.log('inside')),
      { trigger: TRIGGER },
    );
    expect(sim.logs).toEqual(['[chatty] inside']);
    expect(await idAfterAwait()).toBe(0);
  });

  it('keeps secrets in the logs as the Action wrote them (they are the user’s own output)', async () => {
    const sim = await simulate(
      action('leaky', async (event) => console.log('key=%s', event.secrets.API_KEY)),
      { trigger: TRIGGER, secrets: { API_KEY: 'k-123' } },
    );
    expect(sim.logs).toEqual(['[leaky] key=k-123']);
  });

  it('captures process.stdout.write and process.stderr.write too, as lines, and calls their callbacks', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const sim = await simulate(
      action('direct', async () => {
        process.stdout.write('one line\n');
        process.stdout.write(Buffer.from('two\nlines\n'));
        await new Promise<void>((resolve) => process.stderr.write('no newline', () => resolve()));
        process.stderr.write('6869', 'hex');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.actions[0]?.logs).toEqual(['one line', 'two', 'lines', 'no newline', 'hi']);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it('leaves stdout and stderr as they were once the simulation is over', async () => {
    const before = [process.stdout.write, process.stderr.write];
    let during: unknown[] = [];
    await simulate(
      action('w', async () => void (during = [process.stdout.write, process.stderr.write])),
      { trigger: TRIGGER },
    );
    expect(during[0]).not.toBe(before[0]);
    expect([process.stdout.write, process.stderr.write]).toEqual(before);
  });

  it('echoes a direct write with echoLogs, and captures an echoed console call once', async () => {
    const spies = silenceConsole();
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const sim = await simulate(
      action('noisy', async () => {
        process.stdout.write('direct\n');
        console.log('via console');
      }),
      { trigger: TRIGGER, echoLogs: true },
    );
    expect(stdout).toHaveBeenCalledWith('direct\n', undefined, undefined);
    expect(spies.log).toHaveBeenCalledWith('via console');
    expect(sim.logs).toEqual(['[noisy] direct', '[noisy] via console']);
  });

  it("cuts the logs at the runtime's 256 KiB per handler call by default, and says so", async () => {
    const line = 'x'.repeat(1023); // 1 KiB with its newline
    const sim = await simulate(
      action('flood', async () => {
        for (let i = 0; i < 300; i += 1) console.log(line);
        process.stdout.write('after the cut\n');
      }),
      { trigger: TRIGGER },
    );
    const logs = sim.actions[0]?.logs ?? [];
    expect(logs).toHaveLength(257);
    expect(logs.slice(0, 256).every((each) => each === line)).toBe(true);
    expect(logs[256]).toBe(
      "[auth0-actions-mock] Log output cut: this Action wrote more than 262144 bytes, the runtime's log buffer per execution; the rest was dropped (limits.maxLogBytes).",
    );
  });

  it('takes another cap from limits.maxLogBytes, cutting the crossing line on a character boundary, per handler call', async () => {
    const sim = await simulate(
      [action('first', async () => console.log('ab€cd')), action('second', async () => console.log('fits'))],
      { trigger: TRIGGER, limits: { maxLogBytes: 6 } },
    );
    // 'ab€' is 5 bytes, its newline the 6th; 'c' would be the 7th.
    expect(sim.actions[0]?.logs).toEqual([
      'ab€',
      expect.stringContaining('Log output cut: this Action wrote more than 6 bytes'),
    ]);
    expect(sim.actions[1]?.logs).toEqual(['fits']);
  });

  it('keeps everything with maxLogBytes: Infinity', async () => {
    const sim = await simulate(
      action('flood', async () => console.log('y'.repeat(300 * 1024))),
      { trigger: TRIGGER, limits: { maxLogBytes: Infinity } },
    );
    expect(sim.actions[0]?.logs).toEqual(['y'.repeat(300 * 1024)]);
  });
});
