import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'post-user-registration';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('mockEvent(post-user-registration)', () => {
  it('has the fields of reference E.4: no client, a request without body or query, a stored user without identities', () => {
    const event = mockEvent(TRIGGER) as Record<string, any>;
    expect(Object.keys(event).sort()).toEqual([
      'authentication',
      'configuration',
      'connection',
      'request',
      'secrets',
      'security_context',
      'tenant',
      'transaction',
      'user',
    ]);
    expect(Object.keys(event.request).sort()).toEqual(['geoip', 'hostname', 'ip', 'language', 'method', 'user_agent']);
    expect(Object.keys(event.user).sort()).toEqual(
      [
        'app_metadata',
        'created_at',
        'email',
        'email_verified',
        'name',
        'nickname',
        'picture',
        'updated_at',
        'user_id',
        'user_metadata',
      ].sort(),
    );
    expect(event.transaction).toMatchObject({
      acr_values: [],
      requested_scopes: ['openid', 'profile', 'email'],
      protocol: 'oidc-basic-profile',
    });
  });

  it.each(SEEDS)('is a database user stored seconds ago, email not verified yet (seed %j)', (seed) => {
    const { user, connection } = mockEvent(TRIGGER, undefined, { seed, now: Date.parse('2026-01-15T09:30:00.000Z') });
    expect(user.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(connection).toMatchObject({ name: 'Username-Password-Authentication', strategy: 'auth0' });
    expect(user.created_at).toMatch(ISO);
    expect(user.updated_at).toBe(user.created_at);
    const age = Date.parse('2026-01-15T09:30:00.000Z') - Date.parse(user.created_at);
    expect(age).toBeGreaterThanOrEqual(1000);
    expect(age).toBeLessThanOrEqual(5000);
    expect(user.email_verified).toBe(false);
    expect(user.name).toBe(user.email);
    expect(user.nickname).toBe(user.email?.split('@')[0]);
  });

  it.each(SEEDS)(
    'is the signup pre-user-registration saw, and the same person as the other triggers (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed });
      const signup = mockEvent('pre-user-registration', undefined, { seed });
      const reset = mockEvent('password-reset-post-challenge', undefined, { seed });
      expect(event.user.email).toBe(signup.user.email);
      expect(event.transaction).toEqual(signup.transaction);
      expect(event.security_context).toEqual(signup.security_context);
      expect(event.connection).toEqual(signup.connection);
      expect(event.user.user_id).toBe(reset.user.user_id);
      expect(event.user.picture).toBe(reset.user.picture);
      expect(event.request?.ip).toBe(reset.request.ip);
    },
  );

  it('takes a signup that came without a request or transaction, and metadata pre-user-registration set', () => {
    const event = mockEvent(TRIGGER, {
      request: undefined,
      transaction: undefined,
      user: { app_metadata: { plan: 'trial' } },
    });
    expect(event.request).toBeUndefined();
    expect(event.transaction).toBeUndefined();
    expect(event.user.app_metadata).toEqual({ plan: 'trial' });
  });

  it.each([
    [
      'a request without ip',
      { request: { ip: undefined } },
      /^mockEvent\(\): overrides\.request\.ip must be a string \(a required field\); received undefined\.$/,
    ],
    [
      'a request body',
      { request: { body: {} } },
      /^mockEvent\(\): overrides\.request\.body must be one of the fields the runtime sends here \(geoip, ip, method, hostname, language, user_agent\)/,
    ],
    [
      'no user_id',
      { user: { user_id: undefined } },
      /^mockEvent\(\): overrides\.user\.user_id must be a string \(a required field\); received undefined\.$/,
    ],
    [
      'email_verified as a string',
      { user: { email_verified: 'yes' } },
      /^mockEvent\(\): overrides\.user\.email_verified must be a boolean; received the string "yes"\.$/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
