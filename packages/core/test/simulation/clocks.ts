import { vi } from 'vitest';
import { installClock, type Clock } from '../../src/index.js';

/** One way of faking time. The flow's time rules must hold under each, with the same test code. */
export interface FakeClock {
  name: string;
  install(now: number): void;
  /** Moves time forward, firing due timers (and the promise jobs they lead to). */
  advance(ms: number): Promise<unknown>;
  /** Jumps the clock without firing timers. */
  jumpTo(now: number): void;
  pendingTimers(): number;
  uninstall(): void;
}

let clock: Clock | undefined;

export const FAKE_CLOCKS: FakeClock[] = [
  {
    name: 'vi.useFakeTimers()',
    install: (now) => void vi.useFakeTimers({ now }),
    advance: (ms) => vi.advanceTimersByTimeAsync(ms),
    jumpTo: (now) => void vi.setSystemTime(now),
    pendingTimers: () => vi.getTimerCount(),
    uninstall: () => void vi.useRealTimers(),
  },
  {
    name: 'installClock()',
    install: (now) => void (clock = installClock({ now })),
    advance: (ms) => (clock as Clock).tickAsync(ms),
    jumpTo: (now) => (clock as Clock).setSystemTime(now),
    pendingTimers: () => (clock as Clock).countTimers(),
    uninstall: () => {
      clock?.uninstall();
      clock = undefined;
    },
  },
];

/** A delay on the (possibly fake) timers, as an Action waiting on a slow service would. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
