import { describe, expect, it } from 'vitest';
import { createCache, simulate, type Simulation } from '../../src/index.js';
import { DEEP_CRASH, expectArgumentRejection } from './support/argument-errors.js';
import { TRIGGER } from './support/continue-request.js';

/**
 * simulate() and a Simulation's steps under bad input: argument errors name the function and the argument;
 * a step asked of a flow that does not wait for it says what the flow waits for; the runtime's own checks end
 * the flow as 'failed' with the runtime's message. Never a crash from deep inside.
 */
type Handler = (event: any, api: any) => Promise<void>;

const completes = { onExecutePostChallenge: (async () => {}) as Handler };
const redirects = {
  onExecutePostChallenge: (async (_event, api) =>
    api.redirect.sendUserTo('https://verify.example.com/start')) as Handler,
  onContinuePostChallenge: (async () => {}) as Handler,
};
const challenges = {
  onExecutePostChallenge: (async (_event, api) => api.authentication.challengeWith({ type: 'otp' })) as Handler,
};

async function rejectionOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`a non-Error was thrown: ${String(error)}`);
  }
  throw new Error('nothing was thrown');
}

async function expectStepRefused(run: () => Promise<unknown>, start: string): Promise<void> {
  const error = await rejectionOf(run);
  expect(error.message.slice(0, start.length), error.message).toBe(start);
  expect(error.message).not.toMatch(DEEP_CRASH);
}

describe('simulate() rejects a module without handlers, naming simulate() and the action', () => {
  it.each([
    ['an empty module object', {}],
    ['a module for another trigger (onExecutePostLogin)', { onExecutePostLogin: async () => {} }],
    [
      'an ES module namespace whose handlers sit under default',
      { default: { onExecutePostChallenge: async () => {} } },
    ],
    ['a module whose handlers are strings', { onExecutePostChallenge: 'async () => {}' }],
  ])('rejects %s', async (_label, action) => {
    await expectArgumentRejection(
      () => simulate(action, { trigger: TRIGGER }),
      'simulate(): action must be an Action module exporting',
    );
  });

  it('rejects a module without handlers at its position in a flow (actions[1])', async () => {
    await expectArgumentRejection(
      () => simulate([completes, {}], { trigger: TRIGGER }),
      'simulate(): actions[1] must be an Action module',
    );
  });

  it('rejects an empty flow', async () => {
    await expectArgumentRejection(() => simulate([], { trigger: TRIGGER }), 'simulate(): actions must be');
  });

  it('rejects a flow of more Actions than a tenant can bind (5 on a trigger that allows 4)', async () => {
    const five = Array.from({ length: 5 }, (_, index) => ({ name: `a${index}`, ...completes }));
    await expectArgumentRejection(
      () => simulate(five, { trigger: TRIGGER }),
      'simulate(): actions must be at most 4 Actions',
    );
  });

  it('rejects two Actions with the same name', async () => {
    await expectArgumentRejection(
      () =>
        simulate(
          [
            { name: 'x', ...completes },
            { name: 'x', ...completes },
          ],
          { trigger: TRIGGER },
        ),
      'simulate(): actions[1].name must be',
    );
  });

  it('rejects a name that is not a string', async () => {
    await expectArgumentRejection(
      () => simulate({ name: 42, ...completes }, { trigger: TRIGGER }),
      'simulate(): action.name must be',
    );
  });

  it('rejects per-Action secrets that are not strings', async () => {
    await expectArgumentRejection(
      () => simulate({ ...completes, secrets: { KEY: 1 } }, { trigger: TRIGGER }),
      'simulate(): action.secrets.KEY must be',
    );
  });
});

describe('simulate() rejects bad options, naming simulate() and the option', () => {
  it.each([
    ['no options', undefined, 'simulate(): options must be'],
    ['the trigger as a string instead of options', TRIGGER, 'simulate(): options must be'],
    ['options without a trigger', {}, 'simulate(): options.trigger must be'],
    ['an unknown trigger ("user-deleted")', { trigger: 'user-deleted' }, 'simulate(): options.trigger must be'],
    [
      'an unsupported trigger version',
      { trigger: 'password-reset-post-challenge/v3' },
      'simulate(): options.trigger must be',
    ],
    [
      'a misspelt option (secret instead of secrets)',
      { trigger: TRIGGER, secret: { KEY: 'v' } },
      'simulate(): options.secret must be',
    ],
    [
      'event overrides of the wrong type (a string)',
      { trigger: TRIGGER, event: 'user=1' },
      'simulate(): options.event must be',
    ],
    [
      'event overrides with a __proto__ key',
      { trigger: TRIGGER, event: JSON.parse('{"__proto__": {"x": 1}}') },
      'simulate(): options.event.__proto__',
    ],
    ['secrets as an array', { trigger: TRIGGER, secrets: ['KEY'] }, 'simulate(): options.secrets must be'],
    [
      'a secret that is not a string',
      { trigger: TRIGGER, secrets: { KEY: true } },
      'simulate(): options.secrets.KEY must be',
    ],
    [
      'event.secrets with a value that is not a string',
      { trigger: TRIGGER, event: { secrets: { KEY: 1 } } },
      'simulate(): options.event.secrets.KEY must be',
    ],
    [
      'a cache that is not from createCache()',
      { trigger: TRIGGER, cache: new Map() },
      'simulate(): options.cache must be',
    ],
    [
      'cache limits next to a shared cache',
      { trigger: TRIGGER, cache: createCache(), limits: { maxEntries: 1 } },
      'simulate(): options.limits must be',
    ],
    [
      'a misspelt limit',
      { trigger: TRIGGER, limits: { executionTimeout: 5 } },
      'simulate(): options.limits.executionTimeout',
    ],
    [
      'a negative time limit',
      { trigger: TRIGGER, limits: { executionTimeoutMs: -1 } },
      'simulate(): options.limits.executionTimeoutMs',
    ],
    ['an object as the seed', { trigger: TRIGGER, seed: { n: 1 } }, 'simulate(): options.seed must be'],
    ['a string as echoLogs', { trigger: TRIGGER, echoLogs: 'yes' }, 'simulate(): options.echoLogs must be'],
    [
      'a number as validateIssuer',
      { trigger: TRIGGER, validateIssuer: 1 },
      'simulate(): options.validateIssuer must be',
    ],
  ])('rejects %s', async (_label, options, start) => {
    await expectArgumentRejection(() => simulate(completes, options as never), start);
  });
});

