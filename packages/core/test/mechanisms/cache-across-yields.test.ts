import { describe, expect, it } from 'vitest';
import { createCache, simulate, type TriggerId } from '../../src/index.js';
import { actionFor } from '../support/trigger-actions.js';
import { CHALLENGE_TRIGGERS, PROMPT_TRIGGERS, REDIRECT_TRIGGERS } from '../support/triggers-by-mechanism.js';

/** Every way a flow can yield, with the triggers that have it and how the test resumes it. */
const YIELDS: Array<{
  yieldKind: string;
  triggers: readonly TriggerId[];
  ask(api: any): void;
  resume(sim: any): Promise<unknown>;
}> = [
  {
    yieldKind: 'redirect',
    triggers: REDIRECT_TRIGGERS,
    ask: (api) => api.redirect.sendUserTo('https://verify.example.com/'),
    resume: (sim) => sim.continue(),
  },
  {
    yieldKind: 'prompt',
    triggers: PROMPT_TRIGGERS,
    ask: (api) => api.prompt.render('consent'),
    resume: (sim) => sim.continue({ body: {} }),
  },
  {
    yieldKind: 'challenge',
    triggers: CHALLENGE_TRIGGERS,
    ask: (api) => api.authentication.challengeWith({ type: 'otp' }),
    resume: (sim) => sim.completeChallenge('otp'),
  },
];

describe.each(YIELDS.flatMap(({ triggers, ...rest }) => triggers.map((trigger) => ({ trigger, ...rest }))))(
  'the cache across a $yieldKind on $trigger',
  ({ trigger, ask, resume }) => {
    const enrolled = { user: { enrolledFactors: [{ type: 'otp' }] } };
    const flow = (seen: Array<string | undefined>) => [
      actionFor(
        trigger,
        'writer',
        async (_event, api) => {
          api.cache.set('step', 'one');
          ask(api);
        },
        async (_event, api) => {
          seen.push(api.cache.get('step')?.value);
        },
      ),
      actionFor(trigger, 'reader', async (_event, api) => {
        seen.push(api.cache.get('step')?.value);
      }),
    ];

    it("keeps what was set before the yield by default ('kept')", async () => {
      const seen: Array<string | undefined> = [];
      const sim = await simulate(flow(seen) as never, { trigger, event: enrolled as never });
      await resume(sim);
      expect(sim.status).toBe('completed');
      expect(seen.at(-1)).toBe('one');
    });

    it("loses it with cacheAcrossYields: 'lost', so the Action's fallback can be proven", async () => {
      const seen: Array<string | undefined> = [];
      const cache = createCache();
      const sim = await simulate(
        flow(seen) as never,
        { trigger, event: enrolled as never, cache, cacheAcrossYields: 'lost' } as never,
      );
      expect(cache.entries()).toEqual([]);
      await resume(sim);
      expect(seen.every((value) => value === undefined)).toBe(true);
    });

    it('refuses another value, naming the option', async () => {
      await expect(simulate(flow([]) as never, { trigger, cacheAcrossYields: 'gone' } as never)).rejects.toThrow(
        `simulate(): options.cacheAcrossYields must be 'kept' or 'lost'; received the string "gone".`,
      );
    });
  },
);
