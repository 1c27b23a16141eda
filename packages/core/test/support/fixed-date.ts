import { afterEach, beforeEach, vi } from 'vitest';

/** The instant most core tests run at. */
export const NOW = Date.parse('2026-03-01T12:00:00.000Z');

/**
 * Freezes `Date` (and only `Date`: timers and microtasks stay real, so `await` keeps working) at `at` around every
 * test of the calling file.
 */
export function useFixedDate(at: number = NOW): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
