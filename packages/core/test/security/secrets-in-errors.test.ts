import { describe, expect, it, vi } from 'vitest';
import { mockApi, mockEvent, signSessionToken, simulate } from '../../src/index.js';
import { SECRET, continueApi, goodClaims } from './support/continue-request.js';
import { forgeToken } from './support/forge-token.js';

/**
 * No error of ours prints a secret: not a value of `event.secrets`, not a token's signing secret. CI logs are
 * public, and a failing test prints its error. Each test puts a recognisable secret where a user could put it by
 * mistake, triggers the error, and searches the whole error (message and stack) for it.
 */
const TRIGGER = 'password-reset-post-challenge';
const EVENT_SECRET = 'sk_live_51HxQe2CjS3cr3tV4lu3';
const NUMERIC_SECRET = 987654321;

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`a non-Error was thrown: ${String(error)}`);
  }
  throw new Error('nothing was thrown');
}

async function rejectionOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`a non-Error was thrown: ${String(error)}`);
  }
  throw new Error('nothing was thrown');
}

function expectNoSecret(error: Error, secret: string | number = EVENT_SECRET): void {
  const printed = `${error.message}\n${error.stack ?? ''}\n${JSON.stringify({ ...error })}`;
  expect(printed).not.toContain(String(secret));
}

function apiWithSecret() {
  return mockApi(TRIGGER, { event: mockEvent(TRIGGER, { secrets: { REDIRECT_SECRET: EVENT_SECRET } }) });
}

describe('api.redirect.encodeToken() errors never print the secret', () => {
  it('does not print the secret when it is passed directly instead of an options object', () => {
    const error = thrownBy(() => apiWithSecret().redirect.encodeToken(EVENT_SECRET as never));
    expect(error.message).toMatch(/^api\.redirect\.encodeToken\(\): options must be/);
    expectNoSecret(error);
  });

  it('does not print a numeric secret (a PIN-like value that is not a string)', () => {
    const error = thrownBy(() =>
      apiWithSecret().redirect.encodeToken({ secret: NUMERIC_SECRET as never, payload: {} }),
    );
    expect(error.message).toMatch(/^api\.redirect\.encodeToken\(\): options\.secret must be/);
    expectNoSecret(error, NUMERIC_SECRET);
  });

  it('does not print the secret when the payload has the wrong type', () => {
    const error = thrownBy(() =>
      apiWithSecret().redirect.encodeToken({ secret: EVENT_SECRET, payload: 'user=1' as never }),
    );
    expectNoSecret(error);
  });

  it('does not print the secret when the payload cannot be serialised (BigInt claim)', () => {
    const error = thrownBy(() => apiWithSecret().redirect.encodeToken({ secret: EVENT_SECRET, payload: { n: 1n } }));
    expectNoSecret(error);
  });

  it('does not print the secret when expiresInSeconds is wrong', () => {
    const error = thrownBy(() =>
      apiWithSecret().redirect.encodeToken({ secret: EVENT_SECRET, payload: {}, expiresInSeconds: '900' as never }),
    );
    expectNoSecret(error);
  });
});

describe('api.redirect.validateToken() errors never print the secret', () => {
  it('does not print the secret when it is passed directly instead of an options object', () => {
    const error = thrownBy(() => apiWithSecret().redirect.validateToken(EVENT_SECRET as never));
    expect(error.message).toMatch(/^api\.redirect\.validateToken\(\): options must be/);
    expectNoSecret(error);
  });

  it('does not print a numeric secret', () => {
    const error = thrownBy(() => apiWithSecret().redirect.validateToken({ secret: NUMERIC_SECRET as never }));
    expectNoSecret(error, NUMERIC_SECRET);
  });

  it.each([
    ['a token signed with another secret', () => forgeToken({ claims: goodClaims(), secret: 'other' })],
    ['an expired token', () => forgeToken({ claims: { ...goodClaims(), exp: 1 }, secret: SECRET })],
    ['a token of another user', () => forgeToken({ claims: { ...goodClaims(), sub: 'auth0|other' }, secret: SECRET })],
    ['a token for another state', () => forgeToken({ claims: { ...goodClaims(), state: 'other' }, secret: SECRET })],
    ['a malformed token', () => 'a.b'],
    [
      'a token whose claims embed the secret itself',
      () => forgeToken({ claims: { ...goodClaims(), exp: 1, leaked: SECRET }, secret: SECRET }),
    ],
  ])('does not print the secret in the rejection of %s', (_label, token) => {
    const error = thrownBy(() =>
      continueApi({ query: { session_token: token() } }).redirect.validateToken({ secret: SECRET }),
    );
    expectNoSecret(error, SECRET);
  });

  it('does not print the secret when the token parameter is missing', () => {
    expectNoSecret(
      thrownBy(() => continueApi().redirect.validateToken({ secret: SECRET })),
      SECRET,
    );
  });
});

