import type { EventClient, EventConnection, EventOrganization, GeoIp, Metadata } from '../common/event-types.js';
import type { BrandedTenant } from '../common/branded-tenant.js';

/** Every email Auth0 sends through a custom email provider (reference E.7). */
export type CustomEmailMessageType =
  | 'verify_email'
  | 'verify_email_by_code'
  | 'reset_email'
  | 'reset_email_by_code'
  | 'welcome_email'
  | 'verification_code'
  | 'mfa_oob_code'
  | 'enrollment_email'
  | 'blocked_account'
  | 'stolen_credentials'
  | 'try_provider_configuration_email'
  | 'organization_invitation';

/** The email the Action must send, rendered from the tenant's templates. */
export interface CustomEmailNotification {
  /** The sender. */
  from: string;
  html: string;
  locale: string;
  message_type: CustomEmailMessageType;
  subject: string;
  text: string;
  /** The recipient. */
  to: string;
}

/** `event.request` of custom-email-provider: every field optional, no `method`, no `language`. */
export interface CustomEmailProviderRequest {
  geoip?: GeoIp;
  hostname?: string;
  ip?: string;
  /** The query of the authorization request. */
  query?: Record<string, string>;
  user_agent?: string;
}

/** `event.user` of custom-email-provider: no `phone_number`, `created_at` or `identities` (reference E.7). */
export interface CustomEmailProviderUser {
  user_id: string;
  email_verified: boolean;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  email?: string;
  family_name?: string;
  given_name?: string;
  name?: string;
  nickname?: string;
  picture?: string;
  username?: string;
  [key: string]: unknown;
}

/** The `event` of the Custom Email Provider trigger (`@auth0/actions/custom-email-provider/v1`). */
export interface CustomEmailProviderEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  client: EventClient;
  connection?: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  notification: CustomEmailNotification;
  organization?: EventOrganization;
  request: CustomEmailProviderRequest;
  tenant: BrandedTenant;
  transaction?: { correlation_id?: string };
  user: CustomEmailProviderUser;
  [key: string]: unknown;
}
