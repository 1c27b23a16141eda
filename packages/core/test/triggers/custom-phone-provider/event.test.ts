import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'custom-phone-provider';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];
const AT = Date.parse('2026-01-15T09:30:00.000Z');
const MESSAGE_TYPES = ['otp_verify', 'otp_enroll', 'blocked_account', 'change_password', 'password_breach'];

describe('mockEvent(custom-phone-provider)', () => {
  it('has the fields of reference E.8: both renderings of the message, a branded tenant, a POST request', () => {
    const event = mockEvent(TRIGGER) as Record<string, any>;
    expect(Object.keys(event.notification)).toEqual(
      expect.arrayContaining(['as_text', 'as_voice', 'delivery_method', 'message_type', 'recipient', 'from', 'locale']),
    );
    expect(Object.keys(event.request).sort()).toEqual(['geoip', 'hostname', 'ip', 'language', 'method', 'user_agent']);
    expect(event.tenant.friendly_name).toEqual(expect.any(String));
  });

  it.each(SEEDS)('is the same person as the other triggers for the same seed, in E.164 (seed %j)', (seed) => {
    const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
    const reset = mockEvent('password-reset-post-challenge', undefined, { seed, now: AT });
    expect(event.user.user_id).toBe(reset.user.user_id);
    expect(event.tenant.id).toBe(reset.tenant.id);
    expect(event.client).toEqual(reset.client);
    expect(event.request.ip).toBe(reset.request.ip);
    const { recipient, from, code, message_type, as_text, as_voice } = event.notification;
    expect(recipient).toMatch(/^\+\d{8,15}$/);
    expect(from).toMatch(/^\+\d{8,15}$/);
    expect(as_text.length).toBeGreaterThan(0);
    expect(as_voice.length).toBeGreaterThan(0);
    if (message_type === 'otp_enroll') expect(event.user).not.toHaveProperty('phone_number');
    else expect(event.user.phone_number).toBe(recipient);
    if (code !== undefined) expect(as_text).toContain(code);
  });

  it('covers every message type and both delivery methods across seeds; only the OTP types carry a code', () => {
    const events = Array.from({ length: 60 }, (_, seed) => mockEvent(TRIGGER, undefined, { seed, now: AT }));
    expect(new Set(events.map((e) => e.notification.message_type))).toEqual(new Set(MESSAGE_TYPES));
    expect(new Set(events.map((e) => e.notification.delivery_method))).toEqual(new Set(['text', 'voice']));
    for (const { notification } of events) {
      expect(notification.code !== undefined).toBe(notification.message_type.startsWith('otp_'));
    }
  });

  it.each([
    [
      'a delivery method the runtime never sends',
      { notification: { delivery_method: 'sms' } },
      /^mockEvent\(\): overrides\.notification\.delivery_method must be one of 'text', 'voice'; received the string "sms"\.$/,
    ],
    [
      'a message type of the email provider',
      { notification: { message_type: 'verify_email' } },
      /^mockEvent\(\): overrides\.notification\.message_type must be one of 'otp_verify', 'otp_enroll', 'blocked_account', 'change_password', 'password_breach'/,
    ],
    [
      'no recipient',
      { notification: { recipient: undefined } },
      /^mockEvent\(\): overrides\.notification\.recipient must be a string \(a required field\); received undefined\.$/,
    ],
    [
      'an OTP message without its code',
      { notification: { message_type: 'otp_verify', code: undefined } },
      /^mockEvent\(\): overrides\.notification\.code must be a string with message_type 'otp_verify' \(the runtime sends the code of every OTP message\); received undefined\.$/,
    ],
    [
      'a code on a message that has none',
      { notification: { message_type: 'change_password', code: '123456' } },
      /^mockEvent\(\): overrides\.notification\.code must be left out with message_type 'change_password' \(the runtime sends a code with otp_verify and otp_enroll only; override code: undefined\); received the string "123456"\.$/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });

  it.each(SEEDS)(
    'is the same person as in post-login for the same seed, the message on their own number (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const login = mockEvent('post-login', undefined, { seed, now: AT });
      const { multifactor: _multifactor, enrolledFactors: _factors, ...profile } = login.user;
      const { recipient, message_type } = event.notification;
      // An enrollment adds a phone factor; the other messages go to the number of the profile.
      expect(event.user).toEqual(
        message_type === 'otp_enroll' ? profile : { ...profile, phone_number: recipient, phone_verified: true },
      );
      expect(recipient).toBe(mockEvent('send-phone-message', undefined, { seed, now: AT }).message_options.recipient);
    },
  );

  it('takes every optional field of reference E.8, and leaves out code, from and locale on request', () => {
    const event = mockEvent(TRIGGER, {
      connection: undefined,
      custom_domain: { domain: 'login.acme.example.com', domain_metadata: {} },
      organization: { id: 'org_1', name: 'acme-partners', display_name: 'Acme Partners', metadata: {} },
      transaction: { correlation_id: 'c-1' },
      notification: { message_type: 'change_password', code: undefined, from: undefined, locale: undefined },
    });
    expect(event.connection).toBeUndefined();
    expect(event.custom_domain?.domain).toBe('login.acme.example.com');
    expect(event.organization?.id).toBe('org_1');
    expect(event.transaction).toEqual({ correlation_id: 'c-1' });
    expect(Object.keys(event.notification).sort()).toEqual([
      'as_text',
      'as_voice',
      'delivery_method',
      'message_type',
      'recipient',
    ]);
  });

  it('takes a message type overridden with its code, or without one for the other types', () => {
    expect(mockEvent(TRIGGER, { notification: { message_type: 'otp_enroll', code: '417293' } }).notification.code).toBe(
      '417293',
    );
    expect(
      mockEvent(TRIGGER, { notification: { message_type: 'password_breach', code: undefined } }).notification,
    ).not.toHaveProperty('code');
  });

  it("accepts 'custom-phone-provider/v1' and refuses another version, naming v1", () => {
    expect(mockEvent('custom-phone-provider/v1').notification.recipient).toMatch(/^\+/);
    expect(() => mockEvent('custom-phone-provider/v2' as never)).toThrow(
      /this library follows v1 of custom-phone-provider/,
    );
  });

  describe('renders as_text and as_voice again after overrides of what they say', () => {
    it.each(SEEDS)('an OTP type says the overridden code in both renderings (seed %j)', (seed) => {
      const event = mockEvent(TRIGGER, { notification: { message_type: 'otp_verify', code: '246810' } }, { seed });
      expect(event.notification.as_text).toMatch(/^246810 is your verification code for \w+\.$/);
      expect(event.notification.as_voice).toContain('2. 4. 6. 8. 1. 0');
    });

    it('a link type keeps the link the message had, on its own page', () => {
      const built = mockEvent(TRIGGER, { notification: { message_type: 'change_password', code: undefined } });
      const link = /https:\/\/\S+/.exec(built.notification.as_text)?.[0] as string;
      expect(link).toMatch(/\/u\/reset-password\?ticket=[A-Za-z0-9]{32}$/);
      const blocked = mockEvent(TRIGGER, {
        notification: { message_type: 'blocked_account', code: undefined },
        tenant: { friendly_name: 'Globex' },
      });
      expect(blocked.notification.as_text).toMatch(
        /^Your Globex account was blocked after too many failed login attempts\. Unblock it here: https:\/\/\S+\/u\/unblock\?ticket=[A-Za-z0-9]{32}$/,
      );
      expect(blocked.notification.as_voice).toContain('Your Globex account was blocked');
    });

    it('keeps renderings the test sets, and the built ones when the overrides reach nothing they say', () => {
      const set = mockEvent(TRIGGER, {
        notification: { message_type: 'otp_verify', code: '135790', as_text: 'Code: 135790' },
      });
      expect(set.notification.as_text).toBe('Code: 135790');
      expect(set.notification.as_voice).toBe(mockEvent(TRIGGER).notification.as_voice);
      expect(mockEvent(TRIGGER, { notification: { from: '+15550100' } }).notification.as_text).toBe(
        mockEvent(TRIGGER).notification.as_text,
      );
    });
  });
});
