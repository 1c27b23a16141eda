import { describe, expect, it } from 'vitest';
import { mockEvent } from '../../../src/index.js';

const TRIGGER = 'custom-email-provider';
const SEEDS = [0, 1, 2, 42, 'alice', 'bob'];
const AT = Date.parse('2026-01-15T09:30:00.000Z');
const MESSAGE_TYPES = [
  'verify_email',
  'verify_email_by_code',
  'reset_email',
  'reset_email_by_code',
  'welcome_email',
  'verification_code',
  'mfa_oob_code',
  'enrollment_email',
  'blocked_account',
  'stolen_credentials',
  'try_provider_configuration_email',
  'organization_invitation',
];

describe('mockEvent(custom-email-provider)', () => {
  it('has the fields of reference E.7: a rendered email, a branded tenant, a user without phone or identities', () => {
    const event = mockEvent(TRIGGER) as Record<string, any>;
    expect(Object.keys(event.notification).sort()).toEqual([
      'from',
      'html',
      'locale',
      'message_type',
      'subject',
      'text',
      'to',
    ]);
    expect(Object.keys(event.tenant).sort()).toEqual([
      'friendly_name',
      'home_url',
      'id',
      'logo_url',
      'support_email',
      'support_url',
    ]);
    expect(Object.keys(event.request).sort()).toEqual(['geoip', 'hostname', 'ip', 'user_agent']);
    expect(event.user).not.toHaveProperty('identities');
    expect(event.user).not.toHaveProperty('created_at');
    expect(event.user).not.toHaveProperty('phone_number');
  });

  it.each(SEEDS)(
    'is the same person as the other triggers for the same seed, the email addressed to them (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const reset = mockEvent('password-reset-post-challenge', undefined, { seed, now: AT });
      expect(event.user.user_id).toBe(reset.user.user_id);
      expect(event.notification.to).toBe(reset.user.email);
      expect(event.user.email).toBe(reset.user.email);
      expect(event.tenant.id).toBe(reset.tenant.id);
      expect(event.client).toEqual(reset.client);
      expect(event.request.ip).toBe(reset.request.ip);
      expect(event.notification.locale).toBe(reset.request.language);
      expect(event.notification.html).toContain('<p>');
      expect(event.user.email_verified).toBe(!event.notification.message_type.startsWith('verify_email'));
    },
  );

  it('covers every message type of the reference across seeds, an invitation with its organization', () => {
    const events = Array.from({ length: 120 }, (_, seed) => mockEvent(TRIGGER, undefined, { seed, now: AT }));
    expect(new Set(events.map((e) => e.notification.message_type))).toEqual(new Set(MESSAGE_TYPES));
    for (const event of events) {
      expect(event.organization !== undefined).toBe(event.notification.message_type === 'organization_invitation');
      if (event.notification.message_type.endsWith('_code')) expect(event.notification.text).toMatch(/\d{6}/);
    }
  });

  it('takes overrides within the types', () => {
    const event = mockEvent(TRIGGER, {
      notification: { message_type: 'welcome_email' },
      request: { query: { 'ext-test': 'test' } },
    });
    expect(event.notification.message_type).toBe('welcome_email');
    expect(event.request.query).toEqual({ 'ext-test': 'test' });
  });

  it.each([
    [
      'a message type the runtime never sends',
      { notification: { message_type: 'newsletter' } },
      /^mockEvent\(\): overrides\.notification\.message_type must be one of 'verify_email', /,
    ],
    [
      'a request method (this request has none)',
      { request: { method: 'POST' } },
      /^mockEvent\(\): overrides\.request\.method must be one of the fields the runtime sends here \(geoip, hostname, ip, query, user_agent\)/,
    ],
    [
      'a tenant field the runtime never sends',
      { tenant: { region: 'us' } },
      /^mockEvent\(\): overrides\.tenant\.region must be one of the fields the runtime sends here/,
    ],
  ])('refuses overrides with %s', (_name, overrides, message) => {
    expect(() => mockEvent(TRIGGER, overrides as never)).toThrow(message);
  });

  it.each(SEEDS)(
    'is the same person as in post-login for the same seed; unverified only for a verification email (seed %j)',
    (seed) => {
      const event = mockEvent(TRIGGER, undefined, { seed, now: AT });
      const { user } = mockEvent('post-login', undefined, { seed, now: AT });
      const identity = ({
        user_id,
        email,
        family_name,
        given_name,
        name,
        nickname,
        picture,
      }: Record<string, unknown>) => ({ user_id, email, family_name, given_name, name, nickname, picture });
      expect(identity(event.user)).toEqual(identity(user));
      expect(event.notification.to).toBe(user.email);
      // A verification email goes out before the address is verified: the one state that differs from the login.
      expect(event.user.email_verified).toBe(
        event.notification.message_type.startsWith('verify_email') ? false : user.email_verified,
      );
    },
  );

  it('takes every optional field of reference E.7, and a request with no field at all (the docs show `request: {}`)', () => {
    const event = mockEvent(TRIGGER, {
      connection: undefined,
      custom_domain: { domain: 'login.acme.example.com', domain_metadata: {} },
      organization: { id: 'org_1', name: 'acme-partners', display_name: 'Acme Partners', metadata: { tier: 'gold' } },
      transaction: { correlation_id: 'c-1' },
      request: { geoip: undefined, hostname: undefined, ip: undefined, user_agent: undefined },
      user: { username: 'ada' },
    });
    expect(event.connection).toBeUndefined();
    expect(event.custom_domain?.domain).toBe('login.acme.example.com');
    expect(event.organization?.metadata).toEqual({ tier: 'gold' });
    expect(event.transaction).toEqual({ correlation_id: 'c-1' });
    expect(event.request).toEqual({});
    expect(event.user.username).toBe('ada');
  });

  it("accepts 'custom-email-provider/v1' and refuses another version, naming v1", () => {
    expect(mockEvent('custom-email-provider/v1').notification.to).toContain('@');
    expect(() => mockEvent('custom-email-provider/v2' as never)).toThrow(
      /this library follows v1 of custom-email-provider/,
    );
  });

  describe('renders subject, text and html again after overrides of what they say', () => {
    it.each(SEEDS)('a code type keeps a code, a link type a link on its own page (seed %j)', (seed) => {
      const byCode = mockEvent(TRIGGER, { notification: { message_type: 'mfa_oob_code' } }, { seed });
      expect(byCode.notification.subject).toMatch(/^Your \w+ verification code$/);
      expect(byCode.notification.text).toMatch(/multi-factor authentication code is \d{6}\.$/);
      const byLink = mockEvent(TRIGGER, { notification: { message_type: 'reset_email' } }, { seed });
      expect(byLink.notification.subject).toBe('Reset your password');
      expect(byLink.notification.text).toMatch(
        /Reset it here: https:\/\/\S+\/u\/reset-password\?ticket=[A-Za-z0-9]{32}$/,
      );
      expect(byLink.notification.html).toContain('<a href="https://');
    });

    it('greets an overridden given name and signs with an overridden tenant name', () => {
      const event = mockEvent(TRIGGER, {
        notification: { message_type: 'verify_email_by_code' },
        user: { given_name: 'Zoë' },
        tenant: { friendly_name: 'Globex' },
      });
      expect(event.notification.text).toMatch(/^Hi Zoë, your Globex email verification code is \d{6}\.$/);
      expect(event.notification.html).toBe(`<p>${event.notification.text}</p>`);
    });

    it('gives an overridden text its html, and keeps what the test sets', () => {
      const text = mockEvent(TRIGGER, { notification: { text: 'Hi <b>, see https://example.com/x' } });
      expect(text.notification.html).toBe(
        '<p>Hi &lt;b&gt;, see <a href="https://example.com/x">https://example.com/x</a></p>',
      );
      const set = mockEvent(TRIGGER, { notification: { message_type: 'welcome_email', subject: 'Hello!' } });
      expect(set.notification.subject).toBe('Hello!');
      expect(set.notification.text).toBe(mockEvent(TRIGGER).notification.text);
      expect(mockEvent(TRIGGER, { user: { app_metadata: { plan: 'pro' } } }).notification).toEqual(
        mockEvent(TRIGGER).notification,
      );
    });
  });
});