describe("simulate() ends the flow as 'failed' with the runtime's message for what the runtime itself checks", () => {
  it("fails an Action file that exports undefined with 'The Action must export an object.'", async () => {
    const simulation = await simulate(undefined as never, { trigger: TRIGGER });
    expect(simulation.status).toBe('failed');
    expect((simulation.error as Error).message).toBe('The Action must export an object.');
  });

  it("fails a handler that is not an async function with the runtime's signature message", async () => {
    const simulation = await simulate({ onExecutePostChallenge: () => Promise.resolve() }, { trigger: TRIGGER });
    expect(simulation.status).toBe('failed');
    expect((simulation.error as Error).message).toMatch(
      /^Invalid function signature for the "onExecutePostChallenge" handler\./,
    );
  });
});

describe('Simulation steps refuse to run when the flow is not waiting for them, saying what it waits for', () => {
  it('continue() on a completed flow says the flow has finished', async () => {
    const simulation = await simulate(completes, { trigger: TRIGGER });
    await expectStepRefused(
      () => simulation.continue(),
      "simulation.continue(): the flow has finished with status 'completed'",
    );
  });

  it('continue() on a flow waiting for an MFA challenge points to completeChallenge()', async () => {
    const simulation = await simulate(challenges, { trigger: TRIGGER });
    expect(simulation.status).toBe('challenged');
    const error = await rejectionOf(() => simulation.continue());
    expect(error.message).toMatch(/^simulation\.continue\(\): the simulation is challenged.*completeChallenge\(\)/);
  });

  it('completeChallenge() on a redirected flow points to continue()', async () => {
    const simulation = await simulate(redirects, { trigger: TRIGGER });
    const error = await rejectionOf(() => simulation.completeChallenge());
    expect(error.message).toMatch(/^simulation\.completeChallenge\(\): the simulation is redirected.*continue\(\)/);
  });

  it('completeChallenge() on a completed flow says the flow has finished', async () => {
    const simulation = await simulate(completes, { trigger: TRIGGER });
    await expectStepRefused(
      () => simulation.completeChallenge(),
      "simulation.completeChallenge(): the flow has finished with status 'completed'",
    );
  });

  it('a second continue() after the flow resumed and completed is refused', async () => {
    const simulation = await simulate(redirects, { trigger: TRIGGER });
    await simulation.continue();
    await expectStepRefused(
      () => simulation.continue(),
      "simulation.continue(): the flow has finished with status 'completed'",
    );
  });

  it('a continue() taken while the previous step is still running is refused', async () => {
    const simulation = await simulate(redirects, { trigger: TRIGGER });
    const first = simulation.continue();
    await expectStepRefused(() => simulation.continue(), 'simulation.continue(): the previous step is still running');
    await first;
  });

  it('completeChallenge() with a factor the challenge does not offer names the offered factors', async () => {
    const simulation = await simulate(challenges, { trigger: TRIGGER });
    const error = await expectArgumentRejection(
      () => simulation.completeChallenge('sms'),
      'simulation.completeChallenge(): factorType must be',
    );
    expect(error.message).toContain("'otp'");
  });
});

describe('simulation.continue() rejects a malformed /continue request, naming the part', () => {
  let waiting: Simulation;
  const redirected = async () => (waiting = await simulate(redirects, { trigger: TRIGGER }));

  it.each([
    ['a query string instead of an object', { query: 'state=abc' }, 'simulation.continue(): request.query must be'],
    [
      'a query parameter that is not a string',
      { query: { verified: true } },
      'simulation.continue(): request.query.verified must be',
    ],
    ['a misspelt part (tokn)', { tokn: { secret: 'k' } }, 'simulation.continue(): request.tokn must be'],
    ['a body that is an array', { body: ['a'] }, 'simulation.continue(): request.body must be'],
    ['a body holding a function', { body: { callback: () => 1 } }, 'simulation.continue(): request.body must be'],
    ['a token without a secret', { token: {} }, 'simulation.continue(): request.token.secret must be'],
    [
      'a token payload that is an array',
      { token: { secret: 'k', payload: ['a'] } },
      'simulation.continue(): request.token.payload must be',
    ],
    [
      'a token lifetime that is not a number',
      { token: { secret: 'k', expiresInSeconds: '900' } },
      'simulation.continue(): request.token.expiresInSeconds must be',
    ],
    [
      'a token next to a session_token already in the query',
      { token: { secret: 'k' }, query: { session_token: 'x' } },
      'simulation.continue(): request.query.session_token must be',
    ],
    ['a request that is a string', 'state=abc', 'simulation.continue(): request must be'],
  ])('rejects %s, and the flow still waits at the redirect', async (_label, request, start) => {
    await redirected();
    await expectArgumentRejection(() => waiting.continue(request as never), start);
    expect(waiting.status).toBe('redirected');
    await waiting.continue();
    expect(waiting.status).toBe('completed');
  });
});
