import { describe, expect, it } from 'vitest';
import { mockEvent, type PostLoginEvent } from '../../../src/index.js';

const TRIGGER = 'post-login';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Every field of reference E.1a a password login to a web application carries, with its type. */
const FIELDS: Array<[string, string]> = [
  ['secrets', 'object'],
  ['configuration', 'object'],
  ['authentication.methods', 'array'],
  ['authentication.riskAssessment.confidence', 'string'],
  ['authentication.riskAssessment.version', 'string'],
  ['authentication.riskAssessment.assessments.UntrustedIP.code', 'string'],
  ['authentication.riskAssessment.assessments.NewDevice.code', 'string'],
  ['authentication.riskAssessment.assessments.ImpossibleTravel.code', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.botScore', 'number'],
  ['authorization.roles', 'array'],
  ['client.client_id', 'string'],
  ['client.name', 'string'],
  ['client.metadata', 'object'],
  ['connection.id', 'string'],
  ['connection.name', 'string'],
  ['connection.strategy', 'string'],
  ['request.ip', 'string'],
  ['request.method', 'string'],
  ['request.query', 'object'],
  ['request.body', 'object'],
  ['request.geoip.countryCode', 'string'],
  ['request.hostname', 'string'],
  ['request.user_agent', 'string'],
  ['resource_server.identifier', 'string'],
  ['security_context.ja3', 'string'],
  ['session.id', 'string'],
  ['session.cookie.mode', 'string'],
  ['session.clients', 'array'],
  ['session.metadata', 'object'],
  ['stats.logins_count', 'number'],
  ['tenant.id', 'string'],
  ['transaction.metadata', 'object'],
  ['transaction.id', 'string'],
  ['transaction.protocol', 'string'],
  ['transaction.requested_scopes', 'array'],
  ['transaction.redirect_uri', 'string'],
  ['transaction.response_type', 'array'],
  ['transaction.state', 'string'],
  ['transaction.locale', 'string'],
  ['user.user_id', 'string'],
  ['user.identities', 'array'],
  ['user.app_metadata', 'object'],
  ['user.user_metadata', 'object'],
  ['user.email', 'string'],
  ['user.enrolledFactors', 'array'],
  ['user.multifactor', 'array'],
];

describe('mockEvent(post-login)', () => {
  it.each(SEEDS)('seed %s: every field of the v3 event, with its type', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    for (const [path, type] of FIELDS) expect([path, typeOf(get(event, path))]).toEqual([path, type]);
  });

  it('is internally consistent: user_id from the first identity, the session and request on the tenant and client', () => {
    for (const seed of SEEDS) {
      const event: PostLoginEvent = mockEvent(TRIGGER, undefined, { seed });
      const identity = event.user.identities[0]!;
      expect(event.user.user_id).toBe(`${identity.provider}|${identity.user_id}`);
      expect(identity.connection).toBe(event.connection.name);
      expect(event.request.hostname).toBe(`${event.tenant.id}${event.request.hostname!.slice(event.tenant.id.length)}`);
      expect(event.session!.clients).toEqual([{ client_id: event.client.client_id }]);
      expect(event.request.query.client_id).toBe(event.client.client_id);
      expect(event.request.query.audience).toBe(event.resource_server!.identifier);
      expect(event.transaction!.protocol).toBe('oidc-basic-profile');
      expect(event.transaction!.metadata).toEqual({});
      expect(event.authentication!.methods[0]!.name).toBe('pwd');
      expect(event.stats.logins_count).toBeGreaterThanOrEqual(1);
      expect(event.user.multifactor).not.toContain('email');
    }
  });

  it('is the same person as in password reset and post-change-password for the same seed', () => {
    for (const seed of SEEDS) {
      const login = mockEvent(TRIGGER, undefined, { seed, now: 1_800_000_000_000 });
      const reset = mockEvent('password-reset-post-challenge', undefined, { seed, now: 1_800_000_000_000 });
      const changed = mockEvent('post-change-password', undefined, { seed, now: 1_800_000_000_000 });
      expect(login.user.user_id).toBe(reset.user.user_id);
      expect(login.user.email).toBe(reset.user.email);
      expect(login.user.email).toBe(changed.user.email);
      expect(login.tenant.id).toBe(reset.tenant.id);
      expect(login.client.client_id).toBe(reset.client.client_id);
      expect(login.stats.logins_count).toBe(reset.stats.logins_count);
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(mockEvent(TRIGGER, undefined, { seed: 7, now: 1_800_000_000_000 })).toEqual(
      mockEvent(TRIGGER, undefined, { seed: 7, now: 1_800_000_000_000 }),
    );
    expect(mockEvent(TRIGGER, undefined, { seed: 7 }).user.user_id).not.toBe(
      mockEvent(TRIGGER, undefined, { seed: 8 }).user.user_id,
    );
  });

  it('takes overrides that fit the v3 event and refuses the others, naming the path', () => {
    const event = mockEvent(TRIGGER, {
      transaction: { protocol: 'oauth2-refresh-token', metadata: { step: 1 } },
      refresh_token: { id: 'rt_1', created_at: '2026-01-01T00:00:00.000Z', access: 'online' },
      organization: { id: 'org_1', name: 'acme', display_name: 'Acme', metadata: {} },
      session: undefined,
    });
    expect(event.transaction!.protocol).toBe('oauth2-refresh-token');
    expect(event.transaction!.metadata).toEqual({ step: 1 });
    expect(event.refresh_token!.access).toBe('online');
    expect(event.session).toBeUndefined();
    expect(() => mockEvent(TRIGGER, { stats: { logins_count: 'many' } } as never)).toThrow(/stats\.logins_count/);
    expect(() => mockEvent(TRIGGER, { sesion: {} } as never)).toThrow(/sesion/);
    expect(() => mockEvent(TRIGGER, { authorization: { roles: 'admin' } } as never)).toThrow(/authorization\.roles/);
  });

  it("accepts 'post-login/v3' and refuses another version", () => {
    expect(mockEvent('post-login/v3').user.user_id).toMatch(/^auth0\|/);
    expect(() => mockEvent('post-login/v2' as never)).toThrow(/v3/);
  });
});
