import { afterAll, describe, expect, it } from 'vitest';
import { installClock, mockApi, recorded, type Clock } from '../../src/index.js';
import { moduleCache, moduleRecord } from './module-state.js';
import { meet } from './rendezvous.js';

/**
 * The body both parallel suites run, each under its own name and its own fake time: they mutate every kind of
 * shared state, meet while both hold their changes, and check that they still see only their own.
 */
export function isolationSuite(suite: string, other: string, now: number): void {
  describe(`suite ${suite}, running in parallel with suite ${other}`, () => {
    let clock: Clock | undefined;
    afterAll(() => clock?.uninstall());

    it('starts with an empty module-level cache, an untouched module record, no global marker and a real clock', () => {
      expect(moduleCache.entries()).toEqual([]);
      expect(moduleRecord).toEqual({ writes: 0 });
      expect(globalThis.isolationOwner).toBeUndefined();
      expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).toBeLessThan(60_000);
    });

    it(`sees only its own cache entry, module record, global and fake clock while suite ${other} holds its own`, async () => {
      clock = installClock({ now, toFake: ['Date'] });
      moduleCache.set('owner', suite);
      moduleRecord.owner = suite;
      moduleRecord.writes += 1;
      globalThis.isolationOwner = suite;
      const api = mockApi('password-reset-post-challenge', { cache: moduleCache });
      api.access.deny(`denied by ${suite}`);

      const theirs = await meet({ suite, pid: process.pid, saw: { now: Date.now() } }, other, 'mutated');

      expect(theirs.pid).not.toBe(process.pid);
      expect(theirs.saw.now).not.toBe(now);
      expect(Date.now()).toBe(now);
      expect(moduleCache.entries()).toEqual([['owner', { value: suite, expires_at: now + 15 * 60 * 1000 }]]);
      expect(moduleRecord).toEqual({ owner: suite, writes: 1 });
      expect(globalThis.isolationOwner).toBe(suite);
      expect(recorded(api).calls).toEqual([{ method: 'access.deny', args: [`denied by ${suite}`], at: now }]);

      // Wait until the other suite has checked too, so neither undoes its changes while the other still looks.
      await meet({ suite, pid: process.pid, saw: {} }, other, 'checked');
    });
  });
}
