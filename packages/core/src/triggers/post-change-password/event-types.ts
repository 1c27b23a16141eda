import type { EventConnection, Metadata } from '../common/event-types.js';
import type { BodylessRequest, RiskOnlyAuthentication } from '../common/request-parts.js';

/** `event.user` of post-change-password: every field optional; no metadata, names or identities (reference E.5). */
export interface PostChangePasswordUser {
  email?: string;
  email_verified?: boolean;
  last_password_reset?: string;
  phone_number?: string;
  phone_verified?: boolean;
  user_id?: string;
  username?: string;
  [key: string]: unknown;
}

/** The `event` of the Post Change Password trigger (`@auth0/actions/post-change-password/v2`). No `client`. */
export interface PostChangePasswordEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  authentication?: RiskOnlyAuthentication;
  connection: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  /** No `body` and no `query`. */
  request: BodylessRequest;
  tenant: { id: string };
  transaction?: { correlation_id?: string };
  user: PostChangePasswordUser;
  [key: string]: unknown;
}
