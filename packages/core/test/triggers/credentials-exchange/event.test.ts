import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'credentials-exchange';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

/** Every field of reference E.2 a client credentials request carries, with its type. */
const FIELDS: Array<[string, string]> = [
  ['secrets', 'object'],
  ['configuration', 'object'],
  ['accessToken.customClaims', 'object'],
  ['accessToken.scope', 'array'],
  ['client.client_id', 'string'],
  ['client.name', 'string'],
  ['client.metadata', 'object'],
  ['request.body.grant_type', 'string'],
  ['request.body.client_id', 'string'],
  ['request.body.client_secret', 'string'],
  ['request.body.audience', 'string'],
  ['request.body.scope', 'string'],
  ['request.geoip.cityName', 'string'],
  ['request.geoip.countryCode', 'string'],
  ['request.geoip.latitude', 'number'],
  ['request.ip', 'string'],
  ['request.method', 'string'],
  ['request.hostname', 'string'],
  ['request.user_agent', 'string'],
  ['resource_server.identifier', 'string'],
  ['tenant.id', 'string'],
  ['transaction.requested_scopes', 'array'],
];

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

describe('mockEvent(credentials-exchange)', () => {
  it.each(SEEDS)('has every field of the reference with its type (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    for (const [path, type] of FIELDS) expect([path, typeOf(get(event, path))]).toEqual([path, type]);
  });

  it('involves no user: no user, connection, authentication or session, and a POST without query', () => {
    const event = mockEvent(TRIGGER) as unknown as Record<string, Record<string, unknown>>;
    for (const field of ['user', 'connection', 'authentication', 'session', 'stats'])
      expect(event[field]).toBeUndefined();
    expect(event.request?.query).toBeUndefined();
    expect(event.request?.method).toBe('POST');
    expect(event.transaction?.target_scopes).toBeUndefined();
  });

  it.each(SEEDS)('is consistent with itself (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    const body = event.request.body as Record<string, string>;
    expect(body.grant_type).toBe('client_credentials');
    expect(body.client_id).toBe(event.client.client_id);
    expect(body.audience).toBe(event.resource_server.identifier);
    expect(body.scope?.split(' ')).toEqual(event.transaction.requested_scopes);
    expect(event.accessToken.scope).toEqual(event.transaction.requested_scopes);
    expect(event.resource_server.identifier).toMatch(
      new RegExp(`^https://api\\.${event.tenant.id.split('-')[0]}\\.example\\.com/[a-z]+$`),
    );
    expect(event.request.hostname).toMatch(new RegExp(`^${event.tenant.id}\\.[a-z]{2}\\.auth0\\.com$`));
  });

  it.each(SEEDS)('is the same tenant and caller address as the other triggers for the same seed (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed });
    const reset = mockEvent('password-reset-post-challenge', undefined, { seed });
    expect(event.tenant).toEqual(reset.tenant);
    expect(event.request.ip).toBe(reset.request.ip);
    expect(event.request.hostname).toBe(reset.request.hostname);
    expect(event.request.geoip).toEqual(reset.request.geoip);
  });

  it('is deterministic for a seed, and another seed is another client', () => {
    expect(mockEvent(TRIGGER, undefined, { seed: 7 })).toEqual(mockEvent(TRIGGER, undefined, { seed: 7 }));
    const clients = new Set(SEEDS.map((seed) => mockEvent(TRIGGER, undefined, { seed }).client.client_id));
    expect(clients.size).toBe(SEEDS.length);
  });

  it('takes an agent, an organization, a custom domain and target scopes', () => {
    const event = mockEvent(TRIGGER, {
      agent: { agent_id: 'agt_abc123', name: 'Support Agent', agent_metadata: {} },
      organization: { id: 'org_1', name: 'acme', display_name: 'Acme', metadata: {} },
      custom_domain: { domain: 'login.acme.example.com', domain_metadata: {} },
      transaction: { target_scopes: ['read:orders'] },
    });
    expect(event.agent?.agent_id).toBe('agt_abc123');
    expect(event.organization?.name).toBe('acme');
    expect(event.transaction.target_scopes).toEqual(['read:orders']);
  });

  it.each([
    [
      'a user',
      { user: { user_id: 'auth0|123' } },
      /^mockEvent\(\): overrides\.user must be one of the fields the runtime sends here \(/,
    ],
    [
      'a request query',
      { request: { query: {} } },
      /^mockEvent\(\): overrides\.request\.query must be one of the fields the runtime sends here \(/,
    ],
    [
      'scopes that are not an array',
      { accessToken: { scope: 'read:orders' } },
      /^mockEvent\(\): overrides\.accessToken\.scope must be an array/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
