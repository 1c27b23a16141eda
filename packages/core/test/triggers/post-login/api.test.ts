import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, type PostLoginApi } from '../../../src/index.js';
import { internalsOf } from '../../../src/api/api-context.js';

const TRIGGER = 'post-login';

const callsOf = (api: PostLoginApi) => internalsOf(api)!.recorder.calls;

describe('mockApi(post-login): namespaces', () => {
  it('has every namespace of the v3 api', () => {
    const api = mockApi(TRIGGER);
    expect(Object.keys(api).sort()).toEqual([
      'access',
      'accessToken',
      'authentication',
      'cache',
      'groups',
      'idToken',
      'multifactor',
      'prompt',
      'redirect',
      'refreshToken',
      'roles',
      'rules',
      'samlResponse',
      'session',
      'transaction',
      'user',
      'validation',
    ]);
  });

  it('chains the ⟲ methods and returns undefined from the void ones', () => {
    const api = mockApi(TRIGGER);
    expect(api.access.deny('no')).toBe(api);
    expect(api.idToken.setCustomClaim('https://example.com/a', 1)).toBe(api);
    expect(api.accessToken.setCustomClaim('https://example.com/b', 2)).toBe(api);
    expect(api.user.setAppMetadata('plan', 'pro').user.setUserMetadata('theme', 'dark')).toBe(api);
    expect(api.multifactor.enable('any')).toBe(api);
    expect(api.validation.error('code', 'message')).toBe(api);
    expect(api.redirect.sendUserTo('https://example.com/step')).toBe(api);
    expect(api.accessToken.addScope('read:x')).toBeUndefined();
    expect(api.authentication.challengeWith({ type: 'otp' })).toBeUndefined();
    expect(api.transaction.setMetadata('k', 'v')).toBeUndefined();
  });
});

describe('mockApi(post-login): accessToken and idToken', () => {
  it('refuses the scope claim with the runtime message', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.idToken.setCustomClaim('scope', 'x')).toThrow('The "scope" claim cannot be set.');
    expect(() => api.accessToken.setCustomClaim('scope', 'x')).toThrow('The "scope" claim cannot be set.');
    expect(callsOf(api).map((call) => 'error' in call)).toEqual([true, true]);
  });

  it('checks scopes in the runtime order, with its messages', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.accessToken.addScope(3 as never)).toThrow(
      new TypeError(
        "api.accessToken.addScope(): The value for the scope must be a string. (scope: expected a scope name such as 'read:users'; received the number 3)",
      ),
    );
    expect(() => api.accessToken.addScope('  ')).toThrow('The value for the scope is required.');
    expect(() => api.accessToken.removeScope('a'.repeat(281))).toThrow(
      'The value for the scope exceeds the allowed maximum of 280 characters.',
    );
    expect(() => api.accessToken.addScope('read write')).toThrow('The value for the scope must not have whitespace.');
    expect(() => api.accessToken.addScope(' read:x ')).not.toThrow();
  });
});

describe('mockApi(post-login): authentication', () => {
  it('records challenges and enrolments, refusing email enrolment and unknown factors', () => {
    const api = mockApi(TRIGGER);
    api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'phone' }]);
    api.authentication.enrollWith({ type: 'webauthn-platform' }, { additionalFactors: [{ type: 'otp' }] });
    api.authentication.enrollWithAny([{ type: 'push-notification' }]);
    expect(() => api.authentication.enrollWith({ type: 'email' } as never)).toThrow(/factor\.type.*email is not one/);
    expect(() => api.authentication.enrollWithAny([])).toThrow(/non-empty array/);
    expect(() => api.authentication.enrollWith('otp' as never)).toThrow(/Pass \{ type: 'otp' \}/);
  });

  it('allows recordMethod only in onContinuePostLogin, with an http(s) URL', () => {
    expect(() => mockApi(TRIGGER).authentication.recordMethod('https://mfa.example.com')).toThrow(
      /only be called in onContinuePostLogin/,
    );
    const api = mockApi(TRIGGER, { handler: 'continue' });
    expect(api.authentication.recordMethod('https://mfa.example.com')).toBe(api);
    expect(() => api.authentication.recordMethod('mfa.example.com')).toThrow(
      /provider_url must be an absolute http\(s\) URL/,
    );
  });

  it('sets the primary user once per transaction, with the runtime checks in order', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.authentication.setPrimaryUser('')).toThrow(
      'The provided primary_user_id must be a non-empty string',
    );
    expect(() => api.authentication.setPrimaryUser('x'.repeat(129))).toThrow(
      'The provided primary_user_id exceeds the maximum length.',
    );
    api.authentication.setPrimaryUser('auth0|primary');
    expect(() => api.authentication.setPrimaryUser('auth0|other')).toThrow(
      'The primary user can only be altered once per transaction',
    );
    expect(() => api.authentication.setPrimaryUser('')).toThrow(
      'The primary user can only be altered once per transaction',
    );
  });
});

