import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'custom-token-exchange';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

/** Every field of reference E.9 a token exchange request carries, with its type. */
const FIELDS: Array<[string, string]> = [
  ['secrets', 'object'],
  ['configuration', 'object'],
  ['client.client_id', 'string'],
  ['client.name', 'string'],
  ['client.metadata', 'object'],
  ['request.body.grant_type', 'string'],
  ['request.body.subject_token_type', 'string'],
  ['request.body.audience', 'string'],
  ['request.geoip.cityName', 'string'],
  ['request.ip', 'string'],
  ['request.method', 'string'],
  ['request.hostname', 'string'],
  ['request.language', 'string'],
  ['request.user_agent', 'string'],
  ['resource_server.identifier', 'string'],
  ['tenant.id', 'string'],
  ['transaction.subject_token', 'string'],
  ['transaction.subject_token_type', 'string'],
  ['transaction.requested_token_type', 'string'],
  ['transaction.requested_scopes', 'array'],
];

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

describe('mockEvent(custom-token-exchange)', () => {
  it.each(SEEDS)('has every field of the reference with its type (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    for (const [path, type] of FIELDS) expect([path, typeOf(get(event, path))]).toEqual([path, type]);
  });

  it('has no user and no connection (the Action chooses them), and no actor token', () => {
    const event = mockEvent(TRIGGER) as unknown as Record<string, Record<string, unknown>>;
    expect(event.user).toBeUndefined();
    expect(event.connection).toBeUndefined();
    expect(event.transaction?.actor_token).toBeUndefined();
    expect(event.request?.method).toBe('POST');
  });

  it.each(SEEDS)("is consistent with itself and the seed's world (seed %j)", (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    const reset = mockEvent('password-reset-post-challenge', undefined, { seed });
    const body = event.request.body as Record<string, string>;
    const company = event.tenant.id.split('-')[0];
    expect(body.grant_type).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
    expect(body.subject_token_type).toBe(event.transaction.subject_token_type);
    expect(event.transaction.subject_token_type).toBe(`urn:${company}:legacy-token`);
    expect(body.audience).toBe(event.resource_server.identifier);
    expect(body.scope?.split(' ')).toEqual(event.transaction.requested_scopes);
    expect(event.client).toEqual(reset.client);
    expect(event.tenant).toEqual(reset.tenant);
    expect(event.request.ip).toBe(reset.request.ip);
    expect(event.request.user_agent).toBe(reset.request.user_agent);
    expect(event.request.geoip).toEqual(reset.request.geoip);
  });

  it('is deterministic for a seed, and another seed is another subject token', () => {
    expect(mockEvent(TRIGGER, undefined, { seed: 7 })).toEqual(mockEvent(TRIGGER, undefined, { seed: 7 }));
    const tokens = new Set(SEEDS.map((seed) => mockEvent(TRIGGER, undefined, { seed }).transaction.subject_token));
    expect(tokens.size).toBe(SEEDS.length);
  });

  it('takes an actor token with its user, a request without requested_token_type, and an organization', () => {
    const event = mockEvent(TRIGGER, {
      organization: { id: 'org_1', name: 'acme', display_name: 'Acme', metadata: {} },
      transaction: {
        requested_token_type: null,
        actor_token: 'eyJ...',
        actor_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        actor_token_user: {
          user_id: 'auth0|agent1',
          created_at: '2025-01-01T00:00:00.000Z',
          updated_at: '2025-01-01T00:00:00.000Z',
          email_verified: true,
          app_metadata: {},
          user_metadata: {},
          identities: [
            { provider: 'auth0', user_id: 'agent1', connection: 'Username-Password-Authentication', isSocial: false },
          ],
        },
      },
    });
    expect(event.transaction.requested_token_type).toBeNull();
    expect(event.transaction.actor_token_user?.user_id).toBe('auth0|agent1');
  });

  it.each([
    [
      'a user',
      { user: { user_id: 'auth0|123' } },
      /^mockEvent\(\): overrides\.user must be one of the fields the runtime sends here \(/,
    ],
    [
      'a connection',
      { connection: { id: 'con_1', name: 'db', strategy: 'auth0' } },
      /^mockEvent\(\): overrides\.connection must be one of the fields/,
    ],
    [
      'no subject token',
      { transaction: { subject_token: undefined } },
      /^mockEvent\(\): overrides\.transaction\.subject_token must be a string \(a required field\)/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
