import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlowError, mockApi, simulate, type PostLoginApi, type PostLoginEvent } from '../../../src/index.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'post-login';

type Handler = (event: PostLoginEvent, api: PostLoginApi) => Promise<void>;

function action(name: string, onExecutePostLogin: Handler, onContinuePostLogin?: Handler) {
  return onContinuePostLogin ? { name, onExecutePostLogin, onContinuePostLogin } : { name, onExecutePostLogin };
}

const ran = (sim: { actions: Array<{ name: string; handler: string }> }) =>
  sim.actions.map(({ name, handler }) => `${name}:${handler === 'onExecutePostLogin' ? 'execute' : 'continue'}`);

const OTP_USER = { user: { enrolledFactors: [{ type: 'otp' }] } };
const REFRESH = {
  transaction: { protocol: 'oauth2-refresh-token' as const },
  refresh_token: { id: 'rt_1', created_at: '2026-01-01T00:00:00.000Z' },
};

describe('simulate(post-login): denials', () => {
  it.each([
    [
      'access.deny',
      async (_e: PostLoginEvent, api: PostLoginApi) => void api.access.deny('blocked'),
      { method: 'access.deny', reason: 'blocked' },
      {},
    ],
    [
      'session.revoke',
      async (_e: PostLoginEvent, api: PostLoginApi) => api.session.revoke('stolen'),
      { method: 'session.revoke', reason: 'stolen' },
      {},
    ],
    [
      'refreshToken.revoke',
      async (_e: PostLoginEvent, api: PostLoginApi) => api.refreshToken.revoke('rotated'),
      { method: 'refreshToken.revoke', reason: 'rotated' },
      REFRESH,
    ],
    [
      'validation.error',
      async (_e: PostLoginEvent, api: PostLoginApi) =>
        void api.validation.error('invalid_email', 'Use your work email'),
      { method: 'validation.error', code: 'invalid_email', reason: 'Use your work email' },
      {},
    ],
  ])(
    '%s ends the login after its Action: denied, later Actions never run, no tokens',
    async (_name, deny, denial, event) => {
      let laterRan = false;
      const sim = await simulate(
        [
          action('meta', async (_e, api) => void api.user.setAppMetadata('seen', true)),
          action('gate', deny),
          action('later', async () => void (laterRan = true)),
        ],
        { trigger: TRIGGER, event },
      );
      expect(sim.status).toBe('denied');
      expect(sim.denial).toEqual({ action: 'gate', ...denial });
      expect(laterRan).toBe(false);
      expect(sim.idToken).toBeUndefined();
      expect(sim.accessToken).toBeUndefined();
      // Side-effects already asked for are kept (reference D.2).
      expect(sim.user?.app_metadata).toEqual({ seen: true });
      expect(sim).toHaveDenied(denial.reason);
    },
  );
});

