import { describe, expect, it } from 'vitest';
import { mockEvent, simulate } from '../../../src/index.js';

const TRIGGER = 'send-phone-message';
const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 42, 'alice', 'bob'];
const AT = Date.parse('2026-01-15T09:30:00.000Z');

describe('mockEvent(send-phone-message)', () => {
  it('has the fields of reference E.6: message_options, a POST request without body or query, the stored user', () => {
    const event = mockEvent(TRIGGER) as Record<string, any>;
    expect(Object.keys(event).sort()).toEqual([
      'client',
      'configuration',
      'message_options',
      'request',
      'secrets',
      'tenant',
      'user',
    ]);
    expect(Object.keys(event.message_options).sort()).toEqual(['action', 'code', 'message_type', 'recipient', 'text']);
    expect(Object.keys(event.request).sort()).toEqual(['geoip', 'hostname', 'ip', 'language', 'method', 'user_agent']);
    expect(event.request.method).toBe('POST');
  });

  it.each(SEEDS)(
    'is the same person as post-login-style triggers for the same seed, with a code in the text (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const reset = mockEvent('password-reset-post-challenge', undefined, { seed, now: AT });
      expect(event.user.user_id).toBe(reset.user.user_id);
      expect(event.user.email).toBe(reset.user.email);
      expect(event.tenant).toEqual(reset.tenant);
      expect(event.client).toEqual(reset.client);
      expect(event.request.ip).toBe(reset.request.ip);
      const { action, code, message_type, recipient, text } = event.message_options;
      expect(code).toMatch(/^\d{6}$/);
      expect(recipient).toMatch(/^\+\d{8,15}$/);
      expect(message_type === 'voice' ? text.includes(code.split('').join('. ')) : text.startsWith(code)).toBe(true);
      // A user with a phone factor is challenged on it (by its preferred method); the others enroll a phone.
      const phone = (
        reset.user.enrolledFactors as Array<{ type: string; options?: { preferredMethod?: string } }>
      ).find((f) => f.type === 'phone');
      expect(action).toBe(phone ? 'second-factor-authentication' : 'enrollment');
      if (phone) expect(message_type).toBe(phone.options?.preferredMethod);
    },
  );

  it('covers both actions and both message types across seeds', () => {
    const kinds = new Set(
      Array.from({ length: 60 }, (_, seed) => {
        const { action, message_type } = mockEvent(TRIGGER, undefined, { seed, now: AT }).message_options;
        return `${action}/${message_type}`;
      }),
    );
    expect(kinds).toContain('enrollment/sms');
    expect(kinds).toContain('enrollment/voice');
    expect(kinds).toContain('second-factor-authentication/sms');
  });

  it('takes overrides within the types', () => {
    const event = mockEvent(TRIGGER, {
      message_options: { action: 'second-factor-authentication', message_type: 'voice' },
      transaction: { correlation_id: 'c-1' },
    });
    expect(event.message_options.message_type).toBe('voice');
    expect(event.transaction).toEqual({ correlation_id: 'c-1' });
  });

  it.each([
    [
      'a message type the runtime never sends',
      { message_options: { message_type: 'email' } },
      /^mockEvent\(\): overrides\.message_options\.message_type must be one of 'sms', 'voice'; received the string "email"\.$/,
    ],
    [
      'an action the runtime never sends',
      { message_options: { action: 'login' } },
      /^mockEvent\(\): overrides\.message_options\.action must be one of 'enrollment', 'second-factor-authentication'; received the string "login"\.$/,
    ],
    [
      'a misspelt message option',
      { message_options: { recipent: '+1' } },
      /^mockEvent\(\): overrides\.message_options\.recipent must be one of the fields the runtime sends here/,
    ],
    [
      'no message_options',
      { message_options: undefined },
      /^mockEvent\(\): overrides\.message_options must be a plain object \(a required field\); received undefined\.$/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });

  it.each(SEEDS)(
    'is the same person as in post-login for the same seed, texted on the number custom-phone-provider uses (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const login = mockEvent('post-login', undefined, { seed, now: AT });
      // post-login's user also carries the enrolled factors (`multifactor`, `enrolledFactors`); the profile is the
      // same.
      const { multifactor: _multifactor, enrolledFactors: _factors, ...profile } = login.user;
      expect(event.user).toEqual(profile);
      expect(event.message_options.recipient).toBe(
        mockEvent('custom-phone-provider', undefined, { seed, now: AT }).notification.recipient,
      );
    },
  );

  it('takes every optional field of reference E.6', () => {
    const event = mockEvent(TRIGGER, {
      client: undefined,
      custom_domain: { domain: 'login.acme.example.com', domain_metadata: { brand: 'acme' } },
      security_context: { ja3: '771,4865-4866', ja4: 't13d1516h2_8daaf6152771' },
      transaction: { correlation_id: 'c-1' },
      user: { username: 'ada', phone_number: '+12065550100', phone_verified: true, identities: undefined },
    });
    expect(event.client).toBeUndefined();
    expect(event.custom_domain).toEqual({ domain: 'login.acme.example.com', domain_metadata: { brand: 'acme' } });
    expect(event.security_context).toEqual({ ja3: '771,4865-4866', ja4: 't13d1516h2_8daaf6152771' });
    expect(event.transaction).toEqual({ correlation_id: 'c-1' });
    expect(event.user).toMatchObject({ username: 'ada', phone_number: '+12065550100', phone_verified: true });
    expect(event.user.identities).toBeUndefined();
  });

  it("accepts 'send-phone-message/v2' and refuses v1 (the pre-GA beta model), naming the version followed", () => {
    expect(mockEvent('send-phone-message/v2').message_options.code).toMatch(/^\d{6}$/);
    expect(() => mockEvent('send-phone-message/v1' as never)).toThrow(
      "mockEvent(): trigger must be 'send-phone-message' or 'send-phone-message/v2' (this library follows v2 of send-phone-message; how older versions differ: the README's \"Supported triggers\"); received the string \"send-phone-message/v1\".",
    );
  });

  describe('renders message_options.text again after overrides of what it says', () => {
    it.each(SEEDS)('an overridden code is the code in the text, read out digit by digit by voice (seed %j)', (seed) => {
      const event = mockEvent(TRIGGER, { message_options: { code: '123456' } }, { seed, now: AT });
      const { text, message_type } = event.message_options;
      expect(text).toContain(message_type === 'voice' ? '1. 2. 3. 4. 5. 6' : '123456 is your verification code');
      expect(text).not.toContain(mockEvent(TRIGGER, undefined, { seed, now: AT }).message_options.code);
    });

    it('follows an overridden action and message type, signed with the tenant of the event', () => {
      const event = mockEvent(TRIGGER, {
        tenant: { id: 'globex-prod' },
        message_options: { action: 'enrollment', message_type: 'sms', code: '654321' },
      });
      expect(event.message_options.text).toBe(
        '654321 is your verification code for Globex. Please enter this code to verify your enrollment.',
      );
      const voice = mockEvent(TRIGGER, { message_options: { message_type: 'voice', code: '111222' } });
      expect(voice.message_options.text).toMatch(/^Hello\. Your verification code for \w+ is 1\. 1\. 1\. 2\. 2\. 2\./);
    });

    it('keeps a text the test sets, and the built text when the overrides reach nothing it says', () => {
      const set = mockEvent(TRIGGER, { message_options: { code: '123456', text: 'Your code: 123456' } });
      expect(set.message_options.text).toBe('Your code: 123456');
      expect(mockEvent(TRIGGER, { user: { app_metadata: { plan: 'pro' } } }).message_options.text).toBe(
        mockEvent(TRIGGER).message_options.text,
      );
    });

    it('renders the same way in simulate()', async () => {
      const sent: string[] = [];
      const action = {
        onExecuteSendPhoneMessage: async (event: { message_options: { text: string } }) => {
          sent.push(event.message_options.text);
        },
      };
      await simulate(action, { trigger: TRIGGER, event: { message_options: { code: '987654', message_type: 'sms' } } });
      expect(sent[0]).toMatch(/^987654 is your verification code for /);
    });
  });
});
