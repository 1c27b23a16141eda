import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlowError, simulate, type PostChallengeEvent } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';

/** A user enrolled in every factor these tests challenge with (the flow ignores factors a user has not enrolled). */
const ENROLLED_IN_MANY = {
  user: { enrolledFactors: [{ type: 'otp' }, { type: 'email' }, { type: 'push-notification' }] },
};

const NOW = Date.parse('2026-02-01T10:00:00.000Z');

describe('simulate(): MFA challenges', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pauses after the challenging Action (which runs to its end) and before the next one', async () => {
    let afterChallenge = false;
    let nextRan = false;
    const sim = await simulate(
      [
        action('risk', async (_event, api) => {
          api.authentication.challengeWith(
            { type: 'otp' },
            { additionalFactors: [{ type: 'phone', options: { preferredMethod: 'sms' } }] },
          );
          afterChallenge = true;
        }),
        action('next', async () => {
          nextRan = true;
        }),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('challenged');
    expect(afterChallenge).toBe(true);
    expect(nextRan).toBe(false);
    expect(sim.challenge).toEqual({
      action: 'risk',
      method: 'challengeWith',
      factors: [{ type: 'otp' }, { type: 'phone', options: { preferredMethod: 'sms' } }],
    });
  });

  it('completeChallenge(type) appends { name: "mfa", type, timestamp } to authentication.methods and runs the next Action', async () => {
    let methods: PostChallengeEvent['authentication']['methods'] = [];
    const sim = await simulate(
      [
        action('risk', async (_event, api) =>
          api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }]),
        ),
        action('next', async (event) => {
          methods = event.authentication.methods;
        }),
      ],
      { trigger: TRIGGER, event: ENROLLED_IN_MANY },
    );
    vi.useFakeTimers({ now: NOW + 30_000 });
    const returned = await sim.completeChallenge('email');
    expect(returned).toBe(sim);
    expect(sim.status).toBe('completed');
    expect(sim.challenge).toBeUndefined();
    expect(ran(sim)).toEqual(['risk:execute', 'next:execute']);
    expect(methods).toHaveLength(2);
    expect(methods[1]).toEqual({ name: 'mfa', type: 'email', timestamp: '2026-02-01T10:00:30.000Z' });
  });

  it('completes the default factor (the first offered) when no type is given', async () => {
    let types: unknown[] = [];
    const sim = await simulate(
      [
        action('risk', async (_event, api) =>
          api.authentication.challengeWith({ type: 'push-notification' }, { additionalFactors: [{ type: 'otp' }] }),
        ),
        action('next', async (event) => {
          types = event.authentication.methods.map((m) => m.type);
        }),
      ],
      { trigger: TRIGGER, event: ENROLLED_IN_MANY },
    );
    await sim.completeChallenge();
    expect(types).toEqual([undefined, 'push-notification']);
  });

  it('completes the flow when the challenge came from the last Action', async () => {
    const sim = await simulate(
      action('only', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
      { trigger: TRIGGER },
    );
    await sim.completeChallenge('otp');
    expect(sim.status).toBe('completed');
  });

  it('rejects a factor type the pending challenge does not offer, and keeps waiting', async () => {
    const sim = await simulate(
      action('risk', async (_e, api) =>
        api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] }),
      ),
      {
        trigger: TRIGGER,
        event: ENROLLED_IN_MANY,
      },
    );
    await expect(sim.completeChallenge('phone')).rejects.toThrow(
      "simulation.completeChallenge(): factorType must be a factor the pending challenge offers ('otp', 'email'); received the string \"phone\".",
    );
    expect(sim.status).toBe('challenged');
    await sim.completeChallenge('email');
    expect(sim.status).toBe('completed');
  });

  it('skips factors already completed in the flow: the user is asked only for the others', async () => {
    const sim = await simulate(
      [
        action('first', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        action('second', async (_e, api) => api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }])),
      ],
      { trigger: TRIGGER, event: ENROLLED_IN_MANY },
    );
    await sim.completeChallenge('otp');
    expect(sim.status).toBe('challenged');
    expect(sim.challenge).toEqual({ action: 'second', method: 'challengeWithAny', factors: [{ type: 'email' }] });
    await expect(sim.completeChallenge('otp')).rejects.toThrow(/offers \('email'\)/);
  });

  it('does not pause for a challenge whose factors were all completed (in the flow or before it)', async () => {
    const sim = await simulate(
      [
        action('first', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        action('again', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        action('known', async (_e, api) => api.authentication.challengeWith({ type: 'email' })),
      ],
      {
        trigger: TRIGGER,
        event: {
          authentication: {
            methods: [
              { name: 'email', timestamp: new Date(NOW).toISOString() },
              { name: 'mfa', type: 'email', timestamp: new Date(NOW).toISOString() },
            ],
          },
        },
      },
    );
    expect(sim.status).toBe('challenged');
    await sim.completeChallenge();
    expect(sim.status).toBe('completed');
    expect(ran(sim)).toEqual(['first:execute', 'again:execute', 'known:execute']);
  });

  it('queues two challenge commands of one Action, in order', async () => {
    const sim = await simulate(
      [
        action('roles', async (_e, api) => {
          api.authentication.challengeWith({ type: 'otp' });
          api.authentication.challengeWith({ type: 'phone' });
        }),
        action('next', async () => {}),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.challenge?.factors).toEqual([{ type: 'otp' }]);
    await sim.completeChallenge();
    expect(sim.status).toBe('challenged');
    expect(sim.challenge?.factors).toEqual([{ type: 'phone' }]);
    expect(ran(sim)).toEqual(['roles:execute']);
    await sim.completeChallenge();
    expect(sim.status).toBe('completed');
  });

  it('fails the flow on the fifth challenge command, counted across Actions', async () => {
    const twice = async (_e: unknown, api: { authentication: { challengeWith(f: { type: 'otp' }): void } }) => {
      api.authentication.challengeWith({ type: 'otp' });
      api.authentication.challengeWith({ type: 'otp' });
    };
    const four = await simulate(
      [
        { name: 'a', onExecutePostChallenge: twice },
        { name: 'b', onExecutePostChallenge: twice },
      ],
      { trigger: TRIGGER },
    );
    await four.completeChallenge();
    // The other three are satisfied by the completed otp: four commands are allowed.
    expect(four.status).toBe('completed');

    let lastRan = false;
    const five = await simulate(
      [
        { name: 'a', onExecutePostChallenge: twice },
        { name: 'b', onExecutePostChallenge: twice },
        action('c', async (_e, api) => api.authentication.challengeWithAny([{ type: 'otp' }])),
        action('d', async () => void (lastRan = true)),
      ],
      { trigger: TRIGGER },
    );
    await five.completeChallenge();
    expect(five.status).toBe('failed');
    expect(lastRan).toBe(false);
    expect(five.error).toBeInstanceOf(FlowError);
    expect(five.error).toMatchObject({ code: 'TooManyChallengeCommands' });
    expect((five.error as Error).message).toContain(
      '"c" brought this flow to 5 challengeWith / challengeWithAny commands; at most 4',
    );
    expect(five.actions.at(-1)?.error).toBe(five.error);
  });

  it('takes the challenge limit from limits.maxChallengeCommands', async () => {
    const sim = await simulate(
      action('a', async (_e, api) => {
        api.authentication.challengeWith({ type: 'otp' });
        api.authentication.challengeWith({ type: 'email' });
      }),
      { trigger: TRIGGER, limits: { maxChallengeCommands: 1 } },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toMatchObject({ code: 'TooManyChallengeCommands' });
  });

  describe('with enrolledFactorsOnly', () => {
    it('offers only the factors the user enrolled (push-notification satisfies push)', async () => {
      const sim = await simulate(
        action('a', async (_e, api) =>
          api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'push' }, { type: 'recovery-code' }]),
        ),
        {
          trigger: TRIGGER,
          enrolledFactorsOnly: true,
          event: { user: { enrolledFactors: [{ type: 'push-notification' }] } },
        },
      );
      expect(sim.challenge?.factors).toEqual([{ type: 'push' }, { type: 'recovery-code' }]);
    });

    it('fails the flow when the user enrolled none of the factors', async () => {
      const sim = await simulate(
        action('a', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        {
          trigger: TRIGGER,
          enrolledFactorsOnly: true,
          event: { user: { enrolledFactors: [] } },
        },
      );
      expect(sim.status).toBe('failed');
      expect(sim.error).toMatchObject({ code: 'NoUsableFactor' });
      expect((sim.error as Error).message).toContain("challenged with 'otp', but the user has enrolled none of them");
    });

    it('is on by default: a factor the user has not enrolled fails the flow, as in production', async () => {
      const sim = await simulate(
        action('a', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        {
          trigger: TRIGGER,
          event: { user: { enrolledFactors: [] } },
        },
      );
      expect(sim.status).toBe('failed');
      expect(sim.error).toMatchObject({ code: 'NoUsableFactor' });
    });

    it('can be turned off: then a factor the user has not enrolled still pauses the flow', async () => {
      const sim = await simulate(
        action('a', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        {
          trigger: TRIGGER,
          enrolledFactorsOnly: false,
          event: { user: { enrolledFactors: [] } },
        },
      );
      expect(sim.status).toBe('challenged');
    });
  });
});
