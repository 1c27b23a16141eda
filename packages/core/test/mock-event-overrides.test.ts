import { describe, expect, it } from 'vitest';
import { mockEvent } from '../src/index.js';
import { useFixedDate } from './support/fixed-date.js';

// Events are built at the clock: two built a millisecond apart differ in their times.
useFixedDate();

const TRIGGER = 'password-reset-post-challenge';

describe('mockEvent overrides: deep merge', () => {
  it('merges nested objects key by key, keeping the siblings', () => {
    const base = mockEvent(TRIGGER);
    const event = mockEvent(TRIGGER, {
      user: { email: 'someone@example.com' },
      request: { geoip: { countryCode: 'NZ' } },
    });
    expect(event.user.email).toBe('someone@example.com');
    expect(event.user.user_id).toBe(base.user.user_id);
    expect(event.user.given_name).toBe(base.user.given_name);
    expect(event.request.geoip.countryCode).toBe('NZ');
    expect(event.request.geoip.cityName).toBe(base.request.geoip.cityName);
    expect(event.request.ip).toBe(base.request.ip);
  });

  it('sets secrets and deeply nested risk scores, as tests of risky paths need', () => {
    const event = mockEvent(TRIGGER, {
      secrets: { REDIRECT_SECRET: 'test-secret' },
      authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score: 80 } } } } },
    });
    expect(event.secrets).toEqual({ REDIRECT_SECRET: 'test-secret' });
    expect(event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score).toBe(80);
    expect(event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.action).toBe('monitor');
    expect(event.authentication.methods).toEqual(mockEvent(TRIGGER).authentication.methods);
  });

  it('replaces arrays instead of merging them', () => {
    const event = mockEvent(TRIGGER, {
      user: { enrolledFactors: [{ type: 'email' }] },
      authentication: { methods: [{ name: 'pwd', timestamp: '2026-01-01T00:00:00.000Z' }] },
    });
    expect(event.user.enrolledFactors).toEqual([{ type: 'email' }]);
    expect(event.authentication.methods).toEqual([{ name: 'pwd', timestamp: '2026-01-01T00:00:00.000Z' }]);
  });

  it('replaces an array with an empty array', () => {
    expect(mockEvent(TRIGGER, { user: { enrolledFactors: [] } }).user.enrolledFactors).toEqual([]);
  });

  it('deletes a field set to undefined', () => {
    const event = mockEvent(TRIGGER, {
      user: { email: undefined, enrolledFactors: undefined },
      authentication: { riskAssessment: undefined },
    });
    expect(event.user).not.toHaveProperty('email');
    expect(event.user).not.toHaveProperty('enrolledFactors');
    expect(event.authentication).not.toHaveProperty('riskAssessment');
    expect(event.user).toHaveProperty('user_id');
  });

  it('deletes an optional object set to undefined', () => {
    const withPrompt = mockEvent(TRIGGER, { prompt: { id: 'consent' } });
    expect(withPrompt.prompt).toEqual({ id: 'consent' });
    expect(mockEvent(TRIGGER, { authentication: { riskAssessment: undefined } }).authentication).not.toHaveProperty(
      'riskAssessment',
    );
  });

  it('leaves out undefined fields of an object the base does not have', () => {
    const event = mockEvent(TRIGGER, {
      organization: { id: 'org_1', name: 'acme', display_name: 'Acme', metadata: {}, logo_url: undefined },
    });
    expect(event.organization).toEqual({ id: 'org_1', name: 'acme', display_name: 'Acme', metadata: {} });
    expect(event.organization).not.toHaveProperty('logo_url');
  });

  it('adds optional objects the base leaves out', () => {
    const event = mockEvent(TRIGGER, {
      custom_domain: { domain: 'login.example.com', domain_metadata: {} },
      prompt: { id: 'consent', fields: { accepted: true }, vars: {} },
    });
    expect(event.custom_domain).toEqual({ domain: 'login.example.com', domain_metadata: {} });
    expect(event.prompt).toEqual({ id: 'consent', fields: { accepted: true }, vars: {} });
  });

  it('adds extra keys the open object types allow', () => {
    const event = mockEvent(TRIGGER, {
      user: { custom_flag: true },
      request: { query: { state: 'abc', verified: 'true' } },
    });
    expect(event.user.custom_flag).toBe(true);
    expect(event.request.query).toEqual({ state: 'abc', verified: 'true' });
  });

  it('takes JSON values of any kind under fields typed as open data', () => {
    const event = mockEvent(TRIGGER, {
      user: { app_metadata: { plan: null, tags: ['a', 1, true], nested: { deep: { deeper: 1.5 } } } },
    });
    expect(event.user.app_metadata).toEqual({ plan: null, tags: ['a', 1, true], nested: { deep: { deeper: 1.5 } } });
  });

  it('applies overrides after the seed: the seeded values stay, the overridden ones change', () => {
    const event = mockEvent(TRIGGER, { user: { given_name: 'Grace' } }, { seed: 'x' });
    expect(event.user.given_name).toBe('Grace');
    expect(event.user.user_id).toBe(mockEvent(TRIGGER, {}, { seed: 'x' }).user.user_id);
  });

  it('treats empty overrides and undefined overrides alike', () => {
    expect(mockEvent(TRIGGER, {})).toEqual(mockEvent(TRIGGER));
    expect(mockEvent(TRIGGER, undefined)).toEqual(mockEvent(TRIGGER));
  });
});

