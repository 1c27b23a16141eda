/**
 * Scenario 3, cache: 20 sets and gets with TTLs, a fake clock moved past every expiry, the entries checked again.
 * Ours uses `mockApi`'s cache and `toHaveCached`; the baseline a Map cache with generic matchers. Both read the
 * same fake clock, installed once for the process (`installClock`, Date only), as a `beforeAll` would.
 */
import { expect } from 'expect';
import { installClock, mockApi, mockEvent } from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import { mapCache } from '../baseline/map-cache.cjs';
import { requireFeatures } from '../lib/features.mjs';
import { alternate, compare } from '../lib/measure.mjs';
import { mustFail, runScenario } from '../lib/scenario.mjs';

const TRIGGER = 'password-reset-post-challenge';
const START = Date.parse('2026-01-15T09:30:00Z');
const ENTRIES = Array.from({ length: 20 }, (_, index) => ({
  key: `reset-attempt:${index}`,
  value: `{"attempts":${index + 1}}`,
  ttl: 1_000 + index * 50,
}));
const PAST_EVERY_EXPIRY_MS = 3_000;

function exercise(api, clock, expectedFirstValue, checkLive, checkExpired) {
  clock.setSystemTime(START);
  for (const { key, value, ttl } of ENTRIES) {
    api.cache.set(key, value, { ttl });
    if (api.cache.get(key)?.value !== value) throw new Error(`cache.get(${key}) lost its value`);
  }
  checkLive(api, ENTRIES[0].key, expectedFirstValue);
  clock.tick(PAST_EVERY_EXPIRY_MS);
  for (const { key } of ENTRIES) {
    if (api.cache.get(key) !== undefined) throw new Error(`cache.get(${key}) outlived its TTL`);
  }
  checkExpired(api, ENTRIES[0].key);
}

runScenario('cache', async ({ settings, log }) => {
  requireFeatures({ matcherNames: ['toHaveCached'] });
  expect.extend(matchers);
  const clock = installClock({ now: START, toFake: ['Date'] });
  try {
    const event = mockEvent(TRIGGER);
    const ours = (expectedFirstValue) => () =>
      exercise(
        mockApi(TRIGGER, { event }),
        clock,
        expectedFirstValue,
        (api, key, value) => expect(api).toHaveCached(key, value),
        (api, key) => expect(api).not.toHaveCached(key),
      );
    const baseline = (expectedFirstValue) => () =>
      exercise(
        { cache: mapCache() },
        clock,
        expectedFirstValue,
        (api, key, value) => expect(api.cache.get(key)).toMatchObject({ value }),
        (api, key) => expect(api.cache.get(key)).toBeUndefined(),
      );
    const value = ENTRIES[0].value;
    ours(value)();
    baseline(value)();
    await mustFail('ours expecting another value', ours('another value'));
    await mustFail('baseline expecting another value', baseline('another value'));

    log('measuring');
    const measured = await alternate({ ours: ours(value), baseline: baseline(value) }, settings);
    return {
      rows: [{ label: 'cache (20 set/get, expiry)', unit: 'ns', ...compare(measured.ours, measured.baseline) }],
    };
  } finally {
    clock.uninstall();
  }
});