describe('mockApi(post-login): multifactor, redirect, user, saml, validation, rules', () => {
  it('multifactor.enable takes the providers of the types and duo options', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.multifactor.enable('sms' as never)).toThrow(
      /provider must be 'none', 'guardian', 'google-authenticator', 'duo', 'any'/,
    );
    expect(() => api.multifactor.enable('any', { allowRememberBrowser: 'yes' as never })).toThrow(
      /allowRememberBrowser must be a boolean/,
    );
    expect(() => api.multifactor.enable('any', { providerOptions: { host: 'h', ikey: 'i', skey: 's' } })).toThrow(
      /only the 'duo' provider/,
    );
    expect(() => api.multifactor.enable('duo', { providerOptions: { host: 'h', ikey: 'i' } as never })).toThrow(
      /providerOptions\.skey must be a string/,
    );
    expect(api.multifactor.enable('duo', { providerOptions: { host: 'h', ikey: 'i', skey: 's' } })).toBe(api);
  });

  it('canRedirect follows the harness: prompt=none in the query and the back-channel protocols', () => {
    expect(mockApi(TRIGGER).redirect.canRedirect()).toBe(true);
    const none = mockEvent(TRIGGER, { request: { query: { prompt: 'none' } } });
    expect(mockApi(TRIGGER, { event: none }).redirect.canRedirect()).toBe(false);
    for (const protocol of [
      'oauth2-resource-owner',
      'oauth2-refresh-token',
      'oauth2-password',
      'oauth2-webauthn',
    ] as const) {
      expect(
        mockApi(TRIGGER, { event: mockEvent(TRIGGER, { transaction: { protocol } }) }).redirect.canRedirect(),
      ).toBe(false);
    }
    expect(
      mockApi(TRIGGER, {
        event: mockEvent(TRIGGER, { transaction: { protocol: 'oauth2-token-exchange' } }),
      }).redirect.canRedirect(),
    ).toBe(true);
  });

  it('metadata writes leave event.user unchanged; non-object metadata gives the runtime message', () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    api.user.setUserMetadata('theme', 'dark');
    expect(event.user.user_metadata).toEqual({});
    const odd = mockApi(TRIGGER, { event: { ...event, user: { ...event.user, app_metadata: 'x' as never } } });
    expect(() => odd.user.setAppMetadata('a', 1)).toThrow(
      'Unexpected app_metadata format. Must be a valid JSON object',
    );
  });

  it('samlResponse setters check their schema and the 102400-byte attribute total', () => {
    const api = mockApi(TRIGGER);
    expect(api.samlResponse.setAttribute('http://schemas.example.com/role', ['admin', 'user'])).toBe(api);
    expect(api.samlResponse.setAttribute('gone', undefined)).toBe(api);
    expect(() => api.samlResponse.setAttribute('big', 'x'.repeat(102_400))).toThrow(
      'The total size of the SAML attributes exceeds the limit of 102400 bytes.',
    );
    expect(() => api.samlResponse.setAttribute('obj', { a: 1 } as never)).toThrow(
      /value must be a string, a number, a boolean, null/,
    );
    expect(() => api.samlResponse.setAudience('x'.repeat(2049))).toThrow(/at most 2048 characters/);
    expect(() => api.samlResponse.setSignatureAlgorithm('rsa-sha512' as never)).toThrow(/'rsa-sha256' or 'rsa-sha1'/);
    expect(() => api.samlResponse.setNameIdentifierProbes(Array(11).fill('p'))).toThrow(/at most 10 strings/);
    expect(api.samlResponse.setLifetimeInSeconds(3600).samlResponse.setSignResponse(true)).toBe(api);
  });

  it('validation.error takes two strings of at most 100 characters', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.validation.error('c'.repeat(101), 'm')).toThrow(
      'errorCode must NOT have more than 100 characters',
    );
    expect(() => api.validation.error('c', 5 as never)).toThrow('errorMessage must be string');
  });

  it("rules.wasExecuted answers from the tenant option's executedRules", () => {
    expect(mockApi(TRIGGER).rules.wasExecuted('rul_1')).toBe(false);
    const api = mockApi(TRIGGER, { tenant: { executedRules: ['rul_1'] } });
    expect(api.rules.wasExecuted('rul_1')).toBe(true);
    expect(() => api.rules.wasExecuted(1 as never)).toThrow(/ruleId must be a string/);
    expect(() => mockApi(TRIGGER, { tenant: { executedRule: [] } as never })).toThrow(/did you mean 'executedRules'/);
  });
});