describe('mockEvent overrides: no shared state', () => {
  it('does not mutate the base event of later calls', () => {
    const before = mockEvent(TRIGGER);
    mockEvent(TRIGGER, { user: { email: undefined, app_metadata: { plan: 'pro' } }, request: { query: { a: '1' } } });
    expect(mockEvent(TRIGGER)).toEqual(before);
  });

  it('does not mutate the overrides object', () => {
    const overrides = { user: { app_metadata: { plan: 'pro' }, email: undefined }, request: { query: { a: '1' } } };
    const copy = structuredClone(overrides);
    const event = mockEvent(TRIGGER, overrides);
    event.user.app_metadata.plan = 'free';
    event.request.query.a = '2';
    expect(overrides).toEqual(copy);
    expect(overrides.user).toHaveProperty('email');
  });

  it('copies override arrays and objects rather than sharing them with the event', () => {
    const factors = [{ type: 'otp' }];
    const metadata = { nested: { deep: 1 } };
    const event = mockEvent(TRIGGER, { user: { enrolledFactors: factors, app_metadata: metadata } });
    factors.push({ type: 'email' });
    metadata.nested.deep = 2;
    expect(event.user.enrolledFactors).toEqual([{ type: 'otp' }]);
    expect(event.user.app_metadata).toEqual({ nested: { deep: 1 } });
  });

  it('gives two events from the same overrides no shared objects', () => {
    const overrides = { user: { app_metadata: { plan: 'pro' } } };
    const first = mockEvent(TRIGGER, overrides);
    const second = mockEvent(TRIGGER, overrides);
    first.user.app_metadata.plan = 'changed';
    expect(second.user.app_metadata.plan).toBe('pro');
  });
});

