import type { Clock as FakeClock, Config as FakeClockConfig } from '@sinonjs/fake-timers';
import { argumentError, isPlainObject } from './util/errors.js';
import { assertKnownOptions } from './util/known-options.js';
import { loadFakeTimers } from './util/lazy-modules.js';
import { hasOwn, isArray, isFiniteNumber, objectKeys } from './util/intrinsics.js';

export type Clock = FakeClock;
export type ClockOptions = FakeClockConfig;

/**
 * Left real unless the caller lists what to fake: @sinonjs/fake-timers fakes them by default, and then every
 * `await` on work that settles through them (jose signing, Node streams, fetch) never resumes until ticked.
 * Vitest's fake timers leave the same two alone.
 */
/** The install options of @sinonjs/fake-timers' `Config`. */
const CLOCK_OPTIONS = [
  'now',
  'toFake',
  'toNotFake',
  'loopLimit',
  'shouldAdvanceTime',
  'advanceTimeDelta',
  'shouldClearNativeTimers',
  'ignoreMissingTimers',
  'target',
];

const KEPT_REAL_BY_DEFAULT: NonNullable<FakeClockConfig['toNotFake']> = ['nextTick', 'queueMicrotask'];

/**
 * Installs `@sinonjs/fake-timers` on this realm's globals, for runners without fake timers of their own
 * (node:test, mocha). Everything in the mock reads `Date.now()`, so the clock drives cache expiry, token expiry
 * and execution time limits. Call `clock.uninstall()` in an `afterEach`.
 */
export function installClock(options: ClockOptions = {}): Clock {
  const fn = 'installClock()';
  if (!isPlainObject(options))
    throw argumentError(fn, 'options', "an object of @sinonjs/fake-timers' install options", options);
  assertKnownOptions(fn, 'options', options, CLOCK_OPTIONS);
  const { now } = options;
  if (
    now !== undefined &&
    !(typeof now === 'number' && isFiniteNumber(now)) &&
    !(now instanceof Date && isFiniteNumber(now.getTime()))
  ) {
    throw argumentError(fn, 'options.now', 'a number of ms since the epoch or a valid Date', now);
  }
  const withGlobal = loadFakeTimers().withGlobal(globalThis);
  // Checked up front: fake-timers rejects an unknown name only after faking the names before it, leaving Date fake.
  const known = objectKeys(withGlobal.timers);
  for (const option of ['toFake', 'toNotFake'] as const) {
    const names: unknown = options[option];
    if (names === undefined) continue;
    if (!isArray(names))
      throw argumentError(fn, `options.${option}`, `an array of timer names (${known.join(', ')})`, names);
    names.forEach((name: unknown, index) => {
      // With ignoreMissingTimers, fake-timers skips names this realm lacks (requestAnimationFrame in Node).
      if (typeof name !== 'string' || (!known.includes(name) && options.ignoreMissingTimers !== true)) {
        throw argumentError(
          fn,
          `options.${option}[${index}]`,
          `one of the timers this realm has (${known.join(', ')})`,
          name,
        );
      }
    });
  }
  const config: ClockOptions =
    hasOwn(options, 'toFake') || hasOwn(options, 'toNotFake')
      ? options
      : { ...options, toNotFake: [...KEPT_REAL_BY_DEFAULT] };
  return withGlobal.install(config);
}