describe('api argument errors never echo a value of event.secrets passed in the wrong place', () => {
  const misplaced: Array<[string, (api: ReturnType<typeof apiWithSecret>) => unknown]> = [
    ['authentication.challengeWith(secret)', (api) => api.authentication.challengeWith(EVENT_SECRET as never)],
    [
      'authentication.challengeWith({ type: secret })',
      (api) => api.authentication.challengeWith({ type: EVENT_SECRET } as never),
    ],
    ['authentication.challengeWithAny(secret)', (api) => api.authentication.challengeWithAny(EVENT_SECRET as never)],
    [
      'redirect.sendUserTo(url, secret)',
      (api) => api.redirect.sendUserTo('https://verify.example.com/', EVENT_SECRET as never),
    ],
    [
      'redirect.sendUserTo(url, { query: secret })',
      (api) => api.redirect.sendUserTo('https://verify.example.com/', { query: EVENT_SECRET as never }),
    ],
    [
      'transaction.setResultUrl(url, secret)',
      (api) => api.transaction.setResultUrl('https://app.example.com/', EVENT_SECRET as never),
    ],
    ['prompt.render(id, secret)', (api) => api.prompt.render('consent', EVENT_SECRET as never)],
    ['cache.set(key, value, secret)', (api) => api.cache.set('k', 'v', EVENT_SECRET as never)],
    ['access.deny({ reason: secret })', (api) => api.access.deny({ reason: EVENT_SECRET } as never)],
  ];

  it.each(misplaced)('api.%s throws without printing the secret', (_label, call) => {
    expectNoSecret(thrownBy(() => call(apiWithSecret())));
  });
});

describe('other entry points never print a secret', () => {
  it('signSessionToken() does not print a numeric secret', async () => {
    const error = await rejectionOf(() =>
      signSessionToken({ secret: NUMERIC_SECRET as never, state: 's', subject: 'u' }),
    );
    expectNoSecret(error, NUMERIC_SECRET);
  });

  it('signSessionToken() does not print a secret passed directly instead of an options object', async () => {
    expectNoSecret(await rejectionOf(() => signSessionToken(EVENT_SECRET as never)));
  });

  it('simulate() does not print a secret value that is too long for the dashboard', async () => {
    const longSecret = `${EVENT_SECRET}${'x'.repeat(5000)}`;
    const action = { onExecutePostChallenge: async () => {} };
    const error = await rejectionOf(() => simulate(action, { trigger: TRIGGER, secrets: { KEY: longSecret } }));
    expect(error.message).toMatch(/^simulate\(\): options\.secrets\.KEY/);
    expectNoSecret(error, EVENT_SECRET);
  });

  it('simulate() does not print a secret value that is not a string', async () => {
    const action = { onExecutePostChallenge: async () => {} };
    const error = await rejectionOf(() =>
      simulate(action, { trigger: TRIGGER, secrets: { PIN: NUMERIC_SECRET as never } }),
    );
    expectNoSecret(error, NUMERIC_SECRET);
  });

  it('simulation.continue() does not print a numeric token secret', async () => {
    const action = {
      onExecutePostChallenge: async (_event: unknown, api: { redirect: { sendUserTo(url: string): void } }) =>
        api.redirect.sendUserTo('https://verify.example.com/'),
      onContinuePostChallenge: async () => {},
    };
    const simulation = await simulate(action, { trigger: TRIGGER });
    const error = await rejectionOf(() => simulation.continue({ token: { secret: NUMERIC_SECRET as never } }));
    expect(error.message).toMatch(/^simulation\.continue\(\): request\.token\.secret/);
    expectNoSecret(error, NUMERIC_SECRET);
  });

  it('a round trip whose token the Action rejects reports the failure without the secret', async () => {
    const action = {
      onExecutePostChallenge: async (_event: unknown, api: { redirect: { sendUserTo(url: string): void } }) =>
        api.redirect.sendUserTo('https://verify.example.com/'),
      onContinuePostChallenge: async (
        event: { secrets: Record<string, string> },
        api: { redirect: { validateToken(o: { secret: string }): unknown } },
      ) => {
        api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET as string });
      },
    };
    const simulation = await simulate(action, { trigger: TRIGGER, secrets: { REDIRECT_SECRET: EVENT_SECRET } });
    await simulation.continue({ token: { secret: `${EVENT_SECRET}-wrong` } });
    expect(simulation.status).toBe('failed');
    expectNoSecret(simulation.error as Error);
    for (const line of simulation.logs) expect(line).not.toContain(EVENT_SECRET);
  });

  it("the library writes no console line of its own, and keeps an Action's logged secret out of the runner's console", async () => {
    const levels = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const spies = levels.map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const action = {
      onExecutePostChallenge: async (
        event: { secrets: Record<string, string> },
        api: { redirect: { sendUserTo(url: string): void } },
      ) => {
        console.log('using key', event.secrets.REDIRECT_SECRET);
        api.redirect.sendUserTo('https://verify.example.com/');
      },
      onContinuePostChallenge: async (
        event: { secrets: Record<string, string> },
        api: { redirect: { validateToken(o: { secret: string }): unknown } },
      ) => {
        api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET as string });
      },
    };
    const simulation = await simulate(action, { trigger: TRIGGER, secrets: { REDIRECT_SECRET: EVENT_SECRET } });
    await simulation.continue({ token: { secret: 'wrong' } });
    await rejectionOf(() => simulation.continue());
    expect(simulation.status).toBe('failed');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