describe('simulate(post-login): the profile and the tokens', () => {
  it("merges every Action's metadata writes once at the end, null deleting; event.user never changes", async () => {
    const seen: unknown[] = [];
    const sim = await simulate(
      [
        action('a', async (event, api) => {
          api.user.setUserMetadata('theme', 'dark').user.setAppMetadata('plan', 'pro').user.setAppMetadata('legacy', 1);
          seen.push(event.user.app_metadata);
        }),
        action('b', async (event, api) => {
          seen.push(event.user.app_metadata);
          api.user.setAppMetadata('legacy', null).user.setUserMetadata('theme', 'light');
        }),
      ],
      { trigger: TRIGGER, event: { user: { app_metadata: { legacy: 0, keep: 'yes' } } } },
    );
    expect(sim.status).toBe('completed');
    expect(seen).toEqual([
      { legacy: 0, keep: 'yes' },
      { legacy: 0, keep: 'yes' },
    ]);
    expect(sim.user?.app_metadata).toEqual({ keep: 'yes', plan: 'pro' });
    expect(sim.user?.user_metadata).toEqual({ theme: 'light' });
    expect(sim.event.user.app_metadata).toEqual({ legacy: 0, keep: 'yes' });
  });

  it("reports the tokens on completion: standard claims from the event, custom claims by Auth0's rules, scope a string", async () => {
    const sim = await simulate(
      [
        action('claims', async (_e, api) => {
          api.idToken.setCustomClaim('https://example.com/roles', ['admin']).idToken.setCustomClaim('roles', ['admin']);
          api.idToken.setCustomClaim('https://auth0.com/x', 1).idToken.setCustomClaim('favourite_color', 'blue');
          api.accessToken
            .setCustomClaim('https://example.com/tier', 'gold')
            .accessToken.setCustomClaim('permissions', ['x']);
          api.accessToken.addScope('read:reports');
          api.accessToken.addScope('write:reports');
        }),
        action('later', async (_e, api) => {
          api.idToken.setCustomClaim('favourite_color', 'green');
          api.accessToken.removeScope('write:reports');
          api.accessToken.removeScope('email');
        }),
      ],
      { trigger: TRIGGER },
    );
    const { event } = sim;
    expect(sim.status).toBe('completed');
    expect(sim.idToken).toMatchObject({
      iss: `https://${event.request.hostname}/`,
      sub: event.user.user_id,
      aud: event.client.client_id,
      email: event.user.email,
      name: event.user.name,
      sid: event.session!.id,
      'https://example.com/roles': ['admin'],
      favourite_color: 'green',
    });
    expect(sim.idToken).not.toHaveProperty('roles');
    expect(sim.idToken).not.toHaveProperty(['https://auth0.com/x']);
    expect(sim.accessToken).toMatchObject({
      sub: event.user.user_id,
      azp: event.client.client_id,
      aud: [event.resource_server!.identifier, `https://${event.request.hostname}/userinfo`],
      scope: 'openid profile read:reports',
      'https://example.com/tier': 'gold',
    });
    expect(sim.accessToken).not.toHaveProperty('permissions');
  });

  it('keeps only namespaced custom claims in a Management API access token', async () => {
    const sim = await simulate(
      action(
        'claims',
        async (_e, api) =>
          void api.accessToken
            .setCustomClaim('tier', 'gold')
            .accessToken.setCustomClaim('https://example.com/tier', 'gold'),
      ),
      { trigger: TRIGGER, event: { resource_server: { identifier: 'https://acme.eu.auth0.com/api/v2/' } } },
    );
    expect(sim.accessToken).toHaveProperty(['https://example.com/tier'], 'gold');
    expect(sim.accessToken).not.toHaveProperty('tier');
  });

  it("fails the login when a token's custom claims exceed 100 KB", async () => {
    const sim = await simulate(
      action(
        'big',
        async (_e, api) => void api.idToken.setCustomClaim('https://example.com/blob', 'x'.repeat(100 * 1024)),
      ),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toMatchObject({ code: 'CustomClaimsTooLarge' });
    expect(sim.idToken).toBeUndefined();
  });

  it('issues the tokens for the primary user after setPrimaryUser', async () => {
    const sim = await simulate(
      action('link', async (_e, api) => api.authentication.setPrimaryUser('auth0|primary')),
      { trigger: TRIGGER },
    );
    expect(sim.idToken?.sub).toBe('auth0|primary');
    expect(sim.accessToken?.sub).toBe('auth0|primary');
  });

  it('discards the user_metadata set in the Action that calls setPrimaryUser, keeping the other writes', async () => {
    const sim = await simulate(
      [
        action('before', async (_e, api) => void api.user.setUserMetadata('kept', 1)),
        action('link', async (_e, api) => {
          api.user.setUserMetadata('dropped', 1).user.setAppMetadata('linked', true);
          api.authentication.setPrimaryUser('auth0|primary');
        }),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.user?.user_metadata).toEqual({ kept: 1 });
    expect(sim.user?.app_metadata).toEqual({ linked: true });
  });

  it('refuses a second setPrimaryUser in a later Action of the same transaction', async () => {
    const sim = await simulate(
      [
        action('a', async (_e, api) => api.authentication.setPrimaryUser('auth0|1')),
        action('b', async (_e, api) => api.authentication.setPrimaryUser('auth0|2')),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe('The primary user can only be altered once per transaction');
  });
});

describe('simulate(post-login): transaction metadata and mirrored fields', () => {
  it('transaction.setMetadata is in event.transaction.metadata at once and for later Actions', async () => {
    const seen: unknown[] = [];
    await simulate(
      [
        action('a', async (event, api) => {
          api.transaction.setMetadata('risk', 'low');
          seen.push({ ...event.transaction!.metadata });
          (event.transaction as Record<string, unknown>).direct = 'edit';
        }),
        action('b', async (event) => void seen.push(event.transaction!.metadata, event.transaction!.direct)),
      ],
      { trigger: TRIGGER },
    );
    expect(seen).toEqual([{ risk: 'low' }, { risk: 'low' }, undefined]);
  });

  it('session metadata and cookie mode carry over to later Actions', async () => {
    let session: PostLoginEvent['session'];
    await simulate(
      [
        action('a', async (_e, api) => {
          api.session.setMetadata('device', 'laptop');
          api.session.setCookieMode('non-persistent');
        }),
        action('b', async (event) => void (session = event.session)),
      ],
      { trigger: TRIGGER },
    );
    expect(session?.metadata).toEqual({ device: 'laptop' });
    expect(session?.cookie).toEqual({ mode: 'non-persistent' });
  });
});

describe('simulate(post-login): MFA', () => {
  afterEach(() => vi.useRealTimers());

  it('multifactor.enable challenges after the LAST Action, attributed to the Action that called it', async () => {
    const sim = await simulate(
      [action('policy', async (_e, api) => void api.multifactor.enable('any')), action('last', async () => {})],
      { trigger: TRIGGER, event: OTP_USER },
    );
    expect(ran(sim)).toEqual(['policy:execute', 'last:execute']);
    expect(sim.status).toBe('challenged');
    expect(sim.challenge).toEqual({ action: 'policy', method: 'multifactor.enable', factors: [{ type: 'otp' }] });
    expect(sim.idToken).toBeUndefined();
    await sim.completeChallenge();
    expect(sim.status).toBe('completed');
    expect(sim.idToken?.sub).toBe(sim.event.user.user_id);
  });

  it("multifactor.enable('none') asks for nothing; the last enable of the flow wins", async () => {
    const none = await simulate(
      [
        action('a', async (_e, api) => void api.multifactor.enable('any')),
        action('b', async (_e, api) => void api.multifactor.enable('none')),
      ],
      { trigger: TRIGGER },
    );
    expect(none.status).toBe('completed');
  });

  it('a challenge command earlier in the flow overrides multifactor.enable (the factor passed in this transaction)', async () => {
    const sim = await simulate(
      [
        action('a', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        action('b', async (_e, api) => void api.multifactor.enable('any')),
      ],
      { trigger: TRIGGER, event: OTP_USER },
    );
    expect(sim.challenge?.method).toBe('challengeWith');
    await sim.completeChallenge('otp');
    expect(sim.status).toBe('completed');
  });

  it('enrolment pauses after its Action; a user with a factor must pass a challenge first', async () => {
    const fresh = await simulate(
      action('enrol', async (_e, api) => api.authentication.enrollWith({ type: 'otp' })),
      { trigger: TRIGGER, event: { user: { enrolledFactors: [] } } },
    );
    expect(fresh.challenge).toEqual({ action: 'enrol', method: 'enrollWith', factors: [{ type: 'otp' }] });
    await fresh.completeChallenge();
    expect(fresh.status).toBe('completed');

    const enrolled = await simulate(
      action('enrol', async (_e, api) => api.authentication.enrollWithAny([{ type: 'webauthn-platform' }])),
      { trigger: TRIGGER, event: OTP_USER },
    );
    expect(enrolled.status).toBe('failed');
    expect((enrolled.error as Error).message).toContain(
      'Challenge with at least one existing factor before enrolling a new one.',
    );

    let factors: unknown;
    const stepped = await simulate(
      [
        action('step', async (_e, api) => {
          api.authentication.challengeWith({ type: 'otp' });
          api.authentication.enrollWith({ type: 'webauthn-platform' });
        }),
        action('after', async (event) => void (factors = event.user.enrolledFactors)),
      ],
      { trigger: TRIGGER, event: OTP_USER },
    );
    await stepped.completeChallenge('otp');
    expect(stepped.challenge?.method).toBe('enrollWith');
    expect(stepped.status).toBe('challenged');
    await stepped.completeChallenge('webauthn-platform');
    expect(stepped.status).toBe('completed');
    expect(factors).toEqual([{ type: 'otp' }, { type: 'webauthn-platform' }]);
  });

  it('enrolling only factors the user already has fails the login', async () => {
    const sim = await simulate(
      action('enrol', async (_e, api) => api.authentication.enrollWith({ type: 'otp' })),
      {
        trigger: TRIGGER,
        event: {
          user: { enrolledFactors: [{ type: 'otp' }] },
          authentication: { methods: [{ name: 'mfa', type: 'otp', timestamp: '2026-01-01T00:00:00.000Z' }] },
        },
      },
    );
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toContain('requested factors are not properly set up');
  });

  it('challenges and enrolments share the four commands per flow; multifactor.enable is not one', async () => {
    const sim = await simulate(
      action('many', async (_e, api) => {
        api.multifactor.enable('any');
        api.authentication.challengeWith({ type: 'otp' });
        api.authentication.challengeWithAny([{ type: 'otp' }]);
        api.authentication.enrollWith({ type: 'push-notification' });
        api.authentication.enrollWithAny([{ type: 'phone' }]);
        api.authentication.enrollWith({ type: 'webauthn-roaming' });
      }),
      { trigger: TRIGGER, event: OTP_USER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(FlowError);
    expect(sim.error).toMatchObject({ code: 'TooManyChallengeCommands' });
  });
});

describe('simulate(post-login): MFA commands and the protocol', () => {
  it.each(['oauth2-token-exchange', 'oauth2-refresh-token'] as const)(
    'a challenge on %s fails the transaction instead of pausing it',
    async (protocol) => {
      const sim = await simulate(
        action('mfa', async (_e, api) => api.authentication.challengeWith({ type: 'otp' })),
        {
          trigger: TRIGGER,
          event: { ...OTP_USER, transaction: { protocol } },
        },
      );
      expect(sim.status).toBe('failed');
      expect(sim.error).toMatchObject({ code: 'MfaNotSupported' });
      expect((sim.error as Error).message).toMatch(/^api\.authentication\.challengeWith\(\) cannot run here: /);
    },
  );

  it('an Action that guards on the protocol completes the refresh exchange', async () => {
    const sim = await simulate(
      action('mfa', async (event, api) => {
        if (event.transaction?.protocol !== 'oauth2-refresh-token') api.authentication.challengeWith({ type: 'otp' });
      }),
      { trigger: TRIGGER, event: REFRESH },
    );
    expect(sim.status).toBe('completed');
  });
});

describe('simulate(post-login): redirects and forms', () => {
  it('round-trips a redirect through onContinuePostLogin, where recordMethod is allowed and seen by later Actions', async () => {
    let methods: unknown;
    const sim = await simulate(
      [
        action(
          'verify',
          async (_e, api) => void api.redirect.sendUserTo('https://verify.example.com/start'),
          async (_e, api) => void api.authentication.recordMethod('https://verify.example.com'),
        ),
        action('later', async (event) => void (methods = event.authentication!.methods.map((m) => m.name))),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('redirected');
    expect(sim.redirect?.url).toMatch(/^https:\/\/verify\.example\.com\/start\?state=/);
    await sim.continue();
    expect(ran(sim)).toEqual(['verify:execute', 'verify:continue', 'later:execute']);
    expect(methods).toEqual(['pwd', 'https://verify.example.com']);
    expect(sim.status).toBe('completed');
  });

  it('a redirect where none is possible fails the login with interaction_required', async () => {
    const sim = await simulate(
      action('r', async (_e, api) => void api.redirect.sendUserTo('https://x.example.com/')),
      {
        trigger: TRIGGER,
        event: { request: { query: { prompt: 'none' } } },
      },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toMatchObject({ code: 'InteractionRequired' });
    expect((sim.error as Error).message).toMatch(/^interaction_required: .*prompt=none/);
  });

  it("impossibleRedirects: 'follow' redirects anyway; another value is refused", async () => {
    const redirecting = action('r', async (_e, api) => void api.redirect.sendUserTo('https://x.example.com/'));
    const event = { request: { query: { prompt: 'none' } } };
    const sim = await simulate(redirecting, { trigger: TRIGGER, event, impossibleRedirects: 'follow' });
    expect(sim.status).toBe('redirected');
    await expect(simulate(redirecting, { trigger: TRIGGER, impossibleRedirects: 'ignore' as never })).rejects.toThrow(
      /options\.impossibleRedirects must be 'fail'/,
    );
    expect(() => mockApi(TRIGGER, { impossibleRedirects: 'follow' } as never)).toThrow(
      /impossibleRedirects is an option of simulate\(\)/,
    );
  });

  it('a denial in the same Action wins over a redirect that cannot happen', async () => {
    const sim = await simulate(
      action('r', async (_e, api) => void api.redirect.sendUserTo('https://x.example.com/').access.deny('no')),
      { trigger: TRIGGER, event: { transaction: { protocol: 'oauth2-password' } } },
    );
    expect(sim.status).toBe('denied');
  });

  it('prompt.render suspends and resumes in onContinuePostLogin with event.prompt', async () => {
    let prompt: unknown;
    const sim = await simulate(
      action(
        'form',
        async (_e, api) => api.prompt.render('ap_123', { vars: { step: 1 } }),
        async (event) => void (prompt = event.prompt),
      ),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('prompted');
    await sim.continue({ body: { first_name: 'Jane' } });
    expect(prompt).toMatchObject({ id: 'ap_123', fields: { first_name: 'Jane' }, vars: { step: 1 } });
    expect(sim.status).toBe('completed');
  });

  it('groups and roles answer from the tenant option in a simulation too', async () => {
    let roles: unknown;
    await simulate(
      action('rbac', async (_e, api) => void (roles = (await api.roles.getUserEffectiveRoles()).roles)),
      {
        trigger: TRIGGER,
        tenant: { roles: [{ id: 'rol_1', name: 'admin', type: 'tenant' }] },
      },
    );
    expect(roles).toEqual([{ id: 'rol_1', name: 'admin', type: 'tenant' }]);
  });
});
