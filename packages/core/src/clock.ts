import type { Clock as FakeClock, Config as FakeClockConfig } from '@sinonjs/fake-timers';
import { argumentError, isPlainObject } from './shared/errors.js';
import { loadFakeTimers } from './shared/lazy-modules.js';

export type Clock = FakeClock;
export type ClockOptions = FakeClockConfig;

/**
 * Left real unless the caller lists what to fake: @sinonjs/fake-timers fakes them by default, and then every
 * `await` on work that settles through them (jose signing, Node streams, fetch) never resumes until ticked.
 * Vitest's fake timers leave the same two alone.
 */
const KEPT_REAL_BY_DEFAULT: NonNullable<FakeClockConfig['toNotFake']> = ['nextTick', 'queueMicrotask'];

/**
 * Installs `@sinonjs/fake-timers` on this realm's globals, for runners without fake timers of their own
 * (node:test, mocha). Everything in the mock reads `Date.now()`, so the clock drives cache expiry, token expiry
 * and execution time limits. Call `clock.uninstall()` in an `afterEach`.
 */
export function installClock(options: ClockOptions = {}): Clock {
  if (!isPlainObject(options)) throw argumentError('installClock()', 'options', "an object of @sinonjs/fake-timers' install options", options);
  const config: ClockOptions = Object.hasOwn(options, 'toFake') || Object.hasOwn(options, 'toNotFake')
    ? options
    : { ...options, toNotFake: [...KEPT_REAL_BY_DEFAULT] };
  return loadFakeTimers().withGlobal(globalThis).install(config);
}
