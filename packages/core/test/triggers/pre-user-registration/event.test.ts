import { describe, expect, it } from 'vitest';
import { mockEvent, type PreUserRegistrationEvent } from '../../../src/index.js';

const TRIGGER = 'pre-user-registration';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

/** Every field of reference E.3 a Universal Login signup carries, with its type. */
const FIELDS: Array<[string, string]> = [
  ['secrets', 'object'],
  ['configuration', 'object'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.botScore', 'number'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.emailDomain', 'string'],
  ['client.client_id', 'string'],
  ['client.name', 'string'],
  ['client.metadata', 'object'],
  ['connection.id', 'string'],
  ['connection.name', 'string'],
  ['connection.strategy', 'string'],
  ['connection.metadata', 'object'],
  ['request.body', 'object'],
  ['request.geoip.cityName', 'string'],
  ['request.geoip.countryCode', 'string'],
  ['request.geoip.latitude', 'number'],
  ['request.ip', 'string'],
  ['request.method', 'string'],
  ['request.hostname', 'string'],
  ['request.language', 'string'],
  ['request.user_agent', 'string'],
  ['security_context.ja3', 'string'],
  ['security_context.ja4', 'string'],
  ['tenant.id', 'string'],
  ['transaction.acr_values', 'array'],
  ['transaction.locale', 'string'],
  ['transaction.requested_scopes', 'array'],
  ['transaction.ui_locales', 'array'],
  ['transaction.protocol', 'string'],
  ['transaction.redirect_uri', 'string'],
  ['transaction.response_mode', 'string'],
  ['transaction.response_type', 'array'],
  ['transaction.state', 'string'],
  ['user.email', 'string'],
  ['user.app_metadata', 'object'],
  ['user.user_metadata', 'object'],
];

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

describe('mockEvent(pre-user-registration)', () => {
  it.each(SEEDS)('has every field of the reference with its type (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    for (const [path, type] of FIELDS) expect([path, typeOf(get(event, path))]).toEqual([path, type]);
  });

  it('is a user not created yet: no user_id, created_at, email_verified or identities, and no request query', () => {
    const event = mockEvent(TRIGGER) as PreUserRegistrationEvent & {
      user: Record<string, unknown>;
      request: Record<string, unknown>;
    };
    expect(Object.keys(event.user).sort()).toEqual(['app_metadata', 'email', 'user_metadata']);
    expect(event.request.query).toBeUndefined();
    expect(event.request.method).toBe('POST');
    expect(event.connection.strategy).toBe('auth0');
  });

  it.each(SEEDS)('is the same person, tenant and browser as the other triggers for the same seed (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    const reset = mockEvent('password-reset-post-challenge', undefined, { seed });
    expect(event.user.email).toBe(reset.user.email);
    expect(event.tenant).toEqual(reset.tenant);
    expect(event.client).toEqual(reset.client);
    expect(event.connection).toEqual(reset.connection);
    expect(event.request.ip).toBe(reset.request.ip);
    expect(event.request.hostname).toBe(reset.request.hostname);
    expect(event.request.geoip).toEqual(reset.request.geoip);
  });

  it.each(SEEDS)('is consistent with itself (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    const risk = event.authentication?.riskAssessment?.supplemental?.akamai?.akamaiUserRisk;
    expect(risk?.username).toBe(event.user.email);
    expect(risk?.emailDomain).toBe(event.user.email?.split('@')[1]);
    expect(event.request.hostname).toMatch(new RegExp(`^${event.tenant.id}\\.[a-z]{2}\\.auth0\\.com$`));
    expect(event.transaction?.locale).toBe(event.request.language?.slice(0, 2));
    expect(event.transaction?.ui_locales).toEqual([event.transaction?.locale]);
    expect(event.transaction?.redirect_uri).toMatch(/^https:\/\/[a-z0-9-]+\.example\.com\/callback$/);
    expect(event.security_context?.ja3).toMatch(/^[0-9a-f]{32}$/);
    expect(event.security_context?.ja4).toMatch(/^t13d\d{4}h2_[0-9a-f]{12}_[0-9a-f]{12}$/);
  });

  it('is deterministic for a seed, and another seed is another person', () => {
    expect(mockEvent(TRIGGER, undefined, { seed: 7 })).toEqual(mockEvent(TRIGGER, undefined, { seed: 7 }));
    const emails = new Set(SEEDS.map((seed) => mockEvent(TRIGGER, undefined, { seed }).user.email));
    expect(emails.size).toBeGreaterThan(1);
  });

  it('takes the custom fields of the signup prompt in request.body and the metadata given at signup', () => {
    const event = mockEvent(TRIGGER, {
      request: { body: { 'ulp-full-name': 'Ada Lovelace' } },
      user: { user_metadata: { plan: 'pro' } },
    });
    expect(event.request.body).toEqual({ 'ulp-full-name': 'Ada Lovelace' });
    expect(event.user.user_metadata).toEqual({ plan: 'pro' });
  });

  it('takes a signup without Universal Login (no transaction) and a Management API creation (no client)', () => {
    const event = mockEvent(TRIGGER, { transaction: undefined, client: undefined });
    expect(event.transaction).toBeUndefined();
    expect(event.client).toBeUndefined();
  });

  it.each([
    [
      'a user_id, which the user has not got yet',
      { user: { user_id: 'auth0|123' } },
      /^mockEvent\(\): overrides\.user\.user_id must be one of the fields the runtime sends here \(email, .*\); received the string "auth0\|123"\.$/,
    ],
    [
      'a request query',
      { request: { query: {} } },
      /^mockEvent\(\): overrides\.request\.query must be one of the fields the runtime sends here \(body, geoip, /,
    ],
    [
      'no connection',
      { connection: undefined },
      /^mockEvent\(\): overrides\.connection must be a plain object \(a required field\); received undefined\.$/,
    ],
    [
      'metadata that is not an object',
      { user: { app_metadata: 'gold' } },
      /^mockEvent\(\): overrides\.user\.app_metadata must be a plain object; received the string "gold"\.$/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
