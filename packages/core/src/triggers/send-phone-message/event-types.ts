import type { EventClient, Identity, Metadata, UserProfile } from '../common/event-types.js';
import type { BodylessRequest, SecurityContext } from '../common/request-parts.js';

/** What the Action must deliver (reference E.6): `text` already holds `code`. */
export interface SendPhoneMessageOptions {
  /** The MFA step the code is for. */
  action: 'enrollment' | 'second-factor-authentication';
  /** The one-time code. */
  code: string;
  message_type: 'sms' | 'voice';
  /** The phone number to deliver to (E.164). */
  recipient: string;
  /** The rendered message: the SMS body, or what a voice call reads out. */
  text: string;
}

/** `event.user` of send-phone-message: the stored profile; `identities` optional. */
export interface SendPhoneMessageUser extends Omit<UserProfile, 'identities'> {
  identities?: Identity[];
}

/** The `event` of the Send Phone Message trigger (`@auth0/actions/send-phone-message/v2`). */
export interface SendPhoneMessageEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  client?: EventClient;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  message_options: SendPhoneMessageOptions;
  /** No `body` and no `query`. */
  request: BodylessRequest;
  security_context?: SecurityContext;
  tenant: { id: string };
  transaction?: { correlation_id?: string };
  user: SendPhoneMessageUser;
  [key: string]: unknown;
}