describe('mockApi(post-login): refreshToken and session', () => {
  const online = () =>
    mockEvent(TRIGGER, {
      transaction: { protocol: 'oauth2-refresh-token' },
      refresh_token: { id: 'rt_1', created_at: '2026-01-01T00:00:00.000Z', access: 'online', metadata: {} },
    });

  it('refreshToken.revoke denies in a refresh-token exchange only', () => {
    expect(() => mockApi(TRIGGER).refreshToken.revoke('bye')).toThrow(/only valid in a refresh-token exchange/);
    expect(mockApi(TRIGGER, { event: online() }).refreshToken.revoke('bye')).toBeUndefined();
  });

  it('expiry setters use the harness messages', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.refreshToken.setExpiresAt(0)).toThrow(
      'Either inactivity or absolute expiration time must be provided',
    );
    expect(() => api.session.setIdleExpiresAt('soon' as never)).toThrow('inactivity must be number');
    expect(() => api.session.setExpiresAt(Infinity)).toThrow('absolute must be number');
    expect(() => mockApi(TRIGGER, { event: online() }).refreshToken.setExpiresAt(Date.now())).toThrow(
      'Cannot call setExpiresAt on an online refresh token.',
    );
  });

  it('metadata: limits, prefixes, the online-token and no-session errors, mirrored into the event at once', () => {
    const event = online();
    const api = mockApi(TRIGGER, { event });
    expect(() => api.refreshToken.setMetadata('k', 'v')).toThrow(
      'Failed to set refresh token metadata: Cannot call setMetadata on an online refresh token.',
    );
    expect(() => api.refreshToken.evictMetadata()).toThrow('Cannot call evictMetadata on an online refresh token.');
    api.session.setMetadata('device', 'laptop');
    expect(event.session!.metadata).toEqual({ device: 'laptop' });
    expect(() => api.session.setMetadata('k', 5 as never)).toThrow(
      'Failed to set session metadata: Invalid metadata: Metadata value must be a string',
    );
    expect(() => api.session.setMetadata('bad key', 'v')).toThrow(
      /^Failed to set session metadata: Invalid metadata: Metadata key/,
    );
    for (let i = 0; i < 24; i++) api.session.setMetadata(`k${i}`, 'v');
    expect(() => api.session.setMetadata('k25', 'v')).toThrow(/not have more than 25 keys/);
    api.session.deleteMetadata('device');
    expect(event.session!.metadata).not.toHaveProperty('device');
    api.session.setCookieMode('non-persistent');
    expect(event.session!.cookie).toEqual({ mode: 'non-persistent' });
    expect(() => api.session.setCookieMode('' as never)).toThrow('Cookie mode must be provided');
    expect(() => api.session.setCookieMode('forever' as never)).toThrow(
      "Invalid cookie mode: forever. Valid values are 'persistent' and 'non-persistent'.",
    );

    const sessionless = mockApi(TRIGGER, { event: mockEvent(TRIGGER, { session: undefined }) });
    expect(() => sessionless.session.setMetadata('k', 'v')).toThrow(
      'Failed to set session metadata: Cannot set metadata on a session that does not exist.',
    );
    expect(() => sessionless.session.deleteMetadata('k')).not.toThrow();
    expect(() => sessionless.session.revoke('bye')).toThrow(/no session to revoke/);
  });

  it('refresh-token metadata works without a token and updates an existing one at once', () => {
    const event = mockEvent(TRIGGER, {
      refresh_token: { id: 'rt_1', created_at: '2026-01-01T00:00:00.000Z', metadata: {} },
    });
    mockApi(TRIGGER, { event }).refreshToken.setMetadata('app', 'web');
    expect(event.refresh_token!.metadata).toEqual({ app: 'web' });
    expect(() => mockApi(TRIGGER).refreshToken.setMetadata('app', 'web')).not.toThrow();
  });
});

describe('mockApi(post-login): transaction.setMetadata', () => {
  // The limits and the mirroring are the transaction-metadata mechanism's:
  // test/mechanisms/transaction-metadata.test.ts.
  it('is visible in event.transaction.metadata at once; null removes', () => {
    const event = mockEvent(TRIGGER);
    const api = mockApi(TRIGGER, { event });
    api.transaction.setMetadata('step', 1);
    api.transaction.setMetadata('ok', true);
    expect(event.transaction!.metadata).toEqual({ step: 1, ok: true });
    api.transaction.setMetadata('step', null);
    expect(event.transaction!.metadata).toEqual({ ok: true });
  });

  it('creates event.transaction when it is missing', () => {
    const event = mockEvent(TRIGGER, { transaction: undefined });
    mockApi(TRIGGER, { event }).transaction.setMetadata('k', 'v');
    expect(event.transaction).toEqual({ metadata: { k: 'v' } });
  });
});

