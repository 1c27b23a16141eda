import { describe, expect, it } from 'vitest';
import { TRIGGER_IDS, createCache, simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';

const ok = action('ok', async () => {});
const SUPPORTED = TRIGGER_IDS.map((id) => `'${id}'`).join(', ');

describe('simulate(): argument errors name the function and the argument', () => {
  it.each([
    [undefined, "simulate(): options must be an object like { trigger: 'post-login' }; received undefined."],
    [{}, `simulate(): options.trigger must be a supported trigger id (${SUPPORTED}); received undefined.`],
    [
      { trigger: 'user-deleted' },
      `simulate(): options.trigger must be a supported trigger id (${SUPPORTED}); received the string "user-deleted".`,
    ],
    [
      { trigger: 'post-credential-validation' },
      `simulate(): options.trigger must be a supported trigger id: Auth0's 'post-credential-validation' is a limited-release trigger whose api and event are not publicly documented, so this library does not mock it (the README's "Supported triggers"); received the string "post-credential-validation".`,
    ],
    [
      { trigger: 'password-reset-post-chalenge' },
      `simulate(): options.trigger must be a supported trigger id (${SUPPORTED}) (did you mean 'password-reset-post-challenge'?); received the string "password-reset-post-chalenge".`,
    ],
    [
      { trigger: 'password-reset-post-challenge/v9' },
      "simulate(): options.trigger must be 'password-reset-post-challenge' or 'password-reset-post-challenge/v1' (this library follows v1 of password-reset-post-challenge; how older versions differ: the README's \"Supported triggers\"); received the string \"password-reset-post-challenge/v9\".",
    ],
    [
      { trigger: TRIGGER, secret: {} },
      'simulate(): options.secret must be a known option (trigger, event, secrets, cache, seed, limits, echoLogs, cacheAcrossYields, validateIssuer, enrolledFactorsOnly); received an object. Did you mean secrets?',
    ],
    [
      { trigger: TRIGGER, event: [] },
      'simulate(): options.event must be a plain object merged over mockEvent(trigger); received an array (0 items).',
    ],
    [
      { trigger: TRIGGER, event: { user: { fn: () => 1 } } },
      'simulate(): options.event.user.fn must be plain data (objects, arrays, strings, numbers, booleans, null); received a function (fn).',
    ],
    [
      { trigger: TRIGGER, secrets: { KEY: 1 } },
      'simulate(): options.secrets.KEY must be a string (Action secrets are strings); received a number (not shown: it may be a secret).',
    ],
    [
      { trigger: TRIGGER, secrets: { KEY: 'x'.repeat(4097) } },
      /^simulate\(\): options\.secrets\.KEY must be at most 4096 characters, as in the dashboard/,
    ],
    [
      { trigger: TRIGGER, cache: new Map() },
      'simulate(): options.cache must be a cache from createCache(); received an instance of Map.',
    ],
    [
      { trigger: TRIGGER, seed: {} },
      'simulate(): options.seed must be a finite number or a string; received an object.',
    ],
    [
      { trigger: TRIGGER, seed: Number.NaN },
      'simulate(): options.seed must be a finite number or a string; received the number NaN.',
    ],
    [
      { trigger: TRIGGER, limits: { executionTimeoutMs: -1 } },
      'simulate(): options.limits.executionTimeoutMs must be a non-negative number; received the number -1.',
    ],
    [
      { trigger: TRIGGER, cache: createCache(), limits: { maxEntries: 3 } },
      /^simulate\(\): options\.limits must be free of cache limits when options\.cache is given/,
    ],
    [
      { trigger: TRIGGER, echoLogs: 'yes' },
      'simulate(): options.echoLogs must be a boolean; received the string "yes".',
    ],
  ])('rejects options %j', async (options, message) => {
    await expect(simulate(ok, options as never)).rejects.toThrow(message);
    await expect(simulate(ok, options as never)).rejects.toBeInstanceOf(TypeError);
  });

  it('rejects a module that exports none of the trigger handlers', async () => {
    await expect(simulate({ onExecutePostLogin: async () => {} }, { trigger: TRIGGER })).rejects.toThrow(
      'simulate(): action must be an Action module exporting onExecutePostChallenge and/or onContinuePostChallenge for password-reset-post-challenge; received an object exporting onExecutePostLogin.',
    );
    await expect(simulate([ok, {}], { trigger: TRIGGER })).rejects.toThrow(
      'simulate(): actions[1] must be an Action module exporting onExecutePostChallenge and/or onContinuePostChallenge for password-reset-post-challenge; received an object with no exports.',
    );
  });

  it('rejects more Actions than the trigger allows, or none', async () => {
    await expect(
      simulate(
        [ok, ok, ok, ok, ok].map((a, i) => ({ ...a, name: `a${i}` })),
        { trigger: TRIGGER },
      ),
    ).rejects.toThrow(
      'simulate(): actions must be at most 4 Actions (the most a tenant can bind to password-reset-post-challenge); received an array (5 items).',
    );
    await expect(simulate([], { trigger: TRIGGER })).rejects.toThrow(
      'simulate(): actions must be a module object or a non-empty array of them; received an array (0 items).',
    );
  });

  it('rejects a bad or duplicate Action name and bad per-Action secrets', async () => {
    await expect(simulate([ok, ok], { trigger: TRIGGER })).rejects.toThrow(
      'simulate(): actions[1].name must be unique in the flow (logs and results are keyed by it); received the string "ok".',
    );
    await expect(simulate({ name: 3, onExecutePostChallenge: async () => {} }, { trigger: TRIGGER })).rejects.toThrow(
      'simulate(): action.name must be a non-empty string; received the number 3.',
    );
    await expect(
      simulate({ secrets: { A: 1 }, onExecutePostChallenge: async () => {} }, { trigger: TRIGGER }),
    ).rejects.toThrow(
      'simulate(): action.secrets.A must be a string (Action secrets are strings); received a number (not shown: it may be a secret).',
    );
  });
});

describe('simulation.continue(): argument errors', () => {
  const redirecting = action(
    'r',
    async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
    async () => {},
  );

  it.each([
    [
      'a string',
      'state=x',
      'simulation.continue(): request must be an object like { query, body, token }; received the string "state=x".',
    ],
    [
      'an unknown key',
      { headers: {} },
      'simulation.continue(): request.headers must be a known option (query, body, token); received an object.',
    ],
    [
      'a misspelt key',
      { qurey: {} },
      'simulation.continue(): request.qurey must be a known option (query, body, token); received an object. Did you mean query?',
    ],
    [
      'a misspelt token key, its value not shown',
      { token: { secert: 'shh-value' } },
      'simulation.continue(): request.token.secert must be a known option (secret, payload, expiresInSeconds, parameter, issuer); received a string (not shown: it may be a secret). Did you mean secret?',
    ],
    [
      'a body that is not an object',
      { body: 'a=b' },
      'simulation.continue(): request.body must be an object; received the string "a=b".',
    ],
    [
      'a token without secret',
      { token: {} },
      'simulation.continue(): request.token.secret must be a non-empty string (the secret shared with the Action); received undefined.',
    ],
    [
      'a token with a bad lifetime',
      { token: { secret: 's', expiresInSeconds: '60' } },
      'simulation.continue(): request.token.expiresInSeconds must be a finite number of seconds; received the string "60".',
    ],
    [
      'a token and its parameter both',
      { query: { session_token: 'x' }, token: { secret: 's' } },
      'simulation.continue(): request.query.session_token must be left out when request.token is given (the token goes there); received the string "x".',
    ],
  ])('rejects %s', async (_label, request, message) => {
    const sim = await simulate(redirecting, { trigger: TRIGGER });
    await expect(sim.continue(request as never)).rejects.toThrow(message);
    expect(sim.status).toBe('redirected');
  });
});
