import type { EventClient, EventConnection, Metadata } from '../common/event-types.js';
import type { FormPostRequest, RiskOnlyAuthentication, SecurityContext } from '../common/request-parts.js';
import type { SignupTransaction } from '../common/signup-transaction.js';

/**
 * `event.user` of pre-user-registration: what the signup gave, before the user exists. No `user_id`,
 * `created_at`, `email_verified` or `identities` yet; the metadata objects are optional here.
 */
export interface PreUserRegistrationUser {
  email?: string;
  family_name?: string;
  given_name?: string;
  name?: string;
  nickname?: string;
  phone_number?: string;
  picture?: string;
  username?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
}

/** The `event` of the Pre User Registration trigger (`@auth0/actions/pre-user-registration/v2`). */
export interface PreUserRegistrationEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  authentication?: RiskOnlyAuthentication;
  /** Absent when the user is created without an application (Management API). */
  client?: EventClient;
  connection: EventConnection;
  custom_domain?: { domain: string; domain_metadata: Metadata };
  /** The signup form's POST: custom `ulp-<name>` inputs arrive in `body`. */
  request: FormPostRequest;
  security_context?: SecurityContext;
  tenant: { id: string };
  /** Absent for a direct `POST /dbconnections/signup`; Universal Login signups have it. */
  transaction?: SignupTransaction;
  user: PreUserRegistrationUser;
  [key: string]: unknown;
}
