import { describe, expect, it } from 'vitest';
import { mockEvent } from '../src/index.js';

const TRIGGER = 'password-reset-post-challenge';

describe('mockEvent overrides: deep merge', () => {
  it('merges nested objects key by key, keeping the siblings', () => {
    const base = mockEvent(TRIGGER);
    const event = mockEvent(TRIGGER, { user: { email: 'someone@example.com' }, request: { geoip: { countryCode: 'NZ' } } });
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
    const event = mockEvent(TRIGGER, { user: { email: undefined, enrolledFactors: undefined }, authentication: { riskAssessment: undefined } });
    expect(event.user).not.toHaveProperty('email');
    expect(event.user).not.toHaveProperty('enrolledFactors');
    expect(event.authentication).not.toHaveProperty('riskAssessment');
    expect(event.user).toHaveProperty('user_id');
  });

  it('deletes a whole top-level object set to undefined', () => {
    expect(mockEvent(TRIGGER, { authorization: undefined } as never)).not.toHaveProperty('authorization');
  });

  it('leaves out undefined fields of an object the base does not have', () => {
    const event = mockEvent(TRIGGER, { organization: { id: 'org_1', name: 'acme', display_name: 'Acme', metadata: undefined } } as never);
    expect(event.organization).toEqual({ id: 'org_1', name: 'acme', display_name: 'Acme' });
    expect(event.organization).not.toHaveProperty('metadata');
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
    const event = mockEvent(TRIGGER, { user: { custom_flag: true }, request: { query: { state: 'abc', verified: 'true' } } });
    expect(event.user.custom_flag).toBe(true);
    expect(event.request.query).toEqual({ state: 'abc', verified: 'true' });
  });

  it('replaces a value with null', () => {
    expect(mockEvent(TRIGGER, { user: { picture: null } } as never).user.picture).toBeNull();
  });

  it('replaces an object with a primitive and a primitive with an object', () => {
    const event = mockEvent(TRIGGER, { user: { user_metadata: 'none', email: { primary: 'x' } } } as never) as unknown as { user: Record<string, unknown> };
    expect(event.user.user_metadata).toBe('none');
    expect(event.user.email).toEqual({ primary: 'x' });
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

  it('rejects an own __proto__ key (a prototype-pollution vector from JSON), naming its path', () => {
    const overrides = JSON.parse('{"user":{"__proto__":{"polluted":true}}}') as object;
    expect(() => mockEvent(TRIGGER, overrides)).toThrow(/^mockEvent\(\): overrides\.user\.__proto__ must be an ordinary property name/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
