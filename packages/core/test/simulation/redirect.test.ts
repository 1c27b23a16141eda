import { describe, expect, it } from 'vitest';
import { FlowError, recorded, signSessionToken, simulate, type PostChallengeEvent } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';

const SECRET = 'shared-with-verify-site';

/** The official docs' redirect Action (reference F.1), resuming with a token the verification site signs. */
const verifyIdentity = action(
  'verify',
  async (event, api) => {
    const token = api.redirect.encodeToken({
      secret: event.secrets.REDIRECT_SECRET as string,
      payload: { userId: event.user.user_id },
    });
    api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
  },
  async (event, api) => {
    let payload: Record<string, unknown>;
    try {
      payload = api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET as string });
    } catch (error) {
      api.access.deny(`Unable to verify redirect response: ${(error as Error).message}`);
      return;
    }
    if (payload.userId !== event.user.user_id)
      api.access.deny('Verification response does not match the current user.');
    else if (event.request.query.verified !== 'true') api.access.deny('Identity verification was not completed.');
  },
);

const options = { trigger: TRIGGER, secrets: { REDIRECT_SECRET: SECRET } } as const;

describe('simulate(): redirect.sendUserTo and /continue', () => {
  it('suspends after the redirecting Action with the href the browser gets, state included', async () => {
    let laterRan = false;
    const sim = await simulate([verifyIdentity, action('later', async () => void (laterRan = true))], options);
    expect(sim.status).toBe('redirected');
    expect(laterRan).toBe(false);
    const url = new URL(sim.redirect?.url as string);
    expect(url.origin + url.pathname).toBe('https://verify.example.com/identity');
    expect(url.searchParams.get('state')).toBe(sim.redirect?.state);
    expect(url.searchParams.get('session_token')).toBe(recorded(sim).calls[0]?.result);
    expect(sim.redirect?.state).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('generates the state from the seed: the same seed repeats it, another seed changes it', async () => {
    const redirecting = action(
      'r',
      async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
      async () => {},
    );
    const [a, b, c] = await Promise.all([
      simulate(redirecting, { trigger: TRIGGER, seed: 1 }),
      simulate(redirecting, { trigger: TRIGGER, seed: 1 }),
      simulate(redirecting, { trigger: TRIGGER, seed: 2 }),
    ]);
    expect(a.redirect?.state).toBe(b.redirect?.state);
    expect(a.redirect?.state).not.toBe(c.redirect?.state);
  });

  it('resumes the same Action at /continue with a new event.request (state added), then runs the remaining Actions', async () => {
    let continued: PostChallengeEvent['request'] | undefined;
    let laterRequest: PostChallengeEvent['request'] | undefined;
    const sim = await simulate(
      [
        action('before', async () => {}),
        action(
          'r',
          async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
          async (event) => void (continued = event.request),
        ),
        action('later', async (event) => void (laterRequest = event.request)),
      ],
      options,
    );
    const original = sim.event.request;
    const state = sim.redirect?.state;
    await sim.continue({ query: { verified: 'true' } });
    expect(sim.status).toBe('completed');
    expect(ran(sim)).toEqual(['before:execute', 'r:execute', 'r:continue', 'later:execute']);
    expect(continued).toEqual({ ...original, method: 'GET', query: { state, verified: 'true' }, body: {} });
    expect(laterRequest).toEqual(continued);
  });

  it('makes the /continue request a POST when a body is given', async () => {
    let request: PostChallengeEvent['request'] | undefined;
    const sim = await simulate(
      action(
        'r',
        async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
        async (event) => void (request = event.request),
      ),
      options,
    );
    const state = sim.redirect?.state;
    await sim.continue({ body: { result: 'ok' } });
    expect(request).toMatchObject({ method: 'POST', query: { state }, body: { result: 'ok' } });
  });

  it('round-trips a real token: continue({ token }) signs it for this state and user, and validateToken accepts it', async () => {
    const sim = await simulate(verifyIdentity, options);
    await sim.continue({
      query: { verified: 'true' },
      token: { secret: SECRET, payload: { userId: sim.event.user.user_id } },
    });
    expect(sim.status).toBe('completed');
    const validate = recorded(sim).calls.find((c) => c.method === 'redirect.validateToken');
    expect(validate?.args).toEqual([{ secret: SECRET, tokenParameterName: 'session_token' }]);
  });

  it('denies when the verification site signed with another secret', async () => {
    const sim = await simulate(verifyIdentity, options);
    await sim.continue({
      query: { verified: 'true' },
      token: { secret: 'wrong-secret', payload: { userId: sim.event.user.user_id } },
    });
    expect(sim.status).toBe('denied');
    expect(recorded(sim).calls.at(-1)?.args[0]).toMatch(
      /^Unable to verify redirect response: The session token is invalid: /,
    );
  });

  it.each([
    ['another state than the flow issued', { state: 'forged' }, 'state "forged"'],
    ['an empty state', { state: '' }, 'no state'],
  ])(
    'fails with invalid_request, never resuming the Action, when the browser comes back with %s',
    async (_name, query, shown) => {
      const sim = await simulate(verifyIdentity, options);
      const expected = sim.redirect?.state as string;
      await sim.continue({
        query: { ...query, verified: 'true' },
        token: { secret: SECRET, payload: { userId: sim.event.user.user_id } },
      });
      expect(sim.status).toBe('failed');
      expect(sim.error).toBeInstanceOf(FlowError);
      expect(sim.error).toMatchObject({ code: 'InvalidRequest' });
      expect((sim.error as Error).message).toContain(
        `invalid_request: the /continue request carried ${shown}, but this transaction's state is "${expected}"`,
      );
      expect(sim.actions.map((call) => call.handler)).toEqual(['onExecutePostChallenge']);
    },
  );

  it('denies when the browser comes back without a token', async () => {
    const sim = await simulate(verifyIdentity, options);
    await sim.continue({ query: { verified: 'true' } });
    expect(recorded(sim).calls.at(-1)?.args[0]).toBe(
      "Unable to verify redirect response: There is no parameter called 'session_token' available in either the POST body or query string.",
    );
  });

  it('puts the token under token.parameter, in the body when there is one', async () => {
    let request: PostChallengeEvent['request'] | undefined;
    let payload: Record<string, unknown> | undefined;
    const sim = await simulate(
      action(
        'r',
        async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
        async (event, api) => {
          request = event.request;
          payload = api.redirect.validateToken({ secret: SECRET, tokenParameterName: 'result' });
        },
      ),
      options,
    );
    const state = sim.redirect?.state;
    await sim.continue({
      body: { note: 'hi' },
      token: { secret: SECRET, parameter: 'result', payload: { level: 2 }, expiresInSeconds: 60 },
    });
    expect(sim.status).toBe('completed');
    expect(request?.query).toEqual({ state });
    expect(request?.body).toEqual({ note: 'hi', result: expect.any(String) });
    expect(payload).toMatchObject({ level: 2, state, sub: sim.event.user.user_id, iss: 'https://verify.example.com/' });
    expect((payload?.exp as number) - (payload?.iat as number)).toBe(60);
  });

  it('accepts a token the test signed itself with signSessionToken', async () => {
    const sim = await simulate(verifyIdentity, options);
    const token = await signSessionToken({
      secret: SECRET,
      state: sim.redirect?.state as string,
      subject: sim.event.user.user_id,
      payload: { userId: sim.event.user.user_id },
    });
    await sim.continue({ query: { verified: 'true', session_token: token } });
    expect(sim.status).toBe('completed');
  });

  it('fails the flow with a clear message when the Action has no continue handler', async () => {
    const sim = await simulate(
      [
        action('r', async (_e, api) => api.redirect.sendUserTo('https://x.example.com/')),
        action('later', async () => {}),
      ],
      options,
    );
    expect(sim.status).toBe('redirected');
    await sim.continue();
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(FlowError);
    expect((sim.error as Error).message).toBe(
      '"r" called api.redirect.sendUserTo() but does not export onContinuePostChallenge, so the runtime cannot resume it at /continue. ' +
        'Add "exports.onContinuePostChallenge = async function(event, api) { }".',
    );
    expect(ran(sim)).toEqual(['r:execute', 'r:continue']);
    expect(sim.actions[1]?.error).toBe(sim.error);
  });

  it('lets the continue handler redirect again', async () => {
    let round = 0;
    const sim = await simulate(
      action(
        'twice',
        async (_e, api) => api.redirect.sendUserTo('https://x.example.com/one'),
        async (_e, api) => {
          round += 1;
          if (round === 1) api.redirect.sendUserTo('https://x.example.com/two');
        },
      ),
      options,
    );
    await sim.continue();
    expect(sim.status).toBe('redirected');
    expect(sim.redirect?.url).toMatch(/^https:\/\/x\.example\.com\/two\?state=/);
    await sim.continue();
    expect(sim.status).toBe('completed');
  });

  it('asks for the challenge first when one Action both challenges and redirects', async () => {
    const sim = await simulate(
      action(
        'mixed',
        async (_e, api) => {
          api.redirect.sendUserTo('https://x.example.com/');
          api.authentication.challengeWith({ type: 'otp' });
        },
        async () => {},
      ),
      options,
    );
    expect(sim.status).toBe('challenged');
    await sim.completeChallenge();
    expect(sim.status).toBe('redirected');
    await sim.continue();
    expect(sim.status).toBe('completed');
  });
});
