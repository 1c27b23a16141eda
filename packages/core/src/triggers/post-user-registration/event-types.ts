import type { EventConnection, Metadata } from '../common/event-types.js';
import type { BodylessRequest, RiskOnlyAuthentication, SecurityContext } from '../common/request-parts.js';
import type { SignupTransaction } from '../common/signup-transaction.js';

/** `event.user` of post-user-registration: the user just stored (no `identities` in the types). */
export interface PostUserRegistrationUser {
  user_id: string;
  created_at: string;
  updated_at: string;
  email_verified: boolean;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  email?: string;
  family_name?: string;
  given_name?: string;
  last_password_reset?: string;
  name?: string;
  nickname?: string;
  phone_number?: string;
  phone_verified?: boolean;
  picture?: string;
  username?: string;
  [key: string]: unknown;
}

/** The `event` of the Post User Registration trigger (`@auth0/actions/post-user-registration/v2`). No `client`. */
export interface PostUserRegistrationEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  authentication?: RiskOnlyAuthentication;
  connection: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  /** Optional here, unlike every other user trigger; no `body` and no `query`. */
  request?: BodylessRequest;
  security_context?: SecurityContext;
  tenant: { id: string };
  transaction?: SignupTransaction;
  user: PostUserRegistrationUser;
  [key: string]: unknown;
}
