import { afterEach, describe, expect, it } from 'vitest';
import { installClock, type Clock } from '../../src/index.js';

/**
 * The pattern the README recommends for runners without fake timers of their own: keep the clock in a variable
 * and uninstall it in afterEach. The first two tests fail on purpose while the clock is installed (the wrapper
 * test checks they failed); the tests after them must see the real Date and real timers.
 */
const FAKE_NOW = Date.UTC(2001, 0, 1);
let clock: Clock | undefined;

afterEach(() => {
  clock?.uninstall();
  clock = undefined;
});

describe('a fake clock installed by a failing test', () => {
  it('fails on purpose (synchronously) while a fake clock is installed', () => {
    clock = installClock({ now: FAKE_NOW });
    expect(new Date().getUTCFullYear()).toBe(2001);
    throw new Error('deliberate failure with the fake clock installed');
  });

  it('sees the real Date after a synchronous failure', () => {
    expect(new Date().getUTCFullYear()).toBeGreaterThan(2020);
    expect(Date.now()).toBeGreaterThan(FAKE_NOW);
  });

  it('fails on purpose (asynchronously, after tickAsync) while a fake clock with fake timers is installed', async () => {
    clock = installClock({ now: FAKE_NOW });
    await clock.tickAsync(60_000);
    expect(Date.now()).toBe(FAKE_NOW + 60_000);
    await Promise.reject(new Error('deliberate async failure with the fake clock installed'));
  });

  it('sees the real Date and real timers after an asynchronous failure', async () => {
    expect(Date.now()).toBeGreaterThan(FAKE_NOW + 60_000);
    // Under a leaked fake clock this timer would never fire and the test would time out.
    await new Promise((resolve) => setTimeout(resolve, 1));
  });
});
