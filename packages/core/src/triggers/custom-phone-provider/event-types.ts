import type { EventClient, EventConnection, EventOrganization, Metadata } from '../common/event-types.js';
import type { BrandedTenant } from '../common/branded-tenant.js';
import type { BodylessRequest } from '../common/request-parts.js';
import type { SendPhoneMessageUser } from '../send-phone-message/event-types.js';

/** Every message Auth0 sends through a custom phone provider (reference E.8). */
export type CustomPhoneMessageType =
  'otp_verify' | 'otp_enroll' | 'blocked_account' | 'change_password' | 'password_breach';

/** The message the Action must deliver: both renderings are always present, whatever `delivery_method` says. */
export interface CustomPhoneNotification {
  as_text: string;
  as_voice: string;
  delivery_method: 'text' | 'voice';
  message_type: CustomPhoneMessageType;
  /** E.164. */
  recipient: string;
  /** Only for `otp_verify` and `otp_enroll`: the code that must reach the user. */
  code?: string;
  /** The sender number (E.164). */
  from?: string;
  locale?: string;
}

/** `event.user` of custom-phone-provider: the stored profile, as send-phone-message has it. */
export type CustomPhoneProviderUser = SendPhoneMessageUser;

/** The `event` of the Custom Phone Provider trigger (`@auth0/actions/custom-phone-provider/v1`). */
export interface CustomPhoneProviderEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  client: EventClient;
  connection?: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  notification: CustomPhoneNotification;
  organization?: EventOrganization;
  /** No `body` and no `query`. */
  request: BodylessRequest;
  tenant: BrandedTenant;
  transaction?: { correlation_id?: string };
  user: CustomPhoneProviderUser;
  [key: string]: unknown;
}
