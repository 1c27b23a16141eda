import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'event-stream';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];
const AT = Date.parse('2026-01-15T09:30:00.000Z');

describe('mockEvent(event-stream)', () => {
  it('is the message and nothing of the user triggers (reference E.10)', () => {
    const event = mockEvent(TRIGGER);
    expect(Object.keys(event).sort()).toEqual(['configuration', 'message', 'secrets']);
    expect(Object.keys(event.message).sort()).toEqual([
      'a0stream',
      'a0tenant',
      'data',
      'id',
      'source',
      'specversion',
      'time',
      'type',
    ]);
  });

  it.each(SEEDS)("is a CloudEvent as the catalog's schema requires it (seed %j)", (seed) => {
    const { message } = mockEvent(TRIGGER, undefined, { seed, now: AT });
    expect(message.id).toMatch(/^evt_[a-zA-Z0-9]{22}$/);
    expect(message.a0stream).toMatch(/^est_[a-zA-Z0-9]{22}$/);
    expect(message.a0tenant).toMatch(/^[a-z0-9][-a-z0-9]{1,62}[a-z0-9]$/);
    expect(message.specversion).toBe('1.0');
    expect(message.type).toBe('user.created');
    expect(message.a0purpose).toBeUndefined();
    expect(message.source).toMatch(new RegExp(`^urn:auth0:${message.a0tenant}\\.[a-z]{2}\\.auth0\\.com$`));
    const age = AT - Date.parse(message.time as string);
    expect(age).toBeGreaterThanOrEqual(1000);
    expect(age).toBeLessThanOrEqual(5000);
  });

  it.each(SEEDS)("carries the seed's person, tenant and browser, in the catalog's snake_case (seed %j)", (seed) => {
    const { message } = mockEvent(TRIGGER, undefined, { seed });
    const reset = mockEvent('password-reset-post-challenge', undefined, { seed });
    const { object, context } = message.data as Record<string, any>;
    expect(object.user_id).toBe(reset.user.user_id);
    expect(object.email).toBe(reset.user.email);
    expect(object.identities).toEqual([
      {
        connection: reset.connection.name,
        provider: 'auth0',
        user_id: reset.user.user_id.split('|')[1],
        isSocial: false,
      },
    ]);
    expect(object.created_at).toBe(message.time);
    expect(context.tenant).toEqual({ id: reset.tenant.id });
    expect(context.client).toEqual({ id: reset.client.client_id, name: reset.client.name, metadata: {} });
    expect(context.connection).toEqual({ id: reset.connection.id, name: reset.connection.name, strategy: 'auth0' });
    expect(context.request).toMatchObject({
      ip: reset.request.ip,
      hostname: reset.request.hostname,
      user_agent: reset.request.user_agent,
      method: 'POST',
    });
    expect(context.request.geo).toEqual({
      continent_code: reset.request.geoip.continentCode,
      country_code: reset.request.geoip.countryCode,
      country_name: reset.request.geoip.countryName,
      latitude: reset.request.geoip.latitude,
      longitude: reset.request.geoip.longitude,
      subdivision_code: reset.request.geoip.subdivisionCode,
      subdivision_name: reset.request.geoip.subdivisionName,
      city_name: reset.request.geoip.cityName,
      time_zone: reset.request.geoip.timeZone,
    });
    expect(message.a0tenant).toBe(reset.tenant.id);
  });

  it('takes other event types, a test delivery, and the nulls the types allow', () => {
    const event = mockEvent(TRIGGER, {
      message: { type: 'user.deleted', a0purpose: 'test', time: null, data: { object: { user_id: 'auth0|1' } } },
    });
    expect(event.message).toMatchObject({ type: 'user.deleted', a0purpose: 'test', time: null });
    expect((event.message.data as Record<string, any>).object.user_id).toBe('auth0|1');
    expect(mockEvent(TRIGGER, { message: { data: null } }).message.data).toBeNull();
  });

  it.each([
    [
      'a user',
      { user: { user_id: 'auth0|1' } },
      /^mockEvent\(\): overrides\.user must be one of the fields the runtime sends here \(secrets, configuration, message\)/,
    ],
    [
      'a message without id',
      { message: { id: undefined } },
      /^mockEvent\(\): overrides\.message\.id must be a string \(a required field\); received undefined\.$/,
    ],
    [
      'a misspelt message field',
      { message: { a0_tenant: 'x' } },
      /^mockEvent\(\): overrides\.message\.a0_tenant must be one of the fields the runtime sends here \(id, type, source, /,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