describe('mockApi(post-login): groups and roles', () => {
  const tenant = {
    groups: [
      { id: 'grp_1', name: 'engineering' },
      { id: 'grp_2', name: 'sales', group_type: 'connection' },
    ],
    roles: [
      { id: 'rol_1', name: 'admin', type: 'tenant' },
      { id: 'rol_2', name: 'viewer', type: 'tenant' },
      { id: 'rol_3', name: 'editor', type: 'tenant' },
    ],
  };

  it('answers as a tenant with none without the option', async () => {
    const api = mockApi(TRIGGER);
    await expect(api.groups.getUserGroups()).resolves.toEqual({ groups: [] });
    await expect(api.roles.getUserEffectiveRoles()).resolves.toEqual({ roles: [] });
    await expect(api.groups.hasGroupMembership(['x'])).resolves.toEqual({ memberships: { x: { is_member: false } } });
  });

  it('answers from the tenant option, paging with take and next', async () => {
    const api = mockApi(TRIGGER, { tenant });
    const first = await api.roles.getUserEffectiveRoles({ take: 2 });
    expect(first).toEqual({ roles: tenant.roles.slice(0, 2), next: '2' });
    await expect(api.roles.getUserEffectiveRoles({ take: 2, from: first.next })).resolves.toEqual({
      roles: tenant.roles.slice(2),
    });
    await expect(api.roles.getUserEffectiveRolesByNames(['viewer'])).resolves.toEqual({ roles: [tenant.roles[1]] });
    await expect(api.roles.getUserEffectiveRolesByIds(['rol_3', 'nope'])).resolves.toEqual({
      roles: [tenant.roles[2]],
    });
    await expect(api.groups.getUserGroups()).resolves.toEqual({
      groups: [
        { id: 'grp_1', name: 'engineering' },
        { id: 'grp_2', name: 'sales' },
      ],
    });
    await expect(api.groups.hasGroupMembership(['sales'])).resolves.toEqual({
      memberships: { sales: { is_member: true, matches: [{ id: 'grp_2', name: 'sales', group_type: 'connection' }] } },
    });
  });

  it('rejects bad arguments with the harness messages, and logs the refused calls with their error', async () => {
    const api = mockApi(TRIGGER, { tenant });
    await expect(api.groups.getUserGroups({ from: 1 as never })).rejects.toThrow(
      'The "from" parameter must be a string if provided.',
    );
    await expect(api.roles.getUserEffectiveRoles({ take: 0 })).rejects.toThrow(
      'The "take" parameter must be a positive integer if provided.',
    );
    await expect(api.groups.hasGroupMembership([])).rejects.toThrow(
      'The "groups" parameter must be a non-empty array of strings.',
    );
    await expect(api.roles.getUserEffectiveRolesByIds('rol_1' as never)).rejects.toThrow(
      'The "ids" parameter must be a non-empty array of strings.',
    );
    await expect(api.roles.getUserEffectiveRolesByNames([1] as never)).rejects.toThrow(
      'The "names" parameter must be a non-empty array of strings.',
    );
    await expect(api.roles.getUserEffectiveRolesByNames(Array(51).fill('a'))).rejects.toThrow(/at most 50 entries/);
    await expect(api.groups.getUserGroups({ limit: 10 } as never)).rejects.toThrow(
      'api.groups.getUserGroups(): params.limit must be a known option (take, from); received the number 10.',
    );
    await expect(api.roles.getUserEffectiveRoles({ tkae: 10 } as never)).rejects.toThrow(
      /params\.tkae must be a known option \(take, from\).* Did you mean take\?/,
    );
    const calls = callsOf(api);
    expect(calls).toHaveLength(8);
    expect(calls.every((call) => call.error instanceof Error)).toBe(true);
    await api.roles.getUserEffectiveRoles();
    expect(calls[8]).toMatchObject({ method: 'roles.getUserEffectiveRoles', result: { roles: tenant.roles } });
    expect(calls[8]).not.toHaveProperty('error');
  });

  it('refuses a malformed tenant option, naming the field', () => {
    expect(() => mockApi(TRIGGER, { tenant: { roles: [{ id: 'r', name: 'n' }] } as never })).toThrow(
      /options\.tenant\.roles\[0\]\.type must be a string/,
    );
    expect(() => mockApi(TRIGGER, { tenant: 'x' as never })).toThrow(/options\.tenant must be an object/);
  });
});
