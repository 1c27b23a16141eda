import { describe, expect, it } from 'vitest';
import { createCache, mockApi, simulate, type TriggerId } from '../../src/index.js';
import '../matchers/vitest-runner.js';

type Handler = (event: any, api: any) => Promise<void>;

/**
 * What every non-blocking trigger whose api is the cache alone does in `simulate` (reference D.1, E.4, E.5,
 * E.10): Actions run in order over one cache; an error fails the flow ('failed', no denial) and later Actions
 * do not run; the generic matchers see every call. The tests of flows of several Actions are registered only
 * where `maxActions` allows several (event-stream delivers to one).
 */
export function describeNonBlockingFlow(
  trigger: TriggerId,
  handler: string,
  { maxActions = 20 }: { maxActions?: number } = {},
): void {
  const action = (name: string, run: Handler) => ({ name, [handler]: run });

  describe(`simulate(${trigger}): a non-blocking, cache-only trigger`, () => {
    it('has the cache and nothing else in its api', () => {
      expect(Object.keys(mockApi(trigger))).toEqual(['cache']);
    });

    if (maxActions > 1)
      it('runs every Action in order over one shared cache, and completes', async () => {
        const cache = createCache();
        const sim = await simulate(
          [
            action('store', async (_event, api) => {
              api.cache.set('crm-token', 'tok_123');
            }),
            action('read', async (_event, api) => {
              console.log(`token: ${api.cache.get('crm-token')?.value}`);
            }),
          ],
          { trigger, cache },
        );
        expect(sim.status).toBe('completed');
        expect(sim.actions.map((a) => `${a.name}:${a.handler}`)).toEqual([`store:${handler}`, `read:${handler}`]);
        expect(sim.logs).toEqual(['[read] token: tok_123']);
        expect(sim).toHaveCached('crm-token', 'tok_123');
        expect(sim).toHaveCalledApi('cache.set', 'crm-token', 'tok_123');
        expect(sim).toHaveCalledApi('cache.get', 'crm-token');
        expect(sim.denial).toBeUndefined();
      });

    if (maxActions > 1)
      it("fails on an Action's error and denies nothing: later Actions do not run", async () => {
        let laterRan = false;
        const sim = await simulate(
          [
            action('crash', async () => {
              throw new Error('CRM returned 503');
            }),
            action('later', async () => {
              laterRan = true;
            }),
          ],
          { trigger },
        );
        expect(sim.status).toBe('failed');
        expect((sim.error as Error).message).toBe('CRM returned 503');
        expect(sim.denial).toBeUndefined();
        expect(laterRan).toBe(false);
      });

    it("fails on a lone Action's error and denies nothing", async () => {
      const sim = await simulate(
        action('crash', async (_event, api) => {
          api.cache.set('attempt', '1');
          throw new Error('downstream returned 503');
        }),
        { trigger },
      );
      expect(sim.status).toBe('failed');
      expect((sim.error as Error).message).toBe('downstream returned 503');
      expect(sim.denial).toBeUndefined();
      expect(sim.actions[0]?.error).toBe(sim.error);
    });

    it('has no denial for a matcher to find, and says so', () => {
      const api = mockApi(trigger);
      expect(api).not.toHaveDenied();
      expect(() => expect(api).toHaveDenied()).toThrow(/no Action denied/);
    });

    it('takes the cache as toHaveCalledApi and toHaveCached see it on a lone api', () => {
      const api = mockApi(trigger);
      expect(api.cache.set('k', 'v')).toMatchObject({ type: 'success' });
      expect(api).toHaveCalledApi('cache.set', 'k', 'v');
      expect(api).toHaveCached('k', 'v');
      expect(api).not.toHaveCached('other');
      expect(api).not.toHaveCalledApi('cache.delete');
    });

    it('refuses an Action module that exports no handler of this trigger, naming it', async () => {
      await expect(simulate({ onExecutePostLogin: async () => {} }, { trigger })).rejects.toThrow(
        `must be an Action module exporting ${handler} for ${trigger}`,
      );
    });
  });
}
