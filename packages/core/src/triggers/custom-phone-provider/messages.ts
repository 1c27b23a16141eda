import { spokenCode } from '../common/phone-number.js';
import { messageSignatureOf } from '../common/branded-tenant.js';
import { linkParts } from '../common/message-link.js';
import { rendersAgain } from '../common/overridden-paths.js';
import type { CustomPhoneMessageType, CustomPhoneNotification } from './event-types.js';

/** What a message says, as text and as a voice call reads it (Auth0's default phone templates, rendered). */
export interface PhoneMessage {
  text: string;
  voice: string;
}

/** `name` is the tenant's friendly name, `code` the one-time code of the OTP types, `link` the page to act on. */
export function phoneMessage(type: CustomPhoneMessageType, name: string, code: string, link: string): PhoneMessage {
  switch (type) {
    case 'otp_verify':
      return {
        text: `${code} is your verification code for ${name}.`,
        voice: `Hello. Your verification code for ${name} is ${spokenCode(code)}. I repeat, ${spokenCode(code)}.`,
      };
    case 'otp_enroll':
      return {
        text: `${code} is your verification code for ${name}. Please enter this code to verify your enrollment.`,
        voice: `Hello. Your enrollment code for ${name} is ${spokenCode(code)}. I repeat, ${spokenCode(code)}.`,
      };
    case 'blocked_account':
      return {
        text: `Your ${name} account was blocked after too many failed login attempts. Unblock it here: ${link}`,
        voice: `Hello. Your ${name} account was blocked after too many failed login attempts. We sent you a link to unblock it.`,
      };
    case 'change_password':
      return {
        text: `Reset your ${name} password here: ${link}`,
        voice: `Hello. We received a request to reset your ${name} password. We sent you a link to reset it.`,
      };
    case 'password_breach':
      return {
        text: `Your ${name} password appeared in a data breach on another site. Change it now: ${link}`,
        voice: `Hello. Your ${name} password appeared in a data breach on another site. Please change it now.`,
      };
  }
}

/** The page a link message points to, on the tenant's domain `host`: unblocking the account, or a new password. */
export function phoneLink(type: CustomPhoneMessageType, host: string, ticket: string): string {
  return `https://${host}/u/${type === 'blocked_account' ? 'unblock' : 'reset-password'}?ticket=${ticket}`;
}

const MESSAGE_INPUTS = ['notification.message_type', 'notification.code', 'tenant.friendly_name', 'tenant.id'];

/**
 * After overrides of the message type, the code or the tenant's name, `as_text` and `as_voice` say what production
 * would render for them (a test that sets either keeps both as set). A link type keeps the link the message had,
 * on its own page.
 */
export function renderOverriddenMessage(event: Record<string, unknown>, overrides: Record<string, unknown>): void {
  if (!rendersAgain(overrides, MESSAGE_INPUTS, ['notification.as_text', 'notification.as_voice'])) return;
  const notification = event.notification as CustomPhoneNotification;
  const { message_type, recipient } = notification;
  const request = event.request as { hostname?: unknown } | undefined;
  const { host, ticket } = linkParts(notification.as_text, request?.hostname, `${recipient}:${message_type}`);
  const link = phoneLink(message_type, host, ticket);
  const message = phoneMessage(message_type, messageSignatureOf(event.tenant), notification.code ?? '', link);
  notification.as_text = message.text;
  notification.as_voice = message.voice;
}
