import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'post-change-password';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];
const AT = Date.parse('2026-01-15T09:30:00.000Z');

describe('mockEvent(post-change-password)', () => {
  it('has the fields of reference E.5: no client, no security_context, a request without body, a user without profile fields', () => {
    const event = mockEvent(TRIGGER) as Record<string, any>;
    expect(Object.keys(event).sort()).toEqual([
      'authentication',
      'configuration',
      'connection',
      'request',
      'secrets',
      'tenant',
      'user',
    ]);
    expect(Object.keys(event.request).sort()).toEqual(['geoip', 'hostname', 'ip', 'language', 'method', 'user_agent']);
    expect(Object.keys(event.user).sort()).toEqual(['email', 'email_verified', 'last_password_reset', 'user_id']);
    expect(event.request.method).toBe('POST');
    expect(event.connection.strategy).toBe('auth0');
  });

  it.each(SEEDS)(
    'is the same person as password reset for the same seed, who changed the password seconds ago (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const reset = mockEvent('password-reset-post-challenge', undefined, { seed, now: AT });
      expect(event.user.user_id).toBe(reset.user.user_id);
      expect(event.user.email).toBe(reset.user.email);
      expect(event.user.email_verified).toBe(true);
      expect(event.tenant).toEqual(reset.tenant);
      expect(event.connection).toEqual(reset.connection);
      expect(event.request.ip).toBe(reset.request.ip);
      expect(event.request.hostname).toBe(reset.request.hostname);
      const changed = Date.parse(event.user.last_password_reset as string);
      expect(AT - changed).toBeGreaterThanOrEqual(1000);
      expect(AT - changed).toBeLessThanOrEqual(5000);
      expect(changed).toBeGreaterThan(Date.parse(reset.user.last_password_reset as string));
    },
  );

  it('takes a correlation id in transaction, and the fields the types allow on the user', () => {
    const event = mockEvent(TRIGGER, {
      transaction: { correlation_id: 'c-123' },
      user: { phone_number: '+13205550100', phone_verified: true },
    });
    expect(event.transaction).toEqual({ correlation_id: 'c-123' });
    expect(event.user.phone_number).toBe('+13205550100');
  });

  it.each([
    [
      'another transaction field',
      { transaction: { id: 'x' } },
      /^mockEvent\(\): overrides\.transaction\.id must be one of the fields the runtime sends here \(correlation_id\)/,
    ],
    [
      'no request',
      { request: undefined },
      /^mockEvent\(\): overrides\.request must be a plain object \(a required field\); received undefined\.$/,
    ],
    [
      'a user_id that is not a string',
      { user: { user_id: 42 } },
      /^mockEvent\(\): overrides\.user\.user_id must be a string; received the number 42\.$/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });
});