describe('mockEvent overrides: values that are not data', () => {
  it('rejects a function, naming mockEvent() and its path', () => {
    expect(() => mockEvent(TRIGGER, { user: { app_metadata: { compute: () => 1 } } })).toThrow(
      /^mockEvent\(\): overrides\.user\.app_metadata\.compute must be plain data \(objects, arrays, strings, numbers, booleans, null\); received a function \(compute\)\.$/,
    );
  });

  it('rejects an override that refers back to itself, naming both ends of the cycle', () => {
    const overrides: Record<string, unknown> = { user: { user_metadata: {} } };
    (overrides.user as { user_metadata: Record<string, unknown> }).user_metadata.self = overrides;
    expect(() => mockEvent(TRIGGER, overrides)).toThrow(
      'mockEvent(): overrides.user.user_metadata.self must be plain data without cycles (an event arrives as JSON); received a reference back to overrides.',
    );
    const list: unknown[] = [];
    list.push({ again: list });
    expect(() => mockEvent(TRIGGER, { user: { app_metadata: { list } } })).toThrow(
      'mockEvent(): overrides.user.app_metadata.list[0].again must be plain data without cycles (an event arrives as JSON); received a reference back to overrides.user.app_metadata.list.',
    );
    // The same object twice is not a cycle: JSON repeats it.
    const shared = { plan: 'pro' };
    expect(
      mockEvent(TRIGGER, { user: { app_metadata: { a: shared, b: [shared, shared] } } }).user.app_metadata,
    ).toMatchObject({ a: shared, b: [shared, shared] });
  });

  it('rejects an own __proto__ key (a prototype-pollution vector from JSON), naming its path', () => {
    const overrides = JSON.parse('{"user":{"__proto__":{"polluted":true}}}') as object;
    expect(() => mockEvent(TRIGGER, overrides)).toThrow(
      /^mockEvent\(\): overrides\.user\.__proto__ must be an ordinary property name/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mockEvent overrides: only events the runtime could send', () => {
  it.each([
    [
      'a required field deleted',
      { user: { user_id: undefined } },
      'overrides.user.user_id must be a string (a required field); received undefined.',
    ],
    [
      'a required object deleted',
      { authorization: undefined },
      'overrides.authorization must be a plain object (a required field); received undefined.',
    ],
    [
      'a string field set to null',
      { user: { picture: null } },
      'overrides.user.picture must be a string; received null.',
    ],
    [
      'an object replaced by a string',
      { user: { user_metadata: 'none' } },
      'overrides.user.user_metadata must be a plain object; received the string "none".',
    ],
    [
      'a string replaced by an object',
      { user: { email: { primary: 'x' } } },
      'overrides.user.email must be a string; received an object.',
    ],
    [
      'a number as a string',
      { stats: { logins_count: '3' } },
      'overrides.stats.logins_count must be a finite number; received the string "3".',
    ],
    [
      'a boolean as a string',
      { user: { email_verified: 'true' } },
      'overrides.user.email_verified must be a boolean; received the string "true".',
    ],
    [
      'a secret that is not a string',
      { secrets: { API_KEY: 12345 } },
      'overrides.secrets.API_KEY must be a string; received the number 12345.',
    ],
    [
      'a metadata value that is not a string',
      { client: { metadata: { tier: 1 } } },
      'overrides.client.metadata.tier must be a string; received the number 1.',
    ],
    [
      'an array item of the wrong type',
      { authorization: { roles: ['admin', 7] } },
      'overrides.authorization.roles[1] must be a string; received the number 7.',
    ],
    [
      'NaN',
      { request: { geoip: { latitude: Number.NaN } } },
      'overrides.request.geoip.latitude must be a finite number; received the number NaN.',
    ],
    [
      'a Date',
      { user: { user_metadata: { since: new Date(0) } } },
      /^mockEvent\(\): overrides\.user\.user_metadata\.since must be JSON data \(.*\); received an instance of Date\.$/,
    ],
    [
      'a BigInt',
      { user: { app_metadata: { plan: 10n } } },
      /^mockEvent\(\): overrides\.user\.app_metadata\.plan must be JSON data .*; received the bigint 10\.$/,
    ],
    [
      'a misspelt field of a closed object',
      { request: { qurey: { state: 'abc' } } },
      /^mockEvent\(\): overrides\.request\.qurey must be one of the fields the runtime sends here \(body, query, ip, method, geoip, hostname, language, user_agent\); received an object\.$/,
    ],
    [
      'an unknown top-level field',
      { sessions: [] },
      /^mockEvent\(\): overrides\.sessions must be one of the fields the runtime sends here/,
    ],
  ])('refuses %s, naming mockEvent() and the field', (_name, overrides, message) => {
    const call = () => mockEvent(TRIGGER, overrides as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(typeof message === 'string' ? `mockEvent(): ${message}` : message);
  });

  it('accepts extra JSON keys on the open objects (user, client, transaction, authentication, geoip)', () => {
    const event = mockEvent(TRIGGER, {
      user: { custom_flag: true },
      client: { external_client_id: 'ext_1' },
      transaction: { protocol: 'oidc-basic-profile' },
      authentication: { extra: { any: ['json'] } },
      request: { geoip: { asn: 64500 } },
    });
    expect(event.client.external_client_id).toBe('ext_1');
    expect(event.transaction.protocol).toBe('oidc-basic-profile');
  });

  it('refuses a value that is not JSON even under an open object', () => {
    expect(() => mockEvent(TRIGGER, { transaction: { started: new Date(0) } })).toThrow(
      /^mockEvent\(\): overrides\.transaction\.started must be JSON data/,
    );
  });
});
