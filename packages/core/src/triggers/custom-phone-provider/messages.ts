import { spokenCode } from '../common/phone-number.js';
import type { CustomPhoneMessageType } from './event-types.js';

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
